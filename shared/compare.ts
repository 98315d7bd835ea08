// Comparison of two versions of one vendor's DPA: which clauses were added, removed or changed
// (with a word diff), and which deviations are new, gone or unchanged.

import { diffArrays, diffWords } from 'diff';
import { review } from './review';
import type { Clause, DiffPart, Finding, Review, ReviewOptions } from './types';

export interface ClauseChange {
  kind: 'added' | 'removed' | 'changed';
  old?: { index: number; start: number; end: number; text: string };
  new?: { index: number; start: number; end: number; text: string };
  diff?: DiffPart[];
}

export interface Comparison {
  old: Review;
  new: Review;
  clauses: ClauseChange[];
  findings: {
    /** Deviations the new version brings: the ones that hurt. */
    added: Finding[];
    /** Deviations of the old version that the new one no longer has. */
    removed: Finding[];
    unchanged: Finding[];
  };
}

const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function words(text: string): Set<string> {
  return new Set(key(text).split(' ').filter((w) => w.length > 2));
}

function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.size || !wb.size) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size);
}

const brief = (c: Clause) => ({ index: c.index, start: c.start, end: c.end, text: c.text });

/** Pairs the clauses of two versions: equal ones drop out, similar ones become "changed". */
export function alignVersions(oldClauses: Clause[], newClauses: Clause[]): ClauseChange[] {
  const changes: ClauseChange[] = [];
  const hunks = diffArrays(oldClauses.map((c) => key(c.text)), newClauses.map((c) => key(c.text)));
  let oi = 0;
  let ni = 0;
  let removed: Clause[] = [];
  let added: Clause[] = [];
  const flush = () => {
    // inside one hunk, pair each removed clause with its most similar added one
    const unpaired = new Set(added);
    for (const before of removed) {
      let best: Clause | undefined;
      let bestScore = 0.45;
      for (const after of unpaired) {
        const score = similarity(before.text, after.text);
        if (score > bestScore) {
          best = after;
          bestScore = score;
        }
      }
      if (best) {
        unpaired.delete(best);
        changes.push({
          kind: 'changed',
          old: brief(before),
          new: brief(best),
          diff: diffWords(before.text, best.text).map((p) => ({ op: p.added ? 'insert' : p.removed ? 'delete' : 'equal', text: p.value })),
        });
      } else changes.push({ kind: 'removed', old: brief(before) });
    }
    for (const after of unpaired) changes.push({ kind: 'added', new: brief(after) });
    removed = [];
    added = [];
  };
  for (const hunk of hunks) {
    const count = hunk.count ?? hunk.value.length;
    if (hunk.removed) {
      removed.push(...oldClauses.slice(oi, oi + count));
      oi += count;
    } else if (hunk.added) {
      added.push(...newClauses.slice(ni, ni + count));
      ni += count;
    } else {
      flush();
      oi += count;
      ni += count;
    }
  }
  flush();
  return changes.sort((a, b) => (a.new?.start ?? a.old?.start ?? 0) - (b.new?.start ?? b.old?.start ?? 0));
}

// Two findings are the same deviation when category, message and measured values agree
// ("2 måneder" and "to måneder" are both 60 days), or when category and message agree and the
// quoted words are mostly the same.
const sameValues = (a: Finding, b: Finding) =>
  a.category === b.category && a.messageId === b.messageId && a.data !== undefined && JSON.stringify(a.data) === JSON.stringify(b.data);
const sameWords = (a: Finding, b: Finding) =>
  a.category === b.category && a.messageId === b.messageId && (key(a.quote) === key(b.quote) || similarity(a.quote, b.quote) >= 0.6);

/** Pairs each finding of `after` with an unpaired one of `before`; the rest are new or gone. */
function pairFindings(before: Finding[], after: Finding[]): { added: Finding[]; removed: Finding[]; unchanged: Finding[] } {
  const unpaired = new Set(before);
  const unchanged: Finding[] = [];
  const added: Finding[] = [];
  for (const test of [sameValues, sameWords]) {
    for (const f of after) {
      if (unchanged.includes(f)) continue;
      const twin = [...unpaired].find((b) => test(b, f));
      if (twin) {
        unpaired.delete(twin);
        unchanged.push(f);
      }
    }
  }
  for (const f of after) if (!unchanged.includes(f)) added.push(f);
  return { added, removed: [...unpaired], unchanged: after.filter((f) => unchanged.includes(f)) };
}

/**
 * Compares two versions of a DPA.
 * @example compare(dpa2024, dpa2025).findings.added.map((f) => f.category) // ['liability-cap', ...]
 */
export function compare(oldText: string, newText: string, options: ReviewOptions = {}): Comparison {
  const before = review(oldText, options);
  const after = review(newText, options);
  const deviations = (r: Review) => r.findings.filter((f) => f.severity !== 'info');
  return {
    old: before,
    new: after,
    clauses: alignVersions(before.document.clauses, after.document.clauses),
    findings: pairFindings(deviations(before), deviations(after)),
  };
}
