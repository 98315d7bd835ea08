// The status-bar item: the active document's deviations by severity; a click opens the Problems view.

import * as vscode from 'vscode';
import type { DocumentReviews } from './document-reviews';
import { statusBarSummary } from './presentation';

/** Shows the active editor's counts; hidden for documents that were never reviewed. */
export class ReviewStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('dpaReview.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly reviews: DocumentReviews) {
    this.item.name = 'DPA Review';
    this.item.command = 'dpaReview.showProblems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      reviews.onDidChange(() => this.update()),
    );
    this.update();
  }

  /** The text shown now (for the tests). */
  get text(): string {
    return this.item.text;
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const entry = document ? this.reviews.get(document.uri) : undefined;
    if (!entry) {
      this.item.hide();
      return;
    }
    const summary = statusBarSummary(entry.review, entry.presentation);
    this.item.text = summary.text;
    this.item.tooltip = summary.tooltip;
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
