// Post-processing of findings in small pure steps: severity overrides, accepted findings dropped,
// findings below the playbook's minimum dropped, duplicates merged, sorted by position.

import { severityRank } from './playbook';
import type { AcceptedFinding, Finding, Playbook } from './types';

const foldSpace = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function applySeverityOverrides(findings: Finding[], playbook: Playbook): Finding[] {
  return findings.map((f) => {
    const override = playbook.severity[f.category];
    return override && f.severity !== 'info' ? { ...f, severity: override } : f;
  });
}

/** Drops findings the team accepted (by category, and by quote when the acceptance has one). */
export function dropAccepted(findings: Finding[], accepted: AcceptedFinding[]): Finding[] {
  if (!accepted.length) return findings;
  return findings.filter(
    (f) => !accepted.some((a) => a.category === f.category && (!a.quote || foldSpace(a.quote) === foldSpace(f.quote))),
  );
}

export function dropBelow(findings: Finding[], playbook: Playbook): Finding[] {
  const min = severityRank(playbook.minSeverity);
  return findings.filter((f) => f.severity === 'info' || severityRank(f.severity) >= min);
}

/** One finding per category and place: overlapping findings of a category merge into the worst. */
export function mergeOverlapping(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  // per category, the kept findings that a later one (starting no earlier) can still overlap:
  // those ending after the current start. Keeps the merge linear in the number of findings.
  const open = new Map<string, number[]>();
  for (const f of sorted) {
    const indices = (open.get(f.category) ?? []).filter((i) => kept[i].end > f.start);
    const twinIndex = indices.find((i) => kept[i].start < f.end);
    if (twinIndex === undefined) {
      indices.push(kept.length);
      kept.push(f);
    } else if (severityRank(f.severity) > severityRank(kept[twinIndex].severity)) kept[twinIndex] = f;
    open.set(f.category, indices);
  }
  return kept;
}

export function sortByPosition(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.start - b.start || a.end - b.end || a.category.localeCompare(b.category));
}

export function postProcess(findings: Finding[], playbook: Playbook, accepted: AcceptedFinding[]): Finding[] {
  return sortByPosition(mergeOverlapping(dropBelow(dropAccepted(applySeverityOverrides(findings, playbook), accepted), playbook)));
}
