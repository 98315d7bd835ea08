// Indemnities and who gives them: where a sentence has the controller indemnify, hold harmless or compensate
// the processor, the processor claim its losses from the controller or take recourse against it, or another
// agreement's customer indemnity made to apply to claims against the processor. Each reading returns the
// spans (relative to the sentence) that say it; the controller-indemnity rule judges them, and any rule that
// reads who bears a loss can ask the same.

import type { SentenceFrame } from './frame';
import { denialIn, negates } from './frame';
import { concept } from './lexicon';
import { findAll, findFirst, pattern } from './match';
import { actorAfter, actorBefore, ownerOf, type Actor } from './party-mentions';
import { actingParty } from './acting-party';
import type { SentenceView } from './rule';
import { DENIAL_SOURCE, textToPartStop, wordsAfter, wordsBefore } from './sentence-parts';
import type { Span } from './types';

/** Costs, expenses, fees: "compensation for the additional costs" is cost recovery (assistance-fees), not an indemnity. */
const COST_SOURCE = concept('indemnity.cost-recovery');
/** "holde ... skadesløs", "indemnify", "hold harmless", "hålla skadeslös", "friholde". */
const INDEMNIFY_ACTIVE = concept('indemnity.indemnify');
/** "... shall be indemnified / held harmless by the controller". */
const INDEMNIFY_PASSIVE = concept('indemnity.indemnified');
/** The controller compensates, reimburses, covers, is liable to ... for. */
const COMPENSATE_VERB = concept('indemnity.compensate');
/** ... the processor's losses, fines, claims (not its costs of assistance). */
const LOSS_OBJECT = concept('indemnity.loss');
/** "any amount the processor is ordered to pay", "ethvert beløb, som databehandleren måtte blive pålagt at betale". */
const IMPOSED_AMOUNT = concept('indemnity.imposed-amount');
/** Help given and the time it takes: what is paid for is assistance (assistance-fees). */
const ASSISTANCE_COST = concept('assist', 'indemnity.hourly-charge');
/** What a claim is for when it is a fee, not an indemnity: costs, or the help given ("ersättning för den hjälp som lämnas"). */
const CLAIMED_COST = `(?:${COST_SOURCE}|${ASSISTANCE_COST})`;
/** "covered / reimbursed by", "dekket av", "ersatt av", "dækket af": the payer named after a participle. */
const COVERED_BY = concept('indemnity.covered-by');
/** What stands right before the participle: a demand ("kreve hele beløpet dekket") or a passive ("shall be borne by"), not an attribute ("the amount paid by"). */
const COVERED_LEAD = `(?:${concept('indemnity.demand')} (?:\\p{L}+ ){0,4}|${concept('passive.auxiliary')} (?:\\p{L}+ )?)$`;
/** The sum claimed back: the loss itself, or "the whole amount" of it. */
const LOSS_OR_AMOUNT = `(?:${LOSS_OBJECT}|${IMPOSED_AMOUNT}|${concept('indemnity.amount')})`;
/** The processor may claim damages from the controller. */
const PROCESSOR_CLAIMS = concept('indemnity.claim-damages');
/** Recourse against the controller. */
const RECOURSE = concept('indemnity.recourse');
const UNCONDITIONAL = concept('indemnity.unconditional');
/** Recourse in proportion to the controller's share: GDPR art. 82(5), not a deviation. */
const PROPORTIONAL = concept('indemnity.proportional');
/** Fining or suing someone, said of the one who does it: "a regulator fines us", "noen saksøker Leverandøren". */
const INCURS_ACTIVE = concept('indemnity.incurs-active');
/** A condition the loss is incurred in: "if", "dersom", "om". */
const CONDITION = concept('conjunction.condition');
/** A one-sided duty is only one when it is not mutual. */
export const MUTUAL_SOURCE = concept('indemnity.mutual');
/** An indemnity as a noun: "the Customer Indemnity in clause 14.2 of the MSA", "Kundens skadesløsholdelse". */
const INDEMNITY_NOUN = concept('indemnity.noun');
/** Made to apply: "shall apply to", "gjelder tilsvarende for" (lexicon: liability.applies). */
const APPLIES = concept('liability.applies');
/** A sentence worth reading: it says one of the things this rule looks for. */
export const ANY_INDEMNITY_SOURCE = `(?:${INDEMNIFY_ACTIVE}|${INDEMNIFY_PASSIVE}|${COMPENSATE_VERB}|${PROCESSOR_CLAIMS}|${RECOURSE}|${COVERED_BY}|${IMPOSED_AMOUNT}|${INDEMNITY_NOUN})`;

/** The party that acts at `at`: named last before it, or a bare vendor name ("Acme shall indemnify"), or undefined. */
function actorAt(sentence: SentenceView, at: number, processorSource: string): Actor | undefined {
  return actingParty(sentence, at, processorSource, { concept: 'modal.undertakes', trailing: true });
}

/**
 * A denial between the party that acts and the verb ("Behandlingsansvarlig skal ikke ha plikt til å holde … skadesløs",
 * "shall not be required to indemnify"), or in the few words before the verb when no party is named before it.
 */
function deniedBefore(sentence: SentenceView, at: number, frame: SentenceFrame, processorSource: string): boolean {
  const actor = actorBefore(sentence.match, at, processorSource);
  const from = actor?.end ?? wordsBefore(sentence.match, at, 4).from;
  if (denialIn(frame, sentence.start + from, sentence.start + at) !== undefined) return true;
  // the indemnity is what another party may not demand: "Leverandøren kan ikke kreve at kommunen holder leverandøren skadesløs"
  return actor !== undefined && findFirst(pattern(DENIED_DEMAND_SOURCE), wordsBefore(sentence.match, actor.start, 5).text) !== undefined;
}
const DENIED_DEMAND_SOURCE = `${DENIAL_SOURCE} (?:\\p{L}+ ){0,2}${concept('indemnity.demand')} ${concept('conjunction.that')}(?: ${concept('determiner.the')})? $`;

/**
 * Where the controller indemnifies or holds harmless the processor: "the Customer shall indemnify the Supplier",
 * "Leverandøren skal holdes skadesløs av Kunden" (the controller acts, or the processor is indemnified; not denied;
 * no other beneficiary named). Spans relative to the sentence.
 * @example controllerIndemnifies(sentence, frame, processorSource) // the span "indemnify" for "The Customer shall indemnify the Processor"
 */
export function controllerIndemnifies(sentence: SentenceView, frame: SentenceFrame, processorSource: string): Span[] {
  const hits: Span[] = [];
  for (const m of findAll(pattern(INDEMNIFY_ACTIVE), sentence.match)) {
    if (actorAt(sentence, m.start, processorSource) !== 'controller' || deniedBefore(sentence, m.start, frame, processorSource)) continue;
    // "the controller shall hold harmless the processor" or no beneficiary named: the processor benefits
    const beneficiary = actorAfter(sentence.match, m, processorSource, 8);
    if (beneficiary && beneficiary.actor !== 'processor') continue;
    hits.push({ start: m.start, end: m.end });
  }
  for (const m of findAll(pattern(INDEMNIFY_PASSIVE), sentence.match)) {
    if (actorAt(sentence, m.start, processorSource) !== 'processor' || deniedBefore(sentence, m.start, frame, processorSource)) continue;
    hits.push({ start: m.start, end: m.end });
  }
  return hits;
}

/**
 * Whether a condition before `at` has the processor incur the loss the verb then compensates: "Dersom Databehandler
 * blir ilagt overtredelsesgebyr, skal Behandlingsansvarlig erstatte gebyret", "If the Supplier is fined, the Customer shall pay the fine".
 */
function processorIncursBefore(sentence: SentenceView, at: number, processorSource: string): boolean {
  const head = sentence.match.slice(0, at);
  const condition = findAll(pattern(CONDITION), head).pop();
  if (!condition) return false;
  const rest = head.slice(condition.end);
  const close = rest.search(/[,;]/);
  const conditionPart = close >= 0 ? rest.slice(0, close) : rest;
  const incurred = findFirst(pattern(`${LOSS_OBJECT}|${concept('indemnity.incurred')}`), conditionPart);
  if (incurred !== undefined && actorBefore(conditionPart, incurred.start, processorSource)?.actor === 'processor') return true;
  // the processor as the one fined or sued: "if a regulator fines us", "dersom noen saksøker Leverandøren"
  return findAll(pattern(INCURS_ACTIVE), conditionPart).some((event) => actorAfter(conditionPart, event.end, processorSource, 2)?.actor === 'processor');
}

/**
 * Where the controller compensates the processor's losses, fines or claims (not its costs of assistance, not the
 * controller's own fines): "Behandlingsansvarlig skal erstatte databehandlers tap", "if a regulator fines us, you'll cover our costs".
 * @example controllerCompensates(sentence, frame, processorSource) // the span "erstatte" for "Kunden skal erstatte Leverandørens tap"
 */
export function controllerCompensates(sentence: SentenceView, frame: SentenceFrame, processorSource: string): Span[] {
  const hits: Span[] = [];
  for (const m of findAll(pattern(COMPENSATE_VERB), sentence.match)) {
    if (actorAt(sentence, m.start, processorSource) !== 'controller' || deniedBefore(sentence, m.start, frame, processorSource)) continue;
    const object = textToPartStop(sentence.match.slice(m.end));
    if (findFirst(pattern(ASSISTANCE_COST), object)) continue;
    const incursBefore = processorIncursBefore(sentence, m.start, processorSource);
    // a loss, or the costs of a fine or claim the processor incurs in the condition before ("if a regulator fines us, you'll cover our costs")
    const lossNamed = findFirst(pattern(LOSS_OBJECT), object) || findFirst(pattern(IMPOSED_AMOUNT), object);
    if (!lossNamed && !(incursBefore && findFirst(pattern(COST_SOURCE), object))) continue;
    // the losses must be the processor's: "databehandlers tap", "fines imposed on the processor"
    // "ansvarlig overfor Leverandøren for": the party owed may stand inside the verb phrase
    const processor = actorAfter(sentence.match, m, processorSource, 14);
    if (processor?.actor !== 'processor' && !incursBefore) continue;
    // "the controller is liable for its own fines" is not an indemnity
    if (findFirst(pattern(`^\\s*(?:for\\s+)?${concept('possessive.own-stated')}`), object)) continue;
    hits.push({ start: m.start, end: m.end });
  }
  return hits;
}

/**
 * "kan Leverandøren kreve hele beløpet dekket av Kunden", "the Processor's fines shall be borne by the Customer":
 * the processor's loss, then a participle whose agent is the controller.
 * @example lossCoveredByController(sentence, frame, processorSource) // the span "dekket av"
 */
export function lossCoveredByController(sentence: SentenceView, frame: SentenceFrame, processorSource: string): Span[] {
  const hits: Span[] = [];
  for (const m of findAll(pattern(COVERED_BY), sentence.match)) {
    if (actorAfter(sentence.match, m, processorSource, 5)?.actor !== 'controller') continue;
    if (!findFirst(pattern(COVERED_LEAD), sentence.match.slice(0, m.start))) continue;
    if (negates(frame, sentence.start + m.start)) continue;
    // the loss is the processor's: the processor is the last party named before the participle
    if (actorBefore(sentence.match, m.start, processorSource)?.actor !== 'processor') continue;
    const before = sentence.match.slice(0, m.start);
    const loss = findAll(pattern(LOSS_OR_AMOUNT), before).pop();
    const cost = findAll(pattern(CLAIMED_COST), before).pop();
    if (!loss || (cost && cost.start > loss.start)) continue;
    hits.push({ start: m.start, end: m.end });
  }
  return hits;
}

/**
 * Where the processor may claim damages for its loss from the controller (not a fee for its help, not only the
 * controller's share under art. 82(5)): "Leverandøren kan kreve erstatning fra Kunden". (It takes the frame as the other
 * readings do; a claim is read without it.)
 * @example processorClaimsFromController(sentence, frame, processorSource) // the span of the claim words
 */
export function processorClaimsFromController(sentence: SentenceView, _frame: SentenceFrame, processorSource: string): Span[] {
  const hits: Span[] = [];
  for (const m of findAll(pattern(PROCESSOR_CLAIMS), sentence.match)) {
    if (actorAt(sentence, m.start, processorSource) !== 'processor') continue;
    // "entitled to compensation (from the Customer) for the additional costs": what is claimed is a cost, before any loss
    const claimed = textToPartStop(sentence.match.slice(m.end));
    const cost = findFirst(pattern(CLAIMED_COST), claimed);
    const loss = findFirst(pattern(LOSS_OBJECT), claimed);
    if (cost && (!loss || cost.start < loss.start)) continue;
    // from the controller (its breach, its conduct), not from a sub-processor or a third party
    const controller = actorAfter(sentence.match, m.end, processorSource);
    if (controller?.actor !== 'controller') continue;
    if (controllersShareOnly(sentence, m)) continue;
    hits.push({ start: m.start, end: m.end });
  }
  return hits;
}

/** "unconditional", "full", "all" in the words around a claim or recourse ("ubetinget rett til fullt regresskrav"). */
function unconditionalAround(sentence: SentenceView, m: Span) {
  const from = wordsBefore(sentence.match, m.start, 6).from;
  return findFirst(pattern(UNCONDITIONAL), sentence.match.slice(from, m.end + wordsAfter(sentence.match, m.end, 12).length), from);
}

/**
 * Whether a claim or recourse against the controller reaches only the controller's own share (GDPR art. 82(5)):
 * "only that part of the compensation which corresponds to the Controller's part of responsibility". Each party
 * answers for its own fault; an unconditional or full claim is still one-sided.
 */
function controllersShareOnly(sentence: SentenceView, m: Span): boolean {
  return findFirst(pattern(PROPORTIONAL), sentence.match) !== undefined && !unconditionalAround(sentence, m);
}

/**
 * Recourse the processor has against the controller beyond the controller's share, from an "unconditional" or
 * "full" before it: "ubetinget rett til fullt regresskrav mot Kunden". Not a recourse denied.
 * @example recourseAgainstController(sentence, frame, processorSource) // the span "ubetinget rett til fullt regresskrav"
 */
export function recourseAgainstController(sentence: SentenceView, frame: SentenceFrame, processorSource: string): Span[] {
  const hits: Span[] = [];
  for (const m of findAll(pattern(RECOURSE), sentence.match)) {
    // "databehandler har ikke regress mot kunden": a recourse denied is none
    if (actorAt(sentence, m.start, processorSource) !== 'processor' || deniedBefore(sentence, m.start, frame, processorSource)) continue;
    const controller = actorAfter(sentence.match, m.end, processorSource);
    if (controller?.actor !== 'controller') continue;
    if (controllersShareOnly(sentence, m)) continue;
    const unconditional = unconditionalAround(sentence, m);
    hits.push({ start: Math.min(unconditional?.start ?? m.start, m.start), end: m.end });
  }
  return hits;
}

/**
 * The controller's indemnity of another agreement made to apply to claims against the processor: "The indemnity in
 * clause 14.2 of the MSA (Customer Indemnity) shall apply to all claims brought against the Contractor relating to
 * Personal Data". The indemnity is the controller's (named with it) and the processor is named after the verb.
 * @example indemnityAppliedToProcessor(sentence, frame, processorSource) // the span "customer indemnity) shall apply to"
 */
export function indemnityAppliedToProcessor(sentence: SentenceView, frame: SentenceFrame, processorSource: string): Span[] {
  const controllers = findAll(pattern(INDEMNITY_NOUN), sentence.match).filter((noun) => ownerOf(sentence.match, noun, processorSource)?.actor === 'controller');
  const owned = controllers[controllers.length - 1];
  if (!owned) return [];
  const applies = findFirst(pattern(APPLIES), sentence.match.slice(owned.end), owned.end);
  if (!applies || negates(frame, sentence.start + applies.start)) return [];
  if (actorAfter(sentence.match, applies.end, processorSource)?.actor !== 'processor') return [];
  return [{ start: owned.start, end: applies.end }];
}
