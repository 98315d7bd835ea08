// subprocessor-change: adding or replacing sub-processors needs authorisation, advance notice and a right to object (GDPR art. 28(2)).
// How it reads a clause, and why: docs/rules/reading/subprocessor-change.md.

import { findDurations, findAllQualifiers, type Duration } from '../values';
import { findFirst, matchText, pattern, type Match } from '../match';
import { actorBesides, negatedBefore, NEGATION_SOURCE, type Party } from '../clause-facts';
import { negationIn } from '../frame';
import { defineRule, type Report, type RuleContext, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import type { Clause } from '../types';
import { concept, conceptStem } from '../lexicon';
import { inSection } from '../sections';
import { endOfWord } from '../broken-words';
import { isNoticeToController, noticePeriods, NOTICE_SOURCE, OBJECTION_SOURCE, objectionIn, STRICT_CHANGE_SOURCE, SUBPROCESSOR_SOURCE, subprocessorTerms } from '../subprocessor-terms';

/** What the notice is about: a change, an addition, a replacement, a new one. */
const CHANGE_SOURCE = concept('change.word', 'change.engage');
/** A free hand: "fritt", "freely", "at its discretion", "without (prior written) notice/approval" (lexicon: subprocessor.free-hand). */
const FREE_SOURCE = concept('subprocessor.free-hand');
/** Exceptions that let a change happen with shorter or no notice. */
const EXCEPTION_SOURCE = concept('notice.exception');
// "not even in urgent cases": the exception is ruled out
const NOT_EVEN_SOURCE = `${NEGATION_SOURCE}(?: \\p{L}+){0,2}[\\s,]*$`;
/** Telling the controller only after the change: "inform ... as soon as practicable thereafter". */
const NOTICE_AFTER_CHANGE_SOURCE = `${NOTICE_SOURCE}[^.;]{0,100}?${concept('time.afterwards')}`;
/** "Vesentlige endringer varsles", "notify of material changes": notice of only some of the changes. */
const MATERIAL_CHANGE_SOURCE = `${concept('qualifier.material')}(?: \\p{L}+){0,2}? ${CHANGE_SOURCE}`;
/** The processor's general right or general authorisation to use sub-processors. */
const GENERAL_RIGHT_SOURCE = conceptStem('subprocessor.general-right');
/** Asking for the controller's specific approval: a request, not a notice. */
const REQUEST_SOURCE = concept('approval.request');

interface NoticeFacts {
  /** A notice of at least the playbook's days, unqualified. */
  adequate: boolean;
  /** The controller may object. */
  objection: boolean;
  /** Any notice sentence at all (adequate or not). */
  anyNotice: boolean;
}

/** Whether a period is shorter than the minimum (10 business days are 14 days, not 13.99). */
function shorterThan(period: Duration, minDays: number): boolean {
  return period.days < minDays - 1e-6;
}

/** The facts of the sub-processor terms taken together: notice periods and the objection right often stand in different sentences. */
function gatherFacts(sentences: SentenceView[], minDays: number, processorSource: string): NoticeFacts {
  const facts: NoticeFacts = { adequate: false, objection: false, anyNotice: false };
  for (const sentence of sentences) {
    if (objectionIn(sentence)) facts.objection = true;
    if (!isNoticeToController(sentence, processorSource)) continue;
    const periods = noticePeriods(sentence);
    if (periods.length) facts.anyNotice = true;
    const qualified = findAllQualifiers(sentence.match).length > 0 || findFirst(pattern(EXCEPTION_SOURCE), sentence.match) !== undefined;
    if (!qualified && periods.length && periods.every((p) => !shorterThan(p, minDays))) facts.adequate = true;
  }
  return facts;
}

/** What the steps read of one sentence about sub-processors (match offsets relative to the sentence). */
interface ChangeSentence {
  context: RuleContext;
  sentence: SentenceView;
  facts: NoticeFacts;
  minDays: number;
  /** The sentence names a sub-processor. */
  names: boolean;
  /** The sentence names a sub-processor or stands under a sub-processor heading. */
  aboutSubprocessors: boolean;
  changeWord: Match | undefined;
  periods: Duration[];
}

type Step = (t: ChangeSentence) => Report | undefined;

const find = (source: string, t: ChangeSentence) => findFirst(pattern(source), t.sentence.match);
const span = ({ sentence }: ChangeSentence, m: { start: number; end: number }) => ({ start: sentence.start + m.start, end: sentence.start + m.end });
const whole = ({ sentence }: ChangeSentence) => ({ start: sentence.start, end: sentence.end });

/** A report at a phrase of the sentence, quoting it. */
function phraseReport(t: ChangeSentence, messageId: string, m: Match): Report {
  const at = span(t, m);
  return { messageId, ...at, data: { phrase: t.context.text.slice(at.start, endOfWord(t.context.text, at.end)).replace(/\s+/g, ' ').trim(), minDays: t.minDays } };
}

/** A free right to add or replace: "fritt", "freely", "without notice" (not "shall not ... without", not the controller's). */
const freeChange: Step = (t) => {
  const free = find(FREE_SOURCE, t);
  if (!free || !t.names || !t.changeWord || negationIn(t.context.frame(t.sentence), t.sentence.start, t.sentence.start + free.start) || actorOf(t, free) === 'controller') return undefined;
  return phraseReport(t, 'free-change', free);
};

/**
 * Deemed approval after a short objection window, with no adequate notice in the DPA: "anses å ha godkjent ny
 * underleverandør dersom innsigelse ikke er fremmet innen 5 virkedager", "deemed accepted unless Customer objects within 7 days".
 */
const deemedShortWindow: Step = (t) => {
  const deemed = t.names && !t.facts.adequate ? find(concept('consent.deemed'), t) : undefined;
  if (!deemed || !find(OBJECTION_SOURCE, t)) return undefined;
  const window = findDurations(t.sentence.match).find((d) => d.unit !== 'hours' && shorterThan(d, t.minDays));
  return window && { messageId: 'deemed-approval-short-window', ...span(t, { start: Math.min(deemed.start, window.start), end: Math.max(deemed.end, window.end) }), data: { days: Math.round(window.days), minDays: t.minDays } };
};

/**
 * An ongoing or as-needed hand with no notice: "Underdatabehandlere kan udskiftes løbende", "replaced from time to time"
 * (lexicon: subprocessor.free-weak; only where neither this sentence nor the DPA gives notice).
 */
const freeWeakChange: Step = (t) => {
  const freeWeak = t.names && t.changeWord && !t.facts.adequate ? find(concept('subprocessor.free-weak'), t) : undefined;
  if (!freeWeak || find(NOTICE_SOURCE, t) || t.periods.length || actorOf(t, freeWeak) === 'controller') return undefined;
  return phraseReport(t, 'free-change', freeWeak);
};

/** New sub-processors only published on a website, with no period and no objection: "Nye underleverandører publiseres på vår nettside". */
const publishedOnly: Step = (t) => {
  const published = t.names && t.changeWord && !t.facts.anyNotice ? find(concept('notice.publish'), t) : undefined;
  if (!published || t.periods.length || find(OBJECTION_SOURCE, t)) return undefined;
  return { messageId: 'no-notice-period', ...span(t, published), data: { minDays: t.minDays } };
};

/** Exceptions: "in special cases ... shorter notice", "may replace with immediate effect where urgently required" (not "not even in urgent cases"). */
const noticeException: Step = (t) => {
  const exception = find(EXCEPTION_SOURCE, t);
  if (!exception || findFirst(pattern(NOT_EVEN_SOURCE), t.sentence.match.slice(Math.max(0, exception.start - 30), exception.start))) return undefined;
  return phraseReport(t, 'notice-exception', exception);
};

/** The controller told only after the change: "will inform Customer ... thereafter". */
const noticeAfterChange: Step = (t) => {
  const afterChange = t.changeWord && find(NOTICE_AFTER_CHANGE_SOURCE, t);
  if (!afterChange || findFirst(pattern(OBJECTION_SOURCE), afterChange.text)) return undefined;
  return { messageId: 'notice-after-change', ...span(t, afterChange), data: { minDays: t.minDays } };
};

/** Notice of "material" changes only ("Vesentlige endringer varsles"): the controller hears of some changes, not of every one. */
const materialOnly: Step = (t) => {
  const material = find(MATERIAL_CHANGE_SOURCE, t);
  if (!material || !t.aboutSubprocessors || negatedBefore(t.sentence.match, material.start, 20)) return undefined;
  return phraseReport(t, 'notice-material-only', material);
};

/** A notice period shorter than the playbook's days. */
const noticeTooShort: Step = (t) => {
  const short = t.periods.find((p) => shorterThan(p, t.minDays));
  return short && { messageId: 'notice-too-short', ...span(t, short), data: { days: Math.round(short.days), minDays: t.minDays } };
};

/** Notice "as far as possible", "where practicable". */
const noticeQualified: Step = (t) => {
  const qualifier = findAllQualifiers(t.sentence.match)[0];
  return qualifier && (t.periods.length || t.changeWord) ? phraseReport(t, 'notice-qualified', qualifier) : undefined;
};

/** "the controller shall be informed of changes": no period at all in the DPA (and perhaps no objection right either). */
function informedOnly(t: ChangeSentence): Report[] {
  if (t.periods.length || !t.changeWord || !t.aboutSubprocessors || t.facts.anyNotice || objectionOnly(t.sentence) || find(REQUEST_SOURCE, t)) return [];
  const noPeriod = { messageId: 'no-notice-period', ...whole(t), data: { minDays: t.minDays } };
  return t.facts.objection ? [noPeriod] : [noPeriod, { messageId: 'no-objection-right', ...whole(t) }];
}

/** Adequate notice, but no right to object anywhere in the DPA. */
const noObjectionRight: Step = (t) => (t.periods.length && t.facts.adequate && !t.facts.objection ? { messageId: 'no-objection-right', ...whole(t) } : undefined);

/** The first step's report. */
function first(steps: Step[], t: ChangeSentence): Report | undefined {
  for (const step of steps) {
    const report = step(t);
    if (report) return report;
  }
  return undefined;
}

export default defineRule({
  meta: {
    category: 'subprocessor-change',
    defaultSeverity: 'medium',
    topic: 'subprocessors',
    messages: ruleMessages('subprocessor-change'),
    playbookSettings: ['subprocessorNoticeMinDays'],
    reportsAbsence: false,
  },
  check(context) {
    const minDays = context.playbook.subprocessorNoticeMinDays;
    const { sentences, names, underHeading } = subprocessorTerms(context);
    if (!sentences.length) return;
    const facts = gatherFacts(sentences, minDays, context.processorSource);
    const findings: Report[] = [];
    let generalRight: SentenceView | undefined;
    let informOnly = false;

    for (const sentence of sentences) {
      const named = names(sentence);
      const changeWord = findFirst(pattern(CHANGE_SOURCE), sentence.match);
      const t: ChangeSentence = { context, sentence, facts, minDays, names: named, aboutSubprocessors: named || underHeading(sentence.clause), changeWord, periods: noticePeriods(sentence) };
      const decided = first([freeChange, deemedShortWindow, freeWeakChange, publishedOnly, noticeException, noticeAfterChange], t);
      if (decided) {
        findings.push(decided);
        continue;
      }
      // a notice of a change: a clause under a heading that names the change ("4.2 Ved endringer av underdatabehandlere ...";
      // a PDF line cut can make the sentence's start a heading) is about changes, though the sentence names none
      if (isNoticeToController(sentence, context.processorSource) && (changeWord || named || changeHeading(sentence.clause))) {
        const material = materialOnly(t);
        if (material) findings.push(material);
        const notice = first([noticeTooShort, noticeQualified], t);
        const informed = notice ? [] : informedOnly(t);
        if (informed.length) informOnly = true;
        const weak = notice ? [notice] : informed.length ? informed : [noObjectionRight(t)].filter((r): r is Report => r !== undefined);
        if (weak.length) {
          findings.push(...weak);
          continue;
        }
      }
      if (!generalRight && findFirst(pattern(GENERAL_RIGHT_SOURCE), sentence.match) && !context.frame(sentence).negations.length) generalRight = sentence;
    }

    // a general right to use sub-processors, with no notice clause at all in the document
    // (an absence: only a whole DPA shows that no notice clause exists; a pasted clause may have one beside it)
    if (context.scope === 'document' && generalRight && !informOnly && !facts.anyNotice && !findings.length && !(facts.adequate && facts.objection)) {
      findings.push({ messageId: 'general-approval-unguarded', start: generalRight.start, end: generalRight.end, data: { minDays } });
    }
    // a whole DPA that lists or uses sub-processors but says nothing on how they change
    if (context.scope === 'document' && !findings.length && !generalRight) {
      const silent = silentOnChanges(sentences);
      if (silent) findings.push({ messageId: 'no-change-terms', start: silent.start, end: silent.end });
    }
    for (const f of findings) context.report({ ...f, end: endOfWord(context.text, f.end) });
  },
});

const APPROVAL_SOURCE = concept('approval');
const USE_SOURCE = concept('use');

/**
 * The sentence where a DPA says it uses sub-processors ("Databehandler benytter følgende
 * underleverandører:"), when no sentence about sub-processors says anything of changing them: no
 * notice, no change, no objection, no authorisation or approval. Undefined when the terms exist.
 * @example silentOnChanges(sentences)?.text // 'Databehandler benytter følgende underleverandører:'
 */
function silentOnChanges(sentences: readonly SentenceView[]): SentenceView | undefined {
  const terms = [NOTICE_SOURCE, STRICT_CHANGE_SOURCE, OBJECTION_SOURCE, APPROVAL_SOURCE, FREE_SOURCE, GENERAL_RIGHT_SOURCE, REQUEST_SOURCE];
  if (sentences.some((s) => terms.some((source) => findFirst(pattern(source), s.match) !== undefined))) return undefined;
  const subprocessor = pattern(SUBPROCESSOR_SOURCE);
  return sentences.find((s) => s.clause.kind !== 'heading' && findFirst(subprocessor, s.match) !== undefined && (findFirst(pattern(USE_SOURCE), s.match) !== undefined || inSection(s.clause, 'subprocessors')));
}

/** Who acts in a sentence with a free-hand phrase, read without the phrase ("without Client's prior consent" names the one asked). */
function actorOf({ context, sentence }: ChangeSentence, free: Match): Party | undefined {
  const modal = context.frame(sentence).modal;
  return actorBesides(sentence.match, free, modal && { start: modal.start - sentence.start, end: modal.end - sentence.start }, context.processorSource);
}

/**
 * Whether a clause's nearest heading names both a sub-processor and a change.
 * @example changeHeading(clause) // true under "Endringer av underdatabehandlere"
 */
function changeHeading(clause: Clause): boolean {
  const heading = matchText(clause.headings[clause.headings.length - 1] ?? '');
  return findFirst(pattern(SUBPROCESSOR_SOURCE), heading) !== undefined && findFirst(pattern(STRICT_CHANGE_SOURCE), heading) !== undefined;
}


/** A sentence that only sets the controller's objection window ("objections must be sent within 7 days"). */
function objectionOnly(sentence: SentenceView): boolean {
  const objection = findFirst(pattern(OBJECTION_SOURCE), sentence.match);
  const notice = findFirst(pattern(NOTICE_SOURCE), sentence.match);
  return objection !== undefined && notice !== undefined && objection.start < notice.start;
}
