// The parts of a sentence and the denials in them. "However", "but", ";" and ":" start a new clause
// part (lexicon: clause.contrast); a new duty ("and shall") ends the object of a verb (clause.part-stop).
// A denial counts only in its own part: in "The processor may not sell the data; however, it may
// anonymise it for statistics" the anonymising is permitted.

import { concept, conceptPrefix } from './lexicon';
import { findAll, findFirst, pattern } from './match';

/** Where a clause part starts: after "however", "but", a semicolon or a colon. */
const CONTRAST_SOURCE = `(?:;|:|${concept('clause.contrast')})`;
/** Where the object of a verb ends: a new clause part or a new duty ("and shall"). */
const PART_STOP_SOURCE = `(?:;|:|${concept('clause.part-stop')})`;
/** Denials: the words that turn a permission into its opposite ("not", "never", "aldrig"; "without" is no denial). */
export const DENIAL_SOURCE = `(?!${concept('negation.without')})${concept('negation', 'negation.denial')}`;
/** Words of identifying: a denial before them describes anonymising ("no longer identifies"), it denies nothing. */
const IDENTIFY_SOURCE = `^ (?:[\\p{L}-]+ ){0,3}${conceptPrefix('identify.verb')}`;

/**
 * Whether two places of a sentence's matchText stand in the same clause part (no "however", ";" or "but" between).
 * @example samePart(matchText('may not sell; however, may anonymise'), 4, 30) // false
 */
export function samePart(match: string, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  return findFirst(pattern(CONTRAST_SOURCE), match.slice(from, to)) === undefined;
}

/**
 * The text up to where its clause part or the object of its verb ends (";", ":", "however", "and shall"), or all of it.
 * @example textToPartStop(matchText('to provide the service; and')) // 'to provide the service'
 */
export function textToPartStop(text: string): string {
  const stop = findFirst(pattern(PART_STOP_SOURCE), text);
  return stop ? text.slice(0, stop.start) : text;
}

/**
 * Whether the clause part that holds `at` denies what it says before `at` ("may not", "skal ikke", "aldrig").
 * @example deniedInPart(matchText('Leverandøren må ikke anonymisere data'), 21) // true
 */
export function deniedInPart(match: string, at: number): boolean {
  let partStart = 0;
  for (const c of findAll(pattern(CONTRAST_SOURCE), match.slice(0, at))) partStart = c.end;
  const part = match.slice(partStart, at);
  return findAll(pattern(DENIAL_SOURCE), part).some((denial) => !findFirst(pattern(IDENTIFY_SOURCE), part.slice(denial.end)));
}
