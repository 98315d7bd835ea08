// liability-cap: the processor's liability for breaches of the DPA / GDPR capped or narrowed.
// How it reads a clause, and why: docs/rules/reading/liability-cap.md.

import { findAll, findFirst, pattern, type Match } from '../match';
import { defineRule, reportOncePerMessage, type RuleContext, type SentenceHit, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { findAmounts } from '../values';
import { actorAfter, actorBefore, isBareName, ownerOf } from '../party-mentions';
import { concept, conceptPrefix } from '../lexicon';
import { clauseRun, DENIAL_SOURCE, samePart, wordsAfter, wordsBefore } from '../sentence-parts';
import { denialIn } from '../frame';

// "cannot in any case be liable", "will not be held liable": a denial in one word or with words between
const CANNOT_BE_LIABLE = concept('liability.cannot');
// "will only be liable to Customer for damages if:", "hefter kun for": liability narrowed to named cases
const ONLY_LIABLE = concept('liability.only');

// liability as a noun: "ansvar" (not "ansvarlig", responsible), "liability", "skadestånd" ...
const LIABILITY_NOUN = concept('liability.noun');
// "will never exceed", "skal ikke samlet overstige", "får inte överstiga": any negation a word or two before the verb of exceeding
const NEGATED_EXCEED = `${concept('negation')}(?: \\p{L}+){0,2}? ${concept('liability.exceed')}`;
// "begrenset (oppad) til", "shall not exceed", "skal maksimalt utgjøre", "up to a maximum of" (lexicon: liability.*)
const LIMITED =
  `(?:${concept('liability.limited-verb')}(?: ${concept('liability.upward')})? ${concept('liability.limit-to')}|${concept('liability.ceiling')}|${NEGATED_EXCEED}|` +
  `${concept('liability.at-most-modal')} (?:\\p{L}+ )?${concept('liability.at-most')} ${concept('liability.amount-verb')})`;
// the liability noun and the limit within one clause of the sentence, or the limit right after the noun as a
// row's label ("Liability: capped at 100% of annual fees", "Ansvar: begrenset til NOK 100 000")
const CAP_SOURCE = `${LIABILITY_NOUN}(?::\\s*|[^.;:!?]*?)\\b${LIMITED}\\b`;
// "maximum liability", "liability cap", "in no event shall ... liability exceed"
const CAP_NOUN_SOURCE = concept('liability.cap-noun');
// a responsibility to keep something narrow is not a cap ("responsible for ensuring access is limited to ...")
const NOT_A_CAP_GAP = concept('liability.not-a-cap-gap');

// "er ikke ansvarlig for", "shall not be liable", "ansvarar inte för", "accepts no liability"
const NOT_LIABLE_STRONG = concept('liability.not-liable');
// the same with "ansvarlig"/"responsible": only when the sentence speaks of loss or claims
const NOT_LIABLE_WEAK = concept('liability.not-responsible');
const LOSS_SOURCE = concept('loss.word');

// indirect / consequential loss, lost profit
const INDIRECT_SOURCE = concept('loss.indirect');
// an exclusion of that loss, before it ("omfatter ikke indirekte tap", "excluding indirect loss")
const EXCLUSION_BEFORE = concept('loss.exclusion-before');
// ... or after it ("indirect damages are excluded", "indirekte tap erstattes ikke")
const EXCLUSION_AFTER = `^[^.;:]*?${concept('loss.excluded-after')}`;
// "only direct loss": liability narrowed to direct loss
const DIRECT_ONLY_SOURCE = conceptPrefix('loss.direct-only');
// "the controller cannot claim ...": a limit of the processor's liability although the controller is the subject
const CLAIM_BARRED = conceptPrefix('liability.claim-barred');

// the main agreement's limitations made to apply to this DPA
const LIMITATIONS_NOUN = conceptPrefix('liability.limitations');
// another agreement whose limitations are made to apply: the main agreement, its terms (lexicon: agreement.main, agreement.other-named)
const OTHER_AGREEMENT = concept('agreement.main', 'agreement.other-named');
// "gjelder", "apply", "finder (også) anvendelse", "äger (även) tillämpning": a limitation made to apply
const APPLIES = concept('liability.applies');
// "liability ... is limited as set out in / in accordance with" another agreement
const LIMITED_PER_SOURCE = `${LIABILITY_NOUN}[^.;:!?]*?${concept('liability.limited-word')} ${concept('liability.as-set-out')}`;
// claims under this DPA: a limitation said to apply to them is a cap, wherever the limitation is written
// ("Ansvarsbegrensningen i SSA-L punkt 11.4 gjelder tilsvarende for krav som følger av dette bilaget",
// "liability for any breach of this Data Protection Addendum is subject to the limitations in ...")
const THIS_DPA_CLAIMS = `${concept('liability.claim-noun')} (?:\\p{L}+ ){0,2}${concept('liability.arising-under')} ${concept('determiner.this')} ${concept('liability.dpa-word', 'document.dpa-name')}`;
// the limitation is lifted for this DPA: the customer-friendly wording
const LIMITATION_LIFTED = concept('liability.limitation-lifted');
// "regardless of the limitations in the Agreement": lifted only when a limitation follows; "uavhengig av hva kravet
// bygger på", "regardless of the form of action" widen the cap instead
const REGARDLESS_OF_LIMITATION = `${concept('liability.regardless-of')} (?:[\\p{L}'’]+ ){0,4}?(?:${LIMITATIONS_NOUN}|${concept('liability.limit-noun')})`;
// carve-outs from a cap (it stays a cap): intent, gross negligence, mandatory law, personal injury
const CARVE_OUT = concept('liability.carve-out');

// "not liable for losses caused by the controller's instructions": each party answers for its own faults
const INSTRUCTION_SOURCE = concept('instruction.word');
const CAUSE_SOURCE = concept('liability.cause');
const FORCE_MAJEURE = concept('liability.force-majeure');

// "liability follows the main agreement": an observation only (the agreement named after the verb of following)
const LIABILITY_REFERRED = `${concept('liability.referred-noun')}[^.;:]*?${concept('liability.follows')}`;

type Hit = SentenceHit;

/** Whether the liability named at [nounStart, nounEnd) (relative) is the controller's alone. */
function isControllersLiability(sentence: SentenceView, nounStart: number, nounEnd: number, processorSource: string): boolean {
  return ownerOf(sentence.match, { start: nounStart, end: nounEnd }, processorSource)?.actor === 'controller';
}

/** Whether the sentence lifts a limitation for the DPA rather than imposing one. */
function liftsLimitation(sentence: SentenceView): boolean {
  const lifted = findFirst(pattern(LIMITATION_LIFTED), sentence.match) ?? findFirst(pattern(REGARDLESS_OF_LIMITATION), sentence.match);
  return lifted !== undefined && findFirst(pattern(CARVE_OUT), sentence.match) === undefined;
}

function capHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const cap of findAll(pattern(CAP_SOURCE), sentence.match)) {
    // the noun closest to the limit is the one limited ("ansvar ... erstatning ... begrenset til")
    const nouns = findAll(pattern(LIABILITY_NOUN), cap.text);
    const noun = nouns[nouns.length - 1] ?? cap;
    const nounStart = cap.start + noun.start;
    const nounEnd = cap.start + noun.end;
    if (findFirst(pattern(NOT_A_CAP_GAP), sentence.match.slice(nounStart, cap.end))) continue;
    if (isControllersLiability(sentence, nounStart, nounEnd, context.processorSource)) continue;
    if (limitDenied(sentence, cap, context)) continue;
    const rest = sentence.match.slice(cap.end);
    const directOnly = findFirst(pattern(`^\\s*(?:\\p{L}+\\s+){0,2}${concept('loss.direct')}`), rest) !== undefined;
    // the amount the limit names: it starts within the next words ("begrenset til NOK 50 000")
    const amount = findAmounts(clauseRun(rest))[0];
    const end = amount && amount.start < wordsAfter(sentence.match, cap.end, 3).length ? cap.end + amount.end : cap.end;
    hits.push({ messageId: directOnly ? 'excluded-loss' : 'capped', start: nounStart, end });
  }
  for (const cap of findAll(pattern(CAP_NOUN_SOURCE), sentence.match)) {
    if (isControllersLiability(sentence, cap.start, cap.end, context.processorSource)) continue;
    hits.push({ messageId: 'capped', start: cap.start, end: cap.end });
  }
  return hits;
}

const LIMITED_VERB = concept('liability.limited-verb');

/** Whether the verb of limiting in a cap is denied in the words right before it: "er ikke begrenset til", "is not limited to". */
function limitDenied(sentence: SentenceView, cap: Match, context: RuleContext): boolean {
  const verb = findAll(pattern(LIMITED_VERB), cap.text).pop();
  if (!verb) return false;
  const at = cap.start + verb.start;
  return denialIn(context.frame(sentence), sentence.start + wordsBefore(sentence.match, at, 3).from, sentence.start + at) !== undefined;
}

/** Whether a negation denies a verb of limiting in the words right after it ("ikke begrenset", "not in any way limited"). */
function deniesLimit(sentence: SentenceView, negation: Match): boolean {
  return findFirst(pattern(`^(?: \\p{L}+){0,2}? ${LIMITED_VERB}`), sentence.match.slice(negation.end)) !== undefined;
}

// a "not liable" phrase that holds its own negation ("is not liable"); one without ("excludes its liability") can be denied
const NEGATION = concept('negation', 'negation.denial');
// a denial reaches a verb over "or" ("neither party limits or excludes"), not over "and" (a new predicate)
const AND = concept('conjunction.and');

/** Whether an exclusion (of liability, of a loss) is itself denied by the words right before it: "neither party limits or excludes its liability". */
function exclusionDenied(sentence: SentenceView, phrase: Match): boolean {
  if (findFirst(pattern(NEGATION), phrase.text)) return false;
  const before = wordsBefore(sentence.match, phrase.start, 4).text;
  const denial = findAll(pattern(DENIAL_SOURCE), before).pop();
  return denial !== undefined && !findFirst(pattern(AND), before.slice(denial.end));
}

function indirectHits(sentence: SentenceView, context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  const liabilityContext =
    findFirst(pattern(LIABILITY_NOUN), sentence.match) ||
    findFirst(pattern(NOT_LIABLE_STRONG), sentence.match) ||
    findFirst(pattern(NOT_LIABLE_WEAK), sentence.match) ||
    findFirst(pattern(concept('liability.liable-word')), sentence.match);
  if (!liabilityContext) return hits;
  for (const indirect of findAll(pattern(INDIRECT_SOURCE), sentence.match)) {
    const exclusionBefore = findAll(pattern(EXCLUSION_BEFORE), sentence.match.slice(0, indirect.start))
      .filter((exclusion) => samePart(sentence.match, exclusion.start, indirect.start))
      .pop();
    const excludedAfter = findFirst(pattern(EXCLUSION_AFTER), sentence.match.slice(indirect.end));
    if (!exclusionBefore && !excludedAfter) continue;
    // the exclusion before the loss is itself denied ("neither party excludes"), or denies a limit ("er ikke begrenset til")
    if (exclusionBefore && !excludedAfter && (exclusionDenied(sentence, exclusionBefore) || deniesLimit(sentence, exclusionBefore))) continue;
    // whose liability: the party named before the exclusion
    const pivot = exclusionBefore ? exclusionBefore.start : indirect.start;
    const owner = actorBefore(sentence.match, pivot, context.processorSource);
    if (owner?.actor === 'controller' && !findFirst(pattern(CLAIM_BARRED), sentence.match)) continue;
    // "the processor is liable for direct and indirect loss ... not limited": no exclusion of the loss itself
    if (liftsLimitation(sentence)) continue;
    const start = pivot;
    const end = Math.max(indirect.end, excludedAfter ? indirect.end + excludedAfter.end : indirect.end);
    hits.push({ messageId: 'excluded-loss', start, end, phrase: sentence.text.slice(indirect.start, indirect.end) });
  }
  for (const direct of findAll(pattern(DIRECT_ONLY_SOURCE), sentence.match)) {
    // "er ikke begrenset til direkte tap": no limit
    if (limitDenied(sentence, direct, context)) continue;
    const owner = actorBefore(sentence.match, direct.start, context.processorSource);
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
  const controllerCauseAfter = controllerCausesAfter(sentence.match, context.processorSource);
  const hits: Hit[] = [];
  for (const m of [...strong, ...weak]) {
    if (controllerCauseAfter(m.end)) continue;
    if (findFirst(pattern(`^\\s*(?:for )?${concept('possessive.self')}`), sentence.match.slice(m.end))) continue;
    if (subjectIsController(sentence, m, context) || exclusionDenied(sentence, m)) continue;
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
  const controllerCauseAfter = controllerCausesAfter(sentence.match, context.processorSource);
  const hits: Hit[] = [];
  for (const m of matches) {
    if (controllerCauseAfter(m.end)) continue;
    const self = `^\\s*(?:${concept('liability.towards')} (?:\\p{L}+ ){0,2})?(?:for )?${concept('possessive.self', 'possessive.self-plural')}`;
    if (findFirst(pattern(self), sentence.match.slice(m.end))) continue;
    if (subjectIsController(sentence, m, context) || actorBefore(sentence.match, m.start + 1, context.processorSource)?.actor === 'both') continue;
    hits.push({ messageId: 'liable-only-if', start: m.start, end: m.end });
  }
  return hits;
}

/**
 * Whether what follows a position in a sentence puts the loss on the controller's instructions or
 * conduct ("… ikke ansvarlig for tap som skyldes behandlingsansvarliges instrukser"). The sentence is read
 * once; each "not liable" then asks about the text after it, so many hits in one sentence stay linear.
 */
function controllerCausesAfter(match: string, processorSource: string): (from: number) => boolean {
  const instructions = findAll(pattern(INSTRUCTION_SOURCE), match).map((m) => m.start);
  const controllerCauses = findAll(pattern(CAUSE_SOURCE), match)
    .filter((cause) => actorAfter(match, cause.end, processorSource, 8)?.actor === 'controller')
    .map((cause) => cause.start);
  const last = [...instructions, ...controllerCauses].reduce((latest, start) => Math.max(latest, start), -1);
  return (from) => last >= from;
}

/** Whether the party whose liability a "not liable" phrase denies is the controller. */
function subjectIsController(sentence: SentenceView, phrase: Match, context: RuleContext): boolean {
  const owner = actorBefore(sentence.match, phrase.start + 1, context.processorSource);
  if (owner) return owner.actor === 'controller';
  // "The Customer's claims ..." may come later; a bare vendor name is the vendor
  return !isBareName(sentence.text.slice(0, phrase.start)) && actorAfter(sentence.match, 0, context.processorSource)?.actor === 'controller';
}

function mainAgreementHits(sentence: SentenceView, context: RuleContext): Hit[] {
  if (liftsLimitation(sentence)) return [];
  // "liability ... is limited in accordance with the Agreement": a cap, set elsewhere
  const limitedPer = findFirst(pattern(LIMITED_PER_SOURCE), sentence.match);
  if (limitedPer && findFirst(pattern(OTHER_AGREEMENT), sentence.match.slice(limitedPer.end))) {
    const nouns = findAll(pattern(LIABILITY_NOUN), limitedPer.text);
    const noun = nouns[nouns.length - 1];
    if (noun && !isControllersLiability(sentence, limitedPer.start + noun.start, limitedPer.start + noun.end, context.processorSource)) {
      return [{ messageId: 'main-agreement-limits', start: limitedPer.start, end: limitedPer.end }];
    }
  }
  const limits = findFirst(pattern(LIMITATIONS_NOUN), sentence.match);
  if (!limits) return [];
  // the claims under this DPA may come before the limitation ("liability arising out of this DPA is subject to the limitations ...") or after it
  const elsewhere = findFirst(pattern(OTHER_AGREEMENT), sentence.match) || findFirst(pattern(THIS_DPA_CLAIMS), sentence.match);
  if (!elsewhere || !findFirst(pattern(APPLIES), sentence.match)) return [];
  if (liftsLimitation(sentence)) return [];
  return [{ messageId: 'main-agreement-limits', start: limits.start, end: limits.end }];
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
    for (const sentence of context.sentences()) {
      if (!findFirst(pattern(ANY_LIABILITY), sentence.match)) continue;
      const hits = liftsLimitation(sentence) ? [] : capHits(sentence, context);
      hits.push(...indirectHits(sentence, context), ...notLiableHits(sentence, context), ...onlyLiableHits(sentence, context), ...mainAgreementHits(sentence, context));
      reportOncePerMessage(context, sentence, hits); // one finding per kind of limit and sentence
      if (!hits.length) {
        const referred = findFirst(pattern(LIABILITY_REFERRED), sentence.match);
        if (referred && findFirst(pattern(OTHER_AGREEMENT), sentence.match.slice(referred.end))) {
          context.report({ messageId: 'referred-elsewhere', start: sentence.start + referred.start, end: sentence.start + referred.end, severity: 'info' });
        }
      }
    }
  },
});
