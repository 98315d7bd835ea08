// governing-law: the DPA must choose Norwegian law and a Norwegian venue (the playbook's list).
// How it reads a clause, and why: docs/rules/reading/governing-law.md.

import { findAll, findFirst, pattern } from '../match';
import { concept, conceptIds, conceptPrefix, hasConcept } from '../lexicon';
import { defineRule, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { CONTROLLER_OR_PUBLIC_SOURCE } from '../values';
import { wordsAfter, wordsBefore } from '../sentence-parts';
import countryNames from '../../clauses/countries.json';

// A phrase that always chooses law or venue, whatever the rest of the sentence says.
const STRONG_CHOICE_SOURCE = concept('law.choice-strong');
// A phrase that chooses only when the sentence is about this agreement or its disputes.
const WEAK_CHOICE_SOURCE = concept('law.choice-weak');
// Disputes under the agreement: a weak choice phrase in such a sentence names the venue.
const DISPUTE_SOURCE = concept('law.dispute');
// This agreement as the subject of a weak choice ("This DPA shall be governed by ..."), also as the compound that
// names the DPA ("Databehandleravtalen er underlagt ...", "Biträdesavtalet ska tolkas ..."; not a sub-processor's contract)
const AGREEMENT_SOURCE = concept('law.agreement-word');
// Another authority's reach over a party is not a choice ("the processor may be subject to the laws of ...").
const FOREIGN_REACH_SOURCE = concept('law.foreign-reach');
// A language, not a law: "the English version", "på svensk".
const LANGUAGE_AFTER = `^\\s*${concept('language.version-word')}`;

// The controller's home law (for our users: Norway) is an accepted choice.
const CONTROLLERS_LAW_SOURCE = `${conceptPrefix('law.controllers-home')}\\p{L}*`;

// Countries by the words that name their law, courts or arbitration seat: the country or a city (lexicon:
// law.country.<code>). The country named decides, not the language the clause is written in ("norsk rätt", "Oslo tingsrätt").
const COUNTRY_NAMES = countryNames as unknown as Record<string, { nb: string; en: string }>;
const COUNTRY_CODES = Object.keys(countryNames).filter((code) => !code.startsWith('$'));
// (a country's name and cities are kept once, in place.country.<code>, which third-country-transfer reads too)
const COUNTRY_WORDS: [string, string][] = COUNTRY_CODES.map((code) => [code, concept(...countryConcepts(code.toLowerCase()))]);

// Kinds of court that belong to one country (lexicon: law.court.<code>), read only when the sentence names no country
// or city ("Solna tingsrätt", "Nedre Romerike tingrett"); in a Swedish text "Oslo tingsrätt" is Oslo's court.
// "allmän domstol", "ordinary courts" name no country at all.
const COURT_KIND_WORDS: [string, string][] = COUNTRY_CODES.filter((code) => conceptIds().includes(`law.court.${code.toLowerCase()}`)).map((code) => [code, concept(`law.court.${code.toLowerCase()}`)]);

function countryConcepts(code: string): string[] {
  return conceptIds().includes(`place.country.${code}`) ? [`place.country.${code}`, `law.country.${code}`] : [`law.country.${code}`];
}

/** The countries a choice sentence names: its countries and cities, else the kinds of court it names. */
function countriesIn(sentence: SentenceView): { code: string; m: { start: number; end: number } }[] {
  const find = (words: [string, string][]) =>
    words.flatMap(([code, source]) =>
      findAll(pattern(source), sentence.match)
        .filter((m) => !namesLanguage(sentence.match, m))
        .map((m) => ({ code, m })),
    );
  const named = find(COUNTRY_WORDS);
  return named.length ? named : find(COURT_KIND_WORDS);
}

// a concession that opens the sentence ("Notwithstanding that the Supplier is incorporated in Ireland, ...", "Selv om ...")
const CONCESSION_OPENER = `^[\\s\\d.()]*${concept('condition.concessive')}`;

/** The countries of a choice sentence that its choice names: not those in a concession before the choice, up to its comma. */
function chosenCountries(sentence: SentenceView, choice: { start: number }): ReturnType<typeof countriesIn> {
  const countries = countriesIn(sentence);
  if (!findFirst(pattern(CONCESSION_OPENER), sentence.match)) return countries;
  const comma = sentence.match.slice(0, choice.start).indexOf(',');
  return comma < 0 ? countries : countries.filter((c) => c.m.start > comma);
}

// "follows the main agreement": the choice is made elsewhere
const REFERRAL_SOURCE = concept('agreement.main', 'agreement.other-named');

// A law named as a legal system, not a court ("norsk rett", "the laws of", "lovvalg").
const LAW_SOURCE = concept('law.system');

// This agreement named as what is governed, as opposed to the SCC annex.
const THIS_DPA_SOURCE = conceptPrefix('law.this-dpa');
/** "except for", "med unntak av": what follows is left out of the choice. */
const CARVE_OUT_SOURCE = concept('exception.except');

/**
 * Whether a choice sentence only chooses for the standard contractual clauses (SCC clauses 17/18 and
 * their UK/Swiss variants), which is no choice for the DPA itself.
 */
function sccOnly(sentence: SentenceView, choice: { start: number }): boolean {
  // "Except for the Clauses, which are governed by Clause 17, this DPA is governed by ...": the SCC carved out of this DPA's choice
  const carveOut = findFirst(pattern(CARVE_OUT_SOURCE), sentence.match);
  if (carveOut && findFirst(pattern(THIS_DPA_SOURCE), sentence.match.slice(carveOut.end))) return false;
  // the SCC annex, or the SCC's own words for themselves ("These Clauses shall be governed by ...")
  const scc = pattern(concept('law.scc-annex', 'law.scc-self'));
  if (findFirst(pattern(`${concept('law.clause-word')} (?:17|18)\\b`), sentence.match)) return true;
  const head = sentence.match.slice(0, choice.start);
  return findFirst(scc, head) !== undefined && !findFirst(pattern(THIS_DPA_SOURCE), head);
}

// The controller's own courts: "kundens alminnelige verneting", "kommunens hjemting", "the customer's home court".
const CONTROLLERS_VENUE_SOURCE = `${CONTROLLER_OR_PUBLIC_SOURCE}\\s+(?:\\p{L}+\\s+){0,2}${concept('law.home-venue')}`;

/** A sentence naming an allowed venue, read leniently (any venue word with an allowed country or the controller's courts). */
function isAllowedVenue(sentence: SentenceView, allowed: Set<string>): boolean {
  if (!findFirst(pattern(concept('law.venue')), sentence.match)) return false;
  if (findFirst(pattern(CONTROLLERS_VENUE_SOURCE), sentence.match)) return true;
  const countries = countriesIn(sentence);
  return countries.length > 0 && countries.every((c) => allowed.has(c.code));
}

/** A sentence choosing an allowed law, read leniently (any governing phrase with only allowed countries). */
function isAllowedLaw(sentence: SentenceView, allowed: Set<string>): boolean {
  if (!findFirst(pattern(LAW_SOURCE), sentence.match)) return false;
  if (!findFirst(pattern(STRONG_CHOICE_SOURCE), sentence.match) && !findFirst(pattern(WEAK_CHOICE_SOURCE), sentence.match)) return false;
  if (findFirst(pattern(FOREIGN_REACH_SOURCE), sentence.match)) return false;
  const countries = countriesIn(sentence);
  return countries.length > 0 && countries.every((c) => allowed.has(c.code));
}

const LANGUAGE_WORD = `^${concept('language.name')}$`;
// "in English", "på svensk": the preposition before a language's name
const LANGUAGE_BEFORE = `(?:^|\\s)${concept('language.in')}\\s+$`;

/** Whether a country word at `m` names a language ("in English", "the Swedish version"), not a law. */
function namesLanguage(match: string, m: { start: number; end: number; text: string }): boolean {
  if (findFirst(pattern(LANGUAGE_AFTER), wordsAfter(match, m.end, 1))) return true;
  return findFirst(pattern(LANGUAGE_WORD), m.text) !== undefined && findFirst(pattern(LANGUAGE_BEFORE), wordsBefore(match, m.start, 1).text) !== undefined;
}

/** The phrase that makes a sentence a choice of law or venue, or undefined. */
function choiceIn(sentence: SentenceView): { start: number; end: number } | undefined {
  // ("Each party submits to the jurisdiction of the courts of ...": lexicon law.submit-jurisdiction)
  const strong = findFirst(pattern(STRONG_CHOICE_SOURCE), sentence.match) ?? findFirst(pattern(concept('law.submit-jurisdiction')), sentence.match);
  if (strong) return strong;
  // "resolved in accordance with the dispute resolution provisions of the Agreement" (lexicon: law.dispute-resolution)
  const weaks = [...findAll(pattern(WEAK_CHOICE_SOURCE), sentence.match), ...findAll(pattern(concept('law.dispute-resolution')), sentence.match)].sort((a, b) => a.start - b.start);
  if (!weaks.length) return undefined;
  if (findFirst(pattern(DISPUTE_SOURCE), sentence.match)) return weaks[0];
  // otherwise the agreement must be what is governed, named before the phrase (any of them: "... jurisdiction of the
  // courts of Stockholm, and this DPA is governed by Swedish law") ...
  const weak = weaks.find((w) => findFirst(pattern(AGREEMENT_SOURCE), sentence.match.slice(0, w.start)) !== undefined);
  if (!weak) return undefined;
  // ... and a foreign authority's reach or a transfer is a risk for other rules, not a choice of law
  if (findFirst(pattern(FOREIGN_REACH_SOURCE), sentence.match)) return undefined;
  return weak;
}

export default defineRule({
  meta: {
    category: 'governing-law',
    defaultSeverity: 'medium',
    topic: 'governing-law',
    messages: ruleMessages('governing-law'),
    playbookSettings: ['governingLaw'],
    reportsAbsence: true,
  },
  check(context) {
    const allowed = new Set(context.playbook.governingLaw);
    let choiceFound = false;
    let foreignOrReferred = false;
    // where the DPA chooses an allowed (Norwegian) law and an allowed venue
    let allowedLaw: { start: number; end: number } | undefined;
    let allowedVenue: { start: number; end: number } | undefined;
    for (const sentence of context.sentences()) {
      const choice = choiceIn(sentence);
      if (!choice) continue;
      if (sccOnly(sentence, choice)) continue;
      const countries = chosenCountries(sentence, choice);
      if (!countries.length) {
        const phrase = sentence.match.slice(choice.start, choice.end);
        if (findFirst(pattern(CONTROLLERS_VENUE_SOURCE), sentence.match)) {
          choiceFound = true; // the controller's own courts: Norwegian for our users
          allowedVenue ??= { start: sentence.start, end: sentence.end };
        } else if (findFirst(pattern(CONTROLLERS_LAW_SOURCE), sentence.match)) {
          choiceFound = true; // the controller's own law: Norwegian for our users
          allowedLaw ??= { start: sentence.start, end: sentence.end };
          allowedVenue ??= { start: sentence.start, end: sentence.end };
        } else if ((findFirst(pattern(REFERRAL_SOURCE), sentence.match) || hasConcept('law.other-document', sentence.match)) && !hasConcept('law.applicable', phrase)) {
          // "governed by the law specified in the Agreement": the DPA itself chooses nothing
          choiceFound = true;
          foreignOrReferred = true;
          context.report({ messageId: 'referred-elsewhere', start: sentence.start + choice.start, end: sentence.start + choice.end });
        }
        continue;
      }
      choiceFound = true;
      const foreign = countries.find((c) => !allowed.has(c.code));
      if (foreign) {
        foreignOrReferred = true;
        context.report({
          messageId: 'foreign-law',
          start: sentence.start,
          end: sentence.end,
          data: { country: foreign.code, countryNb: COUNTRY_NAMES[foreign.code]?.nb ?? foreign.code, countryEn: COUNTRY_NAMES[foreign.code]?.en ?? foreign.code },
        });
        continue;
      }
      const span = { start: sentence.start, end: sentence.end };
      if (findFirst(pattern(LAW_SOURCE), sentence.match)) allowedLaw ??= span;
      if (findFirst(pattern(concept('law.venue')), sentence.match)) allowedVenue ??= span;
    }
    if (!choiceFound) {
      context.reportAbsence({ messageId: 'no-choice' });
      return;
    }
    // the DPA must choose both: Norwegian law without a venue, or a venue without the law, is half a choice
    if (foreignOrReferred) return;
    // the other half may stand in a sentence the choice reading passes over ("The parties submit to
    // the jurisdiction of Oslo tingrett", "Tvister avgjøres ved kundens verneting", "Bilaget reguleres av norsk rett")
    if (allowedLaw && !allowedVenue) allowedVenue = context.sentences().find((s) => isAllowedVenue(s, allowed));
    if (allowedVenue && !allowedLaw) allowedLaw = context.sentences().find((s) => isAllowedLaw(s, allowed));
    // a pasted clause is judged as the DPA's choice, at a lower severity: the other half may stand in a clause not pasted
    const pasted = context.scope === 'clause';
    const severity = pasted ? 'low' : undefined;
    if (allowedLaw && !allowedVenue) context.report({ messageId: pasted ? 'clause-law-only' : 'law-without-venue', ...allowedLaw, severity });
    else if (allowedVenue && !allowedLaw) context.report({ messageId: pasted ? 'clause-venue-only' : 'venue-without-law', ...allowedVenue, severity });
  },
});
