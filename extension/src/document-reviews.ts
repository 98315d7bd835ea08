// Has open documents reviewed by the engine thread and publishes its findings as diagnostics: live
// (debounced) for plain-text and Markdown documents that look like a DPA, on demand for any document,
// on open for extracted .docx/.pdf texts. A review is published only if the document is still at the
// version reviewed (an edit meanwhile brings a newer review). Keeps the last review of each document
// with the version it was made on, so quick fixes can refuse a stale document.

import * as vscode from 'vscode';
import type { Review } from '../../shared/types';
import { EngineStoppedError, type EngineThread } from './engine-thread';
import type { OutputLog } from './output-log';
import { defaultDebounceMilliseconds, findingsToDiagnostics, LIVE_REVIEW_MAX_CHARS, looksLikeDpa, quietTimeMilliseconds, REVIEW_MAX_CHARS, reviewScopeForLength, type DiagnosticLevel, type DiagnosticSpec, type PresentationSettings } from './presentation';
import { readPresentationSettings, readReviewConfiguration, type ReviewConfiguration } from './settings';

/** The ending of an exported review (never reviewed itself, though it quotes the DPA). */
export const reportSuffix = '.dpa-review.md';

/** The last review of one document. */
export interface DocumentReview {
  uri: vscode.Uri;
  /** The document version the review was made on. */
  version: number;
  review: Review;
  presentation: PresentationSettings;
  specs: DiagnosticSpec[];
  diagnostics: vscode.Diagnostic[];
  /** How long the engine took, in milliseconds. */
  elapsedMilliseconds: number;
  /** A review of the document itself, or the new deviations of a comparison (not reviewed again). */
  origin: 'review' | 'comparison';
}

const diagnosticSeverity: Record<DiagnosticLevel, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * Turns a diagnostic spec into a VS Code diagnostic; offsets become positions here, at the edge.
 * @example toDiagnostic(document, spec).code // { value: 'liability-cap', target: dpa-review:/explain/liability-cap.en.md }
 */
export function toDiagnostic(document: vscode.TextDocument, spec: DiagnosticSpec): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(spec.start), document.positionAt(spec.end));
  const diagnostic = new vscode.Diagnostic(range, spec.message, diagnosticSeverity[spec.level]);
  diagnostic.source = spec.source;
  diagnostic.code = { value: spec.code, target: vscode.Uri.parse(spec.codeHref) };
  if (spec.related) {
    const { uri, start, end, message } = spec.related;
    const location = new vscode.Location(vscode.Uri.parse(uri), new vscode.Range(start.line, start.character, end.line, end.character));
    diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(location, message)];
  }
  return diagnostic;
}

/** The reviews of the open documents, their diagnostics, and when to review again. */
export class DocumentReviews implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('dpa-review');
  /** Documents told they are too large for live review (told once each). */
  private readonly toldTooLarge = new Set<string>();
  private readonly reviews = new Map<string, DocumentReview>();
  /** Documents reviewed on request (or extracted texts): reviewed again on edit whatever they look like. */
  private readonly pinned = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Bumped when a document's review is dropped, so that a review asked for before is not published. */
  private readonly generations = new Map<string, number>();
  private readonly changes = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's diagnostics changed. */
  readonly onDidChange = this.changes.event;

  constructor(private readonly log: OutputLog, private readonly engine: EngineThread) {}

  /** The last review of a document, if any. */
  get(uri: vscode.Uri): DocumentReview | undefined {
    return this.reviews.get(uri.toString());
  }

  /** Every document with a review (to review again after the accepted deviations changed). */
  reviewedUris(): vscode.Uri[] {
    return [...this.reviews.values()].filter((entry) => entry.origin === 'review').map((entry) => entry.uri);
  }

  /** Marks a document to be reviewed on every edit, whatever it looks like. */
  pin(uri: vscode.Uri): void {
    this.pinned.add(uri.toString());
  }

  /**
   * Whether a document is reviewed live: pinned, or a matching plain-text/Markdown file that looks
   * like a DPA.
   */
  isLiveReviewed(document: vscode.TextDocument, configuration: ReviewConfiguration): boolean {
    if (this.pinned.has(document.uri.toString())) return true;
    if (!configuration.liveReview) return false;
    if (document.languageId !== 'plaintext' && document.languageId !== 'markdown') return false;
    if (document.uri.path.endsWith(reportSuffix)) return false;
    if (document.uri.scheme !== 'untitled') {
      const matches = configuration.filePatterns.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
      if (!matches) return false;
    }
    return looksLikeDpa(document.getText());
  }

  /** Reviews a document after the quiet time (the last call wins; see quietTimeMilliseconds). */
  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const previous = this.timers.get(key);
    if (previous) clearTimeout(previous);
    const configured = vscode.workspace.getConfiguration('dpaReview', document.uri).get<number>('debounceMilliseconds', defaultDebounceMilliseconds);
    const delay = quietTimeMilliseconds(configured);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.reviewIfLive(document);
    }, delay));
  }

  /** Reviews a document now if it is one that is reviewed live; otherwise clears its diagnostics. */
  async reviewIfLive(document: vscode.TextDocument): Promise<DocumentReview | undefined> {
    if (document.isClosed) return undefined;
    try {
      const configuration = await readReviewConfiguration(document.uri);
      // an emptied document has nothing to review (the engine refuses empty text): clear it
      if (!this.isLiveReviewed(document, configuration) || !/\S/.test(document.getText())) {
        this.forget(document.uri);
        return undefined;
      }
      if (reviewScopeForLength(document.getText().length) !== 'live') {
        this.forget(document.uri);
        this.tellTooLargeForLive(document);
        return undefined;
      }
      const entry = await this.run(document, configuration);
      return entry && this.get(document.uri) === entry ? entry : undefined;
    } catch (error) {
      // a review cut short by closing the document or the extension is no failure
      const cutShort = error instanceof EngineStoppedError && (document.isClosed || this.engine.isStopped);
      if (!cutShort) this.log.error(`review of ${describe(document.uri)} failed`, error);
      return undefined;
    }
  }

  /**
   * Reviews a document now, whatever it looks like, and keeps reviewing it on edit. The review is of
   * the document's newest version asked for; it is published unless the document changed meanwhile.
   * @example const entry = await reviews.reviewNow(editor.document); entry.review.summary.total
   */
  async reviewNow(document: vscode.TextDocument): Promise<DocumentReview> {
    if (reviewScopeForLength(document.getText().length) === 'too-large') {
      throw new Error(vscode.l10n.t('the document is too large to review ({0} characters; at most {1}).', document.getText().length, REVIEW_MAX_CHARS));
    }
    this.pin(document.uri);
    const configuration = await readReviewConfiguration(document.uri);
    return this.run(document, configuration);
  }

  /** Says once per document why a large document is not reviewed as you type. */
  private tellTooLargeForLive(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.toldTooLarge.has(key)) return;
    this.toldTooLarge.add(key);
    this.log.info(`not reviewed live: ${describe(document.uri)} has ${document.getText().length} characters (live review up to ${LIVE_REVIEW_MAX_CHARS})`);
    void vscode.window.showInformationMessage(
      `DPA Review: ${vscode.l10n.t('this document is over {0} characters, so it is not reviewed as you type; run "Review this document" to review it.', LIVE_REVIEW_MAX_CHARS)}`,
    );
  }

  /**
   * Has the engine thread review the document and publishes the diagnostics, if the document is
   * still open, at the version reviewed, and not dropped meanwhile. The review answered may be of a
   * newer version than this call asked for (a newer request replaced this one); callers waiting for
   * the same answer publish it once.
   */
  private async run(document: vscode.TextDocument, configuration: ReviewConfiguration): Promise<DocumentReview> {
    const key = document.uri.toString();
    const generation = this.generations.get(key) ?? 0;
    const answer = await this.engine.reviewDocument(key, document.version, document.getText(), configuration.options);
    const review = answer.result.result;
    const published = this.reviews.get(key);
    if (published?.review === review) return published;
    const { version } = answer.request;
    // the settings now, which the newest request read (this call's may be older)
    const presentation = readPresentationSettings(document.uri);
    const current = !document.isClosed && document.version === version && (this.generations.get(key) ?? 0) === generation;
    const specs = findingsToDiagnostics(review, presentation);
    const diagnostics = current ? specs.map((spec) => toDiagnostic(document, spec)) : [];
    const entry: DocumentReview = { uri: document.uri, version, review, presentation, specs, diagnostics, elapsedMilliseconds: answer.result.elapsedMilliseconds, origin: 'review' };
    if (!current) return entry; // out of date: a newer review follows the edit, or the document was dropped
    this.reviews.set(key, entry);
    this.collection.set(document.uri, diagnostics);
    this.log.info(`reviewed ${describe(document.uri)} (version ${version}) in ${entry.elapsedMilliseconds.toFixed(0)} ms: ${review.findings.length} findings, ${diagnostics.length} shown`);
    this.changes.fire(document.uri);
    return entry;
  }

  /** Publishes a review made elsewhere (e.g. the new deviations of a comparison) for a document. */
  publish(document: vscode.TextDocument, review: Review, presentation: PresentationSettings): DocumentReview {
    const specs = findingsToDiagnostics(review, presentation);
    const diagnostics = specs.map((spec) => toDiagnostic(document, spec));
    const entry: DocumentReview = { uri: document.uri, version: document.version, review, presentation, specs, diagnostics, elapsedMilliseconds: 0, origin: 'comparison' };
    this.reviews.set(document.uri.toString(), entry);
    this.collection.set(document.uri, diagnostics);
    this.changes.fire(document.uri);
    return entry;
  }

  /** Drops a document's review and diagnostics (closed, or no longer a DPA). */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
    if (!this.reviews.delete(key) && !this.collection.has(uri)) return;
    this.collection.delete(uri);
    this.changes.fire(uri);
  }

  /** Forgets a closed document entirely (also its pin). */
  close(uri: vscode.Uri): void {
    this.forget(uri);
    this.pinned.delete(uri.toString());
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.collection.dispose();
    this.changes.dispose();
  }
}

/** A document's name for the log: its file name only, never its content. */
export function describe(uri: vscode.Uri): string {
  const parts = uri.path.split('/');
  return parts[parts.length - 1] || uri.scheme;
}
