// The sub-processor terms of a DPA as a reader finds them: the sentences about sub-processors (those that name
// one, or stand in a clause or section that does, less those on another topic that name them in passing), the
// notice periods such a sentence gives before a change, whether its notice is told to the controller, the
// controller's right to object, and the facts of the terms taken together (adequate notice, an objection right,
// any notice at all, or nothing said of changes).

import { firstPartyLeadingTo, negatedInWords, NEGATION_SOURCE } from './clause-facts';
import { concept, conceptStem } from './lexicon';
import { findAll, findFirst, matchText, pattern, spanHolds } from './match';
import type { Match } from './match';
import type { RuleContext, SentenceView } from './rule';
import { inOtherSection, inSection } from './sections';
import type { Clause } from './types';
import { findAllQualifiers, findDurations, findSingleUnitDurations, shorterThanDays, type Duration } from './values';
import { wordsAfter, wordsBefore, wordsBetween } from './sentence-parts';

/** Words that name a sub-processor (lexicon: subprocessor). */
export const SUBPROCESSOR_SOURCE = concept('subprocessor');
/** A duty to tell: notify, inform, give notice (lexicon: notice.give). */
export const NOTICE_SOURCE = concept('notice.give');
/** The controller's right to object (lexicon: objection). */
export const OBJECTION_SOURCE = concept('objection');
/** A change of sub-processors named outright: new, added, replaced, changed (lexicon: change.word). */
export const STRICT_CHANGE_SOURCE = concept('change.word');

/** A free hand: "fritt", "freely", "at its discretion", "without (prior written) notice/approval" (lexicon: subprocessor.free-hand). */
export const FREE_SOURCE = concept('subprocessor.free-hand');
/** Exceptions that let a change happen with shorter or no notice (lexicon: notice.exception). */
export const NOTICE_EXCEPTION_SOURCE = concept('notice.exception');
/** The processor's general right or general authorisation to use sub-processors. */
export const GENERAL_RIGHT_SOURCE = conceptStem('subprocessor.general-right');
/** Asking for the controller's specific approval: a request, not a notice. */
export const REQUEST_SOURCE = concept('approval.request');

/** Other topics that name sub-processors in passing: audits at sub-processors, breaches there, deletion there. */
const OTHER_TOPIC_SOURCE = concept('subprocessor.other-topic');
/** A change of sub-processors named outright: the change word within three words of the sub-processor ("bytte av underleverandør", "new Sub-processors", "sub-processor changes"), not a change of the data at a sub-processor. */
const SUBPROCESSOR_CHANGE_SOURCE = `${STRICT_CHANGE_SOURCE}(?: [\\p{L}'’-]+){0,3} ${SUBPROCESSOR_SOURCE}|${SUBPROCESSOR_SOURCE}(?: [\\p{L}'’-]+){0,3} ${STRICT_CHANGE_SOURCE}`;
/** Words that put a period before the change: "before", "in advance" (in the eight words after it), "at least" (in the four before). */
const ADVANCE_AFTER_SOURCE = concept('notice.in-advance', 'time.in-advance');
const ADVANCE_BEFORE_SOURCE = concept('amount.at-least', 'notice.deadline-word');
/** A notice noun right after the period, up to two words between: "30 days' notice", "14 days' advance written notice", "14 dages forudgående skriftligt varsel". */
const NOTICE_NOUN_AFTER_SOURCE = `^(?:'s|s'|')? ?(?:(?!${concept('time.after', 'time.source')})\\p{L}+ ){0,2}${concept('notice.noun')}`;
/** A period counted from an event after the change ("30 days after receipt"; in the four words after it). */
const AFTER_SOURCE = concept('time.after', 'time.from-receipt');
/** How near a period the objection right makes it the objection window: "may object within 10 days", "10 days to object". */
const OBJECTION_BEFORE_WORDS = 3;
const OBJECTION_AFTER_WORDS = 6;
/** The words before an objection right that may deny it: "shall not object", "har ikke rett til å protestere". */
const DENIAL_WORDS = 4;
/** The one told: "be notified", "receive notice" (lexicon: notice.told). */
const TOLD_SOURCE = concept('notice.told');

export interface SubprocessorTerms {
  /** The sentences about sub-processors, words broken across a line ("god- kjenning") read whole. */
  sentences: SentenceView[];
  /** Whether a span (absolute offsets) names a sub-processor. */
  names: (span: { start: number; end: number }) => boolean;
  /** Whether a clause stands under a heading (of its last two) about sub-processors. */
  underHeading: (clause: Clause) => boolean;
}

/**
 * The sentences about sub-processors: they name one, or stand in a clause or section that does. A
 * sentence on another topic that only names sub-processors in passing ("audits at the processor and
 * its sub-processors on reasonable notice, normally ten working days") says nothing about changing
 * them, unless it names a change of sub-processors outright (not "changes to personal data at a sub-processor").
 * @example subprocessorTerms(context).sentences.length // 3
 */
export function subprocessorTerms(context: RuleContext): SubprocessorTerms {
  const names = spanHolds(subprocessorMentions(context));
  const headings = new Map<string, boolean>();
  const underHeading = (clause: Clause) => {
    const key = clause.headings.slice(-2).join('\n');
    if (!headings.has(key)) headings.set(key, findFirst(pattern(SUBPROCESSOR_SOURCE), matchText(key)) !== undefined);
    return headings.get(key) as boolean;
  };
  const sentences: SentenceView[] = [];
  for (const clause of context.clauses) {
    if (!names(clause) && !underHeading(clause)) continue;
    // a clause in a section on another topic ("15 Varighet og endringer") speaks of sub-processors only where a sentence names them
    const otherSection = inOtherSection(clause, 'subprocessors');
    for (const sentence of context.sentencesOf(clause)) {
      if (otherSection && !names(sentence)) continue;
      if (findFirst(pattern(OTHER_TOPIC_SOURCE), sentence.match) && !findFirst(pattern(SUBPROCESSOR_CHANGE_SOURCE), sentence.match)) continue;
      sentences.push(sentence);
    }
  }
  return { sentences, names, underHeading };
}

/**
 * The durations in a sentence that give the period of notice before a change (not the objection window).
 * @example noticePeriods(sentence)[0].days // 30 for "with 30 days' prior notice; the Customer may object within 10 days"
 */
export function noticePeriods(sentence: SentenceView): Duration[] {
  const objections = findAll(pattern(OBJECTION_SOURCE), sentence.match);
  return [...findDurations(sentence.match), ...findSingleUnitDurations(sentence.match)].filter((d) => {
    if (d.unit === 'hours' && d.value < 24 && !/\d/.test(d.text)) return false;
    const after = sentence.match.slice(d.end);
    const inAdvanceAfter = findFirst(pattern(ADVANCE_AFTER_SOURCE), wordsAfter(sentence.match, d.end, 8)) !== undefined;
    const noticeNoun = findFirst(pattern(NOTICE_NOUN_AFTER_SOURCE), after) !== undefined;
    const advance = noticeNoun || inAdvanceAfter || findFirst(pattern(ADVANCE_BEFORE_SOURCE), wordsBefore(sentence.match, d.start, 4).text) !== undefined;
    if (!advance) return false;
    if (noticeNoun) return true;
    if (findFirst(pattern(AFTER_SOURCE), wordsAfter(sentence.match, d.end, 4)) && !inAdvanceAfter) return false;
    // "may object within 10 days": the objection window, not the notice
    const nearObjection = objections.some((o) => wordsBetween(sentence.match, o, d) <= (o.start > d.start ? OBJECTION_AFTER_WORDS : OBJECTION_BEFORE_WORDS));
    return !(nearObjection && !inAdvanceAfter);
  });
}

/**
 * Whether a sentence gives notice to the controller: it has a notice word, and the notice is not the
 * controller's own message ("If Customer objects, Customer must notify the Supplier within 10 days", whose
 * period is the objection window): the first party in the part leading to the notice word is its sender.
 * @example isNoticeToController(sentence, processorSource) // false for "Kunden må gi melding innen 10 dager"
 */
export function isNoticeToController(sentence: SentenceView, processorSource: string): boolean {
  const notice = findFirst(pattern(NOTICE_SOURCE), sentence.match);
  if (!notice) return false;
  if (findFirst(pattern(TOLD_SOURCE), sentence.match)) return true;
  return firstPartyLeadingTo(sentence.match, notice.start, processorSource) !== 'controller';
}

/** A condition opened before a denial: "unless ... has not objected", "if Customer does not object" (the objection is the controller's to make). */
const CONDITION_SOURCE = concept('exception.unless', 'conjunction.condition');
/**
 * The controller's prior approval required for a new sub-processor ("krever kommunens forhåndsgodkjenning", "subject to
 * the Customer's prior written consent"): a veto, more than a right to object (lexicon: approval.required).
 */
const PRIOR_APPROVAL_SOURCE = `${concept('approval.required')} (?:[\\p{L}'’]+ ){0,3}${concept('instruction.prior-consent')}`;

/**
 * A positive objection right ("may object"), not "shall not object" or "no right to object": also one said as a
 * condition ("unless the controller has not objected within the period"), or a prior approval the controller must give.
 */
export function objectionIn(sentence: SentenceView): Match | undefined {
  const s = sentence.match;
  const conditionedDenial = (at: number) => {
    const condition = findAll(pattern(CONDITION_SOURCE), s.slice(0, at)).pop();
    return condition !== undefined && findFirst(pattern(NEGATION_SOURCE), s.slice(condition.end, at)) !== undefined;
  };
  const objection = findAll(pattern(OBJECTION_SOURCE), s).find((m) => !negatedInWords(s, m.start, DENIAL_WORDS) || conditionedDenial(m.start));
  return objection ?? findAll(pattern(PRIOR_APPROVAL_SOURCE), s).find((m) => !negatedInWords(s, m.start, DENIAL_WORDS));
}

export interface NoticeFacts {
  /** A notice of at least the playbook's days, unqualified. */
  adequate: boolean;
  /** The controller may object. */
  objection: boolean;
  /** Any notice sentence at all (adequate or not). */
  anyNotice: boolean;
}

/**
 * The facts of the sub-processor terms taken together: the notice period and the objection right often stand in
 * different sentences (or an annex) of the same section.
 * @example noticeFacts(terms.sentences, 14, processorSource) // { adequate: true, objection: true, anyNotice: true }
 */
export function noticeFacts(sentences: readonly SentenceView[], minDays: number, processorSource: string): NoticeFacts {
  const facts: NoticeFacts = { adequate: false, objection: false, anyNotice: false };
  for (const sentence of sentences) {
    if (objectionIn(sentence)) facts.objection = true;
    if (!isNoticeToController(sentence, processorSource)) continue;
    const periods = noticePeriods(sentence);
    if (periods.length) facts.anyNotice = true;
    const qualified = findAllQualifiers(sentence.match).length > 0 || findFirst(pattern(NOTICE_EXCEPTION_SOURCE), sentence.match) !== undefined;
    if (!qualified && periods.length && periods.every((p) => !shorterThanDays(p, minDays))) facts.adequate = true;
  }
  return facts;
}

/** A sentence that only sets the controller's objection window ("objections must be sent within 7 days"). */
export function objectionOnly(sentence: SentenceView): boolean {
  const objection = findFirst(pattern(OBJECTION_SOURCE), sentence.match);
  const notice = findFirst(pattern(NOTICE_SOURCE), sentence.match);
  return objection !== undefined && notice !== undefined && objection.start < notice.start;
}

/** "The list", "listen", "förteckningen": a list named before, by the sentence just before it (lexicon: subprocessor.list-anaphor). */
const LIST_ANAPHOR_SOURCE = concept('subprocessor.list-anaphor');

/**
 * Where the document names a sub-processor: the word itself, and "the list" in the sentence right after one
 * that names them ("Our list of sub-processors is at vendor.example/sub. We may update the list at any time").
 * In order of position (absolute offsets).
 */
function subprocessorMentions(context: RuleContext): Match[] {
  const mentions = findAll(pattern(SUBPROCESSOR_SOURCE), context.match);
  const sentences = context.sentences();
  for (const [i, sentence] of sentences.entries()) {
    const previous = sentences[i - 1];
    if (!previous || previous.clause !== sentence.clause || !findFirst(pattern(SUBPROCESSOR_SOURCE), previous.match)) continue;
    if (findFirst(pattern(SUBPROCESSOR_SOURCE), sentence.match)) continue;
    mentions.push(...findAll(pattern(LIST_ANAPHOR_SOURCE), sentence.match, sentence.start));
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * Whether a clause's nearest heading names both a sub-processor and a change.
 * @example changeHeading(clause) // true under "Endringer av underdatabehandlere"
 */
export function changeHeading(clause: Clause): boolean {
  const heading = matchText(clause.headings[clause.headings.length - 1] ?? '');
  return findFirst(pattern(SUBPROCESSOR_SOURCE), heading) !== undefined && findFirst(pattern(STRICT_CHANGE_SOURCE), heading) !== undefined;
}

/**
 * The sentence where a DPA says it uses sub-processors ("Databehandler benytter følgende
 * underleverandører:"), when no sentence about sub-processors says anything of changing them: no
 * notice, no change, no objection, no authorisation or approval. Undefined when the terms exist.
 * @example silentOnChanges(sentences)?.text // 'Databehandler benytter følgende underleverandører:'
 */
export function silentOnChanges(sentences: readonly SentenceView[]): SentenceView | undefined {
  const terms = [NOTICE_SOURCE, STRICT_CHANGE_SOURCE, OBJECTION_SOURCE, concept('approval'), FREE_SOURCE, GENERAL_RIGHT_SOURCE, REQUEST_SOURCE];
  if (sentences.some((s) => terms.some((source) => findFirst(pattern(source), s.match) !== undefined))) return undefined;
  const subprocessor = pattern(SUBPROCESSOR_SOURCE);
  return sentences.find((s) => s.clause.kind !== 'heading' && findFirst(subprocessor, s.match) !== undefined && (findFirst(pattern(concept('use')), s.match) !== undefined || inSection(s.clause, 'subprocessors')));
}
