// The extension's Output channel ("DPA Review"): errors and timings only. Contract text never goes
// here: callers pass file names, counts and error messages (the engine's and the extractor's
// errors carry no document text by contract), never quotes or document content.

import * as vscode from 'vscode';

/** A thin wrapper around a log output channel that only accepts what may be logged. */
export class OutputLog implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('DPA Review', { log: true });

  /** @example log.info('reviewed avtale.txt in 12 ms: 5 findings') */
  info(message: string): void {
    this.channel.info(message);
  }

  /**
   * Logs a failure by its message only (no stack with local variables, no document text).
   * @example log.error('review of avtale.txt failed', error)
   */
  error(what: string, error: unknown): void {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
    this.channel.error(`${what}: ${reason}`);
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
