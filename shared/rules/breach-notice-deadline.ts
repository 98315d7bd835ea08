// breach-notice-deadline: breach notice to the controller later than without undue delay / the playbook's hours.
// How it reads a clause, and why: docs/rules/reading/breach-notice-deadline.md.

import { findAll, findFirst, pattern, type Match } from '../match';
import { concept, conceptAlternatives } from '../lexicon';
import { defineRule } from '../rule';
import { ruleMessages } from '../messages';
import { exceptionAtProcessorsJudgement } from '../clause-facts';
import { AFTER_INVESTIGATION_SOURCE, controllerIsRecipient, controllerTells, EXTRA_QUALIFIER_SOURCE, isBreachNotice, lateBreachDefinitions, namesAuthorityDuty, NOTIFY_SOURCE, tableRowDeadlines, UNDUE_DELAY_SOURCE } from '../breach-notice';

// the controller's own duty towards the authority (GDPR art. 33: 72 hours) is not the processor's deadline
const AUTHORITY_SOURCE = concept('party.authority');
const LEADING_DETERMINER = new RegExp(`^(?:${conceptAlternatives('determiner.the')})\\s+`, 'u');
/** "the authority" as a name: "authority". */
function withoutDeterminer(words: string): string {
  return words.replace(LEADING_DETERMINER, '');
}
// the next monthly or quarterly report as the time of notice: "i samband med nästa ordinarie månadsrapport"
const PERIODIC_REPORT_SOURCE = concept('deadline.periodic-report');
// an aim instead of a duty, said of the notice itself: "aims to provide an initial notice", "tar sikte på å varsle" (lexicon: qualifier.aim)
const AIM_SOURCE = `${concept('qualifier.aim')}(?= (?:\\p{L}+ ){0,3}${NOTIFY_SOURCE})`;
const VAGUE_DEADLINE_SOURCE = concept('deadline.vague');
// what the notice must say, with its subject, fillers or a qualifier between the modal and the verb: "the notification
// shall, where possible, also state ...", "skal varselet også angi ...": the qualifier is about the content, not the duty
const CONTENT_DUTY_SOURCE = `^[\\s,]+(?:${concept('notice.content-filler', 'qualifier.effort', 'qualifier.practicable')}[\\s,]+){0,4}${concept('notice.content-verb')}`;

// a later, fuller report is not the first notice ("a full report shall follow within 5 business days")
const FOLLOW_UP_SOURCE = concept('breach.follow-up');

// a lead time, not a deadline after an event: "10 days in advance", "14 dager i forveien" (a breach is never told in advance;
// such a figure is the notice of something else, as of an audit, in a sentence that also names a breach)
const IN_ADVANCE_AFTER_SOURCE = `^\\s*${concept('time.in-advance')}`;

export default defineRule({
  meta: {
    category: 'breach-notice-deadline',
    defaultSeverity: 'high',
    topic: 'breach-notice',
    messages: ruleMessages('breach-notice-deadline'),
    playbookSettings: ['breachNoticeMaxHours'],
    reportsAbsence: true,
  },
  check(context) {
    const maxHours = context.playbook.breachNoticeMaxHours;
    let dutyFound = false;
    const lateDefinitions = lateBreachDefinitions(context);
    const controllerNames = context.parties.controllerNames;
    const periodicReports: Match[] = [];
    let promptNotice = false;
    for (const sentence of context.sentences()) {
      const rowDeadlines = tableRowDeadlines(context, sentence);
      if (rowDeadlines) {
        dutyFound = true;
        const tooLong = rowDeadlines.find((d) => d.hours > maxHours);
        if (tooLong) context.report({ messageId: 'deadline-too-long', start: tooLong.start, end: tooLong.end, data: { hours: Math.round(tooLong.hours), maxHours } });
        continue;
      }
      if (!isBreachNotice(sentence, context.parties.processorSource)) continue;
      // "the Authority" the document names as the controller ("between the Authority (controller) and ...") is told, not the regulator
      const towardsAuthority = findAll(pattern(AUTHORITY_SOURCE), sentence.match).find((m) => !controllerNames.includes(withoutDeterminer(m.text)));
      const frame = context.frame(sentence);
      // (in an inline list, "…; e) varsle om brudd …; f) slette … innen 30 dager", another item's period is no notice deadline)
      const notices = findAll(pattern(NOTIFY_SOURCE), sentence.match);
      const inNoticeItem = (at: number) => notices.some((n) => !sentence.match.slice(Math.min(n.start, at), Math.max(n.end, at)).includes(';'));
      const durations = frame.durations.filter(
        (d) => d.unit !== 'years' && d.unit !== 'months' && !findFirst(pattern(IN_ADVANCE_AFTER_SOURCE), sentence.match.slice(d.end - sentence.start)) && inNoticeItem(d.start - sentence.start),
      );
      if (towardsAuthority && !controllerIsRecipient(sentence.match, towardsAuthority.start)) continue; // the controller's own duty to the authority
      // the controller telling data subjects or others is its own duty, not the processor's notice
      if (controllerTells(sentence, context.parties.processorSource)) continue;
      dutyFound = true;
      // a 72-hour figure in a sentence about the authority is the controller's deadline, not the processor's
      // and so is a figure that names the authority's deadline itself ("any 72-hour obligation to notify a supervisory authority")
      const beforeAuthority = towardsAuthority
        ? durations.filter((d) => d.start - sentence.start < (towardsAuthority.start as number) && !namesAuthorityDuty(sentence.match.slice(d.end - sentence.start, towardsAuthority.start)))
        : durations;
      // durations after a follow-up report or a frequency ("updates every 48 hours") are not the first notice
      // ("Following the initial notification, a written report shall be given within 14 days": all of it is follow-up)
      const followUp = findFirst(pattern(FOLLOW_UP_SOURCE), sentence.match) ?? findFirst(pattern(concept('breach.after-first-notice')), sentence.match);
      const relevant = followUp ? beforeAuthority.filter((d) => d.start - sentence.start < followUp.start) : beforeAuthority;
      // the first deadline counts: a later, longer one belongs to a fuller report
      const firstAllowed = relevant.findIndex((d) => d.hours <= maxHours);
      const tooLong = relevant.find((d, i) => d.hours > maxHours && (firstAllowed < 0 || i < firstAllowed));
      if (tooLong) {
        context.report({ messageId: 'deadline-too-long', start: tooLong.start, end: tooLong.end, data: { hours: Math.round(tooLong.hours), maxHours } });
      }
      // "om mulig", "if feasible", or only an aim ("aims to notify", "tar sikte på å varsle")
      // ... or an exception the processor's own judgement decides ("; this does not apply where the Processor considers ...")
      const judged = exceptionAtProcessorsJudgement(sentence.match, context.parties.processorSource);
      const qualifier =
        frame.qualifiers[0] ??
        findFirst(pattern(EXTRA_QUALIFIER_SOURCE), sentence.match, sentence.start) ??
        findFirst(pattern(AIM_SOURCE), sentence.match, sentence.start) ??
        (judged && { ...judged, start: sentence.start + judged.start, end: sentence.start + judged.end });
      const contentOnly = frame.modal !== undefined && findFirst(pattern(CONTENT_DUTY_SOURCE), sentence.match.slice(frame.modal.end - sentence.start)) !== undefined;
      if (qualifier && !tooLong && !contentOnly) {
        context.report({ messageId: 'qualified-duty', start: qualifier.start, end: qualifier.end, data: { qualifier: context.text.slice(qualifier.start, qualifier.end), maxHours } });
      }
      // a vague deadline, or one that starts only after the processor's own investigation (before any follow-up report)
      const vagueWords = findAll(pattern(VAGUE_DEADLINE_SOURCE), sentence.match, sentence.start)[0];
      const afterInvestigation = findFirst(pattern(AFTER_INVESTIGATION_SOURCE), sentence.match, sentence.start);
      const deferred = afterInvestigation && (!followUp || afterInvestigation.start - sentence.start < followUp.start) ? afterInvestigation : undefined;
      // ... or a breach term the notice uses whose definition starts the clock late
      const definedLate = lateDefinitions.find((d) => d.definition !== sentence && findFirst(pattern(d.term), sentence.match))?.late;
      const vague = (vagueWords && !findFirst(pattern(UNDUE_DELAY_SOURCE), sentence.match) ? vagueWords : deferred) ?? definedLate;
      if (vague && !tooLong) {
        context.report({ messageId: 'vague-deadline', start: vague.start, end: vague.end, data: { phrase: context.text.slice(vague.start, vague.end), maxHours } });
      }
      // a periodic report as the only notice ("rapporteras i nästa månadsrapport"); beside a prompt notice it is a summary
      const periodic = findFirst(pattern(PERIODIC_REPORT_SOURCE), sentence.match, sentence.start);
      if (periodic && !vague && !tooLong) periodicReports.push(periodic);
      else if (findFirst(pattern(UNDUE_DELAY_SOURCE), sentence.match) || relevant.some((d) => d.hours <= maxHours)) promptNotice = true;
    }
    if (!promptNotice) {
      for (const periodic of periodicReports) {
        context.report({ messageId: 'vague-deadline', start: periodic.start, end: periodic.end, data: { phrase: context.text.slice(periodic.start, periodic.end), maxHours } });
      }
    }
    if (!dutyFound) context.reportAbsence({ messageId: 'no-breach-notice' });
  },
});
