// Reads the team's workspace file `.dpa-review.json` (accepted deviations and playbook overrides),
// found in the reviewed file's folder or the nearest folder above it. The VS Code extension
// writes the same file when a reviewer accepts a deviation.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AcceptedFinding, Playbook } from '../shared/index';

export const WORKSPACE_FILE = '.dpa-review.json';

export interface WorkspaceSettings {
  accepted: AcceptedFinding[];
  playbook: Partial<Playbook>;
}

/** The settings of the nearest `.dpa-review.json` at or above `folder`; empty when there is none. */
export function loadWorkspaceSettings(folder: string): WorkspaceSettings {
  for (let dir = folder; ; dir = dirname(dir)) {
    const file = join(dir, WORKSPACE_FILE);
    if (existsSync(file)) {
      let parsed: { accepted?: AcceptedFinding[]; playbook?: Partial<Playbook> };
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        throw new Error(`cannot read ${file}: ${(e as Error).message.split('\n')[0]}`);
      }
      return { accepted: Array.isArray(parsed.accepted) ? parsed.accepted : [], playbook: parsed.playbook ?? {} };
    }
    if (dirname(dir) === dir) return { accepted: [], playbook: {} };
  }
}
