// What a sentence says about the law and venue an agreement chooses: the phrase that makes a choice of law or venue
// (not another authority's reach over a party), and whether it chooses only for the standard contractual clauses.
// governing-law judges the countries chosen (places.countriesNamed); any reader of a choice-of-law clause can ask the same.

import { concept, conceptPrefix } from './lexicon';
import { findAll, findFirst, pattern } from './match';
import type { SentenceView } from './rule';

// A phrase that always chooses law or venue, whatever the rest of the sentence says.
export const STRONG_CHOICE_SOURCE = concept('law.choice-strong');
// A phrase that chooses only when the sentence is about this agreement or its disputes.
export const WEAK_CHOICE_SOURCE = concept('law.choice-weak');
// Disputes under the agreement: a weak choice phrase in such a sentence names the venue.
const DISPUTE_SOURCE = concept('law.dispute');
// This agreement as the subject of a weak choice ("This DPA shall be governed by ..."), also as the compound that
// names the DPA ("Databehandleravtalen er underlagt ...", "Biträdesavtalet ska tolkas ..."; not a sub-processor's contract)
const AGREEMENT_SOURCE = concept('law.agreement-word');
// Another authority's reach over a party is not a choice ("the processor may be subject to the laws of ...").
export const FOREIGN_REACH_SOURCE = concept('law.foreign-reach');

// This agreement named as what is governed, as opposed to the SCC annex.
const THIS_DPA_SOURCE = conceptPrefix('law.this-dpa');
/** "except for", "med unntak av": what follows is left out of the choice. */
const CARVE_OUT_SOURCE = concept('exception.except');

/**
 * Whether a choice sentence only chooses for the standard contractual clauses (SCC clauses 17/18 and
 * their UK/Swiss variants), which is no choice for the DPA itself.
 * @example sccOnly(sentence, choice) // true for "These Clauses shall be governed by the law of Ireland"
 */
export function sccOnly(sentence: SentenceView, choice: { start: number }): boolean {
  // "Except for the Clauses, which are governed by Clause 17, this DPA is governed by ...": the SCC carved out of this DPA's choice
  const carveOut = findFirst(pattern(CARVE_OUT_SOURCE), sentence.match);
  if (carveOut && findFirst(pattern(THIS_DPA_SOURCE), sentence.match.slice(carveOut.end))) return false;
  // the SCC annex, or the SCC's own words for themselves ("These Clauses shall be governed by ...")
  const scc = pattern(concept('law.scc-annex', 'law.scc-self'));
  if (findFirst(pattern(`${concept('law.clause-word')} (?:17|18)\\b`), sentence.match)) return true;
  const head = sentence.match.slice(0, choice.start);
  return findFirst(scc, head) !== undefined && !findFirst(pattern(THIS_DPA_SOURCE), head);
}

/**
 * The phrase that makes a sentence a choice of law or venue, or undefined: a phrase that always chooses ("governed by
 * the laws of", "submits to the jurisdiction of"), or a weaker one in a sentence about disputes or with this
 * agreement named before it, unless a foreign authority's reach is meant ("may be subject to the laws of").
 * @example choiceIn(sentence)?.start // the offset of "governed by" in "This DPA is governed by Norwegian law"
 */
export function choiceIn(sentence: SentenceView): { start: number; end: number } | undefined {
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
