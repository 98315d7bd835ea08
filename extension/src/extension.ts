// Entry point of the VS Code extension: wires the engine's adapter pieces (reviews → diagnostics,
// hover, quick fixes, commands, status bar, Output channel) to VS Code's events. No review logic.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { DeviationCodeActions } from './code-actions';
import { guardedCommands, registerCommands, reviewAgain } from './commands';
import { DocumentReviews } from './document-reviews';
import { EngineThread } from './engine-thread';
import { DeviationHoverProvider } from './hover-provider';
import { runInVsCodeTestsIfAsked } from './in-vscode-test-hook';
import { NormenChecklistView, registerNormenCommands } from './normen-view';
import { OutputLog } from './output-log';
import { virtualScheme, workspaceReviewFileName } from './presentation';
import { ReviewStatusBar } from './status-bar';
import { VirtualDocuments } from './virtual-documents';

/** What `activate` hands back: the pieces, for the in-VS-Code tests. */
export interface DpaReviewApi {
  reviews: DocumentReviews;
  engine: EngineThread;
  statusBar: ReviewStatusBar;
  documents: VirtualDocuments;
  normen: NormenChecklistView;
}

const reviewedSchemes: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: virtualScheme }];

/**
 * Called by VS Code when a Markdown document opens, when the workspace holds a `.dpa-review.json`,
 * or when one of the extension's commands or its view is first used; never at start-up otherwise
 * (not on plain text either: VS Code fires onLanguage:plaintext at start-up whatever is open,
 * microsoft/vscode#80268). From then on every plain-text and Markdown document that looks like a
 * DPA is reviewed live, also those already open.
 */
export function activate(context: vscode.ExtensionContext): DpaReviewApi {
  // No V8 flags are changed here: setting one at run time (--no-regexp-tier-up) inside VS Code's
  // running extension host crashed it (SIGSEGV right after activation, code-server 4.139 / Node 24),
  // and the host is shared with every other extension.
  const log = new OutputLog();
  const documents = new VirtualDocuments();
  // The engine runs in a worker thread (bundled next to this file), started on the first review.
  const engine = new EngineThread(path.join(__dirname, 'engine-worker.js'), log);
  const reviews = new DocumentReviews(log, engine);
  const statusBar = new ReviewStatusBar(reviews);
  const normen = new NormenChecklistView();
  context.subscriptions.push(log, documents, engine, reviews, statusBar, normen);

  context.subscriptions.push(
    vscode.languages.registerHoverProvider(reviewedSchemes, new DeviationHoverProvider(reviews)),
    vscode.languages.registerCodeActionsProvider(reviewedSchemes, new DeviationCodeActions(reviews), {
      providedCodeActionKinds: DeviationCodeActions.providedCodeActionKinds,
    }),
    ...registerCommands({ reviews, engine, documents, log }),
    ...registerNormenCommands({ view: normen, documents, reviews, engine, log }, guardedCommands(log)),
  );

  const reviewOnOpen = (document: vscode.TextDocument) => {
    if (documents.isExtractedText(document.uri)) reviews.pin(document.uri);
    if (document.uri.scheme === virtualScheme && !documents.isExtractedText(document.uri)) return;
    void reviews.reviewIfLive(document);
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(reviewOnOpen),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length && reviews.get(event.document.uri)?.origin !== 'comparison') reviews.schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => reviews.close(document.uri)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // Settings can differ per workspace folder: review again only the documents they affect.
      if (event.affectsConfiguration('dpaReview')) void reviewAgain(reviews, (uri) => event.affectsConfiguration('dpaReview', uri));
    }),
  );
  const teamFileWatcher = vscode.workspace.createFileSystemWatcher(`**/${workspaceReviewFileName}`);
  context.subscriptions.push(
    teamFileWatcher,
    teamFileWatcher.onDidChange(() => void reviewAgain(reviews)),
    teamFileWatcher.onDidCreate(() => void reviewAgain(reviews)),
    teamFileWatcher.onDidDelete(() => void reviewAgain(reviews)),
  );
  for (const document of vscode.workspace.textDocuments) reviewOnOpen(document);

  const api: DpaReviewApi = { reviews, engine, statusBar, documents, normen };
  runInVsCodeTestsIfAsked(context, log);
  return api;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions (the engine thread is terminated there).
}
