// How one sentence on sub-processors tells the controller of a change, or does not: a free hand to change them,
// an ongoing change, a change only published, a notice denied or excepted, a notice given only after the change
// or only of material changes, a deemed approval after a short objection window, the controller left to check a
// list itself, a change both parties must agree. Each reading returns the words that say it (offsets relative to
// the sentence); the subprocessor-change rule judges them with the document's notice facts (subprocessor-terms.ts).

import { firstPartyLeadingTo, negatedInWords, NEGATION_SOURCE } from './clause-facts';
import { actorBesides } from './acting-party';
import { negationIn, type SentenceFrame } from './frame';
import { concept } from './lexicon';
import { findAll, findFirst, pattern, type Match } from './match';
import type { SentenceView } from './rule';
import { DENIAL_SOURCE, WITHIN_RUN, wordsBefore } from './sentence-parts';
import { END_SOURCE } from './end-of-contract';
import { changeHeading, FREE_SOURCE, isNoticeToController, NOTICE_EXCEPTION_SOURCE, NOTICE_SOURCE, OBJECTION_SOURCE, objectionOnly, REQUEST_SOURCE } from './subprocessor-terms';
import { findDurations, shorterThanDays } from './values';

/** What the notice is about: a change, an addition, a replacement, a new one. */
export const CHANGE_SOURCE = concept('change.word', 'change.engage');
/** "without specific authorisation", "uten særskilt godkjenning": a general authorisation (art. 28(2)), free only without notice and objection. */
const SPECIFIC_APPROVAL_SOURCE = concept('subprocessor.specific-approval');
/** "og kan", "and may": a second predicate, which a denial of the first does not reach ("anses ikke som underdatabehandlere og kan tages i brug uden varsel"). */
const COORDINATED_MODAL_SOURCE = `${concept('conjunction.and')} ${concept('modal')}\\b`;
// "not even in urgent cases": the exception is ruled out by a denial at most two words before it
const NOT_EVEN_SOURCE = `${NEGATION_SOURCE}(?: \\p{L}+){0,2}[\\s,]*$`;
/** How many words before an "immediate effect" the ending it qualifies may stand ("säga upp Tjänsten med omedelbar verkan"). */
const ENDING_WORDS = 4;
/** How many words before a phrase, in its clause part, a denial of it may stand ("does not need to check the list", "not only material changes"). */
const DENIAL_WORDS = 3;
/** Telling the controller only after the change: "inform ... as soon as practicable thereafter". */
const NOTICE_AFTER_CHANGE_SOURCE = `${NOTICE_SOURCE}${WITHIN_RUN}${concept('time.afterwards')}`;
/** A change that needs both parties' written agreement ("unless signed by both the Supplier and the Customer"). */
const AGREED_CHANGE_SOURCE = concept('amend.consent');
/** "Vesentlige endringer varsles", "notify of material changes": notice of only some of the changes. */
const MATERIAL_CHANGE_SOURCE = `${concept('qualifier.material')}(?: \\p{L}+){0,2}? ${CHANGE_SOURCE}`;
/** Words that open a condition or an exception: "unless", "if", "såvida inte", "medmindre". */
const CONDITION_OPENER_SOURCE = concept('exception.unless', 'conjunction.condition');
/** A notice denied: "We don't send individual notices", "Kunden varsles ikke", "no notification will be given" (a denial, not "without", in the words before the notice word). */
const DENIED_NOTICE_SOURCE = `${DENIAL_SOURCE} (?:[\\p{L}'’]+ ){0,3}?${NOTICE_SOURCE}`;

const find = (source: string, match: string) => findFirst(pattern(source), match);

/**
 * A free hand to add or replace sub-processors: "fritt", "freely", "without notice"; not denied from the start of
 * its own predicate ("shall not ... without"), not the controller's ("without Client's prior consent" names the one
 * asked). "Without specific authorisation" is a general authorisation (art. 28(2)): no free hand where the DPA gives
 * notice and a right to object (`noticeAndObjection`).
 * @example freeHand(sentence, frame, processorSource, false)?.text // 'without notice' for "The Processor may replace sub-processors without notice"
 */
export function freeHand(sentence: SentenceView, frame: SentenceFrame, processorSource: string, noticeAndObjection: boolean): Match | undefined {
  const free = find(FREE_SOURCE, sentence.match);
  if (!free || actorBesides(sentence, free, frame.modal, processorSource) === 'controller') return undefined;
  // a denial counts from the start of the free hand's own predicate
  const predicate = findAll(pattern(COORDINATED_MODAL_SOURCE), sentence.match.slice(0, free.start)).pop();
  if (negationIn(frame, sentence.start + (predicate?.start ?? 0), sentence.start + free.start)) return undefined;
  return noticeAndObjection && find(SPECIFIC_APPROVAL_SOURCE, free.text) ? undefined : free;
}

/**
 * A deemed approval after an objection window shorter than `minDays`: "anses å ha godkjent ny underleverandør dersom
 * innsigelse ikke er fremmet innen 5 virkedager". The span runs over the deemed approval and the window.
 * @example deemedApprovalWindow(matchText('deemed accepted unless Customer objects within 7 days'), 30)?.days // 7
 */
export function deemedApprovalWindow(match: string, minDays: number): { start: number; end: number; days: number } | undefined {
  const deemed = find(concept('consent.deemed'), match);
  if (!deemed || !find(OBJECTION_SOURCE, match)) return undefined;
  const window = findDurations(match).find((d) => d.unit !== 'hours' && shorterThanDays(d, minDays));
  return window && { start: Math.min(deemed.start, window.start), end: Math.max(deemed.end, window.end), days: window.days };
}

/**
 * An ongoing or as-needed change with no notice word, not the controller's: "Underdatabehandlere kan udskiftes
 * løbende", "replaced from time to time" (lexicon: subprocessor.free-weak).
 * @example ongoingChange(sentence, frame, processorSource)?.text // 'løbende'
 */
export function ongoingChange(sentence: SentenceView, frame: SentenceFrame, processorSource: string): Match | undefined {
  const freeWeak = find(concept('subprocessor.free-weak'), sentence.match);
  if (!freeWeak || find(NOTICE_SOURCE, sentence.match) || actorBesides(sentence, freeWeak, frame.modal, processorSource) === 'controller') return undefined;
  return freeWeak;
}

/**
 * New sub-processors published on a website, with no right to object: "Nye underleverandører publiseres på vår nettside".
 * @example publishedOnly(matchText('Nye underleverandører publiseres på vår nettside'))?.text // 'publiseres'
 */
export function publishedOnly(match: string): Match | undefined {
  const published = find(concept('notice.publish'), match);
  return published && !find(OBJECTION_SOURCE, match) ? published : undefined;
}

/**
 * The controller left to look up changes itself: "it is Customer's responsibility to review the list", "Kunden må selv
 * sjekke listen på nettsiden" (lexicon: notice.self-check; the controller the one who looks, no denial in the words before).
 * @example controllerLeftToCheck(matchText('Kunden må selv sjekke listen på nettsiden'), processorSource)?.text // 'må selv sjekke listen på nettsiden'
 */
export function controllerLeftToCheck(match: string, processorSource: string): Match | undefined {
  const selfCheck = find(concept('notice.self-check'), match);
  if (!selfCheck || negatedInWords(match, selfCheck.start, DENIAL_WORDS)) return undefined;
  return firstPartyLeadingTo(match, selfCheck.start, processorSource) === 'controller' ? selfCheck : undefined;
}

/**
 * Notice of the changes denied: "We don't send individual notices", "Kunden varsles ikke"; not a denial that opens a
 * condition ("unless such notice is prohibited"), not the controller's own notice ("Customer need not notify us"),
 * not beside an exception to the notice.
 * @example deniedNotice(matchText('No notification will be given of new sub-processors'), processorSource)?.text // 'no notification'
 */
export function deniedNotice(match: string, processorSource: string): Match | undefined {
  const denied = find(DENIED_NOTICE_SOURCE, match);
  if (!denied || find(NOTICE_EXCEPTION_SOURCE, match)) return undefined;
  const denialEnd = denied.start + denied.text.search(/\s/);
  if (find(CONDITION_OPENER_SOURCE, match.slice(wordsBefore(match, denied.start, 3).from, denialEnd))) return undefined;
  return firstPartyLeadingTo(match, denied.start, processorSource) === 'controller' ? undefined : denied;
}

/**
 * An exception to the notice: "in special cases ... shorter notice", "may replace with immediate effect where urgently
 * required"; not "not even in urgent cases", not the controller ending the agreement at once ("har Kunden rätt att säga
 * upp Tjänsten med omedelbar verkan").
 * @example noticeException(matchText('in urgent cases the Processor may replace a sub-processor with immediate effect'), processorSource)?.text // 'in urgent cases'
 */
export function noticeException(match: string, processorSource: string): Match | undefined {
  const exception = find(NOTICE_EXCEPTION_SOURCE, match);
  if (!exception || find(NOT_EVEN_SOURCE, match.slice(0, exception.start))) return undefined;
  const ending = find(END_SOURCE, wordsBefore(match, exception.start, ENDING_WORDS).text);
  return ending && firstPartyLeadingTo(match, exception.start, processorSource) === 'controller' ? undefined : exception;
}

/**
 * The controller told only after the change, with no objection in the words that say it: "will inform Customer ... thereafter".
 * @example noticeAfterChange(matchText('will inform the Customer as soon as practicable thereafter'))?.text // 'inform the customer as soon as practicable thereafter'
 */
export function noticeAfterChange(match: string): Match | undefined {
  const afterChange = find(NOTICE_AFTER_CHANGE_SOURCE, match);
  return afterChange && !find(OBJECTION_SOURCE, afterChange.text) ? afterChange : undefined;
}

/**
 * Notice of "material" changes only ("Vesentlige endringer varsles"), not denied in the words before: the controller
 * hears of some changes, not of every one.
 * @example materialChangesOnly(matchText('Vesentlige endringer varsles kunden'))?.text // 'vesentlige endringer'
 */
export function materialChangesOnly(match: string): Match | undefined {
  const material = find(MATERIAL_CHANGE_SOURCE, match);
  return material && !negatedInWords(match, material.start, DENIAL_WORDS) ? material : undefined;
}

/**
 * Whether a sentence that tells the controller something is a notice of a change: it names a change or a sub-processor
 * (`namesSubprocessor`), or its clause stands under a heading that names the change ("4.2 Ved endringer av
 * underdatabehandlere ..."; a PDF line cut can make the sentence's start a heading), though the sentence names none.
 * @example noticeOfChange(sentenceOf('The Processor shall notify the Customer of new sub-processors'), processorSource, true) // true
 */
export function noticeOfChange(sentence: SentenceView, processorSource: string, namesSubprocessor: boolean): boolean {
  if (!isNoticeToController(sentence, processorSource)) return false;
  return find(CHANGE_SOURCE, sentence.match) !== undefined || namesSubprocessor || changeHeading(sentence.clause);
}

/**
 * Whether a notice is a notice and nothing more: not a sentence on the objection alone, not a request for the controller's
 * approval, not a change both parties must agree (then the controller decides and no period is owed).
 * @example bareNotice(sentenceOf('The Customer shall be informed of changes to sub-processors')) // true
 */
export function bareNotice(sentence: SentenceView): boolean {
  return !objectionOnly(sentence) && !find(REQUEST_SOURCE, sentence.match) && !changeNeedsAgreement(sentence.match);
}

/**
 * Whether a change needs both parties' agreement ("unless signed by both the Supplier and the Customer"; not "without the
 * Customer's prior consent"): the controller decides, no notice is owed.
 * @example changeNeedsAgreement(matchText('changes require the written consent of both parties')) // true
 */
export function changeNeedsAgreement(match: string): boolean {
  const agreed = find(AGREED_CHANGE_SOURCE, match);
  return agreed !== undefined && !negatedInWords(match, agreed.start, 4);
}
