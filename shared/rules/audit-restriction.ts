// audit-restriction: the controller's right to audit and inspect the processor narrowed (GDPR art. 28(3)(h)).
// How it reads a clause, and why: docs/rules/reading/audit-restriction.md.

import { concept, conceptAnywhere, conceptStem } from '../lexicon';
import { negationBefore, negationIn, type SentenceFrame } from '../frame';
import { findAll, findFirst, pattern, type Match } from '../match';
import { defineRule, reportOncePerMessage, type SentenceHit, type SentenceView } from '../rule';
import { AUDIT_SOURCE, grantsAudit, informationDuty, isAuditSentence } from '../audits';
import { ruleMessages } from '../messages';
import { inSection } from '../sections';
import { wordsBefore } from '../sentence-parts';
import { auditCondition, auditFrequencyLimit, auditNoticeOver, auditRefused } from '../audit-limits';
import { chargeToController, paidTierRequired } from '../cost-bearer';
import { refersToSection } from '../cross-references';
import { mentions } from '../clause-facts';

// ---- the processor's form or procedure made mandatory ----
const FORM_SOURCE = concept('audit.form');
const MANDATORY_SOURCE = concept('audit.mandatory');

// ---- a report, certificate or the processor's own auditor instead of the controller's audit ----
const REPLACED_SOURCE = conceptStem('audit.replaced-by-report');

// the controller's own choice of a lighter form of audit is no restriction
const CONTROLLER_CHOICE_SOURCE = concept('choice.controller');

// Cheap first looks (lexicon: audit.*-trigger, cost.trigger): each check's fuller patterns run only on
// sentences that hold one of its stems.
const FORM_TRIGGER = conceptAnywhere('audit.form-trigger');
const REPLACED_TRIGGER = conceptAnywhere('audit.replaced-trigger');
const COST_TRIGGER = conceptAnywhere('cost.trigger');

export type AuditSignal = Match & SentenceHit;

function processorProcedure(sentence: SentenceView, processorSource: string): AuditSignal | undefined {
  if (!mentions(sentence.match, FORM_TRIGGER)) return undefined;
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
  if (!mentions(sentence.match, REPLACED_TRIGGER)) return undefined;
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

/** A charge for the audit put on the controller (shared/cost-bearer.ts reads who bears it). */
function controllerPays(sentence: SentenceView, processorSource: string): AuditSignal | undefined {
  if (!mentions(sentence.match, COST_TRIGGER)) return undefined;
  const charge = chargeToController(sentence.match, processorSource);
  return charge ? { ...charge, messageId: 'controller-pays' } : undefined;
}

/** A reading's words as this rule's signal, with the message's data. */
function signal<T extends Match>(messageId: string, found: T | undefined, data?: (found: T) => SentenceHit['data']): AuditSignal | undefined {
  return found && { ...found, messageId, ...(data ? { data: data(found) } : {}) };
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
    const processorSource = context.parties.processorSource;
    let auditQuestion: SentenceView | undefined; // "Want to audit us?": the sentences after it in its clause answer it
    for (const sentence of context.sentences()) {
      const aboutAudit = isAuditSentence(sentence, processorSource);
      if (auditQuestion?.clause !== sentence.clause) auditQuestion = undefined;
      const answersQuestion = auditQuestion !== undefined;
      if (aboutAudit && /\?\s*$/.test(sentence.text)) auditQuestion = sentence;
      // "9.3 Tilsyn og revisjon", "Audit costs", or a sentence about the audit clause by its number ("work under punkt 8")
      if (!aboutAudit && !answersQuestion && !inSection(sentence.clause, 'audit') && !refersToSection(sentence.match, context.clauses, sentence.clause, 'audit')) continue;
      const signals: (AuditSignal | undefined)[] = [
        signal('notice-too-long', auditNoticeOver(sentence, maxDays, processorSource), (d) => ({ days: Math.round(d.days), maxDays })),
        controllerPays(sentence, processorSource),
      ];
      if (aboutAudit) {
        const frame = context.frame(sentence);
        signals.push(
          signal('frequency-limited', auditFrequencyLimit(sentence, processorSource)),
          processorProcedure(sentence, processorSource) ?? remoteFormOnly(sentence, frame),
          replacedByReport(sentence, frame, processorSource),
          // on suspicion, if necessary, or only for customers who buy a paid tier
          signal('conditional-audit', auditCondition(sentence, processorSource) ?? paidTierRequired(sentence.match)),
          signal('audit-excluded', auditRefused(sentence, processorSource)),
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
