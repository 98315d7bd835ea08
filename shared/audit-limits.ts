// How a DPA limits the controller's audits of the processor (GDPR art. 28(3)(h)): the notice the controller must
// give, how often it may audit, audits held only on a condition, and audits refused outright. Each reading takes a
// sentence about audits and returns the words that limit them (relative offsets); audit-restriction reports them,
// and any reader of audit terms (the Normen checklist, a summary) can ask the same. audits.ts says whether a
// sentence is about an audit at all and whether it grants one.

import { AUDIT_SOURCE } from './audits';
import { addressedSubjectOf, firstPartyLeadingTo, mentions, subjectOf } from './clause-facts';
import { concept, conceptAnywhere, conceptStem, findConcept, hasConcept } from './lexicon';
import { findAll, findFirst, pattern, type Match } from './match';
import type { SentenceView } from './rule';
import { clausePartStart, partAround, WITHIN_RUN, wordsAfter, wordsBefore } from './sentence-parts';
import { findDurations, readableDurations, type Duration } from './values';

// ---- notice ----
const NOTICE_SOURCE = concept('audit.notice', 'time.in-advance');

/** "30 days before the audit", "minst 30 dager i forkant": a period counted back from the audit is a notice period. */
const BEFORE_SOURCE = `^(?:\\p{L}*['’]? )?(?:\\p{L}+ ){0,1}(?:${conceptStem('time.in-advance')}|${concept('time.before')} (?:\\p{L}+ ){0,3}(?:${AUDIT_SOURCE}|${conceptStem('audit.visit-date')}))`;
/** The most words BEFORE_SOURCE reads after a period ("days' prior to the start of the audit"). */
const BEFORE_WORDS = 8;
/** Notifying verbs: a period after "at least" next to them is a notice period ("notify ... at least 30 days"). */
const NOTIFY_SOURCE = concept('audit.notify');

// ---- frequency ----
const YEAR_PERIOD_SOURCE = conceptStem('frequency.year-period');
// "once a year", "én gang per år", "one audit in any twelve (12) month period", "no more than two audits per year"
const PER_YEAR_SOURCE =
  `${concept('frequency.times')}(?: (?:\\p{L}+|\\(\\d+\\)))?(?: (?:\\p{L}+|\\(\\d+\\)))? ${concept('frequency.per')} ?${YEAR_PERIOD_SOURCE}`;
/** "once annually", "én gang årlig", "en gång årligen". */
const ONCE_ANNUALLY_SOURCE = `${concept('frequency.once')} ${concept('frequency.yearly')}`;
/** A ceiling put on the number of audits: "no more than", "høyst", "not ... more than". */
const CEILING_SOURCE = concept('frequency.ceiling');
/** The most words a ceiling spans before the frequency ("not be required to submit to more than"). */
const CEILING_WORDS = 9;
/** "more than once a year", "oftere enn én gang i året" without a negation: more audits, not fewer. */
const MORE_THAN_SOURCE = concept('frequency.more');
/** "en gang hvert annet år", "once every two years", "vartannat år". */
const EVERY_FEW_YEARS_SOURCE = concept('frequency.every-few-years');
const ANNUAL_SOURCE = concept('frequency.annual');
const MINIMUM_SOURCE = concept('amount.at-least');
const REPORT_SOURCE = `^\\s*\\p{L}*${conceptAnywhere('audit.report-word')}`;

// ---- only "if necessary" or on suspicion ----
const CONDITIONAL_SOURCE = concept('audit.if-necessary');
// "only ... on suspicion", also with the condition after the audit's own words: "kan alene foretage fysisk inspektion hos
// databehandleren, såfremt der foreligger begrundet mistanke"
const SUSPICION_SOURCE = [
  `${concept('restrict.only')} (?:\\p{L}+,? ){0,6}${conceptStem('audit.suspicion')}`,
  `${concept('restrict.only')}${WITHIN_RUN}${concept('conjunction.condition')} (?:\\p{L}+ ){0,4}${conceptStem('audit.suspicion')}`,
].join('|');

// ---- audits refused outright ----
/** "We do not allow on-site audits", "Revisjon på stedet tillates ikke", "Kunden har ikke rett til å revidere". */
const EXCLUDED_SOURCE = [
  `${concept('audit.refuse')}(?: \\p{L}+){0,2}? (?:${concept('audit.site-kind')} )?${concept('audit.visit')}`,
  `(?:${concept('audit.site-kind')} )?${concept('audit.visit-bare')} (?:\\p{L}+ ){0,3}?${concept('audit.refused')}`,
  `${concept('audit.no-right')} (?:å |at |att )?(?:\\p{L}+ ){0,2}?${conceptStem('audit.stem')}`,
  // the audit disclaimed as a duty: "revision kan ikke kræves", "not obliged to permit audits" (lexicon: duty.disclaimed)
  `${conceptStem('audit.stem')}(?: \\p{L}+){0,2} ${concept('duty.disclaimed')}`,
  `${concept('duty.disclaimed')} (?:\\p{L}+ ){0,3}?${conceptStem('audit.stem')}`,
].join('|');
/** A disclaimer of only some audits keeps the others: "not required to allow more than one audit" (lexicon: duty.disclaimer-limited). */
const LIMITED_SOURCE = concept('duty.disclaimer-limited');

// Cheap first looks (lexicon: audit.*-trigger): each reading's fuller patterns run only on sentences that hold one of its stems.
const BEFORE_TRIGGER = conceptAnywhere('audit.before-trigger');
const NOTICE_TRIGGER = conceptAnywhere('audit.notice-trigger');
const FREQUENCY_TRIGGER = conceptAnywhere('audit.frequency-trigger');
const CONDITION_TRIGGER = conceptAnywhere('audit.condition-trigger');
const EXCLUDED_TRIGGER = conceptAnywhere('audit.excluded-trigger');

/**
 * A notice period before an audit longer than `maxDays`: "30 days' notice", "30 days before the audit", "notify ...
 * at least 30 days" (the controller's notice to the processor, not the processor informing of something else).
 * Hours and years are no audit notice. Absolute offsets are not added: the duration is relative to the sentence.
 * @example auditNoticeOver(sentence, 14, context.parties.processorSource)?.days // 30 for "med minst 30 dagers varsel før revisjonen"
 */
export function auditNoticeOver(sentence: SentenceView, maxDays: number, processorSource: string): Duration | undefined {
  if (!mentions(sentence.match, NOTICE_TRIGGER)) return undefined;
  const notice = findAll(pattern(NOTICE_SOURCE), sentence.match);
  const notify = findAll(pattern(NOTIFY_SOURCE), sentence.match);
  if (!notice.length && !notify.length && !mentions(sentence.match, BEFORE_TRIGGER)) return undefined;
  for (const d of findDurations(readableDurations(sentence.match))) {
    if (d.unit === 'hours' || d.unit === 'years' || d.days <= maxDays) continue;
    const part = partAround(sentence.match, d.start);
    const close = (n: Match) => n.start >= part.from && n.end <= part.to;
    // "30 days' notice"; "30 days before the audit"; "notify ... at least 30 days"
    const noticed = notice.some(close);
    const before = !noticed && findFirst(pattern(BEFORE_SOURCE), wordsAfter(sentence.match, d.end, BEFORE_WORDS)) !== undefined;
    const atLeast = findFirst(pattern(MINIMUM_SOURCE), wordsBefore(sentence.match, d.start, 3).text) !== undefined;
    // the controller's notice to the processor, not the processor informing the controller of something else
    const notified = !noticed && !before && atLeast && notify.some((n) => close(n) && subjectOf(sentence.match.slice(0, n.end), processorSource) !== 'processor');
    if (!noticed && !before && !notified) continue;
    return d;
  }
  return undefined;
}

/**
 * How often the controller may audit, when the text holds it to a frequency: "once a year", "én gang per år",
 * "once every two years", a ceiling ("no more than one audit per year", binding whoever the subject is), or the
 * controller's right given "annually". A floor ("at least once a year") and "more than once a year" are no limit.
 * @example auditFrequencyLimit(sentence, context.parties.processorSource)?.text // 'én gang per år'
 */
export function auditFrequencyLimit(sentence: SentenceView, processorSource: string): Match | undefined {
  return frequencyLimited(sentence, processorSource) ?? frequencyCeiling(sentence) ?? frequencyLimitedAnnual(sentence, processorSource);
}

/** Whether a ceiling on the number of audits stands right before the frequency at `at`. */
function ceilingBefore(match: string, at: number): boolean {
  return findFirst(pattern(CEILING_SOURCE), wordsBefore(match, at, CEILING_WORDS).text) !== undefined;
}

/** A frequency the controller's audits are held to, unless the processor is the subject (its own audits). */
function frequencyLimited(sentence: SentenceView, processorSource: string): Match | undefined {
  if (sentence.clause.kind === 'heading' || !mentions(sentence.match, FREQUENCY_TRIGGER)) return undefined;
  const subject = addressedSubjectOf(sentence.match, processorSource);
  if (subject === 'processor') return undefined;
  const fewYears = findFirst(pattern(EVERY_FEW_YEARS_SOURCE), sentence.match);
  if (fewYears) return fewYears;
  const perYear = findFirst(pattern(PER_YEAR_SOURCE), sentence.match) ?? findFirst(pattern(ONCE_ANNUALLY_SOURCE), sentence.match);
  const lead = perYear ? wordsBefore(sentence.match, perYear.start, 3).text : '';
  const permissive = findFirst(pattern(MORE_THAN_SOURCE), lead) && !ceilingBefore(sentence.match, perYear!.start);
  if (perYear && !permissive && !findFirst(pattern(MINIMUM_SOURCE), lead)) {
    return perYear;
  }
  return undefined;
}

/** "The Processor shall not be required to submit to more than one audit per year": a ceiling binds whoever the subject is. */
function frequencyCeiling(sentence: SentenceView): Match | undefined {
  if (sentence.clause.kind === 'heading' || !mentions(sentence.match, FREQUENCY_TRIGGER)) return undefined;
  // ("no more frequently than annually", "højst årligt": a ceiling before a bare "annually" too)
  const perYear = findFirst(pattern(PER_YEAR_SOURCE), sentence.match) ?? findFirst(pattern(ONCE_ANNUALLY_SOURCE), sentence.match) ?? findFirst(pattern(ANNUAL_SOURCE), sentence.match);
  if (!perYear) return undefined;
  return ceilingBefore(sentence.match, perYear.start) ? perYear : undefined;
}

/** "Behandlingsansvarlig kan årlig gjennomføre revisjon": the controller's audit right given once a year. */
function frequencyLimitedAnnual(sentence: SentenceView, processorSource: string): Match | undefined {
  if (sentence.clause.kind === 'heading' || !mentions(sentence.match, FREQUENCY_TRIGGER)) return undefined;
  const subject = addressedSubjectOf(sentence.match, processorSource);
  if (subject !== 'controller') return undefined;
  // "Behandlingsansvarlig kan årlig gjennomføre revisjon", "may audit the Processor annually"
  for (const annual of findAll(pattern(ANNUAL_SOURCE), sentence.match)) {
    // "Customer may audit at any time; Processor shall also undergo an annual audit": that part is the processor's
    // "minst én gang i året", "at least annually": a floor, not a limit
    if (findFirst(pattern(MINIMUM_SOURCE), wordsBefore(sentence.match, annual.start, 3).text)) continue;
    const partStart = clausePartStart(sentence.match, annual.start);
    if (partStart > 0 && subjectOf(sentence.match.slice(partStart, annual.start), processorSource) === 'processor') continue;
    const part = partAround(sentence.match, annual.start);
    const around = sentence.match.slice(part.from, part.to);
    const audit = findAll(pattern(AUDIT_SOURCE), around);
    const aboutAudit = audit.some((a) => !pattern(REPORT_SOURCE).test(around.slice(a.end - 1)));
    if (aboutAudit) return annual;
  }
  return undefined;
}

/**
 * An audit held only on a condition: on suspicion ("only ... on suspicion", "såfremt der foreligger begrundet
 * mistanke"), only when an authority or the law requires it, or "if necessary" (unless the processor is the subject).
 * @example auditCondition(matchedSentence, context.parties.processorSource)?.text // 'kun dersom datatilsynet krever'
 */
export function auditCondition(sentence: SentenceView, processorSource: string): Match | undefined {
  const triggered = mentions(sentence.match, CONDITION_TRIGGER);
  const suspicion = triggered ? findFirst(pattern(SUSPICION_SOURCE), sentence.match) : undefined;
  if (suspicion) return suspicion;
  // an audit held only when an authority or the law requires it: "Fysisk revisjon gjennomføres kun dersom Datatilsynet krever det"
  const audit = findFirst(pattern(AUDIT_SOURCE), sentence.match);
  const onlyIfRequired = audit && findConcept('audit.only-if-required', sentence.match).find((only) => only.start > audit.start);
  if (onlyIfRequired) return onlyIfRequired;
  if (!triggered) return undefined;
  if (subjectOf(sentence.match, processorSource) === 'processor') return undefined;
  const conditional = findFirst(pattern(CONDITIONAL_SOURCE), sentence.match);
  return conditional ? conditional : undefined;
}

/**
 * Audits refused outright ("We do not allow on-site audits", "Revisjon på stedet tillates ikke", "not obliged to
 * permit audits"): the controller's art. 28(3)(h) right is taken away. Not a refusal of the processor's competitors,
 * nor a disclaimer of only some audits ("not required to allow more than one audit").
 * @example auditRefused(sentence)?.text // 'do not allow on-site audits'
 */
export function auditRefused(sentence: SentenceView, processorSource: string): Match | undefined {
  if (!mentions(sentence.match, EXCLUDED_TRIGGER)) return undefined;
  const excluded = findFirst(pattern(EXCLUDED_SOURCE), sentence.match);
  // keeping the processor's competitors out is no restriction of the controller's own audit
  if (excluded && hasConcept('party.competitor', sentence.match)) return undefined;
  if (excluded && findFirst(pattern(LIMITED_SOURCE), sentence.match.slice(excluded.start, excluded.end + wordsAfter(sentence.match, excluded.end, 4).length))) return undefined;
  // the controller freed of a duty of its own ("Kunden er ikke forpliktet til å benytte revisjonsretten") keeps the right
  const disclaimer = excluded && findFirst(pattern(concept('duty.disclaimed')), excluded.text);
  if (disclaimer && firstPartyLeadingTo(sentence.match, excluded.start + disclaimer.start, processorSource) === 'controller') return undefined;
  return excluded ? excluded : undefined;
}
