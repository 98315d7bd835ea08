// The parts of one sentence: the stretch between separators around a place, the run of text up to
// the end of a sentence part, the words right after a phrase, a leading condition ("If ..., the
// processor may ..."), and a short title line the segmenter ran into the sentence. Pure functions
// over a matchText; offsets are relative to the text given.

import { concept, conceptAlternatives } from './lexicon';
import { findFirst, pattern } from './match';

const PART_SEPARATOR = /[;:,]|\s[-–]\s/;

/**
 * The part of a sentence between the separators (; : , and " - ") around a relative offset.
 * @example partAround('deleted within 30 days, except backups', 30) // { from: 23, to: 38 }
 */
export function partAround(match: string, at: number): { from: number; to: number } {
  const before = match.slice(0, at);
  const separators = new RegExp(PART_SEPARATOR.source, 'g');
  let from = 0;
  for (let m = separators.exec(before); m; m = separators.exec(before)) from = m.index + m[0].length;
  const after = PART_SEPARATOR.exec(match.slice(at));
  return { from, to: after ? at + after.index : match.length };
}

/**
 * Text up to the end of the sentence part (";" or a full stop followed by a space).
 * @example clauseRun('set out in the agreement. The processor') // 'set out in the agreement'
 */
export function clauseRun(text: string): string {
  const stop = text.search(/;|\.(?=\s|$)/);
  return stop < 0 ? text : text.slice(0, stop);
}

const PHRASE_BREAK = new RegExp(`[,;:]|\\s(?:${conceptAlternatives('conjunction.phrase-break')})\\s`, 'u');

/**
 * The words right after a phrase, up to the next comma or "and" / "og" / "eller".
 * @example phraseAfter(' vesentlig, og kunden') // ' vesentlig'
 */
export function phraseAfter(text: string): string {
  const stop = text.search(PHRASE_BREAK);
  return stop < 0 ? text : text.slice(0, stop);
}

const CONDITION_START_SOURCE = `^[\\s\\d.()•·*–-]*${concept('conjunction.condition')}`;
const MAIN_CLAUSE_SOURCE = `, (?:[\\p{L}']+ ){0,3}?${concept('modal')}`;

/**
 * Where a sentence's leading condition ends ("Hvis ... ophører, og ... er slettet, | kan Bestemmelserne
 * opsiges": the comma before the main clause's modal verb), or 0 when it opens with no condition.
 */
export function leadingConditionEnd(match: string): number {
  if (!findFirst(pattern(CONDITION_START_SOURCE), match)) return 0;
  const main = findFirst(pattern(MAIN_CLAUSE_SOURCE), match);
  return main ? main.start : 0;
}
