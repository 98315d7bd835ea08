// The in-VS-Code mocha runner: bundled by scripts/vscode-test.mjs into in-vscode-suite.js, copied
// into the installed extension's dist/ folder, and started by the extension itself (see
// extension/src/in-vscode-test-hook.ts) inside the real extension host. Writes its results as JSON
// to the file the outer test (scripts/vscode-test.mjs) waits for.

import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';

/** One test's outcome, as the outer test prints it. */
export interface InVsCodeTestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMilliseconds: number;
  error?: string;
}

/** The results file: what the outer test reads. */
export interface InVsCodeResults {
  passed: number;
  failed: number;
  pending: number;
  tests: InVsCodeTestResult[];
  vscodeVersion: string;
  /** Measurements (the edit → diagnostics benchmark), printed by the outer test. */
  benchmark: string[];
}

/**
 * Runs the suite and writes the results file (also when the suite itself fails to load).
 * @example await run({ resultsFile: '/tmp/x/results.json', extensionPath: '/ext/dpa-review.dpa-review-0.1.0' })
 */
export async function run(options: { resultsFile: string; extensionPath: string }): Promise<void> {
  const tests: InVsCodeTestResult[] = [];
  let vscodeVersion = 'unknown';
  let benchmark: string[] = [];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    vscodeVersion = (require('vscode') as typeof import('vscode')).version;
    const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'dot' });
    mocha.suite.emit('pre-require', globalThis, 'in-vscode-suite', mocha);
    // Required only now, after 'pre-require' gave them describe/it (the bundle loads them lazily).
    // The harness's bench mode (npm run bench:extension) runs the latency benchmark instead.
    /* eslint-disable @typescript-eslint/no-require-imports */
    benchmark = process.env.DPA_REVIEW_VSCODE_MODE === 'bench'
      ? (require('./latency.bench') as typeof import('./latency.bench')).benchmark
      : (require('./extension.suite') as typeof import('./extension.suite')).benchmark;
    /* eslint-enable @typescript-eslint/no-require-imports */
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => tests.push({ title: test.fullTitle(), state: 'passed', durationMilliseconds: test.duration ?? 0 }));
      runner.on('fail', (test, error: Error) => tests.push({ title: test.fullTitle(), state: 'failed', durationMilliseconds: test.duration ?? 0, error: `${error.message}\n${error.stack ?? ''}`.slice(0, 4000) }));
      runner.on('pending', (test) => tests.push({ title: test.fullTitle(), state: 'pending', durationMilliseconds: 0 }));
    });
  } catch (error) {
    tests.push({ title: 'load the in-VS-Code suite', state: 'failed', durationMilliseconds: 0, error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) });
  }
  const results: InVsCodeResults = {
    passed: tests.filter((test) => test.state === 'passed').length,
    failed: tests.filter((test) => test.state === 'failed').length,
    pending: tests.filter((test) => test.state === 'pending').length,
    tests,
    vscodeVersion,
    benchmark,
  };
  writeFileSync(options.resultsFile, JSON.stringify(results, null, 2));
}
