// The lead-in of a list: "The Processor shall not:" above "– (a) sell Customer Personal Data;". A list item
// is read with the duty, permission or denial that its lead-in states; the segmenter makes each item a
// clause of its own (and an unfinished line such as "2. We shall not" a heading), so a rule that reads
// one item alone loses the "not" (or the "may") of the lead-in.

import type { Clause } from './types';

/** How far back a list's lead-in may stand (items in between). */
const MAX_ITEMS = 40;

/** A heading that is no title but the start of a sentence the items finish: it ends with ":" or a verb or "not". */
const UNFINISHED_HEADING = /(?::|\b(?:not|never|shall|will|may|must|ikke|aldri|skal|kan|må|inte|aldrig|ska|får|ikkje))\s*$/iu;

/**
 * The lead-in words of the list a clause is an item of: the last sentence of the nearest clause before
 * the list when it ends with a colon, or the clause's own nearest heading when that is an unfinished
 * sentence ("2. We shall not"). Undefined when there is none.
 * @example leadInOf(clauses, itemA) // 'RevenueHunt shall not:'
 */
export function leadInOf(clauses: readonly Clause[], clause: Clause): string | undefined {
  const heading = clause.headings[clause.headings.length - 1];
  if (heading !== undefined && UNFINISHED_HEADING.test(heading)) return heading;
  const before = listOpening(clauses, clause);
  const last = before?.sentences[before.sentences.length - 1];
  if (!before || !last) return undefined;
  const body = before.text.slice(last.start - before.start, last.end - before.start).trim();
  return body.endsWith(':') ? body : undefined;
}

/**
 * The clause that opens the list a list item belongs to (the nearest clause before the run of items that is
 * no item), whether or not it ends with a colon: a checklist's title "Security checklist (Yes/No)". Undefined
 * for a clause that is no list item, or a list under a heading with no opening line.
 * @example listOpening(clauses, itemB)?.text // 'Security checklist (Yes/No)'
 */
export function listOpening(clauses: readonly Clause[], clause: Clause): Clause | undefined {
  if (clause.kind !== 'list-item') return undefined;
  for (let index = clause.index - 1, seen = 0; index >= 0 && seen < MAX_ITEMS; index--, seen++) {
    const before = clauses[index];
    if (before.kind === 'list-item') continue;
    return before.kind === 'heading' ? undefined : before;
  }
  return undefined;
}
