// What a sentence says about telling someone of a personal-data breach: whether it names a data breach (not a
// breach of contract), whether it is a breach notice at all (not help with the controller's own notification), who
// tells and who is told (the controller, the authority), the deadline a table row gives, and breach terms whose
// definition starts the clock late. The breach-notice-deadline rule judges these; the Normen checklist and any rule
// that reads incident terms can ask the same.

import { definitionOf } from './clause-facts';
import { concept } from './lexicon';
import { findAll, findFirst, pattern, type Match } from './match';
import { mentionsOf } from './party-mentions';
import type { RuleContext, SentenceView } from './rule';
import { inOtherSection, inSection } from './sections';
import { clauseRun, wordsAfter, wordsBefore } from './sentence-parts';
import { cellsOf, headerCells } from './table-rows';
import { CONTROLLER_SOURCE, findDurations, type Duration } from './values';

// a personal-data breach, also said informally ("if something goes wrong with your data", "kommer på avveie")
const BREACH_SOURCE = concept('breach.event');
/** Telling: "varsle", "notify", "underrätta", "underrette". */
export const NOTIFY_SOURCE = concept('notify');
/** "without undue delay", "uten ugrunnet opphold". */
export const UNDUE_DELAY_SOURCE = concept('notice.undue-delay');
/** Qualifiers that turn the breach notice into an effort: "if feasible", "når det er praktisk mulig" (lexicon: qualifier.practicable). */
export const EXTRA_QUALIFIER_SOURCE = concept('qualifier.practicable');
/** A deadline that starts only when the processor's own investigation ends: "following completion of its internal investigation". */
export const AFTER_INVESTIGATION_SOURCE = concept('deadline.after-investigation');

// "you" right after the notify verb, perhaps after "we": sv "er"/"ni" ("er" only after a Swedish verb in -ar)
const ADDRESSEE_AFTER_VERB_SOURCE = `^\\s+(?:${concept('party.we-or-modal')}\\s+){0,2}${concept('party.addressee-object')}`;

/**
 * Whether the words after a duration make it the authority's deadline: a duty noun right after it ("72-hour
 * obligation", "72 timers frist") that the authority follows.
 * @example namesAuthorityDuty('-hour obligation to notify a supervisory authority') // true
 */
export function namesAuthorityDuty(between: string): boolean {
  return findFirst(pattern(`^[- ]?(?:\\p{L}+ )?${concept('duty.noun')}`), between) !== undefined;
}

// a party followed by (a modal and) a notify verb is the one who notifies: "so that the Controller can notify the authority"
const NOTIFIES_NEXT_SOURCE = `^\\s+(?:${concept('modal', 'modal.possible')}\\s+){0,2}${NOTIFY_SOURCE}`;

/**
 * Whether the controller is named after the notify verb and before the authority, and is not the one who notifies
 * it: it is told.
 * @example controllerIsRecipient(matchText('The Processor shall notify the Controller so that it can inform the authority'), authority.start) // true
 */
export function controllerIsRecipient(match: string, authorityAt: number): boolean {
  const verb = findFirst(pattern(NOTIFY_SOURCE), match);
  if (!verb || verb.start > authorityAt) return false;
  const between = match.slice(verb.start, authorityAt);
  const told = findAll(pattern(CONTROLLER_SOURCE), between).some((c) => !findFirst(pattern(NOTIFIES_NEXT_SOURCE), between.slice(c.end)));
  if (told) return true;
  // informal vendor wording addresses the controller: "we will notify you", "meddelar vi er", "varsler vi dere"
  const addressee = findFirst(pattern(ADDRESSEE_AFTER_VERB_SOURCE), match.slice(verb.end, authorityAt));
  return addressee !== undefined && (addressee.text.trim().split(/\s+/).pop() !== 'er' || /ar$/u.test(verb.text));
}

// the controller being told: "Kunden skal varsles", "the Customer will be notified"
const TOLD_SOURCE = concept('notice.told');

// a breach of the contract, not of personal-data security ("material breach of this DPA", "brudd på avtalen")
const CONTRACT_BREACH_SOURCE = concept('breach.of-contract');

/**
 * Whether `match` names a personal-data breach (a breach word that is not a breach of the contract).
 * @example namesDataBreach(matchText('ved vesentlig brudd på avtalen')) // false
 */
export function namesDataBreach(match: string): boolean {
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
 * @example controllerTells(sentence, context.parties.processorSource) // true for "Kunden skal underrette de registrerte"
 */
export function controllerTells(sentence: SentenceView, processorSource: string): boolean {
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
// (or a notice listed among the duties helped with: "bistå med pliktene etter artikkel 32 til 36, herunder varsle om brudd")
const SECOND_DUTY_SOURCE = `${concept('conjunction.and-also', 'conjunction.including')}(?: \\p{L}+){0,3} ${concept('breach.second-duty')}`;

/**
 * Whether the sentence's notice is only help with the controller's own notification.
 * @example assistsOnly(matchText('The Processor shall assist the Controller in notifying the authority')) // true
 */
export function assistsOnly(match: string): boolean {
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
export function bareNoticeWithDeadline(s: SentenceView, processorSource: string): boolean {
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
 * @example isBreachNotice(sentence, context.parties.processorSource) // true for "Varsling skal om mulig skje innen 48 timer."
 */
export function isBreachNotice(s: SentenceView, processorSource: string): boolean {
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
export function tableRowDeadlines(context: RuleContext, sentence: SentenceView): Duration[] | undefined {
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
 * @example lateBreachDefinitions(context)[0]?.term // the pattern of «Sikkerhetsbrudd» for the definition above
 */
export function lateBreachDefinitions(context: RuleContext): { term: string; late: Match; definition: SentenceView }[] {
  return context.sentences().flatMap((definition) => {
    const defined = definitionOf(definition.match);
    if (!defined || !namesDataBreach(definition.match)) return [];
    const late = findFirst(pattern(AFTER_INVESTIGATION_SOURCE), definition.match.slice(defined.bodyStart), definition.start + defined.bodyStart);
    return late ? [{ term: defined.term, late, definition }] : [];
  });
}
