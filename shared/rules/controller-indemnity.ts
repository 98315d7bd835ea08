// controller-indemnity: the controller compensating or indemnifying the processor one-sidedly.
// How it reads a clause, and why: docs/rules/reading/controller-indemnity.md.

import { findAll, findFirst, pattern } from '../match';
import { defineRule, reportOncePerMessage, type RuleContext, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { actorAfter, actorBefore, ownerOf, type Actor } from '../party-mentions';
import { actingParty } from '../acting-party';
import { concept } from '../lexicon';
import { denialIn, negates } from '../frame';
import { DENIAL_SOURCE, textToPartStop, wordsAfter, wordsBefore } from '../sentence-parts';
import type { Span } from '../types';

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
const MUTUAL = concept('indemnity.mutual');
/** An indemnity as a noun: "the Customer Indemnity in clause 14.2 of the MSA", "Kundens skadesløsholdelse". */
const INDEMNITY_NOUN = concept('indemnity.noun');
/** Made to apply: "shall apply to", "gjelder tilsvarende for" (lexicon: liability.applies). */
const APPLIES = concept('liability.applies');
/** A sentence worth reading: it says one of the things this rule looks for. */
const ANY_INDEMNITY = `(?:${INDEMNIFY_ACTIVE}|${INDEMNIFY_PASSIVE}|${COMPENSATE_VERB}|${PROCESSOR_CLAIMS}|${RECOURSE}|${COVERED_BY}|${IMPOSED_AMOUNT}|${INDEMNITY_NOUN})`;

interface Hit {
  messageId: 'controller-indemnifies' | 'controller-compensates' | 'processor-claims' | 'unconditional-recourse';
  start: number;
  end: number;
}

/** The party that acts at `at`: named last before it, or a bare vendor name ("Acme shall indemnify"), or undefined. */
function actorAt(sentence: SentenceView, at: number, context: RuleContext): Actor | undefined {
  return actingParty(sentence, at, context.parties.processorSource, { concept: 'modal.undertakes', trailing: true });
}

/**
 * A denial between the party that acts and the verb ("Behandlingsansvarlig skal ikke ha plikt til å holde … skadesløs",
 * "shall not be required to indemnify"), or in the few words before the verb when no party is named before it.
 */
function deniedBefore(sentence: SentenceView, at: number, context: RuleContext): boolean {
  const actor = actorBefore(sentence.match, at, context.parties.processorSource);
  const from = actor?.end ?? wordsBefore(sentence.match, at, 4).from;
  if (denialIn(context.frame(sentence), sentence.start + from, sentence.start + at) !== undefined) return true;
  // the indemnity is what another party may not demand: "Leverandøren kan ikke kreve at kommunen holder leverandøren skadesløs"
  return actor !== undefined && findFirst(pattern(DENIED_DEMAND_SOURCE), wordsBefore(sentence.match, actor.start, 5).text) !== undefined;
}
const DENIED_DEMAND_SOURCE = `${DENIAL_SOURCE} (?:\\p{L}+ ){0,2}${concept('indemnity.demand')} ${concept('conjunction.that')}(?: ${concept('determiner.the')})? $`;

function indemnityHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const m of findAll(pattern(INDEMNIFY_ACTIVE), sentence.match)) {
    if (actorAt(sentence, m.start, context) !== 'controller' || deniedBefore(sentence, m.start, context)) continue;
    // "the controller shall hold harmless the processor" or no beneficiary named: the processor benefits
    const beneficiary = actorAfter(sentence.match, m, context.parties.processorSource, 8);
    if (beneficiary && beneficiary.actor !== 'processor') continue;
    hits.push({ messageId: 'controller-indemnifies', start: m.start, end: m.end });
  }
  for (const m of findAll(pattern(INDEMNIFY_PASSIVE), sentence.match)) {
    if (actorAt(sentence, m.start, context) !== 'processor' || deniedBefore(sentence, m.start, context)) continue;
    hits.push({ messageId: 'controller-indemnifies', start: m.start, end: m.end });
  }
  return hits;
}

/**
 * Whether a condition before `at` has the processor incur the loss the verb then compensates: "Dersom Databehandler
 * blir ilagt overtredelsesgebyr, skal Behandlingsansvarlig erstatte gebyret", "If the Supplier is fined, the Customer shall pay the fine".
 */
function processorIncursBefore(sentence: SentenceView, at: number, context: RuleContext): boolean {
  const head = sentence.match.slice(0, at);
  const condition = findAll(pattern(CONDITION), head).pop();
  if (!condition) return false;
  const rest = head.slice(condition.end);
  const close = rest.search(/[,;]/);
  const conditionPart = close >= 0 ? rest.slice(0, close) : rest;
  const incurred = findFirst(pattern(`${LOSS_OBJECT}|${concept('indemnity.incurred')}`), conditionPart);
  if (incurred !== undefined && actorBefore(conditionPart, incurred.start, context.parties.processorSource)?.actor === 'processor') return true;
  // the processor as the one fined or sued: "if a regulator fines us", "dersom noen saksøker Leverandøren"
  return findAll(pattern(INCURS_ACTIVE), conditionPart).some((event) => actorAfter(conditionPart, event.end, context.parties.processorSource, 2)?.actor === 'processor');
}

function compensationHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const m of findAll(pattern(COMPENSATE_VERB), sentence.match)) {
    if (actorAt(sentence, m.start, context) !== 'controller' || deniedBefore(sentence, m.start, context)) continue;
    const object = textToPartStop(sentence.match.slice(m.end));
    if (findFirst(pattern(ASSISTANCE_COST), object)) continue;
    const incursBefore = processorIncursBefore(sentence, m.start, context);
    // a loss, or the costs of a fine or claim the processor incurs in the condition before ("if a regulator fines us, you'll cover our costs")
    const lossNamed = findFirst(pattern(LOSS_OBJECT), object) || findFirst(pattern(IMPOSED_AMOUNT), object);
    if (!lossNamed && !(incursBefore && findFirst(pattern(COST_SOURCE), object))) continue;
    // the losses must be the processor's: "databehandlers tap", "fines imposed on the processor"
    // "ansvarlig overfor Leverandøren for": the party owed may stand inside the verb phrase
    const processor = actorAfter(sentence.match, m, context.parties.processorSource, 14);
    if (processor?.actor !== 'processor' && !incursBefore) continue;
    // "the controller is liable for its own fines" is not an indemnity
    if (findFirst(pattern(`^\\s*(?:for\\s+)?${concept('possessive.own-stated')}`), object)) continue;
    hits.push({ messageId: 'controller-compensates', start: m.start, end: m.end });
  }
  return hits;
}

/**
 * "kan Leverandøren kreve hele beløpet dekket av Kunden", "the Processor's fines shall be borne by the Customer":
 * the processor's loss, then a participle whose agent is the controller.
 */
function coveredByHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const m of findAll(pattern(COVERED_BY), sentence.match)) {
    if (actorAfter(sentence.match, m, context.parties.processorSource, 5)?.actor !== 'controller') continue;
    if (!findFirst(pattern(COVERED_LEAD), sentence.match.slice(0, m.start))) continue;
    if (negates(context.frame(sentence), sentence.start + m.start)) continue;
    // the loss is the processor's: the processor is the last party named before the participle
    if (actorBefore(sentence.match, m.start, context.parties.processorSource)?.actor !== 'processor') continue;
    const before = sentence.match.slice(0, m.start);
    const loss = findAll(pattern(LOSS_OR_AMOUNT), before).pop();
    const cost = findAll(pattern(CLAIMED_COST), before).pop();
    if (!loss || (cost && cost.start > loss.start)) continue;
    hits.push({ messageId: 'controller-compensates', start: m.start, end: m.end });
  }
  return hits;
}

function claimHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const m of findAll(pattern(PROCESSOR_CLAIMS), sentence.match)) {
    if (actorAt(sentence, m.start, context) !== 'processor') continue;
    // "entitled to compensation (from the Customer) for the additional costs": what is claimed is a cost, before any loss
    const claimed = textToPartStop(sentence.match.slice(m.end));
    const cost = findFirst(pattern(CLAIMED_COST), claimed);
    const loss = findFirst(pattern(LOSS_OBJECT), claimed);
    if (cost && (!loss || cost.start < loss.start)) continue;
    // from the controller (its breach, its conduct), not from a sub-processor or a third party
    const controller = actorAfter(sentence.match, m.end, context.parties.processorSource);
    if (controller?.actor !== 'controller') continue;
    if (controllersShareOnly(sentence, m)) continue;
    hits.push({ messageId: 'processor-claims', start: m.start, end: m.end });
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

function recourseHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const m of findAll(pattern(RECOURSE), sentence.match)) {
    // "databehandler har ikke regress mot kunden": a recourse denied is none
    if (actorAt(sentence, m.start, context) !== 'processor' || deniedBefore(sentence, m.start, context)) continue;
    const controller = actorAfter(sentence.match, m.end, context.parties.processorSource);
    if (controller?.actor !== 'controller') continue;
    if (controllersShareOnly(sentence, m)) continue;
    const unconditional = unconditionalAround(sentence, m);
    hits.push({ messageId: 'unconditional-recourse', start: Math.min(unconditional?.start ?? m.start, m.start), end: m.end });
  }
  return hits;
}

/**
 * The controller's indemnity of another agreement made to apply to claims against the processor: "The indemnity in
 * clause 14.2 of the MSA (Customer Indemnity) shall apply to all claims brought against the Contractor relating to
 * Personal Data". The indemnity is the controller's (named with it) and the processor is named after the verb.
 */
function appliedIndemnityHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const controllers = findAll(pattern(INDEMNITY_NOUN), sentence.match).filter((noun) => ownerOf(sentence.match, noun, context.parties.processorSource)?.actor === 'controller');
  const owned = controllers[controllers.length - 1];
  if (!owned) return [];
  const applies = findFirst(pattern(APPLIES), sentence.match.slice(owned.end), owned.end);
  if (!applies || negates(context.frame(sentence), sentence.start + applies.start)) return [];
  if (actorAfter(sentence.match, applies.end, context.parties.processorSource)?.actor !== 'processor') return [];
  return [{ messageId: 'controller-indemnifies', start: owned.start, end: applies.end }];
}

export default defineRule({
  meta: {
    category: 'controller-indemnity',
    defaultSeverity: 'high',
    topic: 'indemnity',
    messages: ruleMessages('controller-indemnity'),
    playbookSettings: [],
    reportsAbsence: false,
  },
  check(context) {
    for (const sentence of context.sentences()) {
      if (!findFirst(pattern(ANY_INDEMNITY), sentence.match)) continue;
      const mutual = findFirst(pattern(MUTUAL), sentence.match) !== undefined;
      const hits = [
        ...indemnityHits(sentence, context),
        ...compensationHits(sentence, context),
        ...coveredByHits(sentence, context),
        ...claimHits(sentence, context),
        ...recourseHits(sentence, context),
        ...appliedIndemnityHits(sentence, context),
      ].filter((hit) => !mutual || hit.messageId === 'unconditional-recourse');
      reportOncePerMessage(context, sentence, hits);
    }
  },
});
