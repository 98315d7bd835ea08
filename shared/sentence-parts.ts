// The parts of one sentence: the stretch between separators around a place, the run of text up to
// the end of a sentence part, the words right after a phrase, a leading condition ("If ..., the
// processor may ..."), and the clause parts that "however", "but", ";" and ":" start, with the denials
// in them. Pure functions over a matchText; offsets are relative to the text given.
//
// Two notions of a part, on purpose: `partAround` splits at any comma (a deadline and its exception),
// the clause-part readings only at a contrast (lexicon: clause.contrast), since a denial reaches over
// commas: in "The processor may not sell the data; however, it may anonymise it for statistics" the
// anonymising is permitted.

import { concept, conceptAlternatives, conceptPrefix } from './lexicon';
import { findAll, findFirst, latin1Class, pattern } from './match';

const PART_SEPARATOR = /[;:,]|\s[-–]\s/;
// the same, to walk every separator before a place (one regex for all calls: wordsBefore/wordsAfter run it per phrase)
const PART_SEPARATORS = /[;:,]|\s[-–]\s/g;

/**
 * The part of a sentence between the separators (; : , and " - ") around a relative offset.
 * @example partAround('deleted within 30 days, except backups', 30) // { from: 23, to: 38 }
 */
export function partAround(match: string, at: number): { from: number; to: number } {
  const before = match.slice(0, at);
  let from = 0;
  PART_SEPARATORS.lastIndex = 0;
  for (let m = PART_SEPARATORS.exec(before); m; m = PART_SEPARATORS.exec(before)) from = m.index + m[0].length;
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

/**
 * A pattern piece for "any words of one clause run" (no "." or ";"), however many: `${A}${WITHIN_RUN}${B}` is A
 * followed by B in the same run, where a fixed count of characters (`[^.;]{0,80}`) would fall short of a long sentence.
 * @example findFirst(pattern(`inform${WITHIN_RUN}thereafter`), 'inform the customer in writing thereafter') // the whole text
 */
export const WITHIN_RUN = '[^.;]*?';

/**
 * A pattern piece for at most `count` words of one clause run between two words (commas, brackets and "'s" allowed,
 * no "." or ";"): `${A}${wordsOfRun(4)}${B}` is B at most four words after A, where `[^.;]{0,30}` counted characters.
 * @example findFirst(pattern(`processor${wordsOfRun(6)}may`), "the processor's affiliates may") // 'processor's affiliates may'
 */
export function wordsOfRun(count: number): string {
  return `[^\\s.;]*(?:\\s+[^\\s.;]+){0,${count}}?\\s+`;
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

/**
 * Where a clause part starts: after "however", "but", a semicolon or a colon (not the colon of a web address,
 * "https://"). A contrast word right after a modal verb is an adverb inside its predicate and starts no part:
 * "skal likevel varsle", "kan dog ændre", "may, however, change".
 */
const CONTRAST_SOURCE = `(?:;|:(?!//)|(?<!${concept('modal')},?\\s+)${concept('clause.contrast')})`;
/** Where the object of a verb ends: a new clause part or a new duty ("and shall"). */
const PART_STOP_SOURCE = `(?:;|:|${concept('clause.part-stop')})`;
/** Denials: the words that turn a permission into its opposite ("not", "never", "aldrig"; "without" is no denial). */
export const DENIAL_SOURCE = `(?!${concept('negation.without')})${concept('negation', 'negation.denial')}`;
/** Data said to be no personal data (lexicon: data.not-personal). */
const NOT_PERSONAL_SOURCE = concept('data.not-personal');
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
 * Where the clause part that holds `at` starts: after the last "however", "but", "likevel", ";" or ":" before it, else 0.
 * @example clausePartStart(matchText('shall not transfer data, however staff in India may access it'), 40) // 32
 */
export function clausePartStart(match: string, at: number): number {
  let partStart = 0;
  for (const c of findAll(pattern(CONTRAST_SOURCE), match.slice(0, at))) partStart = c.end;
  return partStart;
}

/** "this does not apply to ...", "dette gjelder ikke ...": the "not" lifts the rule before it (an exception), it denies nothing after it. */
const NOT_APPLY_SOURCE = concept('exception.not-apply');

/**
 * Whether the clause part that holds `at` denies what it says before `at` ("may not", "skal ikke", "aldrig"); the "not"
 * of an exception to an earlier rule ("; this does not apply to de-identified data, which the Processor may use") is none.
 * @example deniedInPart(matchText('Leverandøren må ikke anonymisere data'), 21) // true
 */
export function deniedInPart(match: string, at: number): boolean {
  const partStart = clausePartStart(match, at);
  const part = match.slice(partStart, at);
  // read in the whole sentence: a contrast word inside the phrase ("gælder dog ikke") starts the part within it
  const exceptions = findAll(pattern(NOT_APPLY_SOURCE), match.slice(0, at));
  // saying what data is not ("Aggregated Data is not Customer Personal Data, and ... may use it") denies no use
  const notPersonal = findAll(pattern(NOT_PERSONAL_SOURCE), part);
  return findAll(pattern(DENIAL_SOURCE), part).some(
    (denial) =>
      !exceptions.some((e) => e.start <= partStart + denial.start && partStart + denial.end <= e.end) &&
      !notPersonal.some((n) => n.start <= denial.start && denial.end <= n.end) &&
      !findFirst(pattern(IDENTIFY_SOURCE), part.slice(denial.end)),
  );
}

// a word of a matchText (Latin-1, so no `u` flag and no large Unicode classes to compile)
const WORD_CHAR = `${latin1Class('p{L}')}${latin1Class('p{N}')}`;
const WORD = new RegExp(`[${WORD_CHAR}][${WORD_CHAR}'’-]*`, 'g');

/**
 * The last `count` words before a relative offset, within its part (`partAround`): what a rule means by
 * "right before the verb" — a number of words, not of characters, and never across a comma, ";" or ":".
 * With `overCommas`, within the clause part (`clausePartStart`: a comma is crossed, ";" or "however" not).
 * Returns the text from the first of those words up to `at`, and where it starts.
 * @example wordsBefore('the processor may, at least once a year, audit', 33, 2) // { from: 22, text: 'least once ' }
 * @example wordsBefore('shall not, without consent, transfer', 28, 4, true).text // 'not, without consent, '
 */
export function wordsBefore(match: string, at: number, count: number, overCommas = false): { from: number; text: string } {
  const from = overCommas ? clausePartStart(match, at) : partAround(match, at).from;
  // walk back over runs of word characters: the same words as WORD finds, without reading the whole part
  const starts: number[] = [];
  let i = at;
  while (i > from && starts.length <= count) {
    while (i > from && !isWordPart(match.charCodeAt(i - 1))) i--;
    const runEnd = i;
    while (i > from && isWordPart(match.charCodeAt(i - 1))) i--;
    // a word starts at its run's first letter or digit ("-abc" is the word "abc")
    let wordStart = i;
    while (wordStart < runEnd && !isWordStart(match.charCodeAt(wordStart))) wordStart++;
    if (wordStart < runEnd) starts.push(wordStart);
  }
  const start = starts.length > count ? starts[count - 1] : from;
  return { from: start, text: match.slice(start, at) };
}

const WORD_START = new RegExp(`[${WORD_CHAR}]`);
const WORD_PART = new RegExp(`[${WORD_CHAR}'’-]`);
// the answers for Latin-1, looked up by char code (a matchText is Latin-1; others ask the regex)
const LATIN1_WORD_START = Array.from({ length: 256 }, (_, code) => WORD_START.test(String.fromCharCode(code)));
const LATIN1_WORD_PART = Array.from({ length: 256 }, (_, code) => WORD_PART.test(String.fromCharCode(code)));
const isWordStart = (code: number): boolean => (code < 256 ? LATIN1_WORD_START[code] : WORD_START.test(String.fromCharCode(code)));
const isWordPart = (code: number): boolean => (code < 256 ? LATIN1_WORD_PART[code] : WORD_PART.test(String.fromCharCode(code)));

/**
 * How many words stand between two phrases of a matchText (0 when they touch or overlap), in whichever order
 * they come: "near" read in words, where a count of characters (`Math.abs(a.start - b.end) < 60`) would
 * count a long word as several short ones.
 * @example wordsBetween('decide which technical measures', { start: 0, end: 6 }, { start: 23, end: 31 }) // 2
 */
export function wordsBetween(match: string, a: { start: number; end: number }, b: { start: number; end: number }): number {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return second.start <= first.end ? 0 : [...match.slice(first.end, second.start).matchAll(WORD)].length;
}

/** Where a clause part (`samePart`: up to ";", ":", "however", "but") that holds `at` ends. */
function contrastPartEnd(match: string, at: number): number {
  const next = findFirst(pattern(CONTRAST_SOURCE), match.slice(at));
  return next ? at + next.start : match.length;
}

/**
 * The first `count` words after a relative offset, within its part: by default `partAround` (no comma
 * crossed: "the words right after the noun"); with `overCommas`, the clause part (`samePart`), so an
 * enumeration ("claims, fines and costs we incur") is read through. Returns the text from `at` to the
 * end of the last of those words.
 * @example wordsAfter('deleted within 30 days, except backups', 7, 3) // ' within 30 days'
 * @example wordsAfter('all claims, fines and costs we incur', 3, 5, true) // ' claims, fines and costs we'
 */
export function wordsAfter(match: string, at: number, count: number, overCommas = false): string {
  const to = overCommas ? contrastPartEnd(match, at) : partAround(match, at).to;
  const rest = match.slice(at, to);
  let end = 0;
  let n = 0;
  for (const w of rest.matchAll(WORD)) {
    end = (w.index ?? 0) + w[0].length;
    if (++n === count) break;
  }
  return rest.slice(0, end);
}

/**
 * Whether two phrases stand in one list joined by "or", a few words apart in one clause part ("vederlag etter
 * prisliste eller timepris"): a denial of the first reaches the second.
 * @example orListed(match, fee, rate) // true for "det kreves ikke vederlag etter prisliste eller timepris"
 */
export function orListed(match: string, first: { start: number; end: number }, second: { start: number; end: number }): boolean {
  return wordsBetween(match, first, second) <= 4 && samePart(match, first.start, second.start) && findFirst(pattern(concept('conjunction.or')), match.slice(first.end, second.start)) !== undefined;
}
