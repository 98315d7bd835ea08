// Quick fixes on a deviation's diagnostic: replace it with the reference wording (preferred), show
// the diff against the reference, accept the deviation, explain the category, turn the category off
// for the workspace (ESLint's "disable for this file" in a committed file). Titles follow VS Code's
// display language (vscode.l10n). Each action runs a
// command with the document version of the review, so a stale document is refused when applied.

import * as vscode from 'vscode';
import type { CategoryId } from '../../shared/types';
import type { DocumentReview, DocumentReviews } from './document-reviews';
import { virtualScheme } from './presentation';

/** The arguments every finding command receives: which document, which version, which finding. */
export interface FindingReference {
  uri: string;
  version: number;
  findingIndex: number;
}

/** The arguments of `dpaReview.turnOffCategory`: the document (whose folder's file is written) and the category. */
export interface CategoryReference {
  uri: string;
  category: CategoryId;
}

/** Finds the finding behind a diagnostic of ours: same category code and same range. */
export function findingIndexOf(entry: DocumentReview, diagnostic: vscode.Diagnostic): number | undefined {
  if (diagnostic.source !== 'dpa-review') return undefined;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  const index = entry.specs.findIndex((spec, specIndex) => spec.code === code && entry.diagnostics[specIndex].range.isEqual(diagnostic.range));
  return index < 0 ? undefined : entry.specs[index].findingIndex;
}

/** Offers the four actions for each of our diagnostics in the requested range. */
export class DeviationCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly reviews: DocumentReviews) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const entry = this.reviews.get(document.uri);
    if (!entry || entry.version !== document.version) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const findingIndex = findingIndexOf(entry, diagnostic);
      if (findingIndex === undefined) continue;
      const finding = entry.review.findings[findingIndex];
      const args: FindingReference = { uri: document.uri.toString(), version: entry.version, findingIndex };
      const editable = document.uri.scheme !== virtualScheme;
      if (finding.fix && editable) {
        const replace = new vscode.CodeAction(vscode.l10n.t('Replace with reference wording'), vscode.CodeActionKind.QuickFix);
        replace.diagnostics = [diagnostic];
        replace.isPreferred = true;
        replace.command = { command: 'dpaReview.replaceWithReference', title: replace.title, arguments: [args] };
        actions.push(replace);
      }
      if (finding.fix || finding.reference) {
        const diff = new vscode.CodeAction(vscode.l10n.t('Show diff against reference'), vscode.CodeActionKind.QuickFix);
        diff.diagnostics = [diagnostic];
        diff.command = { command: 'dpaReview.showReferenceDiff', title: diff.title, arguments: [args] };
        actions.push(diff);
      }
      const accept = new vscode.CodeAction(vscode.l10n.t('Accept this deviation'), vscode.CodeActionKind.QuickFix);
      accept.diagnostics = [diagnostic];
      accept.command = { command: 'dpaReview.acceptDeviation', title: accept.title, arguments: [args] };
      actions.push(accept);
      const explain = new vscode.CodeAction(vscode.l10n.t('Explain this category ({0})', finding.category), vscode.CodeActionKind.QuickFix);
      explain.diagnostics = [diagnostic];
      explain.command = { command: 'dpaReview.explainCategory', title: explain.title, arguments: [finding.category] };
      actions.push(explain);
      if (vscode.workspace.workspaceFolders?.length) {
        const turnOff = new vscode.CodeAction(vscode.l10n.t('Turn off {0} for this workspace', finding.category), vscode.CodeActionKind.QuickFix);
        turnOff.diagnostics = [diagnostic];
        const turnOffArgs: CategoryReference = { uri: document.uri.toString(), category: finding.category };
        turnOff.command = { command: 'dpaReview.turnOffCategory', title: turnOff.title, arguments: [turnOffArgs] };
        actions.push(turnOff);
      }
    }
    return actions;
  }
}
