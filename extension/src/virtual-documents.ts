// Read-only documents the extension shows under the `dpa-review:` scheme: category explanations,
// reference clauses of the library (what a diagnostic's related information points at),
// the text extracted from a .docx/.pdf, the two sides of a diff against the reference wording,
// and the two versions of a comparison. Their content stays in memory, in this window only.

import * as vscode from 'vscode';
import { getCategory, topics } from '../../shared/index';
import type { CategoryId, MessageLang } from '../../shared/types';
import { categoryExplanationMarkdown, referenceDocument, virtualScheme } from './presentation';

/** Serves `dpa-review:` URIs; explanations are computed, everything else was put here before. */
export class VirtualDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  /** The file each extracted text was read from (for the annotated Word export). */
  private readonly sources = new Map<string, vscode.Uri>();
  private nextId = 1;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(virtualScheme, this);

  /**
   * Stores a read-only text and returns its URI; `fileName` is what the editor tab shows.
   * @example documents.put('extracted', 'avtale.docx.txt', text) // dpa-review:/extracted/1/avtale.docx.txt
   */
  put(kind: string, fileName: string, content: string, source?: vscode.Uri): vscode.Uri {
    const safeName = fileName.replace(/[\\/?#]/g, '_');
    const uri = vscode.Uri.from({ scheme: virtualScheme, path: `/${kind}/${this.nextId++}/${safeName}` });
    this.contents.set(uri.path, content);
    if (source) this.sources.set(uri.path, source);
    return uri;
  }

  /** The .docx/.pdf an extracted text was read from, if the URI is one. */
  sourceOf(uri: vscode.Uri): vscode.Uri | undefined {
    return uri.scheme === virtualScheme ? this.sources.get(uri.path) : undefined;
  }

  /** Whether a URI is one of the extracted (.docx/.pdf) texts, which are reviewed on open. */
  isExtractedText(uri: vscode.Uri): boolean {
    return uri.scheme === virtualScheme && uri.path.startsWith('/extracted/');
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const explanation = /^\/explain\/([a-z0-9-]+)\.(nb|en)\.md$/.exec(uri.path);
    if (explanation) {
      const category = getCategory(explanation[1] as CategoryId);
      const lang = explanation[2] as MessageLang;
      return category ? categoryExplanationMarkdown(category, lang) : `# ${explanation[1]}\n\nUnknown category.\n`;
    }
    const reference = /^\/reference\/(.+)\.txt$/.exec(uri.path);
    if (reference) {
      const clause = topics.flatMap((topic) => topic.references).find((candidate) => candidate.id === reference[1]);
      if (clause) return referenceDocument(clause).text;
    }
    return this.contents.get(uri.path) ?? '';
  }

  dispose(): void {
    this.registration.dispose();
    this.contents.clear();
    this.sources.clear();
  }
}
