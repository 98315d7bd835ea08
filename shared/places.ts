// Where personal data goes: the EU/EEA and the world outside it, read the same way by every rule that asks
// where data is processed, stored or reached from — "third country", "outside the EEA", countries, cities
// and cloud regions by name (lexicon: place.*, transfer.third-country), and a table cell that is only the
// ISO code of a country outside the EU/EEA.

import { concept, conceptWords } from './lexicon';

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
const NON_EEA_ISO_IN_TABLE = new RegExp(`(?:\\||\\t)\\s*(?:${NON_EEA_ISO_CODES})\\b`);

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
