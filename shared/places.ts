// Where personal data goes: the EU/EEA and the world outside it, read the same way by every rule that asks
// where data is processed, stored or reached from — "third country", "outside the EEA", countries, cities
// and cloud regions by name (lexicon: place.*, transfer.third-country), a table cell that is only the ISO
// code of a country outside the EU/EEA — and when a named country is not where the data is processed: the
// country it leaves, a court's seat, the company's seat or nationality.

import { concept, conceptPrefix, conceptWords } from './lexicon';
import { findAll, findFirst, pattern, type Match } from './match';
import { cellsOf } from './table-rows';
import { wordsBefore, wordsOfRun } from './sentence-parts';

/** The words of a concept in file order, as one alternation without a closing boundary: a prefix of a longer word still counts. */
const wordsOf = (id: string) => conceptWords(id).join('|');

/**
 * "third country", "any country", "outside the EU/EEA" and their nb/da/sv forms (lexicon: transfer.unbounded,
 * transfer.third-country, place.outside, place.eea-area).
 * @example findFirst(pattern(THIRD_COUNTRY_SOURCE), matchText('utenfor EØS'))?.text // 'utenfor eøs'
 */
export const THIRD_COUNTRY_SOURCE =
  `${concept('transfer.unbounded')}|\\b(?:${wordsOf('transfer.third-country')}|(?:${wordsOf('place.outside')}) (?:the |det |de )?(?:${wordsOf('place.eea-area')}))`;

/** "third country" or a place that is everywhere ("Global", "Worldwide"; lexicon: place.global). */
export const THIRD_COUNTRY_OR_GLOBAL_SOURCE = `${THIRD_COUNTRY_SOURCE}|${concept('place.global')}`;

/** The countries whose names and cities governing-law also reads (lexicon: place.country.<code>, shared with law.country.<code>). */
const EEA_COUNTRIES = ['no', 'se', 'dk', 'fi', 'ie', 'de', 'nl', 'fr', 'ee'].map((code) => `place.country.${code}`);
const NON_EEA_COUNTRIES = ['us', 'gb', 'ch'].map((code) => `place.country.${code}`);

/** Countries, cities and cloud regions outside the EU/EEA named in running text, less the UK's short names, which stand in law names ("UK GDPR"). */
export const NAMED_NON_EEA_SOURCE = concept('place.non-eea', 'place.non-eea-city', ...NON_EEA_COUNTRIES);

/** Countries, cities and cloud regions outside the EU/EEA: the gazetteer (lexicon: place.non-eea, place.non-eea-city, place.uk-short). */
export const NON_EEA_COUNTRY_SOURCE = concept('place.non-eea', 'place.non-eea-city', 'place.uk-short', ...NON_EEA_COUNTRIES);

/** The UK's short names alone ("uk", "england"), as a whole match. */
export const UK_SHORT_ONLY_SOURCE = `^(?:${concept('place.uk-short')})$`;

/** Places inside the EU/EEA given as the place of processing (lexicon: place.eea, place.country.<code>). */
export const EEA_PLACE_SOURCE = concept('place.eea', ...EEA_COUNTRIES);

/**
 * ISO 3166 codes of countries outside the EU/EEA, upper case as tables write them. Codes are not words of a
 * language, so they are kept here rather than in the lexicon.
 */
const NON_EEA_ISO_CODES = 'US|GB|UK|CH|CA|AU|NZ|JP|CN|HK|TW|KR|SG|IN|PK|BD|LK|PH|VN|TH|MY|ID|IL|TR|UA|RS|MK|BA|AL|MD|BY|RU|BR|AR|MX|CL|CO|UY|ZA|EG|MA|NG|KE|AE|SA';
const NON_EEA_ISO_CELL = new RegExp(`^(?:${NON_EEA_ISO_CODES})(?:\\s*[-–(,/].*)?$`);
// (a bounded gap: `\s*` after each tab of a long run of tabs and spaces would read the whole run again)
const NON_EEA_ISO_IN_TABLE = new RegExp(`(?:\\||\\t)\\s{0,40}(?:${NON_EEA_ISO_CODES})\\b`);

// a code standing alone in a list of places ("EU/US", "NO, US", "EU (US for support)")
const NON_EEA_ISO_IN_LIST = new RegExp(`(?<![\\p{L}\\d-])(?:${NON_EEA_ISO_CODES})(?![\\p{L}\\d-])`, 'u');

/**
 * The first ISO code of a country outside the EU/EEA standing alone in a list of places (original text, upper
 * case: "US" and "IN" are also words). Read it only where the text is a list of places, such as after a
 * location title.
 * @example nonEeaIsoCodeIn('EU/US.')?.text // 'US'
 */
export function nonEeaIsoCodeIn(text: string): Match | undefined {
  const m = NON_EEA_ISO_IN_LIST.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length, text: m[0], groups: [] } : undefined;
}

/**
 * Whether a table cell (original text, trimmed) is only the ISO code of a country outside the EU/EEA,
 * perhaps with a place after it. Read it only in a location column: "IN" is also a word.
 * @example isNonEeaIsoCell('IN (Bangalore)') // true
 */
export function isNonEeaIsoCell(cell: string): boolean {
  return NON_EEA_ISO_CELL.test(cell);
}

/**
 * A cheap look for such a cell anywhere in a text (original text): a code between bars or after a tab.
 * @example hasNonEeaIsoCell('| CloudCo | Hosting | US |') // true
 */
export function hasNonEeaIsoCell(text: string): boolean {
  return NON_EEA_ISO_IN_TABLE.test(text);
}

/** Words that make a country the company's nationality or group, not the place of processing (lexicon: party.company-word). */
const COMPANY_SOURCE = concept('party.company-word');

/** A list column that gives where the processing happens, not the company's seat (lexicon: place.location-column). */
const LOCATION_HEADER_SOURCE = conceptPrefix('place.location-column');

/** Words for the company's seat at most four words before a country: "incorporated in", "registered in", "hjemmehørende i" (lexicon: party.seat). */
const SEAT_SOURCE = `${concept('party.seat')}${wordsOfRun(4)}$`;

/**
 * Whether a table's header cell names the place of processing ("Location", "Lagringssted", "Plats för behandling").
 * @example isLocationHeader('data location') // true
 */
export function isLocationHeader(header: string | undefined): boolean {
  return header !== undefined && findFirst(pattern(LOCATION_HEADER_SOURCE), header) !== undefined;
}

/**
 * Whether the country a transfer verb names is the one the data leaves ("transferred from the EEA, the United
 * Kingdom or Switzerland to ..."), not where it goes; relative offsets in one matchText.
 * @example isOriginCountry(m, verb, country) // true for "transferred from the United Kingdom to"
 */
export function isOriginCountry(match: string, verb: Match, country: Match): boolean {
  if (verb.end > country.start) return false;
  const between = match.slice(verb.end, country.start);
  const from = findAll(pattern(concept('place.from')), between).pop();
  if (from === undefined || findFirst(pattern(concept('place.to')), between.slice(from.end))) return false;
  // access "from" a country is where the data is reached from, not where it leaves: "tilgang (til opplysningene) fra USA"
  return !findFirst(pattern(ACCESS_BEFORE_FROM_SOURCE), match.slice(0, verb.end + from.start));
}

// an access word a few words before "from": "access from", "tilgang til personopplysningene fra", "åtkomst till data från"
const ACCESS_BEFORE_FROM_SOURCE = `${concept('transfer.access')} (?:[\\p{L}-]+ ){0,3}$`;

/**
 * Whether a "located" word is a court's place, not the data's ("the courts located in Boston"; lexicon: law.venue before place.located).
 * @example isVenuePlace('the courts located in boston', located) // true
 */
export function isVenuePlace(match: string, word: Match): boolean {
  return findFirst(pattern(concept('place.located')), word.text) !== undefined && findFirst(pattern(`${concept('law.venue')}\\s+$`), wordsBefore(match, word.start, 3).text) !== undefined;
}

/**
 * Whether the country at `at` is the company's seat, not a place of processing ("the Processor is incorporated in the United States").
 * @example isCompanySeat('the processor is incorporated in the united states', 37) // true
 */
export function isCompanySeat(match: string, at: number): boolean {
  return findFirst(pattern(SEAT_SOURCE), match.slice(0, at)) !== undefined;
}

/**
 * Whether the non-EEA country at `at` in a list line (matchText) only says who the sub-processor is (its
 * seat or group: "Amazon Web Services EMEA SARL (Amazon.com, Inc., USA)"), while the line places the
 * processing inside the EU/EEA, by a location column or beside the name. `header` is the table's header
 * cells (empty for running text).
 * @example onlyNationality('microsoft ireland operations ltd (microsoft corporation, usa) stores the data in ireland', 57, []) // true
 */
export function onlyNationality(lineMatch: string, at: number, header: string[]): boolean {
  const cells = cellsOf(lineMatch);
  const own = cells.findIndex((c) => c.start <= at && at < c.end);
  if (own < 0) return false;
  const locationColumns = cells.map((_, i) => i).filter((i) => isLocationHeader(header[i]));
  const inEea = (text: string) => findFirst(pattern(EEA_PLACE_SOURCE), text) !== undefined;
  const outsideEea = (text: string) => findFirst(pattern(NON_EEA_COUNTRY_SOURCE), text) !== undefined;
  if (locationColumns.length && !locationColumns.includes(own)) {
    // the country stands in a name or seat column: the location columns decide
    const places = locationColumns.map((i) => cells[i].text);
    return places.some(inEea) && !places.some(outsideEea);
  }
  // no location column: a country beside a company word, with an EEA place elsewhere in the line
  const cell = cells[own].text;
  const rel = at - cells[own].start;
  const open = cell.lastIndexOf('(', rel);
  const close = cell.indexOf(')', rel);
  const inParens = open >= 0 && close > rel && cell.lastIndexOf(')', rel) < open;
  const segment = inParens ? cell.slice(open, close + 1) : cell;
  if (!findFirst(pattern(COMPANY_SOURCE), segment)) return false;
  const rest = inParens ? lineMatch.slice(0, cells[own].start + open) + ' ' + lineMatch.slice(cells[own].start + close + 1) : cells.filter((_, i) => i !== own).map((c) => c.text).join(' | ');
  return inEea(rest) && !outsideEea(rest);
}
