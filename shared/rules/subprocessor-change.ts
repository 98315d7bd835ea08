// subprocessor-change: adding or replacing sub-processors needs authorisation, advance notice and a right to object (GDPR art. 28(2)).
// How it reads a clause, and why: docs/rules/reading/subprocessor-change.md.

import { findAllQualifiers, shorterThanDays, type Duration } from '../values';
import { findFirst, pattern, type Match } from '../match';
import { defineRule, firstReport, type Report, type RuleContext, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { endOfWord } from '../broken-words';
import type { SentenceFrame } from '../frame';
import { GENERAL_RIGHT_SOURCE, noticeFacts, noticePeriods, silentOnChanges, subprocessorTerms, type NoticeFacts } from '../subprocessor-terms';
import {
  bareNotice, CHANGE_SOURCE, controllerLeftToCheck, deemedApprovalWindow, deniedNotice, freeHand, materialChangesOnly, noticeAfterChange, noticeException, noticeOfChange, ongoingChange, publishedOnly,
} from '../subprocessor-notice';

/** What the steps read of one sentence about sub-processors (match offsets relative to the sentence). */
interface ChangeSentence {
  context: RuleContext;
  sentence: SentenceView;
  frame: SentenceFrame;
  processorSource: string;
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

const span = ({ sentence }: ChangeSentence, m: { start: number; end: number }) => ({ start: sentence.start + m.start, end: sentence.start + m.end });
const whole = ({ sentence }: ChangeSentence) => ({ start: sentence.start, end: sentence.end });

/** A report at a phrase of the sentence, quoting it. */
function phraseReport(t: ChangeSentence, messageId: string, m: Match): Report {
  const at = span(t, m);
  return { messageId, ...at, data: { phrase: t.context.text.slice(at.start, endOfWord(t.context.text, at.end)).replace(/\s+/g, ' ').trim(), minDays: t.minDays } };
}

/**
 * A step that reports what a reading of shared/subprocessor-notice.ts finds where the sentence and the DPA's terms let it
 * count: quoting the words (`quote`), or pointing at them.
 */
function readingStep(messageId: string, applies: (t: ChangeSentence) => unknown, read: (t: ChangeSentence) => Match | undefined, quote = true): Step {
  return (t) => {
    const found = applies(t) ? read(t) : undefined;
    if (!found) return undefined;
    return quote ? phraseReport(t, messageId, found) : { messageId, ...span(t, found), data: { minDays: t.minDays } };
  };
}

/** A free right to add or replace (a general authorisation is none where the DPA gives adequate notice and an objection right). */
const freeChange = readingStep('free-change', (t) => t.names && t.changeWord, (t) => freeHand(t.sentence, t.frame, t.processorSource, t.facts.adequate && t.facts.objection));

/** Deemed approval after a short objection window, with no adequate notice in the DPA. */
const deemedShortWindow: Step = (t) => {
  const deemed = t.names && !t.facts.adequate ? deemedApprovalWindow(t.sentence.match, t.minDays) : undefined;
  return deemed && { messageId: 'deemed-approval-short-window', ...span(t, deemed), data: { days: Math.round(deemed.days), minDays: t.minDays } };
};

/** An ongoing or as-needed change, where neither this sentence nor the DPA gives notice. */
const freeWeakChange = readingStep('free-change', (t) => t.names && t.changeWord && !t.facts.adequate && !t.periods.length, (t) => ongoingChange(t.sentence, t.frame, t.processorSource));
/** New sub-processors only published, with no period and no objection. */
const publishedChange = readingStep('no-notice-period', (t) => t.names && t.changeWord && !t.facts.anyNotice && !t.periods.length, (t) => publishedOnly(t.sentence.match), false);
/** The controller left to look up changes itself, where it is told of nothing. */
const selfCheckOnly = readingStep('controller-must-check', (t) => !t.facts.anyNotice && !t.periods.length, (t) => controllerLeftToCheck(t.sentence.match, t.processorSource));
/** Notice of the changes denied in a sentence on sub-processors, with no period given: the controller is told nothing. */
const noticeDenied = readingStep('no-notice-period', (t) => t.aboutSubprocessors && !t.periods.length, (t) => deniedNotice(t.sentence.match, t.processorSource));
/** Exceptions to the notice: "in special cases ... shorter notice". */
const exceptedNotice = readingStep('notice-exception', () => true, (t) => noticeException(t.sentence.match, t.processorSource));
/** The controller told only after the change. */
const toldAfterChange = readingStep('notice-after-change', (t) => t.changeWord, (t) => noticeAfterChange(t.sentence.match), false);
/** Notice of "material" changes only. */
const materialOnly = readingStep('notice-material-only', (t) => t.aboutSubprocessors, (t) => materialChangesOnly(t.sentence.match));

/** "the controller shall be informed of changes": no period at all in the DPA (and perhaps no objection right either). */
function informedOnly(t: ChangeSentence): Report[] {
  if (t.periods.length || !t.changeWord || !t.aboutSubprocessors || t.facts.anyNotice || !bareNotice(t.sentence)) return [];
  const noPeriod = { messageId: 'no-notice-period', ...whole(t), data: { minDays: t.minDays } };
  return t.facts.objection ? [noPeriod] : [noPeriod, { messageId: 'no-objection-right', ...whole(t) }];
}

/**
 * What a notice of a change to the controller lacks: a period as long as the playbook's days; an unqualified one ("as far
 * as possible"); any period at all (and perhaps an objection right); or, with adequate notice, a right to object in the DPA.
 */
function weakNotice(t: ChangeSentence): Report[] {
  const short = t.periods.find((p) => shorterThanDays(p, t.minDays));
  if (short) return [{ messageId: 'notice-too-short', ...span(t, short), data: { days: Math.round(short.days), minDays: t.minDays } }];
  const qualifier = findAllQualifiers(t.sentence.match)[0];
  if (qualifier && (t.periods.length || t.changeWord)) return [phraseReport(t, 'notice-qualified', qualifier)];
  const informed = informedOnly(t);
  if (informed.length) return informed;
  return t.periods.length && t.facts.adequate && !t.facts.objection ? [{ messageId: 'no-objection-right', ...whole(t) }] : [];
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
    const { processorSource } = context.parties;
    const facts = noticeFacts(sentences, minDays, processorSource);
    const findings: Report[] = [];
    for (const sentence of sentences) {
      const named = names(sentence);
      const changeWord = findFirst(pattern(CHANGE_SOURCE), sentence.match);
      const t: ChangeSentence = { context, sentence, frame: context.frame(sentence), processorSource, facts, minDays, names: named, aboutSubprocessors: named || underHeading(sentence.clause), changeWord, periods: noticePeriods(sentence) };
      const decided = firstReport([freeChange, deemedShortWindow, freeWeakChange, publishedChange, noticeDenied, exceptedNotice, toldAfterChange], t);
      if (decided) {
        findings.push(decided);
        continue;
      }
      if (noticeOfChange(sentence, processorSource, named)) {
        const material = materialOnly(t);
        if (material) findings.push(material);
        const weak = weakNotice(t);
        findings.push(...weak);
        if (weak.length) continue;
      }
      const selfCheck = selfCheckOnly(t);
      if (selfCheck) findings.push(selfCheck);
    }

    // what a whole DPA lacks, when no sentence deviates (a pasted clause may have its notice clause beside it)
    if (context.scope === 'document' && !findings.length) {
      // a general right to use sub-processors, with no notice clause at all in the document
      const generalRight = sentences.find((s) => findFirst(pattern(GENERAL_RIGHT_SOURCE), s.match) && !context.frame(s).negations.length);
      if (generalRight && !facts.anyNotice && !(facts.adequate && facts.objection)) {
        findings.push({ messageId: 'general-approval-unguarded', start: generalRight.start, end: generalRight.end, data: { minDays } });
      }
      // a DPA that lists or uses sub-processors but says nothing on how they change
      const silent = generalRight ? undefined : silentOnChanges(sentences);
      if (silent) findings.push({ messageId: 'no-change-terms', start: silent.start, end: silent.end });
    }
    for (const f of findings) context.report({ ...f, end: endOfWord(context.text, f.end) });
  },
});

