// Hover on a deviation: what is wrong, why it matters, the reference wording with its source, and
// a word diff against it (the Markdown comes from presentation.ts).

import * as vscode from 'vscode';
import { getCategory } from '../../shared/index';
import type { DocumentReviews } from './document-reviews';
import { findingHoverMarkdown, messageLanguage } from './presentation';

/** Hovers for the findings under the cursor, from the document's last review. */
export class DeviationHoverProvider implements vscode.HoverProvider {
  constructor(private readonly reviews: DocumentReviews) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const entry = this.reviews.get(document.uri);
    if (!entry || entry.version !== document.version) return undefined;
    const lang = messageLanguage(entry.review, entry.presentation);
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    entry.specs.forEach((spec, index) => {
      const diagnosticRange = entry.diagnostics[index].range;
      if (!diagnosticRange.contains(position)) return;
      const finding = entry.review.findings[spec.findingIndex];
      const markdown = new vscode.MarkdownString(findingHoverMarkdown(finding, getCategory(finding.category), lang));
      parts.push(markdown);
      range = range ? range.union(diagnosticRange) : diagnosticRange;
    });
    return parts.length ? new vscode.Hover(parts, range) : undefined;
  }
}
