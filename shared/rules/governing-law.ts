// governing-law: the DPA must choose Norwegian law and a Norwegian venue (the playbook's list).
// How it reads a clause, and why: docs/rules/reading/governing-law.md.

import { findFirst, pattern } from '../match';
import { concept, conceptPrefix, hasConcept } from '../lexicon';
import { defineRule, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { CONTROLLER_OR_PUBLIC_SOURCE } from '../values';
import { countriesNamed } from '../places';
import { choiceIn, FOREIGN_REACH_SOURCE, sccOnly, STRONG_CHOICE_SOURCE, WEAK_CHOICE_SOURCE } from '../law-choice';
import countryNames from '../../clauses/countries.json';

const COUNTRY_NAMES = countryNames as unknown as Record<string, { nb: string; en: string }>;

// The controller's home law (for our users: Norway) is an accepted choice.
const CONTROLLERS_LAW_SOURCE = `${conceptPrefix('law.controllers-home')}\\p{L}*`;

// a concession that opens the sentence ("Notwithstanding that the Supplier is incorporated in Ireland, ...", "Selv om ...")
const CONCESSION_OPENER = `^[\\s\\d.()]*${concept('condition.concessive')}`;

/** The countries of a choice sentence that its choice names: not those in a concession before the choice, up to its comma. */
function chosenCountries(sentence: SentenceView, choice: { start: number }): ReturnType<typeof countriesNamed> {
  const countries = countriesNamed(sentence.match);
  if (!findFirst(pattern(CONCESSION_OPENER), sentence.match)) return countries;
  const comma = sentence.match.slice(0, choice.start).indexOf(',');
  return comma < 0 ? countries : countries.filter((c) => c.m.start > comma);
}

// "follows the main agreement": the choice is made elsewhere
const REFERRAL_SOURCE = concept('agreement.main', 'agreement.other-named');

// A law named as a legal system, not a court ("norsk rett", "the laws of", "lovvalg").
const LAW_SOURCE = concept('law.system');


// The controller's own courts: "kundens alminnelige verneting", "kommunens hjemting", "the customer's home court".
const CONTROLLERS_VENUE_SOURCE = `${CONTROLLER_OR_PUBLIC_SOURCE}\\s+(?:\\p{L}+\\s+){0,2}${concept('law.home-venue')}`;

/** A sentence naming an allowed venue, read leniently (any venue word with an allowed country or the controller's courts). */
function isAllowedVenue(sentence: SentenceView, allowed: Set<string>): boolean {
  if (!findFirst(pattern(concept('law.venue')), sentence.match)) return false;
  if (findFirst(pattern(CONTROLLERS_VENUE_SOURCE), sentence.match)) return true;
  const countries = countriesNamed(sentence.match);
  return countries.length > 0 && countries.every((c) => allowed.has(c.code));
}

/** A sentence choosing an allowed law, read leniently (any governing phrase with only allowed countries). */
function isAllowedLaw(sentence: SentenceView, allowed: Set<string>): boolean {
  if (!findFirst(pattern(LAW_SOURCE), sentence.match)) return false;
  if (!findFirst(pattern(STRONG_CHOICE_SOURCE), sentence.match) && !findFirst(pattern(WEAK_CHOICE_SOURCE), sentence.match)) return false;
  if (findFirst(pattern(FOREIGN_REACH_SOURCE), sentence.match)) return false;
  const countries = countriesNamed(sentence.match);
  return countries.length > 0 && countries.every((c) => allowed.has(c.code));
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
