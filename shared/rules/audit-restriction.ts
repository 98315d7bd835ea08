// audit-restriction: the controller's right to audit and inspect the processor narrowed (GDPR art. 28(3)(h)).
// How it reads a clause, and why: docs/rules/reading/audit-restriction.md.

import { concept, conceptAnywhere, conceptStem, findConcept, hasConcept } from '../lexicon';
import { negationBefore, negationIn, type SentenceFrame } from '../frame';
import { findAll, findFirst, pattern, type Match } from '../match';
import { defineRule, reportOncePerMessage, type SentenceHit, type SentenceView } from '../rule';
import { AUDIT_SOURCE, grantsAudit, informationDuty, isAuditSentence } from '../audits';
import { ruleMessages } from '../messages';
import { addressedSubjectOf, firstPartyLeadingTo, subjectOf } from '../clause-facts';
import { findDurations, readableDurations } from '../values';
import { inSection } from '../sections';
import { clausePartStart, partAround, WITHIN_RUN, wordsAfter, wordsBefore } from '../sentence-parts';
import { chargeToController } from '../cost-bearer';

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

// ---- the processor's form or procedure made mandatory ----
const FORM_SOURCE = concept('audit.form');
const MANDATORY_SOURCE = concept('audit.mandatory');

// ---- a report, certificate or the processor's own auditor instead of the controller's audit ----
const REPLACED_SOURCE = conceptStem('audit.replaced-by-report');

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

// the controller's own choice of a lighter form of audit is no restriction
const CONTROLLER_CHOICE_SOURCE = concept('choice.controller');

// Cheap first looks (lexicon: audit.*-trigger, cost.trigger): each check's fuller patterns run only on
// sentences that hold one of its stems.
const BEFORE_TRIGGER = conceptAnywhere('audit.before-trigger');
const NOTICE_TRIGGER = conceptAnywhere('audit.notice-trigger');
const FREQUENCY_TRIGGER = conceptAnywhere('audit.frequency-trigger');
const FORM_TRIGGER = conceptAnywhere('audit.form-trigger');
const REPLACED_TRIGGER = conceptAnywhere('audit.replaced-trigger');
const CONDITION_TRIGGER = conceptAnywhere('audit.condition-trigger');
const EXCLUDED_TRIGGER = conceptAnywhere('audit.excluded-trigger');
const COST_TRIGGER = conceptAnywhere('cost.trigger');

function has(triggerSource: string, match: string): boolean {
  return findFirst(pattern(triggerSource), match) !== undefined;
}

export type AuditSignal = Match & SentenceHit;

function noticeTooLong(sentence: SentenceView, maxDays: number, processorSource: string): AuditSignal | undefined {
  if (!has(NOTICE_TRIGGER, sentence.match)) return undefined;
  const notice = findAll(pattern(NOTICE_SOURCE), sentence.match);
  const notify = findAll(pattern(NOTIFY_SOURCE), sentence.match);
  if (!notice.length && !notify.length && !has(BEFORE_TRIGGER, sentence.match)) return undefined;
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
    return { ...d, messageId: 'notice-too-long', data: { days: Math.round(d.days), maxDays } };
  }
  return undefined;
}

/** Whether a ceiling on the number of audits stands right before the frequency at `at`. */
function ceilingBefore(match: string, at: number): boolean {
  return findFirst(pattern(CEILING_SOURCE), wordsBefore(match, at, CEILING_WORDS).text) !== undefined;
}

function frequencyLimited(sentence: SentenceView, processorSource: string): AuditSignal | undefined {
  if (sentence.clause.kind === 'heading' || !has(FREQUENCY_TRIGGER, sentence.match)) return undefined;
  const subject = addressedSubjectOf(sentence.match, processorSource);
  if (subject === 'processor') return undefined;
  const fewYears = findFirst(pattern(EVERY_FEW_YEARS_SOURCE), sentence.match);
  if (fewYears) return { ...fewYears, messageId: 'frequency-limited' };
  const perYear = findFirst(pattern(PER_YEAR_SOURCE), sentence.match) ?? findFirst(pattern(ONCE_ANNUALLY_SOURCE), sentence.match);
  const lead = perYear ? wordsBefore(sentence.match, perYear.start, 3).text : '';
  const permissive = findFirst(pattern(MORE_THAN_SOURCE), lead) && !ceilingBefore(sentence.match, perYear!.start);
  if (perYear && !permissive && !findFirst(pattern(MINIMUM_SOURCE), lead)) {
    return { ...perYear, messageId: 'frequency-limited' };
  }
  return undefined;
}

/** "The Processor shall not be required to submit to more than one audit per year": a ceiling binds whoever the subject is. */
function frequencyCeiling(sentence: SentenceView): AuditSignal | undefined {
  if (sentence.clause.kind === 'heading' || !has(FREQUENCY_TRIGGER, sentence.match)) return undefined;
  // ("no more frequently than annually", "højst årligt": a ceiling before a bare "annually" too)
  const perYear = findFirst(pattern(PER_YEAR_SOURCE), sentence.match) ?? findFirst(pattern(ONCE_ANNUALLY_SOURCE), sentence.match) ?? findFirst(pattern(ANNUAL_SOURCE), sentence.match);
  if (!perYear) return undefined;
  return ceilingBefore(sentence.match, perYear.start) ? { ...perYear, messageId: 'frequency-limited' } : undefined;
}

function frequencyLimitedAnnual(sentence: SentenceView, processorSource: string): AuditSignal | undefined {
  if (sentence.clause.kind === 'heading' || !has(FREQUENCY_TRIGGER, sentence.match)) return undefined;
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
    if (aboutAudit) return { ...annual, messageId: 'frequency-limited' };
  }
  return undefined;
}

function processorProcedure(sentence: SentenceView, processorSource: string): AuditSignal | undefined {
  if (!has(FORM_TRIGGER, sentence.match)) return undefined;
  if (!findFirst(pattern(MANDATORY_SOURCE), sentence.match)) return undefined;
  // the processor's own: "skjema fra databehandler", "databehandlers mal", "the Processor's audit procedure"
  const before = pattern(`${processorSource}(?:'s|s|'|’s)? (?:\\p{L}+ ){0,4}?${FORM_SOURCE}`);
  const after = pattern(`${FORM_SOURCE} (?:\\p{L}+ ){0,3}?${concept('form.issued-by')} (?:${concept('determiner.the')} )?${processorSource}`);
  const found = findFirst(before, sentence.match) ?? findFirst(after, sentence.match);
  return found ? { ...found, messageId: 'processor-procedure' } : undefined;
}

/**
 * An audit bound to a remote form: "Audits shall be conducted remotely by way of a written questionnaire",
 * "Revisjon skal skje ved spørreskjema" (lexicon: audit.remote-form), unless the controller chooses it.
 */
function remoteFormOnly(sentence: SentenceView, frame: SentenceFrame): AuditSignal | undefined {
  const audit = findFirst(pattern(AUDIT_SOURCE), sentence.match);
  if (!audit || !findFirst(pattern(MANDATORY_SOURCE), sentence.match) || findFirst(pattern(CONTROLLER_CHOICE_SOURCE), sentence.match)) return undefined;
  const form = findAll(pattern(concept('audit.remote-form')), sentence.match).find((f) => f.start > audit.start);
  if (!form || negationBefore(frame, sentence, form.start, 3)) return undefined;
  return { ...form, messageId: 'processor-procedure' };
}

function replacedByReport(sentence: SentenceView, frame: SentenceFrame, processorSource: string): AuditSignal | undefined {
  if (!has(REPLACED_TRIGGER, sentence.match)) return undefined;
  const replaced = findFirst(pattern(REPLACED_SOURCE), sentence.match);
  // "is not in lieu of", "træder ikke i stedet for", "reports do not replace audits" (lexicon: negation)
  const denied = replaced !== undefined && negationIn(frame, sentence.start + wordsBefore(sentence.match, replaced.start, 4).from, sentence.start + replaced.end) !== undefined;
  if (replaced && !denied && !findFirst(pattern(CONTROLLER_CHOICE_SOURCE), sentence.match)) return { ...replaced, messageId: 'report-instead-of-audit' };
  // an auditor appointed by the processor: "appointed by the Data Processor", "utpekt av databehandler", "som Leverandøren velger"
  const appointed = findFirst(pattern(`(?:${concept('auditor.appointed-by')}|${concept('auditor.relative')}) ${processorSource}(?: ${concept('auditor.chooses')})?`), sentence.match);
  // "som Leverandøren": only with the choosing verb after it ("som Leverandøren velger")
  if (appointed && (!findFirst(pattern(`^${concept('auditor.relative')}`), appointed.text) || findFirst(pattern(`${concept('auditor.chooses')}$`), appointed.text))) {
    return { ...appointed, messageId: 'processor-appointed-auditor' };
  }
  return undefined;
}

function conditionalAudit(sentence: SentenceView, processorSource: string): AuditSignal | undefined {
  const triggered = has(CONDITION_TRIGGER, sentence.match);
  const suspicion = triggered ? findFirst(pattern(SUSPICION_SOURCE), sentence.match) : undefined;
  if (suspicion) return { ...suspicion, messageId: 'conditional-audit' };
  // an audit held only when an authority or the law requires it: "Fysisk revisjon gjennomføres kun dersom Datatilsynet krever det"
  const audit = findFirst(pattern(AUDIT_SOURCE), sentence.match);
  const onlyIfRequired = audit && findConcept('audit.only-if-required', sentence.match).find((only) => only.start > audit.start);
  if (onlyIfRequired) return { ...onlyIfRequired, messageId: 'conditional-audit' };
  if (!triggered) return undefined;
  if (subjectOf(sentence.match, processorSource) === 'processor') return undefined;
  const conditional = findFirst(pattern(CONDITIONAL_SOURCE), sentence.match);
  return conditional ? { ...conditional, messageId: 'conditional-audit' } : undefined;
}

/** Audits refused outright ("We do not allow on-site audits"): the controller's art. 28(3)(h) right is taken away. */
function auditExcluded(sentence: SentenceView, processorSource: string): AuditSignal | undefined {
  if (!has(EXCLUDED_TRIGGER, sentence.match)) return undefined;
  const excluded = findFirst(pattern(EXCLUDED_SOURCE), sentence.match);
  // keeping the processor's competitors out is no restriction of the controller's own audit
  if (excluded && hasConcept('party.competitor', sentence.match)) return undefined;
  if (excluded && findFirst(pattern(LIMITED_SOURCE), sentence.match.slice(excluded.start, excluded.end + wordsAfter(sentence.match, excluded.end, 4).length))) return undefined;
  // the controller freed of a duty of its own ("Kunden er ikke forpliktet til å benytte revisjonsretten") keeps the right
  const disclaimer = excluded && findFirst(pattern(concept('duty.disclaimed')), excluded.text);
  if (disclaimer && firstPartyLeadingTo(sentence.match, excluded.start + disclaimer.start, processorSource) === 'controller') return undefined;
  return excluded ? { ...excluded, messageId: 'audit-excluded' } : undefined;
}

/** A charge for the audit put on the controller (shared/cost-bearer.ts reads who bears it). */
function controllerPays(sentence: SentenceView, processorSource: string): AuditSignal | undefined {
  if (!has(COST_TRIGGER, sentence.match)) return undefined;
  const charge = chargeToController(sentence.match, processorSource);
  return charge ? { ...charge, messageId: 'controller-pays' } : undefined;
}

export default defineRule({
  meta: {
    category: 'audit-restriction',
    defaultSeverity: 'medium',
    topic: 'audit',
    messages: ruleMessages('audit-restriction'),
    playbookSettings: ['auditNoticeMaxDays'],
    reportsAbsence: true,
  },
  check(context) {
    const maxDays = context.playbook.auditNoticeMaxDays;
    const processorSource = context.processorSource;
    let auditQuestion: SentenceView | undefined; // "Want to audit us?": the sentences after it in its clause answer it
    for (const sentence of context.sentences()) {
      const aboutAudit = isAuditSentence(sentence, processorSource);
      if (auditQuestion?.clause !== sentence.clause) auditQuestion = undefined;
      const answersQuestion = auditQuestion !== undefined;
      if (aboutAudit && /\?\s*$/.test(sentence.text)) auditQuestion = sentence;
      if (!aboutAudit && !answersQuestion && !inSection(sentence.clause, 'audit')) continue; // "9.3 Tilsyn og revisjon", "Audit costs"
      const signals: (AuditSignal | undefined)[] = [
        noticeTooLong(sentence, maxDays, processorSource),
        controllerPays(sentence, processorSource),
      ];
      if (aboutAudit) {
        const frame = context.frame(sentence);
        signals.push(
          frequencyLimited(sentence, processorSource) ?? frequencyCeiling(sentence) ?? frequencyLimitedAnnual(sentence, processorSource),
          processorProcedure(sentence, processorSource) ?? remoteFormOnly(sentence, frame),
          replacedByReport(sentence, frame, processorSource),
          conditionalAudit(sentence, processorSource),
          auditExcluded(sentence, processorSource),
        );
      }
      reportOncePerMessage(context, sentence, signals.filter((signal) => signal !== undefined)); // each check has its own message
    }
    // a whole DPA with no audit or inspection right at all: reported at the information duty it offers instead
    if (context.scope === 'document' && !context.sentences().some((s) => grantsAudit(s, context.frame(s)))) {
      const instead = informationDuty(context.sentences());
      context.reportAbsence({ messageId: 'no-audit-right', ...(instead ? { start: instead.start, end: instead.end } : {}) });
    }
  },
});
