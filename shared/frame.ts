// The sentence frame: what a sentence says, read once per review and shared by every rule — who it
// binds or entitles (actor), its modal verb, negations, exceptions ("unless"), effort qualifiers
// ("if possible"), durations, a deferral to another document ("as set forth in the Agreement"), a
// deemed consent, and the topics of the section it stands in. Rules judge frames; they do not
// re-read parties, negation or durations themselves.
//
// Offsets in a frame are absolute (into the document text), like a finding's.

import { subjectOf, type Party } from './clause-facts';
import { concept } from './lexicon';
import { findAll, findFirst, pattern, type Match } from './match';
import type { SentenceView } from './rule';
import { sectionTopics, type SectionTopic } from './sections';
import { wordsBefore } from './sentence-parts';
import { findDurations, findQualifiers, type Duration } from './values';

export interface SentenceFrame {
  /** The party the sentence gives its right or duty to, if it names one. */
  actor: Party | undefined;
  /** The first modal verb ("shall", "may", "skal", "har rett til"). */
  modal: Match | undefined;
  /** Negation words ("not", "ikke", "uden", "inte"). */
  negations: Match[];
  /** Exceptions that open a condition ("unless", "med mindre", "om inte"). */
  exceptions: Match[];
  /** Qualifiers that empty a duty ("if possible", "reasonable efforts", "om mulig"). */
  qualifiers: Match[];
  durations: Duration[];
  /** A reference to another document for the term ("as set forth in the Agreement", "i henhold til hovedavtalen"). */
  deferral: Match | undefined;
  /** A deemed consent or acceptance ("is deemed approved", "anses godkjent"). */
  deemed: Match | undefined;
  /** Topics of the headings above the sentence (breach, subprocessors, definitions, scc …). */
  sections: SectionTopic[];
}

const MODAL = concept('modal');
const NEGATION = concept('negation');
const EXCEPTION = concept('exception.unless', 'exception.except');
const DEFERRAL = `${concept('reference.deferral')} (?:\\p{L}+ ){0,3}?(?:${concept('agreement.main', 'law.other-document')}|the agreement|avtalen|aftalen|avtalet)`;
const DEEMED = concept('consent.deemed');

/**
 * Reads a sentence's frame. `processorSource` names the processor (role words and the vendor's
 * names; see RuleContext.processorSource). Each part is read when a rule first asks for it: most
 * sentences are asked for their negations and modal, few for their durations, deferral or deemed
 * consent, and reading all nine parts of every sentence was a tenth of a review.
 * @example frameOf(sentence, processorSource).negations.length > 0 // "Databehandler skal ikke ..."
 */
export function frameOf(sentence: SentenceView, processorSource: string): SentenceFrame {
  return new LazyFrame(sentence, processorSource);
}

const UNREAD = Symbol('unread');

class LazyFrame implements SentenceFrame {
  #actor: Party | undefined | typeof UNREAD = UNREAD;
  #modal: Match | undefined | typeof UNREAD = UNREAD;
  #negations: Match[] | undefined;
  #exceptions: Match[] | undefined;
  #qualifiers: Match[] | undefined;
  #durations: Duration[] | undefined;
  #deferral: Match | undefined | typeof UNREAD = UNREAD;
  #deemed: Match | undefined | typeof UNREAD = UNREAD;
  #sections: SectionTopic[] | undefined;

  constructor(
    private readonly sentence: SentenceView,
    private readonly processorSource: string,
  ) {}

  get actor(): Party | undefined {
    if (this.#actor === UNREAD) this.#actor = subjectOf(this.sentence.match, this.processorSource);
    return this.#actor;
  }

  get modal(): Match | undefined {
    if (this.#modal === UNREAD) this.#modal = findFirst(pattern(MODAL), this.sentence.match, this.sentence.start);
    return this.#modal;
  }

  get negations(): Match[] {
    return (this.#negations ??= findAll(pattern(NEGATION), this.sentence.match, this.sentence.start));
  }

  get exceptions(): Match[] {
    return (this.#exceptions ??= findAll(pattern(EXCEPTION), this.sentence.match, this.sentence.start));
  }

  get qualifiers(): Match[] {
    return (this.#qualifiers ??= findQualifiers(this.sentence.match, this.sentence.start));
  }

  get durations(): Duration[] {
    return (this.#durations ??= findDurations(this.sentence.match, this.sentence.start));
  }

  get deferral(): Match | undefined {
    if (this.#deferral === UNREAD) this.#deferral = findFirst(pattern(DEFERRAL), this.sentence.match, this.sentence.start);
    return this.#deferral;
  }

  get deemed(): Match | undefined {
    if (this.#deemed === UNREAD) this.#deemed = findFirst(pattern(DEEMED), this.sentence.match, this.sentence.start);
    return this.#deemed;
  }

  get sections(): SectionTopic[] {
    return (this.#sections ??= sectionTopics(this.sentence.clause));
  }
}

/**
 * Whether the frame negates what stands at `at` (absolute): a negation before it in the sentence
 * that no exception ("unless", "except where") between the two turns back into a permission.
 * @example negates(frame, verb.start) // "The processor shall not transfer ..." → true
 */
export function negates(frame: Pick<SentenceFrame, 'negations' | 'exceptions'>, at: number): boolean {
  const before = frame.negations.filter((n) => n.end <= at);
  if (before.length === 0) return false;
  const last = before[before.length - 1];
  return !frame.exceptions.some((e) => e.start > last.end && e.end <= at);
}

/**
 * The first negation of the frame that lies wholly in [start, end) (absolute offsets), or undefined:
 * for rules that ask whether a stretch of the sentence ("between the modal and the verb") is negated.
 * @example negationIn(frame, modal.end, verb.end) // "may not amend" → the match of "not"
 */
export function negationIn(frame: SentenceFrame, start: number, end: number): Match | undefined {
  return frame.negations.find((n) => n.start >= start && n.end <= end);
}

const WITHOUT = concept('negation.without');

/**
 * As `negationIn`, but passing over "without" ("uten", "uden", "utan"): it names what is missing
 * (consent, notice), it does not deny the verb ("kan uden godkendelse ændre" grants the change).
 * @example denialIn(frame, modal.end, verb.end) // undefined for "may, without notice, amend"; "not" for "may not amend"
 */
export function denialIn(frame: SentenceFrame, start: number, end: number): Match | undefined {
  return frame.negations.find((n) => n.start >= start && n.end <= end && !findFirst(pattern(`^${WITHOUT}$`), n.text));
}

/**
 * As `negates`, but passing over "without" ("uten", "uden", "utan"), which names what is missing, not a denial:
 * "kan uden godkendelse ændre" grants the change.
 * @example deniesAt(frame, verb.start) // false for "may, without approval, change"; true for "may not change"
 */
export function deniesAt(frame: SentenceFrame, at: number): boolean {
  return negates({ exceptions: frame.exceptions, negations: frame.negations.filter((n) => !findFirst(pattern(`^${WITHOUT}$`), n.text)) }, at);
}

/**
 * The first negation of the frame among the last `words` words before `at` (relative to the sentence),
 * within its clause part (`wordsBefore`): "right before the word" read in words, not characters.
 * @example negationBefore(frame, sentence, at, 4) // "The Processor may not charge" at "charge" → the match of "not"
 */
export function negationBefore(frame: SentenceFrame, sentence: SentenceView, at: number, words: number): Match | undefined {
  return negationIn(frame, sentence.start + wordsBefore(sentence.match, at, words).from, sentence.start + at);
}

/**
 * Whether the sentence denies the words at `at` (offsets relative to the sentence): a negation among the last
 * `words` words before them in their clause part ("may not charge", "Leverandøren kan ikke kreve vederlag")
 * or right after them ("inngår ikke").
 * @example negatedAround(frame, sentence, charge, 5) // true for "Leverandøren kan ikke kreve vederlag"
 */
export function negatedAround(frame: SentenceFrame, sentence: SentenceView, at: Match, words: number): boolean {
  if (negationBefore(frame, sentence, at.start, words)) return true;
  return frame.negations.some((n) => n.end <= sentence.start + at.end + 10 && /^\s+$/.test(sentence.match.slice(at.end, n.start - sentence.start)));
}

const CONDITION = concept('conjunction.condition');

/**
 * Whether the frame negates what stands at `at` in the sentence's main clause: as `negates`, but a
 * negation inside a leading condition that a comma closes before `at` is the condition's ("Where the
 * reports are not sufficient, the Customer may audit": the audit is granted).
 * @example negatesMainClause(frame, sentence, grant.start) // false for "Kun dersom rapportene ikke er tilstrekkelige, kan Kunden revidere"
 */
export function negatesMainClause(frame: SentenceFrame, sentence: SentenceView, at: number): boolean {
  if (!negates(frame, at)) return false;
  const last = frame.negations.filter((n) => n.end <= at).pop()!;
  const before = sentence.match.slice(0, last.start - sentence.start);
  const condition = findAll(pattern(CONDITION), before).pop();
  // no condition opened before the negation, or a comma closed it before the negation
  if (!condition || /[,;]/.test(before.slice(condition.end))) return true;
  return !/[,;]/.test(sentence.match.slice(last.end - sentence.start, at - sentence.start));
}

/** A per-review cache of frames, so each sentence is read once whichever rules ask. */
export function frameReader(processorSource: string): (sentence: SentenceView) => SentenceFrame {
  const frames = new WeakMap<SentenceView, SentenceFrame>();
  return (sentence) => {
    let frame = frames.get(sentence);
    if (!frame) frames.set(sentence, (frame = frameOf(sentence, processorSource)));
    return frame;
  };
}
