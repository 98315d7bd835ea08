// controller-indemnity: each party should answer for its own faults. Finds terms that make the
// controller compensate or indemnify the processor one-sidedly: the controller shall indemnify /
// hold harmless the processor; the controller shall compensate the processor's losses, fines or
// third-party claims; the processor may claim damages from the controller; the processor has an
// unconditional or full recourse against the controller. Mutual terms ("each party shall
// indemnify the other"), the processor indemnifying the controller, cost recovery for assistance
// and a recourse limited to the controller's share of the fault are not deviations.

import { findAll, findFirst, pattern } from '../match';
import { defineRule, reportOncePerMessage, type RuleContext, type SentenceView } from '../rule';
import { actorAfter, actorBefore, isBareName, type Actor } from './liability-cap-parties';
import { concept } from '../lexicon';
import { negates } from '../frame';

/** Costs, expenses, fees: "compensation for the additional costs" is cost recovery (assistance-fees), not an indemnity. */
const COST_SOURCE = concept('indemnity.cost-recovery');

// "holde ... skadesløs", "indemnify", "hold harmless", "hålla skadeslös", "friholde"
const INDEMNIFY_ACTIVE =
  '\\b(?:hold(?:e|er) (?:\\p{L}+ ){0,4}skadesl(?:ø|o)se?|skadesløsholde\\p{L}*|hold (?:\\p{L}+ ){0,4}harmless|(?:defend, )?indemnif(?:y|ies)|håll(?:a|er) (?:\\p{L}+ ){0,4}skadeslös[at]?|holde (?:\\p{L}+ ){0,4}skadesløs|friholde\\p{L}*|fritholde\\p{L}*|frihålla\\p{L}*|skadesløsholde)\\b';
// "... shall be indemnified / held harmless by the controller"
const INDEMNIFY_PASSIVE =
  '\\b(?:holdes (?:\\p{L}+ ){0,3}skadesløs|skadesløsholdes|be (?:fully )?(?:indemnified|held harmless)|hållas (?:\\p{L}+ ){0,3}skadeslös[at]?|friholdes|fritholdes)\\b';
// the controller compensates, reimburses, covers ...
const COMPENSATE_VERB =
  '\\b(?:erstatte|erstatter|kompensere|kompenserer|dekke|dekker|refundere|refunderer|godtgjøre|godtgjør|compensates?|reimburses?|make good|ersätta|ersätter|kompensera|kompenserar|godtgøre|godtgør|betale|betaler|pay|pays|bære|bærer|bear|bears|(?:ansvarlig|liable|responsible|ansvarig|erstatningsansvarlig) (?:(?:overfor|over for|to|towards|gentemot|over) (?:\\p{L}+ ){1,3}?)?(?:for|för)|ansvarar (?:gentemot (?:\\p{L}+ ){1,3}?)?för)\\b';
// ... the processor's losses, fines, claims (not its costs of assistance)
const LOSS_OBJECT =
  '\\b(?:tap\\p{L}*|bøter|overtredelsesgebyr\\p{L}*|gebyr\\p{L}*|sanksjon\\p{L}*|tredjepartskrav\\p{L}*|krav fra (?:\\p{L}+ ){0,2}(?:tredjepart\\p{L}*|registrerte|myndighet\\p{L}*)|erstatningskrav\\p{L}*|loss|losses|damages|fines?|penalt\\p{L}*|(?:third[- ]party )?claims?|liabilities|förlust\\p{L}*|skadestånd\\p{L}*|sanktionsavgift\\p{L}*|viten|bøder|tab|krav|skador|skadorna)\\b';
// "any amount the processor is ordered to pay", "ethvert beløb, som databehandleren måtte blive pålagt at betale"
const IMPOSED_AMOUNT = concept('indemnity.imposed-amount');
const ASSISTANCE_COST = '\\b(?:bistand|assistance|assist\\p{L}*|timepris\\p{L}*|hourly|rates?|medgått tid|time spent|bistå|arvode|timpris\\p{L}*)\\b';
/** What a claim is for when it is a fee, not an indemnity: costs, or the help given ("ersättning för den hjälp som lämnas"). */
const CLAIMED_COST = `(?:${COST_SOURCE}|${concept('assist')}|${ASSISTANCE_COST})`;
/** "covered / reimbursed by", "dekket av", "ersatt av", "dækket af": the payer named after a participle. */
const COVERED_BY = concept('indemnity.covered-by');
/** What stands right before the participle: a demand ("kreve hele beløpet dekket") or a passive ("shall be borne by"), not an attribute ("the amount paid by"). */
const COVERED_LEAD = `(?:${concept('indemnity.demand')} (?:\\p{L}+ ){0,4}|${concept('passive.auxiliary')} (?:\\p{L}+ )?)$`;
/** The sum claimed back: the loss itself, or "the whole amount" of it. */
const LOSS_OR_AMOUNT = `(?:${LOSS_OBJECT}|${IMPOSED_AMOUNT}|${concept('indemnity.amount')})`;
// the processor may claim damages from the controller
const PROCESSOR_CLAIMS =
  '\\b(?:rett til (?:å )?(?:kreve|få) (?:\\p{L}+ ){0,2}(?:erstatning|kompensasjon|skadesløs\\p{L}*)|krav på (?:\\p{L}+ ){0,2}(?:erstatning|kompensasjon|skadesløs\\p{L}*)|kan kreve (?:\\p{L}+ ){0,2}(?:erstatning|kompensasjon)|entitled to (?:claim|recover|be compensated|compensation|be indemnified|indemnification|damages)|(?:may|can) (?:claim|recover|seek) (?:\\p{L}+ ){0,3}(?:compensation|damages|indemnif\\p{L}*)|rätt (?:till|att kräva) (?:\\p{L}+ ){0,2}(?:ersättning|skadestånd)|kan kräva (?:\\p{L}+ ){0,2}(?:ersättning|skadestånd)|ret til (?:\\p{L}+ ){0,2}(?:erstatning|godtgørelse)|kan kræve (?:\\p{L}+ ){0,2}erstatning)\\b';
// recourse against the controller
const RECOURSE =
  '\\b(?:regress\\p{L}*|recourse|regreskrav\\p{L}*|regressrätt\\p{L}*|återkrav\\p{L}*|(?:claim|recover) (?:\\p{L}+ ){0,3}back|kreve (?:\\p{L}+ ){0,3}tilbake|kräva (?:\\p{L}+ ){0,3}tillbaka|kræve (?:\\p{L}+ ){0,3}tilbage)\\b';
const UNCONDITIONAL =
  '\\b(?:ubetinget|ubetinga|unconditional\\p{L}*|full\\p{L}*|hele|totale?|entire|any and all|ethvert|enhver|villkorslös\\p{L}*|ovillkorlig\\p{L}*|fuld\\p{L}*|betingelsesløs\\p{L}*|all)\\b';
// recourse in proportion to the controller's share: GDPR art. 82(5), not a deviation
const PROPORTIONAL =
  '\\b(?:i den grad|i den utstrekning|to the extent|forholdsmessig\\p{L}*|in proportion|proportionate\\p{L}*|corresponding to|tilsvarende (?:\\p{L}+ ){0,3}(?:ansvar\\p{L}*|skyld\\p{L}*|andel)|svarende til|den del av|that part|the part|i förhållande till|i det omfang|i den utsträckning|i den udstrækning)\\b';
// a one-sided duty is only one when it is not mutual
const MUTUAL = '\\b(?:gjensidig\\p{L}*|mutual\\p{L}*|ömsesidig\\p{L}*|gensidig\\p{L}*|den andre parten|the other party|den andra parten|den anden part|hverandre|each other|varandra|hinanden)\\b';

interface Hit {
  messageId: 'controller-indemnifies' | 'controller-compensates' | 'processor-claims' | 'unconditional-recourse';
  start: number;
  end: number;
}

/** The party that acts at `at`: named last before it, or a bare vendor name, or undefined. */
function actorAt(sentence: SentenceView, at: number, context: RuleContext): Actor | undefined {
  const before = actorBefore(sentence.match, at, context.processorSource);
  if (before) return before.actor;
  return isBareName(sentence.text.slice(0, at).replace(/\b(?:shall|will|must|skal|ska|skall|agrees to|undertakes to|forplikter seg til å)\s*$/iu, '')) ? 'processor' : undefined;
}

function indemnityHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const m of findAll(pattern(INDEMNIFY_ACTIVE), sentence.match)) {
    if (actorAt(sentence, m.start, context) !== 'controller') continue;
    // "the controller shall hold harmless the processor" or no beneficiary named: the processor benefits
    const beneficiary = actorAfter(sentence.match, m.start, context.processorSource, m.end + 60);
    if (beneficiary && beneficiary.actor !== 'processor') continue;
    hits.push({ messageId: 'controller-indemnifies', start: m.start, end: m.end });
  }
  for (const m of findAll(pattern(INDEMNIFY_PASSIVE), sentence.match)) {
    if (actorAt(sentence, m.start, context) !== 'processor') continue;
    hits.push({ messageId: 'controller-indemnifies', start: m.start, end: m.end });
  }
  return hits;
}

function compensationHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const m of findAll(pattern(COMPENSATE_VERB), sentence.match)) {
    if (actorAt(sentence, m.start, context) !== 'controller') continue;
    const object = sentence.match.slice(m.end, m.end + 100);
    if (!(findFirst(pattern(LOSS_OBJECT), object) || findFirst(pattern(IMPOSED_AMOUNT), object)) || findFirst(pattern(ASSISTANCE_COST), object)) continue;
    // the losses must be the processor's: "databehandlers tap", "fines imposed on the processor"
    // "ansvarlig overfor Leverandøren for": the party owed may stand inside the verb phrase
    const processor = actorAfter(sentence.match, m.start, context.processorSource, m.end + 100);
    if (processor?.actor !== 'processor') continue;
    // "the controller is liable for its own fines" is not an indemnity
    if (/^\s*(?:for\s+)?(?:sine|sitt|sin|egne|its own|their own|sina|sitt)\b/u.test(object)) continue;
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
    if (actorAfter(sentence.match, m.start, context.processorSource, m.end + 40)?.actor !== 'controller') continue;
    if (!findFirst(pattern(COVERED_LEAD), sentence.match.slice(Math.max(0, m.start - 50), m.start))) continue;
    if (negates(context.frame(sentence), sentence.start + m.start)) continue;
    // the loss is the processor's: the processor is the last party named before the participle
    if (actorBefore(sentence.match, m.start, context.processorSource)?.actor !== 'processor') continue;
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
    const claimed = sentence.match.slice(m.end, m.end + 80);
    const cost = findFirst(pattern(CLAIMED_COST), claimed);
    const loss = findFirst(pattern(LOSS_OBJECT), claimed);
    if (cost && (!loss || cost.start < loss.start)) continue;
    // from the controller (its breach, its conduct), not from a sub-processor or a third party
    const controller = actorAfter(sentence.match, m.end, context.processorSource);
    if (controller?.actor !== 'controller') continue;
    hits.push({ messageId: 'processor-claims', start: m.start, end: m.end });
  }
  return hits;
}

function recourseHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const m of findAll(pattern(RECOURSE), sentence.match)) {
    if (actorAt(sentence, m.start, context) !== 'processor') continue;
    const controller = actorAfter(sentence.match, m.end, context.processorSource);
    if (controller?.actor !== 'controller') continue;
    const unconditional = findFirst(pattern(UNCONDITIONAL), sentence.match.slice(Math.max(0, m.start - 40), m.end + 80));
    if (findFirst(pattern(PROPORTIONAL), sentence.match) && !unconditional) continue;
    const start = unconditional && unconditional.start < 40 ? Math.max(0, m.start - 40) + unconditional.start : m.start;
    hits.push({ messageId: 'unconditional-recourse', start: Math.min(start, m.start), end: m.end });
  }
  return hits;
}

const ANY_INDEMNITY =
  '\\b(?:skadesl\\p{L}*|indemn\\p{L}*|harmless|friholde\\p{L}*|fritholde\\p{L}*|frihålla\\p{L}*|erstat\\p{L}*|kompens\\p{L}*|compensat\\p{L}*|reimburs\\p{L}*|ersätt\\p{L}*|regress\\p{L}*|recourse|regres\\p{L}*|återkrav\\p{L}*|skadestånd\\p{L}*|damages|losses|loss|fines?|tap|bøter|overtredelsesgebyr\\p{L}*|godtgør\\p{L}*|claim\\p{L}*)\\b';

export default defineRule({
  meta: {
    category: 'controller-indemnity',
    defaultSeverity: 'high',
    topic: 'indemnity',
    messages: {
      'controller-indemnifies': {
        nb: 'Behandlingsansvarlig skal holde databehandler skadesløs («{{phrase}}»); hver part bør svare for egne feil, uten ensidig skadesløsholdelse.',
        en: 'The controller must indemnify the processor ("{{phrase}}"); each party should answer for its own faults, with no one-sided indemnity.',
      },
      'controller-compensates': {
        nb: 'Behandlingsansvarlig skal dekke databehandlers tap, bøter eller krav («{{phrase}}»); hver part bør svare for egne feil.',
        en: 'The controller must cover the processor\'s losses, fines or claims ("{{phrase}}"); each party should answer for its own faults.',
      },
      'processor-claims': {
        nb: 'Databehandler gis en ensidig rett til erstatning fra behandlingsansvarlig («{{phrase}}»); ansvaret bør være gjensidig og bygge på egen skyld.',
        en: 'The processor is given a one-sided right to compensation from the controller ("{{phrase}}"); liability should be mutual and fault-based.',
      },
      'unconditional-recourse': {
        nb: 'Databehandler gis regressrett overfor behandlingsansvarlig uten begrensning til behandlingsansvarliges andel av ansvaret («{{phrase}}»).',
        en: 'The processor gets recourse against the controller not limited to the controller\'s share of the responsibility ("{{phrase}}").',
      },
    },
    playbookSettings: [],
    reportsAbsence: false,
  },
  check(context) {
    for (const sentence of context.sentences()) {
      if (!findFirst(pattern(ANY_INDEMNITY), sentence.match) && !findFirst(pattern(IMPOSED_AMOUNT), sentence.match) && !findFirst(pattern(COVERED_BY), sentence.match)) continue;
      const mutual = findFirst(pattern(MUTUAL), sentence.match) !== undefined;
      const hits = [
        ...indemnityHits(sentence, context),
        ...compensationHits(sentence, context),
        ...coveredByHits(sentence, context),
        ...claimHits(sentence, context),
        ...recourseHits(sentence, context),
      ].filter((hit) => !mutual || hit.messageId === 'unconditional-recourse');
      reportOncePerMessage(context, sentence, hits);
    }
  },
});
