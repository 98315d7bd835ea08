// breach-notice-deadline: breach notice to the controller later than without undue delay / the playbook's hours.
// How it reads a clause, and why: docs/rules/reading/breach-notice-deadline.md.

import { findAll, findFirst, pattern, type Match } from '../match';
import { concept, conceptAlternatives } from '../lexicon';
import { inOtherSection, inSection } from '../sections';
import { clauseRun, wordsAfter, wordsBefore } from '../sentence-parts';
import { defineRule, type RuleContext, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { cellsOf, headerCells } from '../table-rows';
import { mentionsOf } from '../party-mentions';
import { definitionOf, exceptionAtProcessorsJudgement } from '../clause-facts';
import { CONTROLLER_SOURCE, definedRoleNames, findDurations, type Duration } from '../values';

// a personal-data breach, also said informally ("if something goes wrong with your data", "kommer på avveie")
const BREACH_SOURCE = concept('breach.event');
const NOTIFY_SOURCE = concept('notify');
// the controller's own duty towards the authority (GDPR art. 33: 72 hours) is not the processor's deadline
const AUTHORITY_SOURCE = concept('party.authority');
const UNDUE_DELAY_SOURCE = concept('notice.undue-delay');
// qualifiers that turn the breach notice into an effort: "if feasible", "når det er praktisk mulig" (lexicon: qualifier.practicable)
const EXTRA_QUALIFIER_SOURCE = concept('qualifier.practicable');
// an aim instead of a duty, said of the notice itself: "aims to provide an initial notice", "tar sikte på å varsle" (lexicon: qualifier.aim)
const AIM_SOURCE = `${concept('qualifier.aim')}(?= (?:\\p{L}+ ){0,3}${NOTIFY_SOURCE})`;
const VAGUE_DEADLINE_SOURCE = concept('deadline.vague');
// the next monthly or quarterly report as the time of notice: "i samband med nästa ordinarie månadsrapport"
const PERIODIC_REPORT_SOURCE = concept('deadline.periodic-report');
// a deadline that starts only when the processor's own investigation ends: "following completion of its internal investigation"
const AFTER_INVESTIGATION_SOURCE = concept('deadline.after-investigation');
// what the notice must say, with its subject, fillers or a qualifier between the modal and the verb: "the notification
// shall, where possible, also state ...", "skal varselet også angi ...": the qualifier is about the content, not the duty
const CONTENT_DUTY_SOURCE = `^[\\s,]+(?:${concept('notice.content-filler', 'qualifier.effort', 'qualifier.practicable')}[\\s,]+){0,4}${concept('notice.content-verb')}`;

// "you" right after the notify verb, perhaps after "we": sv "er"/"ni" ("er" only after a Swedish verb in -ar)
const ADDRESSEE_AFTER_VERB_SOURCE = `^\\s+(?:${concept('party.we-or-modal')}\\s+){0,2}${concept('party.addressee-object')}`;

const LEADING_DETERMINER = new RegExp(`^(?:${conceptAlternatives('determiner.the')})\\s+`, 'u');
/** "the authority" as a name: "authority". */
function withoutDeterminer(words: string): string {
  return words.replace(LEADING_DETERMINER, '');
}

/** Whether the words after a duration make it the authority's deadline: a duty noun right after it ("72-hour obligation", "72 timers frist") that the authority follows. */
function namesAuthorityDuty(between: string): boolean {
  return findFirst(pattern(`^[- ]?(?:\\p{L}+ )?${concept('duty.noun')}`), between) !== undefined;
}

// a party followed by (a modal and) a notify verb is the one who notifies: "so that the Controller can notify the authority"
const NOTIFIES_NEXT_SOURCE = `^\\s+(?:${concept('modal', 'modal.possible')}\\s+){0,2}${NOTIFY_SOURCE}`;

/** Whether the controller is named after the notify verb and before the authority, and is not the one who notifies it: it is told. */
function controllerIsRecipient(match: string, authorityAt: number): boolean {
  const verb = findFirst(pattern(NOTIFY_SOURCE), match);
  if (!verb || verb.start > authorityAt) return false;
  const between = match.slice(verb.start, authorityAt);
  const told = findAll(pattern(CONTROLLER_SOURCE), between).some((c) => !findFirst(pattern(NOTIFIES_NEXT_SOURCE), between.slice(c.end)));
  if (told) return true;
  // informal vendor wording addresses the controller: "we will notify you", "meddelar vi er", "varsler vi dere"
  const addressee = findFirst(pattern(ADDRESSEE_AFTER_VERB_SOURCE), match.slice(verb.end, authorityAt));
  return addressee !== undefined && (addressee.text.trim().split(/\s+/).pop() !== 'er' || /ar$/u.test(verb.text));
}

// a later, fuller report is not the first notice ("a full report shall follow within 5 business days")
const FOLLOW_UP_SOURCE = concept('breach.follow-up');

// the controller being told: "Kunden skal varsles", "the Customer will be notified"
const TOLD_SOURCE = concept('notice.told');

// a lead time, not a deadline after an event: "10 days in advance", "14 dager i forveien" (a breach is never told in advance;
// such a figure is the notice of something else, as of an audit, in a sentence that also names a breach)
const IN_ADVANCE_AFTER_SOURCE = `^\\s*${concept('time.in-advance')}`;

// a breach of the contract, not of personal-data security ("material breach of this DPA", "brudd på avtalen")
const CONTRACT_BREACH_SOURCE = concept('breach.of-contract');

/** Whether `match` names a personal-data breach (a breach word that is not a breach of the contract). */
function namesDataBreach(match: string): boolean {
  const contract = findAll(pattern(CONTRACT_BREACH_SOURCE), match);
  return findAll(pattern(BREACH_SOURCE), match).some((b) => !contract.some((c) => c.start <= b.start && b.start < c.end));
}

// a party word that names whose data it is, not a party: "Customer Personal Data", "kundens personopplysninger"
const DATA_OWNER_AFTER_SOURCE = `^(?:'s|s'|s)? ?${concept('data.owned')}`;
// ... or after the data noun, as Norwegian puts it: "dataene dine", "opplysningene deres"
const DATA_OWNER_BEFORE_SOURCE = `${concept('data.owned')} $`;

/**
 * Whether the controller is the one who tells ("Kunden skal underrette de registrerte ..."), not the one
 * told: the first party named before the notify verb is its subject; a party word that only says whose
 * data it is ("unauthorised access to Customer Personal Data, Threadline will notify ...") is no subject.
 * @example controllerTells(sentence, context.processorSource) // true for "Kunden skal underrette de registrerte"
 */
function controllerTells(sentence: SentenceView, processorSource: string): boolean {
  if (findFirst(pattern(TOLD_SOURCE), sentence.match)) return false;
  const verb = findFirst(pattern(NOTIFY_SOURCE), sentence.match);
  if (!verb) return false;
  const subjects = mentionsOf(sentence.match, processorSource).filter(
    (m) =>
      m.end <= verb.start &&
      !findFirst(pattern(DATA_OWNER_AFTER_SOURCE), wordsAfter(sentence.match, m.end, 3)) &&
      !findFirst(pattern(DATA_OWNER_BEFORE_SOURCE), wordsBefore(sentence.match, m.start, 3).text),
  );
  // the sentence's first party, named before the verb, is the one who tells
  return subjects[0]?.actor === 'controller';
}

// helping the controller with its own notification ("bistå med ... varsling av brudd", "assist the
// Controller in notifying the authority") is assistance, not the processor's notice: an assist word
// before the notice word, in the same sentence part (no "og/and" that starts a second duty)
const ASSIST_SOURCE = concept('assist');
const SECOND_DUTY_SOURCE = `${concept('conjunction.and-also')}(?: \\p{L}+){0,3} ${concept('breach.second-duty')}`;

/** Whether the sentence's notice is only help with the controller's own notification. */
function assistsOnly(match: string): boolean {
  // the first assist word with a notice word after it in its sentence part (clauseRun: up to ";" or ". ")
  const assisted = findAll(pattern(ASSIST_SOURCE), match)
    .map((assist) => ({ assist, notice: findFirst(pattern(NOTIFY_SOURCE), clauseRun(match.slice(assist.end)), assist.end) }))
    .find((a) => a.notice !== undefined);
  if (!assisted) return false;
  const firstNotice = findFirst(pattern(NOTIFY_SOURCE), match);
  if (firstNotice && firstNotice.start < assisted.assist.start) return false;
  return !findFirst(pattern(SECOND_DUTY_SOURCE), match.slice(assisted.assist.start, assisted.notice!.end));
}

/**
 * Whether a sentence is a bare notice duty with a deadline and no object of its own: "Varsling skal
 * om mulig skje innen 48 timer.", "Notification shall, where possible, be given within 48 hours."
 * Besides the notice word it holds only a deadline, parties, qualifiers and function words. In a
 * DPA such a duty is the breach notice, unless its section is about something else.
 * @example bareNoticeWithDeadline(sentence, processorSource) // true for "Varsel gis innen 48 timer."
 */
function bareNoticeWithDeadline(s: SentenceView, processorSource: string): boolean {
  const deadlines = [...findDurations(s.match), ...findAll(pattern(UNDUE_DELAY_SOURCE), s.match)];
  if (!deadlines.length) return false;
  let rest = s.match;
  const blank = (m: { start: number; end: number }) => {
    rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);
  };
  for (const source of [NOTIFY_SOURCE, processorSource, CONTROLLER_SOURCE, concept('qualifier.effort'), EXTRA_QUALIFIER_SOURCE, concept('notice.bare-filler')]) {
    for (const m of findAll(pattern(source), s.match)) blank(m);
  }
  for (const m of deadlines) blank(m);
  // numbers, brackets and punctuation are no object; any word left is one
  return !/\p{L}{2,}/u.test(rest) && findFirst(pattern(NOTIFY_SOURCE), s.match) !== undefined;
}

/**
 * Whether a sentence speaks of telling someone of a breach, tells someone under a breach heading, or
 * is a bare notice duty with a deadline outside any section about another topic.
 */
function isBreachNotice(s: SentenceView, processorSource: string): boolean {
  if (!findFirst(pattern(NOTIFY_SOURCE), s.match)) return false;
  if (assistsOnly(s.match)) return false;
  if (namesDataBreach(s.match)) return true;
  // "8. Security incidents ... (a) notify the Customer within 48 hours": the heading names the breach
  if (inSection(s.clause, 'breach')) return true;
  return !inOtherSection(s.clause, 'breach') && bareNoticeWithDeadline(s, processorSource);
}

/**
 * The notice deadline a table row gives a personal-data breach: the durations in the cell under a notice column
 * ("Hendelsestype | Varslingsfrist" / "Brudd på personopplysningssikkerheten | 72 timer"), with absolute offsets;
 * undefined when the sentence is no such row.
 * @example tableRowDeadlines(context, sentence) // [72 timer] for the row above
 */
function tableRowDeadlines(context: RuleContext, sentence: SentenceView): Duration[] | undefined {
  const clause = sentence.clause;
  if (clause.kind !== 'table-row' || !namesDataBreach(sentence.match)) return undefined;
  const noticeColumn = headerCells(context, clause, clause).findIndex((header) => findFirst(pattern(NOTIFY_SOURCE), header) !== undefined);
  const cell = noticeColumn < 0 ? undefined : cellsOf(context.match.slice(clause.start, clause.end))[noticeColumn];
  return cell && findDurations(cell.text, clause.start + cell.start);
}

/**
 * Breach terms whose definition starts the clock late: "«Sikkerhetsbrudd» betyr et brudd ... som Leverandøren har
 * bekreftet etter at Leverandørens interne undersøkelse er avsluttet". A notice of that term inherits the late start,
 * whatever its own deadline says. Each with the term's pattern, the deferring words (absolute) and the definition.
 */
function lateBreachDefinitions(context: RuleContext): { term: string; late: Match; definition: SentenceView }[] {
  return context.sentences().flatMap((definition) => {
    const defined = definitionOf(definition.match);
    if (!defined || !namesDataBreach(definition.match)) return [];
    const late = findFirst(pattern(AFTER_INVESTIGATION_SOURCE), definition.match.slice(defined.bodyStart), definition.start + defined.bodyStart);
    return late ? [{ term: defined.term, late, definition }] : [];
  });
}

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
    const controllerNames = definedRoleNames(context.text).controller;
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
      if (!isBreachNotice(sentence, context.processorSource)) continue;
      // "the Authority" the document names as the controller ("between the Authority (controller) and ...") is told, not the regulator
      const towardsAuthority = findAll(pattern(AUTHORITY_SOURCE), sentence.match).find((m) => !controllerNames.includes(withoutDeterminer(m.text)));
      const frame = context.frame(sentence);
      const durations = frame.durations.filter(
        (d) => d.unit !== 'years' && d.unit !== 'months' && !findFirst(pattern(IN_ADVANCE_AFTER_SOURCE), sentence.match.slice(d.end - sentence.start)),
      );
      if (towardsAuthority && !controllerIsRecipient(sentence.match, towardsAuthority.start)) continue; // the controller's own duty to the authority
      // the controller telling data subjects or others is its own duty, not the processor's notice
      if (controllerTells(sentence, context.processorSource)) continue;
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
      const judged = exceptionAtProcessorsJudgement(sentence.match, context.processorSource);
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
