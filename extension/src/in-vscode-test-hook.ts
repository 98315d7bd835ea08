// The hook through which the real-VS-Code test (npm run test:extension) runs its mocha suite inside
// this extension host. Inert unless the environment names a suite: the harness (test/vscode/) sets
// DPA_REVIEW_VSCODE_SUITE (a bundled suite it copied next to this extension's dist/extension.js)
// and DPA_REVIEW_VSCODE_RESULTS (where the suite writes its JSON results).

import * as path from 'node:path';
import type * as vscode from 'vscode';
import type { OutputLog } from './output-log';

/** What the bundled suite exports. */
interface InVsCodeSuite {
  run(options: { resultsFile: string; extensionPath: string }): Promise<void>;
}

/** Starts the in-VS-Code suite once, after activation, if the harness asked for it. */
export function runInVsCodeTestsIfAsked(context: vscode.ExtensionContext, log: OutputLog): void {
  const suiteFile = process.env.DPA_REVIEW_VSCODE_SUITE;
  const resultsFile = process.env.DPA_REVIEW_VSCODE_RESULTS;
  if (!suiteFile || !resultsFile) return;
  // Only a suite inside this extension's own folder, so `require('vscode')` resolves for it.
  const resolved = path.resolve(context.extensionPath, suiteFile);
  if (!resolved.startsWith(context.extensionPath + path.sep)) {
    log.error('in-VS-Code suite', new Error('the suite must lie inside the extension folder'));
    return;
  }
  setTimeout(() => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const suite = require(resolved) as InVsCodeSuite;
      suite.run({ resultsFile, extensionPath: context.extensionPath }).catch((error: unknown) => log.error('in-VS-Code suite', error));
    } catch (error) {
      log.error('in-VS-Code suite', error);
    }
  }, 500);
}
