// Who bears a cost: "borne by the Processor", "dekkes av Leverandøren", "at its own expense", "each
// party bears its own costs", "the Processor may charge". Read one way by every rule that asks
// whether the processor pays or the controller is charged (audit-restriction, assistance-fees).
// The words are lexicon concepts (cost.*, charge.free).

import { negatedInWords, subjectOf } from './clause-facts';
import { concept, conceptPrefix, conceptStem } from './lexicon';
import { PROCESSOR_SOURCE } from './values';
import { findAll, findFirst, pattern, patternOf, type Match } from './match';
import { wordsBefore } from './sentence-parts';

/** A passive paying verb and its agent marker, up to the party: "borne by the ", "dekkes av ". */
const PAID_BY_SOURCE = `${concept('cost.paid')} (?:\\p{L}+ ){0,2}(?:by|av|af) (?:the |den )?`;
const PASSIVE_ONLY_SOURCE = `^${concept('cost.paid')}$`;
const COST_SOURCE = concept('cost.word');
/** No charge at all. */
const FREE_SOURCE = concept('charge.free');
/** Each side pays its own way: the controller pays no costs of the processor. */
const OWN_WAY_SOURCE = conceptStem('cost.own-way');
/** A cost said to be one's own: whose depends on the sentence's subject ("at its own expense"; a vendor writing "we bear our own costs"). */
const OWN_COST_SOURCE = conceptStem('cost.own');
/** Each bearing their own costs, said in so many words ("bears its own costs", "afholder selv sine egne omkostninger"): no party pays another's, whoever the subject. */
const OWN_EXPLICIT_SOURCE = concept('cost.own-explicit');
/** A cost verb in its other sense, "replace" ("den ersätter inte er rätt att granska"). */
const REPLACE_SENSE_SOURCE = concept('cost.replace-sense');
/** A claim for money: the processor demands, charges, is compensated. */
const DEMAND_SOURCE = conceptStem('cost.demand');
/** Paying verbs: who bears or pays the costs. */
const PAY_VERB_SOURCE = concept('cost.pays', 'cost.paid', 'cost.pay-infinitive');
/** The controller's own auditor's fees: "the fees of its auditor", "honoraret til egen revisor". Paying one's own auditor is no charge by the processor. */
const OWN_ADVISER_FEES_SOURCE = conceptStem('cost.own-adviser-fees');
/** The costs of one's own people: "kostnader til egne ansatte og egen revisor", "the costs of its own staff" (whose: the sentence's subject). */
const OWN_PEOPLE_FEES_SOURCE = concept('cost.own-people-fees');
/** An auditor's fees named without whose auditor: "kostnader til ekstern revisor", "the fees of the independent auditor". */
const AUDITOR_FEES_SOURCE = concept('cost.auditor-fees');
/** A right held only by buying more: a condition, then within a few words a paid tier ("available to customers with an active Premier Support subscription", "förutsätter att Kommunen har tecknat tjänstenivån Premium"). */
const PAID_TIER_SOURCE = `${concept('tier.condition')} (?:[\\p{L}\\d'’-]+ ){0,6}?${concept('tier.paid')}`;
/** Where a sentence's clause parts meet: "X bears its own costs, and Customer bears the fees of its auditor". */
const PART_BREAK_SOURCE = `(?:;|,? ${concept('conjunction.part-break')})`;

/**
 * Whether a matchText says the processor bears a cost in the passive.
 * @example paidByProcessor(matchText('costs are borne by the processor'), processorSource) // true
 */
export function paidByProcessor(match: string, processorSource: string): boolean {
  return findFirst(pattern(`${PAID_BY_SOURCE}${processorSource}`), match) !== undefined;
}

/**
 * Whether a paying verb is passive ("borne", "dekkes"): its subject is what is paid, not who pays.
 * @example isPassivePayVerb('betales') // true
 */
export function isPassivePayVerb(verb: string): boolean {
  return findFirst(pattern(PASSIVE_ONLY_SOURCE), verb) !== undefined;
}

/**
 * Whether a cost word is nobody's charge to the controller: the controller's own auditor's fees ("Customer will bear
 * the fees of its auditor", or of an external auditor the controller pays), or a clause part where a party other than the controller bears its own costs
 * ("Acme will cooperate and bear its own costs of such audits").
 */
/** The processor named as owner right before a cost word ("Leverandørens kostnader"), per document's processor source. */
const processorsCostsBefore = patternOf((processorSource) => `${processorSource}(?:'s|s|'|’s)? (?:\\p{L}+ )?$`);

function ownCostOnly(match: string, cost: Match, processorSource: string): boolean {
  // whether a phrase of the source, in `text` at `offset`, holds the cost word
  const heldBy = (source: string, text = match, offset = 0) => findAll(pattern(source), text).some((m) => offset + m.start <= cost.start && cost.end <= offset + m.end);
  if (heldBy(OWN_ADVISER_FEES_SOURCE)) return true;
  let partStart = 0;
  let partEnd = match.length;
  for (const b of findAll(pattern(PART_BREAK_SOURCE), match)) {
    if (b.end <= cost.start) partStart = b.end;
    else if (b.start >= cost.end) {
      partEnd = b.start;
      break;
    }
  }
  const part = match.slice(partStart, partEnd);
  if (findFirst(pattern(DEMAND_SOURCE), part)) return false;
  const controllerPays = () => subjectOf(match.slice(0, cost.start), processorSource) === 'controller';
  // an auditor the controller pays itself is the auditor it mandates ("Behandlingsansvarlig dekker ... kostnader til ekstern revisor")
  if (heldBy(AUDITOR_FEES_SOURCE) && controllerPays()) return true;
  // the controller paying its own staff and auditor charges it nothing ("Behandlingsansvarlig dekker kostnader til egne ansatte og
  // egen revisor"), unless the costs are the processor's ("Leverandørens kostnader til egne ansatte")
  const processorsCosts = () => findFirst(processorsCostsBefore(processorSource), match.slice(0, cost.start)) !== undefined;
  if (heldBy(OWN_PEOPLE_FEES_SOURCE) && !processorsCosts() && controllerPays()) return true;
  if (heldBy(OWN_EXPLICIT_SOURCE, part, partStart)) return true;
  // the cost word must be the one said to be own: "afholder egne omkostninger samt databehandlerens omkostninger" charges the second
  if (!heldBy(OWN_COST_SOURCE, part, partStart)) return false;
  return subjectOf(part, processorSource) !== 'controller';
}

/**
 * The cost word or money claim in a sentence that the controller is charged with, or undefined when
 * it is free, the processor bears it, each party pays its own way, or the charge is negated.
 * @example chargeToController(matchText('Kunden dekker kostnadene ved revisjon'), processorSource)?.text // 'kostnadene'
 */
export function chargeToController(match: string, processorSource: string): Match | undefined {
  const replaced = findAll(pattern(REPLACE_SENSE_SOURCE), match);
  const costs = findAll(pattern(COST_SOURCE), match).filter((cost) => !replaced.some((r) => r.start <= cost.start && cost.end <= r.end));
  if (!costs.length) return undefined;
  const demand = findFirst(pattern(DEMAND_SOURCE), match);
  if (findFirst(pattern(FREE_SOURCE), match)) return undefined;
  if (!demand && findFirst(pattern(OWN_WAY_SOURCE), match)) return undefined;
  // "på databehandlers bekostning", "for leverandørens regning", "at the Processor's (own) expense"
  if (findFirst(pattern(`\\b(?:på|for|at|at the|on) ${processorSource}(?:'s|s|'|’s)? (?:own |egen )?${concept('cost.account')}`), match)) return undefined;
  // "borne by the Processor", "dekkes av leverandøren"
  if (paidByProcessor(match, processorSource)) return undefined;
  // "The Processor shall bear the costs", "Databehandler dekker kostnadene" (not "kreve dekket")
  const payVerb = findFirst(pattern(PAY_VERB_SOURCE), match);
  if (payVerb && !demand && !isPassivePayVerb(payVerb.text)) {
    if (subjectOf(match.slice(0, payVerb.end), processorSource) === 'processor') return undefined;
  }
  // "at its own expense", "for egen regning": whose own is the subject's
  // (unless the processor's own costs are named as well: someone else pays those)
  const processorsCosts = findFirst(pattern(`${processorSource}(?:'s|s|'|’s)? (?:\\p{L}+ )?${conceptStem('cost.noun')}`), match);
  if (!demand && !processorsCosts && findFirst(pattern(OWN_COST_SOURCE), match) && subjectOf(match, processorSource) !== 'controller') return undefined;
  // each side paying its own way, in separate clause parts
  const charged = costs.filter((cost) => !ownCostOnly(match, cost, processorSource));
  if (!demand && !charged.length) return undefined;
  // a negated charge: "the processor shall not charge for audits"
  const first = demand ?? charged[0];
  return negatedInWords(match, first.start, 5) ? undefined : first;
}

/** Free of charge, at the processor's own cost, or a charge denied ("no additional fees", "det påløper ingen kostnader"; lexicon: charge.*, deletion.free). */
const WAIVED_SOURCE = [
  concept('charge.free'),
  conceptPrefix('deletion.free'),
  `${conceptPrefix('charge.borne-by')} (?:the )?${PROCESSOR_SOURCE}`,
  `${PROCESSOR_SOURCE}'?s? ${conceptPrefix('charge.own-cost')}`,
  `${concept('charge.at-cost-of')} ${PROCESSOR_SOURCE} ${conceptPrefix('charge.own-cost')}`,
  `${concept('negation', 'negation.none-word')} (?:\\p{L}+ ){0,3}${conceptPrefix('charge.demand')}`,
  `${concept('negation', 'negation.none-word')} (?:\\p{L}+ ){0,2}${concept('deletion.charge')}`,
].join('|');
/** The processor as the one who pays ("Provider shall bear the costs"; lexicon: payment.pays). */
const PROCESSOR_PAYS_SOURCE = concept('payment.pays');

/**
 * Whether a sentence waives a charge: free of charge, each party's own cost, borne by the processor, a charge
 * denied, or the processor (`processorSource`, named within two words) paying.
 * @example chargeWaived(matchText('Return is free of charge'), processorSource) // true
 */
export function chargeWaived(match: string, processorSource: string): boolean {
  return findFirst(pattern(WAIVED_SOURCE), match) !== undefined || findFirst(pattern(`${processorSource}(?: \\p{L}+){0,2} ${PROCESSOR_PAYS_SOURCE}`), match) !== undefined;
}

/** The processor paying, active ("Leverandøren dekker", "the Processor shall bear"); the passive is in cost-bearer. */
const PAYS_SOURCE = `(?:${concept('cost.pays-modal')} )?${concept('cost.pays')}`;

/**
 * Whether the sentence makes the processor the one who pays, passive or active ("borne by the Processor", "Leverandøren dekker kostnadene").
 * @example processorPays(matchText('Leverandøren dekker kostnadene'), processorSource) // true
 */
export function processorPays(match: string, processorSource: string): boolean {
  return (
    paidByProcessor(match, processorSource) ||
    findFirst(pattern(`${processorSource} ${PAYS_SOURCE}`), match) !== undefined
  );
}

const HYPOTHETICAL_SOURCE = `${concept('charge.hypothetical')} $`;
const APPEARS_IN_SOURCE = concept('reference.appears-in');

/**
 * Whether a charge is only named as a subject the terms elsewhere settle: "Parternes regulering af bistanden, herunder
 * eventuel betaling, fremgår af Bilag C.3", "any fees are set out in the Order Form" — no right to charge is stated.
 * @example pointerToTerms(match, charge) // true for the "betaling" of "herunder eventuel betaling, fremgår af Bilag C.3"
 */
export function pointerToTerms(match: string, charge: Match): boolean {
  return findFirst(pattern(HYPOTHETICAL_SOURCE), wordsBefore(match, charge.start, 1).text) !== undefined && findFirst(pattern(APPEARS_IN_SOURCE), match.slice(charge.end)) !== undefined;
}

/**
 * A right (an audit, the GDPR assistance) held only by customers who buy a paid tier or add-on: a charge for it in all
 * but name. Not when the condition is denied ("does not require a premium plan", "kräver inte tillval").
 * @example paidTierRequired(matchText('Assistance is available to customers with an active Premier Support subscription'))?.text // 'available to customers with an active premier support'
 */
export function paidTierRequired(match: string): Match | undefined {
  const tier = findFirst(pattern(PAID_TIER_SOURCE), match);
  if (!tier || findFirst(pattern(concept('negation')), tier.text) || negatedInWords(match, tier.start, 3)) return undefined;
  return tier;
}
