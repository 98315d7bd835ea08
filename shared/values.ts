// The values rules decide on: durations ("tjuefire (24) timer", "two (2) months", "72 hours"),
// amounts ("NOK 50 000"), qualifiers that empty a duty ("om mulig", "as far as possible") and
// who a sentence gives a right or a duty to (processor or controller).

import { wordAlternation } from './alternation-trie';
import { concept, conceptWords } from './lexicon';
import { findAll, pattern, type Match } from './match';

const numberWords: Record<string, number> = {
  // nb / da / sv
  en: 1, ett: 1, én: 1, ei: 1, et: 1, to: 2, två: 2, tva: 2, tre: 3, fire: 4, fyra: 4, fem: 5, seks: 6, sex: 6,
  sju: 7, syv: 7, sjua: 7, åtte: 8, atte: 8, otte: 8, åtta: 8, atta: 8, ni: 9, nio: 9, ti: 10, tio: 10,
  elleve: 11, elva: 11, tolv: 12, fjorten: 14, fjorton: 14, femten: 15, femton: 15, tjue: 20, tyve: 20, tjugo: 20,
  tjuefire: 24, tjugofyra: 24, fireogtyve: 24, tretti: 30, tredve: 30, tredive: 30, trettio: 30, førtiåtte: 48,
  fortiatte: 48, fyrtioåtta: 48, trettiseks: 36, trettiosex: 36, seksogtredive: 36, otteogfyrre: 48, tooghalvfjerds: 72, sekstien: 60, seksti: 60, sextio: 60, syttito: 72, søttito: 72, sjuttiotvå: 72, nitti: 90, nittio: 90,
  // nn where it differs from nb ("eit år", "tjuge", "fireogtjuge", "åtteogførti", "toogsytti"); førti is both
  ein: 1, eit: 1, eitt: 1, tjuge: 20, tjugefire: 24, fireogtjuge: 24, førti: 40, åtteogførti: 48, seksogtretti: 36, sytti: 70, toogsytti: 72,
  // en
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fourteen: 14, fifteen: 15, twenty: 20, 'twenty-four': 24, thirty: 30, 'forty-eight': 48, sixty: 60, 'seventy-two': 72, ninety: 90,
};

// English compounds: "forty-five", "thirty-one"
const englishTens: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const englishUnits: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
for (const [tens, t] of Object.entries(englishTens)) {
  numberWords[tens] = t;
  for (const [unit, u] of Object.entries(englishUnits)) {
    numberWords[`${tens}-${unit}`] = t + u;
    numberWords[`${tens} ${unit}`] = t + u; // "forty eight hours" without the hyphen
  }
}

export type DurationUnit = 'hours' | 'days' | 'business-days' | 'weeks' | 'months' | 'years';

export interface Duration extends Match {
  value: number;
  unit: DurationUnit;
  /** The duration in hours (business days counted as 24 h each, months as 30 days). */
  hours: number;
  /** The duration in calendar days (business days as 7/5 of a day). */
  days: number;
}

// Units, with the Scandinavian genitive ("30 dagers varsel", "fire ukers", "10 arbeidsdagers")
const UNIT_SOURCE =
  '(timer|timers|time|timar|timars|t|h|hrs?|hours?|timmar|timme|' +
  'working weeks?|business weeks?|arbeidsuker|arbeidsukers|arbeidsuke|arbeidsveker|arbeidsveke|arbetsveckor|arbetsvecka|arbejdsuger|arbejdsuge|' +
  'virkedager|virkedagers|virkedag|virkedagar|virkedagars|vyrkedagar|vyrkedagars|vyrkedag|arbeidsdager|arbeidsdagers|arbeidsdag|arbeidsdagar|arbeidsdagars|business days?|working days?|arbetsdagar|arbetsdagars|arbejdsdage|hverdage|bankdager|bankdagers|' +
  'dager|dagers|dag|døgn|døgns|dygn|dygns|days?|dagar|dagars|dage|dages|' +
  'uker|ukers|uke|veker|vekers|veke|weeks?|veckor|veckors|vecka|uger|ugers|uge|' +
  'måneder|måneders|måned|mnd|months?|månader|månaders|månad|' +
  'år|års|years?)\\b';

// a number in words is read from the figure in brackets after it when there is one ("fyrtiofem (45)", "femogfyrre (45)"),
// so a word the list above does not hold still gives its value
const NUMBER_SOURCE = `(\\d{1,4}|${wordAlternation(Object.keys(numberWords).sort((a, b) => b.length - a.length))}|\\p{L}+(?:-\\p{L}+)?(?= ?\\(\\d{1,4}\\)))`;

// "48 timer", "tjuefire (24) timer", "two (2) months", "30 (tretti) dagers", "2-3 dager" (upper bound taken),
// and a template's bracketed blank filled in: "[30] days", "[forty-eight (48)] hours"
const DURATION_SOURCE = `\\b${NUMBER_SOURCE}(?: ?\\(\\d{1,4}\\)| ?\\(\\p{L}+(?:-\\p{L}+)?\\))?\\]?(?: ?[-–] ?(\\d{1,4}))?(?: ?|-)(?:kalender|calendar ?)?${UNIT_SOURCE}`;

function unitOf(word: string): DurationUnit {
  const w = word.toLowerCase().replace(/(?<=\p{L}{2})s$/u, ''); // genitive "dagers" reads as "dager"

  // a working week is a week, though it starts like a business day ("one working week", "arbeidsuke")
  if (/^(working weeks?|business weeks?|arbeidsuk\p{L}*|arbeidsvek\p{L}*|arbetsveck\p{L}*|arbejdsug\p{L}*)$/u.test(w)) return 'weeks';

  if (/^(timer|time|timar|t|h|hrs?|hours?|timmar|timme)$/.test(w)) return 'hours';
  if (/(virke|vyrke|arbeid|business|working|arbets|arbejds|hverdage|bank)/.test(w)) return 'business-days';
  if (/^(uker|uke|veker|veke|weeks?|veckor|vecka|uger|uge)$/.test(w)) return 'weeks';
  if (/^(m(å|aa|a|8|3|&)ne|mnd|month|m(å|aa|a)nad)/.test(w)) return 'months'; // å also as OCR's and æøå-less 'aa'
  if (/^((å|aa|a|8|3|&)r|years?)$/.test(w)) return 'years';
  return 'days';
}

function numberOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return numberByFoldedWord.get(foldNumberWord(word.toLowerCase().replace(/\s+/g, ' ')));
}

/** A number word as it is compared: ø, ö read as o, å, ä as a, æ as ae. */
function foldNumberWord(word: string): string {
  return word.replace(/[øö]/g, 'o').replace(/[åä]/g, 'a').replace(/æ/g, 'ae');
}

// the number words folded once (the first word of a folded spelling gives its value)
const numberByFoldedWord = new Map<string, number>();
for (const [name, value] of Object.entries(numberWords)) if (!numberByFoldedWord.has(foldNumberWord(name))) numberByFoldedWord.set(foldNumberWord(name), value);

const HOURS_PER: Record<DurationUnit, number> = { hours: 1, days: 24, 'business-days': 24 * 1.4, weeks: 168, months: 720, years: 8760 };

// a deadline counted to a business day by its place: "the next business day", "the second Business Day after",
// "innen utgangen av neste virkedag" (n business days). "first" is left out: "the first business day of the month" is a date.
const ordinalDays: Record<string, number> = {
  next: 1, following: 1, second: 2, third: 3, fourth: 4, fifth: 5,
  neste: 1, påfølgende: 1, etterfølgende: 1, andre: 2, tredje: 3, fjerde: 4, femte: 5,
  næste: 1, følgende: 1, anden: 2,
  nästa: 1, följande: 1, andra: 2, fjärde: 4,
};
const ORDINAL_DAY_SOURCE = `\\b(${Object.keys(ordinalDays).join('|')}) (?:virke|vyrke|arbeids|arbets|arbejds|hver|bank)dag(?:en)?\\b|\\b(${Object.keys(ordinalDays).join('|')}) (?:business|working) day\\b`;

/**
 * Deadlines counted to the nth business day ("no later than the second Business Day after", "neste virkedag"),
 * as n business days, with absolute offsets (`offset` is added).
 * @example findOrdinalDayDeadlines('innen utgangen av neste virkedag')[0].value // 1
 */
function findOrdinalDayDeadlines(text: string, offset: number): Duration[] {
  return findAll(pattern(ORDINAL_DAY_SOURCE), text, offset).map((m) => {
    const word = m.groups[0] ?? m.groups[1] ?? '';
    const value = Object.entries(ordinalDays).find(([name]) => pattern(`^${name}$`).test(word))?.[1] ?? 1;
    const hours = value * HOURS_PER['business-days'];
    return { ...m, value, unit: 'business-days' as const, hours, days: hours / 24 };
  });
}

/**
 * Durations in a matchText, with absolute offsets (`offset` is added), also a deadline counted to the nth business day.
 * @example findDurations('innen tjuefire (24) timer')[0].hours // 24
 */
export function findDurations(text: string, offset = 0): Duration[] {
  const found: Duration[] = findOrdinalDayDeadlines(text, offset);
  for (const m of findAll(pattern(DURATION_SOURCE), text, offset)) {
    const [numberWord, upper, unitWord] = m.groups;
    // a word number must be followed by its unit directly: "to måneder", not "til ... dager"
    const paren = /\((\d{1,4})\)/.exec(m.text);
    let value = paren ? Number(paren[1]) : numberOf(numberWord);
    if (value === undefined) continue;
    if (upper) value = Math.max(value, Number(upper));
    if (/^(t|h)$/i.test(unitWord) && !/\d/.test(numberWord)) continue;
    if (/^(en|et|ei|ett|ein|eit|eitt|ni|to|ti)$/i.test(numberWord) && /^(t|h|time)$/i.test(unitWord)) continue;
    const unit = unitOf(unitWord);
    const hours = value * HOURS_PER[unit];
    found.push({ ...m, value, unit, hours, days: hours / 24 });
  }
  return found.sort((a, b) => a.start - b.start);
}

// "a month's notice", "one calendar month", "en uke": one week or month written without a number
const SINGLE_UNIT_SOURCE = '\\b(?:a|one|en|ett|ei|én) (?:full |calendar |kalender)?(month|måned|månad|week|uke|vecka|uge)\\b';

/**
 * Durations of a single week or month written without a number ("a month's notice", "en uke"), with
 * absolute offsets (`offset` is added); `findDurations` reads only those with a number.
 * @example findSingleUnitDurations("one calendar month's notice")[0].days // 30
 */
export function findSingleUnitDurations(text: string, offset = 0): Duration[] {
  return findAll(pattern(SINGLE_UNIT_SOURCE), text, offset).map((m) => {
    const weeks = /^(?:week|uke|vecka|uge)$/.test(m.groups[0] ?? '');
    const days = weeks ? 7 : 30;
    return { ...m, value: 1, unit: weeks ? 'weeks' : 'months', hours: days * 24, days };
  });
}

/**
 * Whether a period is shorter than a number of days: 10 business days are 14 days, not 13.99.
 * @example shorterThanDays(findDurations('10 virkedager')[0], 14) // false
 */
export function shorterThanDays(period: Duration, days: number): boolean {
  return period.days < days - 1e-6;
}

export interface Amount extends Match {
  currency: string;
  value: number;
}

const AMOUNT_SOURCE =
  '(?:\\b(nok|kr|kroner|sek|dkk|eur|euro|usd|€|¤|\\$)\\.? ?(\\d[\\d .,]*\\d|\\d)(?: ?(?:millioner|millionar|million|mill\\.?|mnok))?|(\\d[\\d .,]*\\d|\\d) ?(?:millioner |millionar |million |mill\\. )?(nok|kr|kroner|sek|dkk|eur|euro|usd|€|¤)\\b)';

/**
 * Amounts of money in a matchText.
 * @example findAmounts('begrenset til NOK 50 000')[0].value // 50000
 */
export function findAmounts(text: string, offset = 0): Amount[] {
  return findAll(pattern(AMOUNT_SOURCE), text, offset).map((m) => {
    const currency = (m.groups[0] ?? m.groups[3] ?? '').toUpperCase().replace(/^KR(ONER)?$/, 'NOK').replace('€', 'EUR').replace('¤', 'EUR').replace('$', 'USD');
    const digits = (m.groups[1] ?? m.groups[2] ?? '').replace(/[ .,](?=\d{3}\b)/g, '').replace(',', '.');
    let value = Number.parseFloat(digits.replace(/\s/g, ''));
    if (/milli|mnok/.test(m.text)) value *= 1_000_000;
    return { ...m, currency, value };
  });
}

/** Words that turn a duty into an effort: "om mulig", "så langt det er mulig", "if possible" (lexicon: qualifier.effort). */
export const QUALIFIER_SOURCES = conceptWords('qualifier.effort');

const QUALIFIER_RE_SOURCE = `\\b(?:${QUALIFIER_SOURCES.join('|')})\\b`;

/** The qualifiers in a matchText. */
export function findQualifiers(text: string, offset = 0): Match[] {
  return findAll(pattern(QUALIFIER_RE_SOURCE), text, offset);
}

/**
 * The qualifiers in a matchText with the wordier ones the shared list leaves out ("så langt det er praktisk
 * mulig", "where commercially practicable"; lexicon: qualifier.practicable), in text order.
 * @example findAllQualifiers('where commercially practicable')[0].text // 'where commercially practicable'
 */
export function findAllQualifiers(text: string, offset = 0): Match[] {
  return [...findQualifiers(text, offset), ...findAll(pattern(concept('qualifier.practicable')), text, offset)].sort((a, b) => a.start - b.start);
}

/** Words that name the processor (the vendor) or the controller (our user) in nb/en/da/sv (lexicon: party.*). */
export const PROCESSOR_SOURCE = concept('party.processor');
export const CONTROLLER_SOURCE = concept('party.controller');
/** The controller by its role words, or a public customer named by its kind ("Kommunen", "Regionen", "Helseforetaket"). */
export const CONTROLLER_OR_PUBLIC_SOURCE = `(?:${CONTROLLER_SOURCE}|${concept('party.controller-public')})`;

/**
 * The text a duration finder can read: Scandinavian genitives ("30 dagers varsel", "fire ukers") and
 * "30-day" written as plain durations, same length so offsets hold.
 * @example findDurations(readableDurations('minst 30 dagers varsel'))[0].days // 30
 */
export function readableDurations(match: string): string {
  return match
    .replace(/(\p{L}*(?:dager|uker|neder|timer|dagar|veckor|nader|dage|uger|døgn|dogn|dygn))s(?!\p{L})/gu, '$1 ')
    .replace(/(\d)-(?=(?:day|week|month|hour|business|working|calendar|dag|uke|måned|vecka|virke)\p{L}*)/gu, '$1 ');
}
