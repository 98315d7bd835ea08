// breach-notice-deadline: the processor must tell the controller of a personal-data breach without
// undue delay and within the playbook's hours (24); "if possible" empties the duty. A whole DPA
// without any such duty is a deviation too.

import { findAll, findFirst, pattern } from '../match';
import { defineRule, type SentenceView } from '../rule';
import { CONTROLLER_SOURCE, findDurations, findQualifiers } from '../values';

const BREACH_SOURCE =
  '\\b(?:avvik\\p{L}*|(?:sikkerhets)?brudd\\p{L}*|hendelse\\p{L}*|sikkerhetsbrudd\\p{L}*|breach\\p{L}*|incident\\p{L}*|personuppgiftsincident\\p{L}*|incident\\p{L}*|brud på persondatasikkerhed\\p{L}*|säkerhetsincident\\p{L}*)';
const NOTIFY_SOURCE =
  '\\b(?:varsl\\p{L}*|melde\\p{L}*|meld\\p{L}*|underrett?\\p{L}*|informer\\p{L}*|gi beskjed|notif\\p{L}*|inform\\p{L}*|report\\p{L}*|alert\\p{L}*|underrätt\\p{L}*|meddel\\p{L}*|anmäl\\p{L}*|rapporter\\p{L}*)';
// the controller's own duty towards the authority (GDPR art. 33: 72 hours) is not the processor's deadline
const AUTHORITY_SOURCE = '\\b(?:datatilsynet|tilsynsmyndighet\\p{L}*|supervisory authorit\\p{L}*|integritetsskyddsmyndigheten|imy|the authority)\\b';
const UNDUE_DELAY_SOURCE =
  '\\b(?:uten ugrunnet opphold|uten unødig opphold|uten opphold|omgående|umiddelbart|straks|without undue delay|immediately|promptly|utan onödigt dröjsmål|utan dröjsmål|omgående|uden unødig forsinkelse|straks)';
const VAGUE_DEADLINE_SOURCE = '\\b(?:innen rimelig tid|within a reasonable (?:time|period)|inom skälig tid|inden for rimelig tid|så snart som praktisk mulig|as soon as (?:reasonably )?practicable)';

/** Whether the controller is named after the notify verb and before the authority: it is told. */
function controllerIsRecipient(match: string, authorityAt: number): boolean {
  const verb = findFirst(pattern(NOTIFY_SOURCE), match);
  if (!verb || verb.start > authorityAt) return false;
  const between = match.slice(verb.start, authorityAt);
  return findFirst(pattern(CONTROLLER_SOURCE), between) !== undefined;
}

function isBreachNotice(s: SentenceView): boolean {
  return findFirst(pattern(BREACH_SOURCE), s.match) !== undefined && findFirst(pattern(NOTIFY_SOURCE), s.match) !== undefined;
}

export default defineRule({
  meta: {
    category: 'breach-notice-deadline',
    defaultSeverity: 'high',
    topic: 'breach-notice',
    messages: {
      'deadline-too-long': {
        nb: 'Fristen for å varsle behandlingsansvarlig om brudd på personopplysningssikkerheten er {{hours}} timer; playbooken krever uten ugrunnet opphold og senest {{maxHours}} timer.',
        en: 'The deadline for notifying the controller of a personal data breach is {{hours}} hours; the playbook requires without undue delay and at most {{maxHours}} hours.',
      },
      'qualified-duty': {
        nb: 'Varslingsplikten ved brudd er betinget («{{qualifier}}»): databehandler må varsle uten forbehold, senest innen {{maxHours}} timer.',
        en: 'The breach-notification duty is qualified ("{{qualifier}}"): the processor must notify unconditionally, within {{maxHours}} hours at most.',
      },
      'vague-deadline': {
        nb: 'Varsling om brudd skal skje «{{phrase}}»: det er svakere enn «uten ugrunnet opphold» og senest {{maxHours}} timer.',
        en: 'Breach notification is due "{{phrase}}": weaker than "without undue delay" and at most {{maxHours}} hours.',
      },
      'no-breach-notice': {
        nb: 'Avtalen pålegger ikke databehandler å varsle behandlingsansvarlig om brudd på personopplysningssikkerheten (GDPR art. 33(2)).',
        en: 'The agreement does not oblige the processor to notify the controller of personal data breaches (GDPR art. 33(2)).',
      },
    },
    playbookSettings: ['breachNoticeMaxHours'],
    reportsAbsence: true,
  },
  check(context) {
    const maxHours = context.playbook.breachNoticeMaxHours;
    let dutyFound = false;
    for (const sentence of context.sentences()) {
      if (!isBreachNotice(sentence)) continue;
      const towardsAuthority = findFirst(pattern(AUTHORITY_SOURCE), sentence.match);
      const durations = findDurations(sentence.match, sentence.start).filter((d) => d.unit !== 'years' && d.unit !== 'months');
      if (towardsAuthority && !controllerIsRecipient(sentence.match, towardsAuthority.start)) continue; // the controller's own duty to the authority
      dutyFound = true;
      // a 72-hour figure in a sentence about the authority is the controller's deadline, not the processor's
      const relevant = towardsAuthority ? durations.filter((d) => d.start - sentence.start < (towardsAuthority.start as number)) : durations;
      const tooLong = relevant.find((d) => d.hours > maxHours);
      if (tooLong) {
        context.report({ messageId: 'deadline-too-long', start: tooLong.start, end: tooLong.end, data: { hours: Math.round(tooLong.hours), maxHours } });
      }
      const qualifier = findQualifiers(sentence.match, sentence.start)[0];
      if (qualifier && !tooLong) {
        context.report({ messageId: 'qualified-duty', start: qualifier.start, end: qualifier.end, data: { qualifier: context.text.slice(qualifier.start, qualifier.end), maxHours } });
      }
      const vague = findAll(pattern(VAGUE_DEADLINE_SOURCE), sentence.match, sentence.start)[0];
      if (vague && !tooLong && !findFirst(pattern(UNDUE_DELAY_SOURCE), sentence.match)) {
        context.report({ messageId: 'vague-deadline', start: vague.start, end: vague.end, data: { phrase: context.text.slice(vague.start, vague.end), maxHours } });
      }
    }
    if (!dutyFound) context.reportAbsence({ messageId: 'no-breach-notice' });
  },
});
