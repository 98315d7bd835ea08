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

function quote(context: RuleContext, start: number, end: number): string {
  return context.text.slice(start, endOfWord(context.text, end)).replace(/\s+/g, ' ').trim();
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
    const { sentences, names: namesSubprocessor, underHeading } = subprocessorTerms(context);
    if (!sentences.length) return;
    const facts = gatherFacts(sentences, minDays, context.processorSource);
    const findings: Report[] = [];
    let generalRight: SentenceView | undefined;
    let informOnly = false;

    for (const sentence of sentences) {
      const at = (m: Match) => ({ start: sentence.start + m.start, end: sentence.start + m.end });
      const names = namesSubprocessor(sentence);

      // a free right to add or replace: "fritt", "freely", "without notice" (not "shall not ... without")
      const free = findFirst(pattern(FREE_SOURCE), sentence.match);
      const changeWord = findFirst(pattern(CHANGE_SOURCE), sentence.match);
      if (free && names && changeWord && !negationIn(context.frame(sentence), sentence.start, sentence.start + free.start) && actorOf(context, sentence, free) !== 'controller') {
        findings.push({ messageId: 'free-change', ...at(free), data: { phrase: quote(context, sentence.start + free.start, sentence.start + free.end), minDays } });
        continue;
      }

      // deemed approval after a short objection window, with no adequate notice in the DPA: "anses å ha godkjent ny
      // underleverandør dersom innsigelse ikke er fremmet innen 5 virkedager", "deemed accepted unless Customer objects within 7 days"
      const deemed = names && !facts.adequate ? findFirst(pattern(concept('consent.deemed')), sentence.match) : undefined;
      if (deemed && findFirst(pattern(OBJECTION_SOURCE), sentence.match)) {
        const window = findDurations(sentence.match).find((d) => d.unit !== 'hours' && shorterThan(d, minDays));
        if (window) {
          findings.push({ messageId: 'deemed-approval-short-window', start: sentence.start + Math.min(deemed.start, window.start), end: sentence.start + Math.max(deemed.end, window.end), data: { days: Math.round(window.days), minDays } });
          continue;
        }
      }

      // an ongoing or as-needed hand with no notice: "Underdatabehandlere kan udskiftes løbende", "replaced from time to time"
      // (lexicon: subprocessor.free-weak; only where neither this sentence nor the DPA gives notice)
      const freeWeak = names && changeWord && !facts.adequate ? findFirst(pattern(concept('subprocessor.free-weak')), sentence.match) : undefined;
      if (freeWeak && !findFirst(pattern(NOTICE_SOURCE), sentence.match) && !noticePeriods(sentence).length && actorOf(context, sentence, freeWeak) !== 'controller') {
        findings.push({ messageId: 'free-change', ...at(freeWeak), data: { phrase: quote(context, sentence.start + freeWeak.start, sentence.start + freeWeak.end), minDays } });
        continue;
      }
      // new sub-processors only published on a website, with no period and no objection: "Nye underleverandører publiseres på vår nettside"
      const published = names && changeWord && !facts.anyNotice ? findFirst(pattern(concept('notice.publish')), sentence.match) : undefined;
      if (published && !noticePeriods(sentence).length && !findFirst(pattern(OBJECTION_SOURCE), sentence.match)) {
        findings.push({ messageId: 'no-notice-period', ...at(published), data: { minDays } });
        continue;
      }

      // exceptions: "in special cases ... shorter notice", "may replace with immediate effect where urgently required"
      const exception = findFirst(pattern(EXCEPTION_SOURCE), sentence.match);
      if (exception && !findFirst(pattern(NOT_EVEN_SOURCE), sentence.match.slice(Math.max(0, exception.start - 30), exception.start))) {
        findings.push({ messageId: 'notice-exception', ...at(exception), data: { phrase: quote(context, sentence.start + exception.start, sentence.start + exception.end), minDays } });
        continue;
      }

      // the controller told only after the change: "will inform Customer ... thereafter"
      const afterChange = changeWord && findFirst(pattern(NOTICE_AFTER_CHANGE_SOURCE), sentence.match);
      if (afterChange && !findFirst(pattern(OBJECTION_SOURCE), afterChange.text)) {
        findings.push({ messageId: 'notice-after-change', ...at(afterChange), data: { minDays } });
        continue;
      }

      // a clause under a heading that names the change ("4.2 Ved endringer av underdatabehandlere ..."; a
      // PDF line cut can make the sentence's start a heading) is about changes, though the sentence names none
      if (isNoticeToController(sentence, context.processorSource) && (changeWord || names || changeHeading(sentence.clause))) {
        const periods = noticePeriods(sentence);
        // notice of "material" changes only: the controller hears of some changes, not of every one
        const material = findFirst(pattern(MATERIAL_CHANGE_SOURCE), sentence.match);
        // (only where the changes are the sub-processors': the sentence names them or stands in their section)
        if (material && (names || underHeading(sentence.clause)) && !negatedBefore(sentence.match, material.start, 20)) {
          findings.push({ messageId: 'notice-material-only', ...at(material), data: { phrase: quote(context, sentence.start + material.start, sentence.start + material.end), minDays } });
        }
        const short = periods.find((p) => shorterThan(p, minDays));
        if (short) {
          findings.push({ messageId: 'notice-too-short', start: sentence.start + short.start, end: sentence.start + short.end, data: { days: Math.round(short.days), minDays } });
          continue;
        }
        const qualifier = findAllQualifiers(sentence.match)[0];
        if (qualifier && (periods.length || changeWord)) {
          findings.push({ messageId: 'notice-qualified', ...at(qualifier), data: { phrase: quote(context, sentence.start + qualifier.start, sentence.start + qualifier.end), minDays } });
          continue;
        }
        // "the controller shall be informed of changes": no period at all
        if (!periods.length && changeWord && (names || underHeading(sentence.clause)) && !facts.anyNotice && !objectionOnly(sentence) && !findFirst(pattern(REQUEST_SOURCE), sentence.match)) {
          informOnly = true;
          findings.push({ messageId: 'no-notice-period', start: sentence.start, end: sentence.end, data: { minDays } });
          if (!facts.objection) findings.push({ messageId: 'no-objection-right', start: sentence.start, end: sentence.end });
          continue;
        }
        if (periods.length && facts.adequate && !facts.objection) {
          findings.push({ messageId: 'no-objection-right', start: sentence.start, end: sentence.end });
          continue;
        }
      }

      if (!generalRight && findFirst(pattern(GENERAL_RIGHT_SOURCE), sentence.match) && !context.frame(sentence).negations.length) {
        generalRight = sentence;
      }
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
function actorOf(context: RuleContext, sentence: SentenceView, free: Match): Party | undefined {
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
