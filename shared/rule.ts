// What a rule is, and what it sees. A rule is `{ meta, check }`: `meta` declares the category,
// default severity, messages by id (nb and en, with {{placeholders}}), the library topic whose
// reference clauses are the fix, and the playbook settings it reads. `check` reads the clauses and
// reports; the engine adds the message text, the reference clause, the fix and the diff.

import type { SentenceFrame } from './frame';
import type { DocumentParties } from './parties';
import type { CategoryId, Clause, Lang, Localized, Playbook, Severity } from './types';

export interface RuleMeta {
  category: CategoryId;
  defaultSeverity: Severity;
  /** Library topic whose reference clauses are the suggested wording. */
  topic: string;
  /** Messages by id, in nb and en; `{{name}}` is replaced by the report's data. */
  messages: Record<string, Localized>;
  /** Playbook settings the rule reads (documentation; the engine passes the whole playbook). */
  playbookSettings: (keyof Playbook)[];
  /** Whether the rule reports an absent term (only when a whole document is reviewed). */
  reportsAbsence: boolean;
}

/** A sentence as rules see it: absolute offsets, the original text and its matchText. */
export interface SentenceView {
  clause: Clause;
  start: number;
  end: number;
  text: string;
  /** Lower-cased, OCR-tolerant form of `text` (same length; see shared/match.ts). */
  match: string;
}

export interface Report {
  messageId: string;
  /** Absolute offsets of what the finding points at. */
  start: number;
  end: number;
  clause?: Clause;
  data?: Record<string, string | number | boolean>;
  severity?: Severity;
}

export interface AbsenceReport {
  messageId: string;
  data?: Record<string, string | number | boolean>;
  severity?: Severity;
  /** Where to anchor the finding (e.g. the title); default the start of the document. */
  start?: number;
  end?: number;
}

export interface RuleContext {
  /** The whole document text and its matchText. */
  text: string;
  match: string;
  lang: Lang;
  scope: 'document' | 'clause';
  playbook: Playbook;
  clauses: readonly Clause[];
  /** The document's parties, read once per review (shared/parties.ts): the vendor's names and the pattern sources that name each party (`parties.processorSource`: role words plus the vendor's names, what frames and party mentions read). */
  parties: DocumentParties;
  /** Every sentence of the document, in order. */
  sentences(): readonly SentenceView[];
  /** The sentences of a clause. */
  sentencesOf(clause: Clause): readonly SentenceView[];
  /** What a sentence says (actor, modal, negations, exceptions, qualifiers, durations, deferral, deemed consent, section), read once per review; see shared/frame.ts. */
  frame(sentence: SentenceView): SentenceFrame;
  /** Clauses whose alignment gives `topic` at least `minScore`. */
  clausesAbout(topic: string, minScore?: number): Clause[];
  /** Report a deviation at a place in the text. */
  report(report: Report): void;
  /** Report a term the document lacks (ignored when reviewing a pasted clause). */
  reportAbsence(report: AbsenceReport): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Where a rule saw a deviation in a sentence: offsets relative to the sentence. */
export interface SentenceHit {
  messageId: string;
  start: number;
  end: number;
  /** The words to quote as `{{phrase}}` when they are not the hit's own span (the loss inside a wider exclusion). */
  phrase?: string;
  /** More placeholders of the message ("{{days}}"). */
  data?: Record<string, string | number | boolean>;
}

/**
 * Reports the hits of one sentence, one finding per message id, quoting the hit as `{{phrase}}`.
 * @example reportOncePerMessage(context, sentence, [{ messageId: 'cap', start: 10, end: 30 }])
 */
export function reportOncePerMessage(context: RuleContext, sentence: SentenceView, hits: readonly SentenceHit[]): void {
  const reported = new Set<string>();
  for (const hit of hits) {
    if (reported.has(hit.messageId)) continue;
    reported.add(hit.messageId);
    const phrase = (hit.phrase ?? sentence.text.slice(hit.start, hit.end)).replace(/\s+/g, ' ');
    context.report({ messageId: hit.messageId, start: sentence.start + hit.start, end: sentence.start + hit.end, data: { phrase, ...hit.data } });
  }
}

/**
 * The report of the first step that makes one: a rule's decision on a sentence as an ordered list of named checks.
 * @example firstReport([freeChange, noticeTooShort], facts) // the free change, if the sentence gives one
 */
export function firstReport<T>(steps: readonly ((input: T) => Report | undefined)[], input: T): Report | undefined {
  for (const step of steps) {
    const report = step(input);
    if (report) return report;
  }
  return undefined;
}

/**
 * A span of a sentence placed beside (not over) the findings already reported in it, so that merging keeps
 * both: the part after the last of them, or else the part before the first, trimmed of spaces and punctuation.
 * @example spanBeside(text, sentence, [{ start: sentence.start, end: sentence.start + 20 }]) // the sentence after its first 20 characters
 */
export function spanBeside(text: string, span: { start: number; end: number }, reported: readonly { start: number; end: number }[]): { start: number; end: number } {
  let { start, end } = span;
  const inside = reported.filter((r) => r.start < end && start < r.end);
  if (!inside.length) return { start, end };
  const lastEnd = Math.max(...inside.map((r) => r.end));
  const firstStart = Math.min(...inside.map((r) => r.start));
  if (end - lastEnd > 3) start = lastEnd;
  else if (firstStart - start > 3) end = firstStart;
  while (start < end && /[\s,.;:]/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Declares a rule; a typed identity so each rule file reads `export default defineRule({...})`. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
