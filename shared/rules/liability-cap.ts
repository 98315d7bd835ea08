// liability-cap: the processor's liability for breaches of the DPA / GDPR capped or narrowed.
// How it reads a clause, and why: docs/rules/reading/liability-cap.md.

import { findAll, findFirst, pattern } from '../match';
import { defineRule, reportOncePerMessage, type RuleContext, type SentenceHit, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { findAmounts } from '../values';
import { actorBefore } from '../party-mentions';
import { concept, conceptPrefix } from '../lexicon';
import { clauseRun, wordsAfter } from '../sentence-parts';
import { controllerCausesAfter, excludedIndirectLosses, exclusionDenied, isControllersLiability, LIABILITY_NOUN_SOURCE, liabilityLimits, liabilityOfController, liabilityReferredToAgreement, liftedForThisDpa, liftsLimitation, limitationFromOtherAgreement, limitDenied } from '../liability';

// "cannot in any case be liable", "will not be held liable": a denial in one word or with words between
const CANNOT_BE_LIABLE = concept('liability.cannot');
// "will only be liable to Customer for damages if:", "hefter kun for": liability narrowed to named cases
const ONLY_LIABLE = concept('liability.only');

// "maximum liability", "liability cap", "in no event shall ... liability exceed"
const CAP_NOUN_SOURCE = concept('liability.cap-noun');
// a responsibility to keep something narrow is not a cap ("responsible for ensuring access is limited to ...")
const NOT_A_CAP_GAP = concept('liability.not-a-cap-gap');

// "er ikke ansvarlig for", "shall not be liable", "ansvarar inte för", "accepts no liability"
const NOT_LIABLE_STRONG = concept('liability.not-liable');
// the same with "ansvarlig"/"responsible": only when the sentence speaks of loss or claims
const NOT_LIABLE_WEAK = concept('liability.not-responsible');
const LOSS_SOURCE = concept('loss.word');

// "only direct loss": liability narrowed to direct loss
const DIRECT_ONLY_SOURCE = conceptPrefix('loss.direct-only');
// "the controller cannot claim ...": a limit of the processor's liability although the controller is the subject
const CLAIM_BARRED = conceptPrefix('liability.claim-barred');

const FORCE_MAJEURE = concept('liability.force-majeure');

type Hit = SentenceHit;

function capHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const { cap, noun } of liabilityLimits(sentence.match)) {
    if (findFirst(pattern(NOT_A_CAP_GAP), sentence.match.slice(noun.start, cap.end))) continue;
    if (isControllersLiability(sentence.match, noun, context.parties.processorSource)) continue;
    if (limitDenied(sentence, cap, context.frame(sentence))) continue;
    const rest = sentence.match.slice(cap.end);
    const directOnly = findFirst(pattern(`^\\s*(?:\\p{L}+\\s+){0,2}${concept('loss.direct')}`), rest) !== undefined;
    // the amount the limit names: it starts within the next words ("begrenset til NOK 50 000")
    const amount = findAmounts(clauseRun(rest))[0];
    const end = amount && amount.start < wordsAfter(sentence.match, cap.end, 3).length ? cap.end + amount.end : cap.end;
    hits.push({ messageId: directOnly ? 'excluded-loss' : 'capped', start: noun.start, end });
  }
  for (const cap of findAll(pattern(CAP_NOUN_SOURCE), sentence.match)) {
    if (isControllersLiability(sentence.match, cap, context.parties.processorSource)) continue;
    hits.push({ messageId: 'capped', start: cap.start, end: cap.end });
  }
  return hits;
}

function indirectHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  const liabilityContext =
    findFirst(pattern(LIABILITY_NOUN_SOURCE), sentence.match) ||
    findFirst(pattern(NOT_LIABLE_STRONG), sentence.match) ||
    findFirst(pattern(NOT_LIABLE_WEAK), sentence.match) ||
    findFirst(pattern(concept('liability.liable-word')), sentence.match);
  if (!liabilityContext) return hits;
  for (const { loss, start, end } of excludedIndirectLosses(sentence.match)) {
    // whose liability: the party named before the exclusion
    const owner = actorBefore(sentence.match, start, context.parties.processorSource);
    if (owner?.actor === 'controller' && !findFirst(pattern(CLAIM_BARRED), sentence.match)) continue;
    // "the processor is liable for direct and indirect loss ... not limited": no exclusion of the loss itself
    if (liftsLimitation(sentence.match)) continue;
    hits.push({ messageId: 'excluded-loss', start, end, phrase: sentence.text.slice(loss.start, loss.end) });
  }
  for (const direct of findAll(pattern(DIRECT_ONLY_SOURCE), sentence.match)) {
    // "er ikke begrenset til direkte tap": no limit
    if (limitDenied(sentence, direct, context.frame(sentence))) continue;
    const owner = actorBefore(sentence.match, direct.start, context.parties.processorSource);
    if (owner?.actor === 'controller' && !findFirst(pattern(CLAIM_BARRED), sentence.match)) continue;
    hits.push({ messageId: 'excluded-loss', start: direct.start, end: direct.end });
  }
  return hits;
}

function notLiableHits(sentence: SentenceView, context: RuleContext): Hit[] {
  // force majeure anywhere in the sentence excuses every "not liable" in it: looked for once
  if (findFirst(pattern(FORCE_MAJEURE), sentence.match)) return [];
  const lossStarts = findAll(pattern(LOSS_SOURCE), sentence.match).map((loss) => loss.start);
  const lastLoss = lossStarts.reduce((last, start) => Math.max(last, start), -1);
  const strong = [...findAll(pattern(NOT_LIABLE_STRONG), sentence.match), ...findAll(pattern(CANNOT_BE_LIABLE), sentence.match)];
  // a weak "not liable" counts only with a loss named after it
  const weak = findAll(pattern(NOT_LIABLE_WEAK), sentence.match).filter((m) => lastLoss >= m.end);
  const controllerCauseAfter = controllerCausesAfter(sentence.match, context.parties.processorSource);
  const hits: Hit[] = [];
  for (const m of [...strong, ...weak]) {
    if (controllerCauseAfter(m.end)) continue;
    if (findFirst(pattern(`^\\s*(?:for )?${concept('possessive.self')}`), sentence.match.slice(m.end))) continue;
    if (liabilityOfController(sentence, m, context.parties.processorSource) || exclusionDenied(sentence.match, m)) continue;
    hits.push({ messageId: 'not-liable', start: m.start, end: m.end });
  }
  return hits;
}

/**
 * "Vendor will only be liable for damages if: ...", "Leverandøren er kun ansvarlig dersom ...": the processor's
 * liability narrowed to the cases it names. "Each party is only liable for its own breaches" is fault-based, no limit.
 */
function onlyLiableHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const matches = findAll(pattern(ONLY_LIABLE), sentence.match);
  if (!matches.length || findFirst(pattern(FORCE_MAJEURE), sentence.match)) return [];
  const controllerCauseAfter = controllerCausesAfter(sentence.match, context.parties.processorSource);
  const hits: Hit[] = [];
  for (const m of matches) {
    if (controllerCauseAfter(m.end)) continue;
    const self = `^\\s*(?:${concept('liability.towards')} (?:\\p{L}+ ){0,2})?(?:for )?${concept('possessive.self', 'possessive.self-plural')}`;
    if (findFirst(pattern(self), sentence.match.slice(m.end))) continue;
    if (liabilityOfController(sentence, m, context.parties.processorSource) || actorBefore(sentence.match, m.start + 1, context.parties.processorSource)?.actor === 'both') continue;
    hits.push({ messageId: 'liable-only-if', start: m.start, end: m.end });
  }
  return hits;
}

// a cheap pre-filter: sentences that speak of liability or loss at all (lexicon: liability.noun, liability.any-word)
const ANY_LIABILITY = concept('liability.noun', 'liability.any-word');

export default defineRule({
  meta: {
    category: 'liability-cap',
    defaultSeverity: 'high',
    topic: 'liability',
    messages: ruleMessages('liability-cap'),
    playbookSettings: ['liabilityCapAllowed'],
    reportsAbsence: false,
  },
  check(context) {
    if (context.playbook.liabilityCapAllowed) return;
    const sentences = context.sentences();
    sentences.forEach((sentence, index) => {
      if (!findFirst(pattern(ANY_LIABILITY), sentence.match)) return;
      // a cap the next sentence of its clause lifts for this DPA ("This limitation does not apply to breaches of the DPA")
      const next = sentences[index + 1];
      const liftedNext = next?.clause === sentence.clause && liftedForThisDpa(next.match);
      const hits = liftsLimitation(sentence.match) || liftedNext ? [] : capHits(sentence, context);
      hits.push(...indirectHits(sentence, context), ...notLiableHits(sentence, context), ...onlyLiableHits(sentence, context));
      const elsewhere = limitationFromOtherAgreement(sentence.match, context.parties.processorSource);
      if (elsewhere) hits.push({ messageId: 'main-agreement-limits', start: elsewhere.start, end: elsewhere.end });
      reportOncePerMessage(context, sentence, hits); // one finding per kind of limit and sentence
      if (!hits.length) {
        const referred = liabilityReferredToAgreement(sentence.match);
        if (referred) context.report({ messageId: 'referred-elsewhere', start: sentence.start + referred.start, end: sentence.start + referred.end, severity: 'info' });
      }
    });
  },
});
