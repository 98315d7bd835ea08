// The playbook: the thresholds and choices a legal team sets (clauses/playbook.json is the default).
// A team's own playbook file is a partial playbook merged over the default.

import defaultPlaybookData from '../clauses/playbook.json';
import type { CategoryId, Playbook, Severity } from './types';

export const defaultPlaybook: Playbook = defaultPlaybookData as Playbook;

const SEVERITIES: Severity[] = ['info', 'low', 'medium', 'high'];

/** Rank of a severity, higher is worse. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/**
 * The default playbook with `overrides` applied; unknown keys and wrong types are refused.
 * @example resolvePlaybook({ breachNoticeMaxHours: 48 }).breachNoticeMaxHours // 48
 */
export function resolvePlaybook(overrides: Partial<Playbook> = {}): Playbook {
  const merged: Playbook = { ...defaultPlaybook, severity: { ...defaultPlaybook.severity } };
  for (const [key, value] of Object.entries(overrides) as [keyof Playbook, unknown][]) {
    if (!(key in defaultPlaybook)) throw new PlaybookError(`unknown playbook setting "${key}"`);
    const expected = Array.isArray(defaultPlaybook[key]) ? 'array' : typeof defaultPlaybook[key];
    const actual = Array.isArray(value) ? 'array' : typeof value;
    if (expected !== actual) throw new PlaybookError(`playbook setting "${key}" must be ${expected === 'array' ? 'a list' : `a ${expected}`}`);
    if (key === 'minSeverity' && !SEVERITIES.includes(value as Severity)) throw new PlaybookError(`minSeverity must be one of ${SEVERITIES.join(', ')}`);
    if (key === 'severity') {
      merged.severity = { ...merged.severity, ...(value as Partial<Record<CategoryId, Severity>>) };
      continue;
    }
    (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return merged;
}

export class PlaybookError extends Error {}
