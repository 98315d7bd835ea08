// The extension's commands. Each delegates to the engine (review and compare in its thread,
// formatReport here) and to the presentation module; they return what they did, so the in-VS-Code
// tests can assert on it.

import * as vscode from 'vscode';
import { categories, formatReport, getCategory } from '../../shared/index';
import type { CategoryId, Review } from '../../shared/types';
import type { CategoryReference, FindingReference } from './code-actions';
import { describe, reportSuffix, type DocumentReviews } from './document-reviews';
import type { EngineThread } from './engine-thread';
import type { OutputLog } from './output-log';
import {
  categoryExplanationUri,
  isFixApplicable,
  messageLanguage,
  parseWorkspaceReviewFile,
  referenceReplacement,
  selectionReviewSummary,
  serialiseWorkspaceReviewFile,
  withAcceptedFinding,
  withCategoryTurnedOff,
  workspaceReviewFileName,
  type WorkspaceReviewFile,
  virtualScheme,
} from './presentation';
import { readDocumentText } from './read-document';
import { annotateDocx, annotateText } from '../../shared/annotate/index';
import { readPresentationSettings, readReviewConfiguration, uiLanguage, workspaceFolderFor } from './settings';
import type { VirtualDocuments } from './virtual-documents';

/** What the commands need. */
export interface CommandContext {
  reviews: DocumentReviews;
  engine: EngineThread;
  documents: VirtualDocuments;
  log: OutputLog;
}

/** Result of review-selection: the review of the clause, and the report shown beside. */
export interface SelectionReviewResult {
  review: Review;
  summary: string;
  reportUri: vscode.Uri;
}

/** Result of export-annotated-word: the file written, its comments and the review's findings. */
export interface AnnotatedExport {
  uri: vscode.Uri;
  comments: number;
  findings: number;
}

/** Result of compare-versions. */
export interface ComparisonResult {
  oldUri: vscode.Uri;
  newUri: vscode.Uri;
  added: number;
  removed: number;
  unchanged: number;
  changedClauses: number;
}

/** Registers a command whose failure is shown and logged, never thrown into the workbench. */
export type GuardedRegistration = <A extends unknown[], R>(name: string, run: (...args: A) => Promise<R>) => vscode.Disposable;

/**
 * The guarded command registration of the extension (failures go to the Output channel by message).
 * @example guardedCommands(log)('dpaReview.reviewDocument', async () => ...)
 */
export function guardedCommands(log: OutputLog): GuardedRegistration {
  return <A extends unknown[], R>(name: string, run: (...args: A) => Promise<R>) =>
    vscode.commands.registerCommand(name, async (...args: A): Promise<R | undefined> => {
      try {
        return await run(...args);
      } catch (error) {
        log.error(name, error);
        void vscode.window.showErrorMessage(`DPA Review: ${error instanceof Error ? error.message : vscode.l10n.t('the command failed')}`);
        return undefined;
      }
    });
}

/** Registers every command; returns their disposables. */
export function registerCommands(context: CommandContext): vscode.Disposable[] {
  const { reviews, engine, documents, log } = context;
  const guarded = guardedCommands(log);

  const findEntry = (reference: FindingReference) => {
    const uri = vscode.Uri.parse(reference.uri);
    const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === reference.uri);
    const entry = reviews.get(uri);
    const finding = entry?.review.findings[reference.findingIndex];
    return { uri, document, entry, finding };
  };

  return [
    guarded('dpaReview.reviewDocument', async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) throw new Error(vscode.l10n.t('open a document to review first'));
      const entry = await reviews.reviewNow(document);
      return entry.review.summary;
    }),

    guarded('dpaReview.reviewSelection', async (clauseText?: string): Promise<SelectionReviewResult> => {
      let text = clauseText;
      const editor = vscode.window.activeTextEditor;
      if (text === undefined) {
        if (!editor || editor.selection.isEmpty) throw new Error(vscode.l10n.t('select a clause first'));
        text = editor.document.getText(editor.selection);
      }
      const configuration = await readReviewConfiguration(editor?.document.uri);
      const { result: review } = await engine.review(text, { ...configuration.options, scope: 'clause' });
      const summary = selectionReviewSummary(review, configuration.presentation);
      const lang = messageLanguage(review, configuration.presentation);
      const reportUri = documents.put('selection', lang === 'nb' ? 'vurdering-av-utvalget.md' : 'selection-review.md', formatReport(review, 'markdown'));
      const report = await vscode.workspace.openTextDocument(reportUri);
      await vscode.window.showTextDocument(report, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
      void vscode.window.showInformationMessage(`DPA Review: ${summary}`);
      log.info(`reviewed a selection: ${review.findings.length} findings`);
      return { review, summary, reportUri };
    }),

    guarded('dpaReview.openReadOnlyReview', async (uri?: vscode.Uri): Promise<vscode.Uri | undefined> => {
      let target = uri;
      if (!target) {
        const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [vscode.l10n.t('Word or PDF')]: ['docx', 'pdf'] }, openLabel: vscode.l10n.t('Review') });
        target = picked?.[0];
      }
      if (!target) return undefined;
      const { text, fileName } = await readDocumentText(target);
      const virtualUri = documents.put('extracted', `${fileName}.txt`, text, target);
      reviews.pin(virtualUri);
      const document = await vscode.workspace.openTextDocument(virtualUri);
      await vscode.window.showTextDocument(document, { preview: false });
      await reviews.reviewNow(document);
      return virtualUri;
    }),

    guarded('dpaReview.compareVersions', async (oldFile?: vscode.Uri, newFile?: vscode.Uri): Promise<ComparisonResult | undefined> => {
      const filters = { 'DPA': ['txt', 'md', 'docx', 'pdf'] };
      const oldUri = oldFile ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters, openLabel: vscode.l10n.t('Old version') }))?.[0];
      if (!oldUri) return undefined;
      const newUri = newFile ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters, openLabel: vscode.l10n.t('New version') }))?.[0];
      if (!newUri) return undefined;
      const [older, newer] = await Promise.all([readDocumentText(oldUri), readDocumentText(newUri)]);
      const configuration = await readReviewConfiguration(newUri);
      const { result: comparison } = await engine.compare(older.text, newer.text, configuration.options);
      const left = documents.put('compare-old', older.fileName + '.txt', older.text);
      const right = documents.put('compare-new', newer.fileName + '.txt', newer.text);
      const newDocument = await vscode.workspace.openTextDocument(right);
      // Only the deviations the new version brings are marked in it.
      const newDeviations: Review = { ...comparison.new, findings: comparison.findings.added };
      reviews.publish(newDocument, newDeviations, configuration.presentation);
      await vscode.commands.executeCommand('vscode.diff', left, right, `${older.fileName} ↔ ${newer.fileName} (DPA Review)`);
      const result: ComparisonResult = {
        oldUri: left,
        newUri: right,
        added: comparison.findings.added.length,
        removed: comparison.findings.removed.length,
        unchanged: comparison.findings.unchanged.length,
        changedClauses: comparison.clauses.length,
      };
      void vscode.window.showInformationMessage(`DPA Review: ${vscode.l10n.t('{0} new deviations, {1} gone, {2} unchanged; {3} clauses changed.', result.added, result.removed, result.unchanged, result.changedClauses)}`);
      return result;
    }),

    guarded('dpaReview.exportMarkdown', async (uri?: vscode.Uri, target?: vscode.Uri): Promise<vscode.Uri | undefined> => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) throw new Error(vscode.l10n.t('open a reviewed document first'));
      const entry = reviews.get(document.uri) ?? (await reviews.reviewNow(document));
      const markdown = formatReport(entry.review, 'markdown', { uri: describe(document.uri) });
      let reportUri = target;
      if (!reportUri) {
        const reportName = `${describe(document.uri).replace(/\.[^.]+$/, '')}${reportSuffix}`;
        const folder = workspaceFolderFor(document.uri);
        const defaultUri = document.uri.scheme === 'file' ? vscode.Uri.joinPath(document.uri, '..', reportName) : folder ? vscode.Uri.joinPath(folder.uri, reportName) : undefined;
        reportUri = await vscode.window.showSaveDialog({ defaultUri, filters: { Markdown: ['md'] }, saveLabel: vscode.l10n.t('Export review') });
      }
      if (!reportUri) return undefined;
      await vscode.workspace.fs.writeFile(reportUri, new TextEncoder().encode(markdown));
      const report = await vscode.workspace.openTextDocument(reportUri);
      await vscode.window.showTextDocument(report, { viewColumn: vscode.ViewColumn.Beside, preview: true });
      log.info(`exported the review of ${describe(document.uri)} to ${describe(reportUri)}`);
      return reportUri;
    }),

    guarded('dpaReview.exportAnnotatedWord', async (uri?: vscode.Uri, target?: vscode.Uri): Promise<AnnotatedExport | undefined> => {
      let documentUri = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!documentUri) throw new Error(vscode.l10n.t('open a reviewed document first'));
      // a .docx or .pdf from the explorer: open its read-only review first
      if (/\.(docx|pdf)$/i.test(documentUri.path) && documentUri.scheme !== virtualScheme) {
        documentUri = await vscode.commands.executeCommand<vscode.Uri>('dpaReview.openReadOnlyReview', documentUri);
        if (!documentUri) return undefined;
      }
      const document = await vscode.workspace.openTextDocument(documentUri);
      const entry = reviews.get(document.uri) ?? (await reviews.reviewNow(document));
      const source = documents.sourceOf(document.uri) ?? (document.uri.scheme === 'file' ? document.uri : undefined);
      const annotated = source && /\.docx$/i.test(source.path)
        ? await annotateDocx(await vscode.workspace.fs.readFile(source), entry.review)
        : await annotateText(entry.review);
      let outputUri = target;
      if (!outputUri) {
        const name = `${(source ?? document.uri).path.split('/').pop()!.replace(/\.[^.]+$/, '')}.reviewed.docx`;
        const folder = workspaceFolderFor(source ?? document.uri);
        const defaultUri = source?.scheme === 'file' ? vscode.Uri.joinPath(source, '..', name) : folder ? vscode.Uri.joinPath(folder.uri, name) : undefined;
        outputUri = await vscode.window.showSaveDialog({ defaultUri, filters: { [vscode.l10n.t('Word document')]: ['docx'] }, saveLabel: vscode.l10n.t('Export annotated Word document') });
      }
      if (!outputUri) return undefined;
      if (source && outputUri.toString() === source.toString()) throw new Error(vscode.l10n.t('will not overwrite the reviewed document itself; choose another name'));
      await vscode.workspace.fs.writeFile(outputUri, annotated.bytes);
      for (const note of annotated.notes) log.info(note);
      log.info(`exported an annotated Word document of ${describe(source ?? document.uri)} to ${describe(outputUri)} (${annotated.comments} comments)`);
      void vscode.window.showInformationMessage(vscode.l10n.t('{0}: {1} comments', describe(outputUri), annotated.comments));
      return { uri: outputUri, comments: annotated.comments, findings: entry.review.findings.length };
    }),

    guarded('dpaReview.explainCategory', async (categoryId?: CategoryId): Promise<vscode.Uri | undefined> => {
      const active = vscode.window.activeTextEditor?.document.uri;
      const settings = readPresentationSettings(active);
      const lang = settings.lang !== 'auto' ? settings.lang : (active && reviews.get(active)?.review.lang) || uiLanguage();
      let id = categoryId;
      if (!id) {
        const picked = await vscode.window.showQuickPick(categories.map((category) => ({ label: category.name[lang], description: category.id, id: category.id })), { placeHolder: vscode.l10n.t('Category') });
        id = picked?.id;
      }
      if (!id || !getCategory(id)) return undefined;
      const uri = vscode.Uri.parse(categoryExplanationUri(id, lang));
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.languages.setTextDocumentLanguage(document, 'markdown');
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
      return uri;
    }),

    guarded('dpaReview.replaceWithReference', async (reference: FindingReference): Promise<boolean> => {
      const { document, entry, finding } = findEntry(reference);
      if (!document || !entry || !finding) throw new Error(vscode.l10n.t('the review of this document is gone; review it again'));
      if (!isFixApplicable(reference.version, document.version) || !isFixApplicable(entry.version, document.version)) {
        void vscode.window.showWarningMessage(`DPA Review: ${vscode.l10n.t('the document changed since the review; the fix was not applied. Try again after the review has updated.')}`);
        return false;
      }
      const replacement = referenceReplacement(finding, entry.review.document.text);
      if (!replacement) throw new Error(vscode.l10n.t('this deviation has no reference wording to insert'));
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(document.positionAt(replacement.start), document.positionAt(replacement.end)), replacement.text);
      const applied = await vscode.workspace.applyEdit(edit);
      if (applied) await reviews.reviewNow(document);
      return applied;
    }),

    guarded('dpaReview.showReferenceDiff', async (reference: FindingReference): Promise<boolean> => {
      const { document, entry, finding } = findEntry(reference);
      if (!document || !entry || !finding) throw new Error(vscode.l10n.t('the review of this document is gone; review it again'));
      const replacement = referenceReplacement(finding, entry.review.document.text);
      const current = replacement ? entry.review.document.text.slice(replacement.start, replacement.end) : finding.quote;
      const wording = replacement?.text ?? finding.reference?.text;
      if (wording === undefined) throw new Error(vscode.l10n.t('this deviation has no reference wording'));
      const left = documents.put('diff', `${finding.category}.clause.txt`, current);
      const right = documents.put('diff', `${finding.category}.reference.txt`, wording);
      const source = finding.reference ? ` — ${finding.reference.source}` : '';
      await vscode.commands.executeCommand('vscode.diff', left, right, `${finding.category}: clause ↔ reference${source}`);
      return true;
    }),

    guarded('dpaReview.acceptDeviation', async (reference: FindingReference, note?: string): Promise<vscode.Uri> => {
      const { uri, entry, finding } = findEntry(reference);
      if (!entry || !finding) throw new Error(vscode.l10n.t('the review of this document is gone; review it again'));
      const fileUri = await updateWorkspaceReviewFile(uri, (file) => withAcceptedFinding(file, finding, note));
      log.info(`accepted a ${finding.category} deviation in ${workspaceReviewFileName}`);
      await reviewAgain(reviews);
      return fileUri;
    }),

    guarded('dpaReview.turnOffCategory', async (reference?: CategoryReference): Promise<vscode.Uri | undefined> => {
      const uri = reference ? vscode.Uri.parse(reference.uri) : vscode.window.activeTextEditor?.document.uri;
      let category = reference?.category;
      if (!category) {
        const lang = uiLanguage();
        const picked = await vscode.window.showQuickPick(categories.map((item) => ({ label: item.name[lang], description: item.id, id: item.id })), { placeHolder: vscode.l10n.t('Category') });
        category = picked?.id;
      }
      if (!category || !getCategory(category)) return undefined;
      const turnedOff = category;
      const fileUri = await updateWorkspaceReviewFile(uri, (file) => withCategoryTurnedOff(file, turnedOff, vscode.l10n.t('turned off for this workspace')));
      log.info(`turned ${turnedOff} off in ${workspaceReviewFileName}`);
      await reviewAgain(reviews);
      return fileUri;
    }),

    guarded('dpaReview.showProblems', async () => {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      return true;
    }),
  ];
}

/**
 * Reads, changes and writes the `.dpa-review.json` of a document's workspace folder (the first
 * folder for a read-only review); returns the file's URI.
 */
async function updateWorkspaceReviewFile(documentUri: vscode.Uri | undefined, update: (file: WorkspaceReviewFile) => WorkspaceReviewFile): Promise<vscode.Uri> {
  const folder = workspaceFolderFor(documentUri?.scheme === 'file' ? documentUri : undefined);
  if (!folder) throw new Error(vscode.l10n.t('open a folder to keep accepted deviations in {0}', workspaceReviewFileName));
  const fileUri = vscode.Uri.joinPath(folder.uri, workspaceReviewFileName);
  let existing: string | undefined;
  try {
    existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri));
  } catch {
    existing = undefined;
  }
  const updated = update(parseWorkspaceReviewFile(existing));
  await vscode.workspace.fs.writeFile(fileUri, new TextEncoder().encode(serialiseWorkspaceReviewFile(updated)));
  return fileUri;
}

/** Reviews every reviewed open document again (after the accepted deviations or settings changed). */
export async function reviewAgain(reviews: DocumentReviews, affects: (uri: vscode.Uri) => boolean = () => true): Promise<void> {
  for (const uri of reviews.reviewedUris().filter(affects)) {
    const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === uri.toString());
    if (document) await reviews.reviewNow(document);
  }
}
