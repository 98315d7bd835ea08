// Temporary folders for tests, removed when the whole run ends (a test run leaves nothing in /tmp).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new empty folder under the system's temporary folder, removed after the test run. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

// a root-level hook: mocha runs it once, after every test file
after(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
