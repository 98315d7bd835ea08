// What a sentence says about a party's liability: where it limits a liability (the noun and the limit),
// whose liability it is, whether a limit or an exclusion is itself denied or lifted, whether a loss is put on
// the controller's own conduct, and whether another agreement's limitations are made to apply. The
// liability-cap rule judges these; any rule that reads liability (indemnities, fees) can ask the same.

import { denialIn, type SentenceFrame } from './frame';
import { concept, conceptPrefix } from './lexicon';
import { findAll, findFirst, pattern, type Match } from './match';
import { actorAfter, actorBefore, isBareName, ownerOf } from './party-mentions';
import type { SentenceView } from './rule';
import { DENIAL_SOURCE, samePart, wordsBefore } from './sentence-parts';

/** Liability as a noun: "ansvar" (not "ansvarlig", responsible), "liability", "skadestånd" ... */
export const LIABILITY_NOUN_SOURCE = concept('liability.noun');
/** Another agreement whose limitations are made to apply: the main agreement, its terms (lexicon: agreement.main, agreement.other-named). */
export const OTHER_AGREEMENT_SOURCE = concept('agreement.main', 'agreement.other-named');

// "will never exceed", "skal ikke samlet overstige", "får inte överstiga": any negation a word or two before the verb of exceeding
const NEGATED_EXCEED = `${concept('negation')}(?: \\p{L}+){0,2}? ${concept('liability.exceed')}`;
// "begrenset (oppad) til", "shall not exceed", "skal maksimalt utgjøre", "up to a maximum of" (lexicon: liability.*)
const LIMITED =
  `(?:${concept('liability.limited-verb')}(?: ${concept('liability.upward')})? ${concept('liability.limit-to')}|${concept('liability.ceiling')}|${NEGATED_EXCEED}|` +
  `${concept('liability.at-most-modal')} (?:\\p{L}+ )?${concept('liability.at-most')} ${concept('liability.amount-verb')})`;
// the liability noun and the limit within one clause of the sentence
// (or the limit right after the noun as a row's label: "Liability: capped at 100% of annual fees", "Ansvar: begrenset til NOK 100 000")
const CAP_SOURCE = `${LIABILITY_NOUN_SOURCE}(?::\\s*|[^.;:!?]*?)\\b${LIMITED}\\b`;
const LIMITED_VERB = concept('liability.limited-verb');

// the limitation is lifted for this DPA: the customer-friendly wording
const LIMITATION_LIFTED = concept('liability.limitation-lifted');
// the main agreement's limitations made to apply to this DPA
const LIMITATIONS_NOUN = conceptPrefix('liability.limitations');
// "regardless of the limitations in the Agreement": lifted only when a limitation follows; "uavhengig av hva kravet
// bygger på", "regardless of the form of action" widen the cap instead
const REGARDLESS_OF_LIMITATION = `${concept('liability.regardless-of')} (?:[\\p{L}'’]+ ){0,4}?(?:${LIMITATIONS_NOUN}|${concept('liability.limit-noun')})`;
// carve-outs from a cap (it stays a cap): intent, gross negligence, mandatory law, personal injury
const CARVE_OUT = concept('liability.carve-out');
// this DPA named as what a lifted limitation leaves out ("does not apply to (i) breaches of the Data Processing
// Agreement, (ii) gross negligence"): lifted for the DPA whatever else the list carves out
const THIS_DPA = `(?:${concept('document.dpa-name')}|${concept('determiner.this')} ${concept('liability.dpa-word')})`;

// a "not liable" phrase that holds its own negation ("is not liable"); one without ("excludes its liability") can be denied
const NEGATION = concept('negation', 'negation.denial');
// a denial reaches a verb over "or" ("neither party limits or excludes"), not over "and" (a new predicate)
const AND = concept('conjunction.and');

// "not liable for losses caused by the controller's instructions": each party answers for its own faults
const INSTRUCTION_SOURCE = concept('instruction.word');
const CAUSE_SOURCE = concept('liability.cause');

// "gjelder", "apply", "finder (også) anvendelse", "äger (även) tillämpning": a limitation made to apply
const APPLIES = concept('liability.applies');
// "liability ... is limited as set out in / in accordance with" another agreement
const LIMITED_PER_SOURCE = `${LIABILITY_NOUN_SOURCE}[^.;:!?]*?${concept('liability.limited-word')} ${concept('liability.as-set-out')}`;
// claims under this DPA: a limitation said to apply to them is a cap, wherever the limitation is written
// ("Ansvarsbegrensningen i SSA-L punkt 11.4 gjelder tilsvarende for krav som følger av dette bilaget",
// "liability for any breach of this Data Protection Addendum is subject to the limitations in ...")
const THIS_DPA_CLAIMS = `${concept('liability.claim-noun')} (?:\\p{L}+ ){0,2}${concept('liability.arising-under')} ${concept('determiner.this')} ${concept('liability.dpa-word', 'document.dpa-name')}`;

// indirect / consequential loss, lost profit
const INDIRECT_SOURCE = concept('loss.indirect');
// an exclusion of that loss, before it ("omfatter ikke indirekte tap", "excluding indirect loss")
const EXCLUSION_BEFORE = concept('loss.exclusion-before');
// ... or after it ("indirect damages are excluded", "indirekte tap erstattes ikke")
const EXCLUSION_AFTER = `^[^.;:]*?${concept('loss.excluded-after')}`;
// "liability follows the main agreement": an observation only (the agreement named after the verb of following)
const LIABILITY_REFERRED = `${concept('liability.referred-noun')}[^.;:]*?${concept('liability.follows')}`;

/** A limit of a liability in a sentence: the whole phrase, and the liability noun nearest the limit (relative offsets). */
export interface LiabilityLimit {
  cap: Match;
  noun: { start: number; end: number };
}

/**
 * The limits of a liability a sentence names: the liability noun and the limit within one clause ("ansvar ...
 * begrenset til", "liability shall not exceed"); the noun closest to the limit is the one limited.
 * @example liabilityLimits(matchText('Databehandlers ansvar er begrenset til NOK 50 000'))[0].cap.text // 'ansvar er begrenset til'
 */
export function liabilityLimits(match: string): LiabilityLimit[] {
  return findAll(pattern(CAP_SOURCE), match).map((cap) => {
    const noun = findAll(pattern(LIABILITY_NOUN_SOURCE), cap.text).pop() ?? { start: 0, end: cap.end - cap.start };
    return { cap, noun: { start: cap.start + noun.start, end: cap.start + noun.end } };
  });
}

/**
 * Whether the liability named at `noun` (relative) is the controller's alone.
 * @example isControllersLiability(matchText("the customer's total liability"), { start: 21, end: 30 }, processorSource) // true
 */
export function isControllersLiability(match: string, noun: { start: number; end: number }, processorSource: string): boolean {
  return ownerOf(match, noun, processorSource)?.actor === 'controller';
}

/**
 * Whether a sentence lifts a limitation for the DPA rather than imposing one ("the limitations do not apply to
 * breaches of this DPA", "regardless of the limitations in the Agreement"), with no carve-out that keeps a cap.
 * @example liftsLimitation(matchText('Ansvarsbegrensningen i hovedavtalen gjelder ikke for brudd på denne avtalen')) // true
 */
export function liftsLimitation(match: string): boolean {
  const lifted = findFirst(pattern(LIMITATION_LIFTED), match) ?? findFirst(pattern(REGARDLESS_OF_LIMITATION), match);
  return lifted !== undefined && (findFirst(pattern(CARVE_OUT), match) === undefined || liftedForThisDpa(match, lifted));
}

/**
 * Whether a sentence lifts a limitation for breaches of this DPA, by name, after the words that lift it: "This
 * limitation does not apply to (i) breaches of the Data Processing Agreement, (ii) gross negligence",
 * "Begränsningen gäller inte för skada till följd av brott mot personuppgiftsbiträdesavtalet". The sentence
 * before, whose cap it lifts, is then no cap for the DPA.
 * @example liftedForThisDpa(matchText('This limitation does not apply to breaches of the DPA')) // true
 */
export function liftedForThisDpa(match: string, lifted = findFirst(pattern(LIMITATION_LIFTED), match)): boolean {
  return lifted !== undefined && findFirst(pattern(THIS_DPA), match.slice(lifted.end)) !== undefined;
}

/**
 * Whether the verb of limiting in a cap is denied in the words right before it: "er ikke begrenset til", "is not limited to".
 * @example limitDenied(sentence, cap, frame) // true for "Ansvaret er ikke begrenset til noe beløp"
 */
export function limitDenied(sentence: SentenceView, cap: Match, frame: SentenceFrame): boolean {
  const verb = findAll(pattern(LIMITED_VERB), cap.text).pop();
  if (!verb) return false;
  const at = cap.start + verb.start;
  return denialIn(frame, sentence.start + wordsBefore(sentence.match, at, 3).from, sentence.start + at) !== undefined;
}

/**
 * Whether a negation denies a verb of limiting in the words right after it ("ikke begrenset", "not in any way limited").
 * @example deniesLimit(match, negation) // true for the "ikke" of "ikke på noen måte begrenset"
 */
export function deniesLimit(match: string, negation: Match): boolean {
  return findFirst(pattern(`^(?: \\p{L}+){0,2}? ${LIMITED_VERB}`), match.slice(negation.end)) !== undefined;
}

/**
 * Whether an exclusion (of liability, of a loss) is itself denied by the words right before it: "neither party limits
 * or excludes its liability". A phrase that holds its own negation ("is not liable") is not denied.
 * @example exclusionDenied(matchText('Neither party limits or excludes its liability'), excludes) // true
 */
export function exclusionDenied(match: string, phrase: Match): boolean {
  if (findFirst(pattern(NEGATION), phrase.text)) return false;
  const before = wordsBefore(match, phrase.start, 4).text;
  const denial = findAll(pattern(DENIAL_SOURCE), before).pop();
  return denial !== undefined && !findFirst(pattern(AND), before.slice(denial.end));
}

/**
 * Whether what follows a position in a sentence puts the loss on the controller's instructions or
 * conduct ("… ikke ansvarlig for tap som skyldes behandlingsansvarliges instrukser"). The sentence is read
 * once; each phrase then asks about the text after it, so many phrases in one sentence stay linear.
 * @example controllerCausesAfter(match, processorSource)(notLiable.end) // true for "not liable for loss caused by the Controller's instructions"
 */
export function controllerCausesAfter(match: string, processorSource: string): (from: number) => boolean {
  const instructions = findAll(pattern(INSTRUCTION_SOURCE), match).map((m) => m.start);
  const controllerCauses = findAll(pattern(CAUSE_SOURCE), match)
    .filter((cause) => actorAfter(match, cause.end, processorSource, 8)?.actor === 'controller')
    .map((cause) => cause.start);
  const last = [...instructions, ...controllerCauses].reduce((latest, start) => Math.max(latest, start), -1);
  return (from) => last >= from;
}

/**
 * Whether the party whose liability a phrase ("not liable", "only liable") denies or narrows is the controller: the
 * party named before it, or else the controller named after it ("The Customer's claims ..."), unless a bare vendor
 * name opens the sentence.
 * @example liabilityOfController(sentence, notLiable, processorSource) // true for "The Customer is not liable for ..."
 */
export function liabilityOfController(sentence: SentenceView, phrase: Match, processorSource: string): boolean {
  const owner = actorBefore(sentence.match, phrase.start + 1, processorSource);
  if (owner) return owner.actor === 'controller';
  return !isBareName(sentence.text.slice(0, phrase.start)) && actorAfter(sentence.match, 0, processorSource)?.actor === 'controller';
}

/**
 * Another agreement's limitation of liability made to apply to this DPA: "liability ... is limited in accordance with
 * the Agreement", or its limitations said to apply ("Ansvarsbegrensningen i SSA-L punkt 11.4 gjelder tilsvarende for
 * krav som følger av dette bilaget"). Returns the words that carry it; undefined when the sentence lifts the
 * limitation for the DPA or limits only the controller's liability.
 * @example limitationFromOtherAgreement(matchText('Liability under this DPA is limited as set out in the Agreement'), processorSource)?.text // 'liability under this dpa is limited as set out in'
 */
export function limitationFromOtherAgreement(match: string, processorSource: string): Match | undefined {
  if (liftsLimitation(match)) return undefined;
  const limitedPer = findFirst(pattern(LIMITED_PER_SOURCE), match);
  if (limitedPer && findFirst(pattern(OTHER_AGREEMENT_SOURCE), match.slice(limitedPer.end))) {
    const noun = findAll(pattern(LIABILITY_NOUN_SOURCE), limitedPer.text).pop();
    if (noun && !isControllersLiability(match, { start: limitedPer.start + noun.start, end: limitedPer.start + noun.end }, processorSource)) return limitedPer;
  }
  const limits = findFirst(pattern(LIMITATIONS_NOUN), match);
  if (!limits) return undefined;
  // the claims under this DPA may come before the limitation ("liability arising out of this DPA is subject to the limitations ...") or after it
  const elsewhere = findFirst(pattern(OTHER_AGREEMENT_SOURCE), match) || findFirst(pattern(THIS_DPA_CLAIMS), match);
  if (!elsewhere || !findFirst(pattern(APPLIES), match)) return undefined;
  return limits;
}

/**
 * The indirect losses (consequential loss, lost profit) a sentence excludes: by an exclusion before the loss in its
 * clause part ("omfatter ikke indirekte tap", "excluding indirect loss") that is not itself denied ("neither party
 * excludes") nor a denied limit ("er ikke begrenset til"), or after it ("indirect damages are excluded"). `start` is
 * the exclusion before (else the loss), `end` the end of the loss or of the exclusion after it (relative).
 * @example excludedIndirectLosses(matchText('Leverandøren er ikke ansvarlig for indirekte tap'))[0].loss.text // 'indirekte tap'
 */
export function excludedIndirectLosses(match: string): { loss: Match; start: number; end: number }[] {
  const excluded: { loss: Match; start: number; end: number }[] = [];
  for (const loss of findAll(pattern(INDIRECT_SOURCE), match)) {
    const exclusionBefore = findAll(pattern(EXCLUSION_BEFORE), match.slice(0, loss.start))
      .filter((exclusion) => samePart(match, exclusion.start, loss.start))
      .pop();
    const excludedAfter = findFirst(pattern(EXCLUSION_AFTER), match.slice(loss.end));
    if (!exclusionBefore && !excludedAfter) continue;
    // the exclusion before the loss is itself denied ("neither party excludes"), or denies a limit ("er ikke begrenset til")
    if (exclusionBefore && !excludedAfter && (exclusionDenied(match, exclusionBefore) || deniesLimit(match, exclusionBefore))) continue;
    excluded.push({ loss, start: exclusionBefore ? exclusionBefore.start : loss.start, end: Math.max(loss.end, excludedAfter ? loss.end + excludedAfter.end : loss.end) });
  }
  return excluded;
}

/**
 * "Liability follows the main agreement": liability referred to another agreement named after the verb of
 * following (not to the law: "følger personvernforordningen artikkel 82"). An observation, no limit in itself.
 * @example liabilityReferredToAgreement(matchText('Ansvar følger av hovedavtalen'))?.text // 'ansvar følger'
 */
export function liabilityReferredToAgreement(match: string): Match | undefined {
  const referred = findFirst(pattern(LIABILITY_REFERRED), match);
  return referred && findFirst(pattern(OTHER_AGREEMENT_SOURCE), match.slice(referred.end)) ? referred : undefined;
}
