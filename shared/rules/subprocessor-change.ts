// subprocessor-change: adding or replacing sub-processors needs authorisation, advance notice and a right to object (GDPR art. 28(2)).
// How it reads a clause, and why: docs/rules/reading/subprocessor-change.md.

import { findDurations, findAllQualifiers, shorterThanDays, type Duration } from '../values';
import { findAll, findFirst, pattern, type Match } from '../match';
import { firstPartyLeadingTo, negatedBefore, negatedInWords, NEGATION_SOURCE } from '../clause-facts';
import { actorBesides } from '../acting-party';
import { negationIn } from '../frame';
import { defineRule, firstReport, type Report, type RuleContext, type SentenceView } from '../rule';
import { ruleMessages } from '../messages';
import { concept } from '../lexicon';
import { DENIAL_SOURCE, WITHIN_RUN, wordsBefore } from '../sentence-parts';
import { endOfWord } from '../broken-words';
import { END_SOURCE } from '../end-of-contract';
import {
  changeHeading, FREE_SOURCE, GENERAL_RIGHT_SOURCE, isNoticeToController, NOTICE_EXCEPTION_SOURCE, NOTICE_SOURCE, noticeFacts, noticePeriods, OBJECTION_SOURCE, objectionOnly, REQUEST_SOURCE, silentOnChanges, subprocessorTerms, type NoticeFacts,
} from '../subprocessor-terms';

/** What the notice is about: a change, an addition, a replacement, a new one. */
const CHANGE_SOURCE = concept('change.word', 'change.engage');
// "not even in urgent cases": the exception is ruled out by a denial at most two words before it
const NOT_EVEN_SOURCE = `${NEGATION_SOURCE}(?: \\p{L}+){0,2}[\\s,]*$`;
/** How many words before an "immediate effect" the ending it qualifies may stand ("säga upp Tjänsten med omedelbar verkan"). */
const ENDING_WORDS = 4;
/** Telling the controller only after the change: "inform ... as soon as practicable thereafter". */
const NOTICE_AFTER_CHANGE_SOURCE = `${NOTICE_SOURCE}${WITHIN_RUN}${concept('time.afterwards')}`;
/** A change that needs both parties' written agreement ("unless signed by both the Supplier and the Customer"): the controller decides, no notice is owed. */
const AGREED_CHANGE_SOURCE = concept('amend.consent');
/** Whether the sentence makes the change need that agreement (not "without the Customer's prior consent"). */
function agreedChange(t: ChangeSentence): boolean {
  const agreed = find(AGREED_CHANGE_SOURCE, t);
  return agreed !== undefined && !negatedInWords(t.sentence.match, agreed.start, 4);
}
/** "Vesentlige endringer varsles", "notify of material changes": notice of only some of the changes. */
const MATERIAL_CHANGE_SOURCE = `${concept('qualifier.material')}(?: \\p{L}+){0,2}? ${CHANGE_SOURCE}`;

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

/** Who acts in the sentence read without a free-hand phrase ("without Client's prior consent" names the one asked). */
const actorWithout = ({ context, sentence }: ChangeSentence, phrase: Match) => actorBesides(sentence, phrase, context.frame(sentence).modal, context.parties.processorSource);

/** A report at a phrase of the sentence, quoting it. */
function phraseReport(t: ChangeSentence, messageId: string, m: Match): Report {
  const at = span(t, m);
  return { messageId, ...at, data: { phrase: t.context.text.slice(at.start, endOfWord(t.context.text, at.end)).replace(/\s+/g, ' ').trim(), minDays: t.minDays } };
}

/** "without specific authorisation", "uten særskilt godkjenning": a general authorisation (art. 28(2)), free only without notice and objection. */
const SPECIFIC_APPROVAL_SOURCE = concept('subprocessor.specific-approval');
/** "og kan", "and may": a second predicate, which a denial of the first does not reach ("anses ikke som underdatabehandlere og kan tages i brug uden varsel"). */
const COORDINATED_MODAL_SOURCE = `${concept('conjunction.and')} ${concept('modal')}\\b`;

/** A free right to add or replace: "fritt", "freely", "without notice" (not "shall not ... without", not the controller's). */
const freeChange: Step = (t) => {
  const free = find(FREE_SOURCE, t);
  if (!free || !t.names || !t.changeWord || actorWithout(t, free) === 'controller') return undefined;
  // a denial counts from the start of the free hand's own predicate
  const predicate = findAll(pattern(COORDINATED_MODAL_SOURCE), t.sentence.match.slice(0, free.start)).pop();
  if (negationIn(t.context.frame(t.sentence), t.sentence.start + (predicate?.start ?? 0), t.sentence.start + free.start)) return undefined;
  if (findFirst(pattern(SPECIFIC_APPROVAL_SOURCE), free.text) && t.facts.adequate && t.facts.objection) return undefined;
  return phraseReport(t, 'free-change', free);
};

/**
 * Deemed approval after a short objection window, with no adequate notice in the DPA: "anses å ha godkjent ny
 * underleverandør dersom innsigelse ikke er fremmet innen 5 virkedager", "deemed accepted unless Customer objects within 7 days".
 */
const deemedShortWindow: Step = (t) => {
  const deemed = t.names && !t.facts.adequate ? find(concept('consent.deemed'), t) : undefined;
  if (!deemed || !find(OBJECTION_SOURCE, t)) return undefined;
  const window = findDurations(t.sentence.match).find((d) => d.unit !== 'hours' && shorterThanDays(d, t.minDays));
  return window && { messageId: 'deemed-approval-short-window', ...span(t, { start: Math.min(deemed.start, window.start), end: Math.max(deemed.end, window.end) }), data: { days: Math.round(window.days), minDays: t.minDays } };
};

/**
 * An ongoing or as-needed hand with no notice: "Underdatabehandlere kan udskiftes løbende", "replaced from time to time"
 * (lexicon: subprocessor.free-weak; only where neither this sentence nor the DPA gives notice).
 */
const freeWeakChange: Step = (t) => {
  const freeWeak = t.names && t.changeWord && !t.facts.adequate ? find(concept('subprocessor.free-weak'), t) : undefined;
  if (!freeWeak || find(NOTICE_SOURCE, t) || t.periods.length || actorWithout(t, freeWeak) === 'controller') return undefined;
  return phraseReport(t, 'free-change', freeWeak);
};

/** New sub-processors only published on a website, with no period and no objection: "Nye underleverandører publiseres på vår nettside". */
const publishedOnly: Step = (t) => {
  const published = t.names && t.changeWord && !t.facts.anyNotice ? find(concept('notice.publish'), t) : undefined;
  if (!published || t.periods.length || find(OBJECTION_SOURCE, t)) return undefined;
  return { messageId: 'no-notice-period', ...span(t, published), data: { minDays: t.minDays } };
};

/**
 * The controller left to look up changes itself: "it is Customer's responsibility to review the list", "Kunden må selv
 * sjekke listen på nettsiden" (lexicon: notice.self-check, the controller as the one who looks). It is told of nothing.
 */
const selfCheckOnly: Step = (t) => {
  const selfCheck = !t.facts.anyNotice && !t.periods.length ? find(concept('notice.self-check'), t) : undefined;
  if (!selfCheck || negatedBefore(t.sentence.match, selfCheck.start, 20)) return undefined;
  return firstPartyLeadingTo(t.sentence.match, selfCheck.start, t.context.parties.processorSource) === 'controller' ? phraseReport(t, 'controller-must-check', selfCheck) : undefined;
};

/** Words that open a condition or an exception: "unless", "if", "såvida inte", "medmindre". */
const CONDITION_OPENER_SOURCE = concept('exception.unless', 'conjunction.condition');
/** A notice denied: "We don't send individual notices", "Kunden varsles ikke", "no notification will be given" (a denial, not "without", in the words before the notice word). */
const DENIED_NOTICE_SOURCE = `${DENIAL_SOURCE} (?:[\\p{L}'’]+ ){0,3}?${NOTICE_SOURCE}`;

/** Notice of the changes denied in a sentence on sub-processors, with no period given: the controller is told nothing. */
const noticeDenied: Step = (t) => {
  const denied = t.aboutSubprocessors && !t.periods.length ? find(DENIED_NOTICE_SOURCE, t) : undefined;
  if (!denied || find(NOTICE_EXCEPTION_SOURCE, t)) return undefined;
  // a denial that opens a condition ("unless such notice is prohibited", "såvida inte sådan information") denies no notice
  const denialEnd = denied.start + denied.text.search(/\s/);
  if (findFirst(pattern(CONDITION_OPENER_SOURCE), t.sentence.match.slice(wordsBefore(t.sentence.match, denied.start, 3).from, denialEnd))) return undefined;
  // the controller's own notice ("Customer need not notify us") is none of the processor's
  return firstPartyLeadingTo(t.sentence.match, denied.start, t.context.parties.processorSource) === 'controller' ? undefined : phraseReport(t, 'no-notice-period', denied);
};

/** Exceptions: "in special cases ... shorter notice", "may replace with immediate effect where urgently required" (not "not even in urgent cases"). */
const noticeException: Step = (t) => {
  const exception = find(NOTICE_EXCEPTION_SOURCE, t);
  if (!exception || findFirst(pattern(NOT_EVEN_SOURCE), t.sentence.match.slice(0, exception.start))) return undefined;
  // the controller ending the agreement at once ("har Kunden rätt att säga upp Tjänsten med omedelbar verkan") is no exception to the notice
  const ending = findFirst(pattern(END_SOURCE), wordsBefore(t.sentence.match, exception.start, ENDING_WORDS).text);
  if (ending && firstPartyLeadingTo(t.sentence.match, exception.start, t.context.parties.processorSource) === 'controller') return undefined;
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
  const short = t.periods.find((p) => shorterThanDays(p, t.minDays));
  return short && { messageId: 'notice-too-short', ...span(t, short), data: { days: Math.round(short.days), minDays: t.minDays } };
};

/** Notice "as far as possible", "where practicable". */
const noticeQualified: Step = (t) => {
  const qualifier = findAllQualifiers(t.sentence.match)[0];
  return qualifier && (t.periods.length || t.changeWord) ? phraseReport(t, 'notice-qualified', qualifier) : undefined;
};

/** "the controller shall be informed of changes": no period at all in the DPA (and perhaps no objection right either). */
function informedOnly(t: ChangeSentence): Report[] {
  if (t.periods.length || !t.changeWord || !t.aboutSubprocessors || t.facts.anyNotice || objectionOnly(t.sentence) || find(REQUEST_SOURCE, t) || agreedChange(t)) return [];
  const noPeriod = { messageId: 'no-notice-period', ...whole(t), data: { minDays: t.minDays } };
  return t.facts.objection ? [noPeriod] : [noPeriod, { messageId: 'no-objection-right', ...whole(t) }];
}

/** Adequate notice, but no right to object anywhere in the DPA. */
const noObjectionRight: Step = (t) => (t.periods.length && t.facts.adequate && !t.facts.objection ? { messageId: 'no-objection-right', ...whole(t) } : undefined);

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
    const facts = noticeFacts(sentences, minDays, context.parties.processorSource);
    const findings: Report[] = [];
    let generalRight: SentenceView | undefined;
    let informOnly = false;

    for (const sentence of sentences) {
      const named = names(sentence);
      const changeWord = findFirst(pattern(CHANGE_SOURCE), sentence.match);
      const t: ChangeSentence = { context, sentence, facts, minDays, names: named, aboutSubprocessors: named || underHeading(sentence.clause), changeWord, periods: noticePeriods(sentence) };
      const decided = firstReport([freeChange, deemedShortWindow, freeWeakChange, publishedOnly, noticeDenied, noticeException, noticeAfterChange], t);
      if (decided) {
        findings.push(decided);
        continue;
      }
      // a notice of a change: a clause under a heading that names the change ("4.2 Ved endringer av underdatabehandlere ...";
      // a PDF line cut can make the sentence's start a heading) is about changes, though the sentence names none
      if (isNoticeToController(sentence, context.parties.processorSource) && (changeWord || named || changeHeading(sentence.clause))) {
        const material = materialOnly(t);
        if (material) findings.push(material);
        const notice = firstReport([noticeTooShort, noticeQualified], t);
        const informed = notice ? [] : informedOnly(t);
        if (informed.length) informOnly = true;
        const weak = notice ? [notice] : informed.length ? informed : [noObjectionRight(t)].filter((r): r is Report => r !== undefined);
        if (weak.length) {
          findings.push(...weak);
          continue;
        }
      }
      const selfCheck = selfCheckOnly(t);
      if (selfCheck) {
        findings.push(selfCheck);
        continue;
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

