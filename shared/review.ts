// The review: text in, Review out. Segments the text, aligns clauses with the library's topics,
// runs every rule against the playbook, then turns the rules' reports into findings (message,
// reference clause, fix, word diff) and post-processes them in small pure steps.

import { diffWords } from 'diff';
import { getCategory, messageLangFor, referencesFor } from './library';
import { analyseText } from './analyse';
import { endInText } from './broken-words';
import { frameReader } from './frame';
import { clauseLocation } from './clause-location';
import { matchText, pattern } from './match';
import { resolvePlaybook } from './playbook';
import { postProcess } from './post-process';
import type { AbsenceReport, Report, Rule, RuleContext, SentenceView } from './rule';
import { rules } from './rules/index';
import type { Clause, DiffPart, Finding, Lang, MessageLang, ReferenceClause, Review, ReviewOptions, ReviewedDocument } from './types';
import { readParties } from './parties';

export const VERSION = '0.1.0';

/** Under this size, or covering fewer topics, a text is a pasted excerpt rather than a whole DPA. */
const WHOLE_DOCUMENT_MIN_CHARS = 2500;
const WHOLE_DOCUMENT_MIN_TOPICS = 5;
/** A text this long is a document whatever it covers. */
const WHOLE_DOCUMENT_LONG_CHARS = 8000;

// A text that opens with an agreement's title ("Databehandleravtale", "Data Processing Agreement",
// "Personuppgiftsbiträdesavtal", "Databehandleraftale") and has a few sections is a whole (short)
// DPA, however short; a pasted clause does not start like that.
const DPA_TITLE = pattern('\\b(?:databehandler ?avtale|databehandleraftale|data ?processing (?:agreement|addendum|terms)|personuppgiftsbiträdesavtal|biträdesavtal|dpa)\\b');

function decideScope(text: string, clauses: Clause[], requested: ReviewOptions['scope']): 'document' | 'clause' {
  if (requested === 'document' || requested === 'clause') return requested;
  if (text.length >= WHOLE_DOCUMENT_LONG_CHARS) return 'document';
  const covered = new Set(clauses.flatMap((c) => c.topics.filter((t) => t.score >= 0.3).map((t) => t.topic)));
  if (text.length >= WHOLE_DOCUMENT_MIN_CHARS && covered.size >= WHOLE_DOCUMENT_MIN_TOPICS) return 'document';
  const sections = clauses.filter((c) => c.kind === 'heading' || c.number !== undefined).length;
  const titled = DPA_TITLE.test(matchText(text.slice(0, 400)));
  DPA_TITLE.lastIndex = 0;
  return titled && sections >= 3 && covered.size >= 3 ? 'document' : 'clause';
}

function interpolate(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(data[key] ?? `{{${key}}}`));
}

// Past this many edits the two wordings have little in common and a word diff says no more
// than "replace this with that"; capping it keeps the review fast (Myers' diff is O(N·D)).
const MAX_DIFF_EDITS = 40;

function sharedWordShare(a: string, b: string): number {
  const wordsOf = (s: string) => new Set(s.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(1, Math.min(wa.size, wb.size));
}

function wordDiff(from: string, to: string): DiffPart[] {
  // wordings that share few words are shown as a plain replacement without running the diff
  if (sharedWordShare(from, to) < 0.25) return [{ op: 'delete', text: from }, { op: 'insert', text: to }];
  const parts = diffWords(from, to, { maxEditLength: MAX_DIFF_EDITS });
  if (!parts) return [{ op: 'delete', text: from }, { op: 'insert', text: to }];
  return parts.map((part) => ({ op: part.added ? 'insert' : part.removed ? 'delete' : 'equal', text: part.value }));
}

/**
 * The text given to `review` has nothing to review: it is empty or only whitespace.
 * @example try { review('  '); } catch (error) { if (error instanceof EmptyTextError) tellUser(error.message); }
 */
export class EmptyTextError extends Error {
  override name = 'EmptyTextError';
  readonly code = 'empty-text';
  constructor() {
    super('There is no text to review: the text is empty or only whitespace.');
  }
}

/**
 * Reviews a DPA (or a pasted clause) against the clause library and the playbook.
 * @example review('Databehandler skal varsle om mulig innen 48 timer.').findings[0].category // 'breach-notice-deadline'
 * @throws EmptyTextError when the text is empty or only whitespace
 */
export function review(text: string, options: ReviewOptions = {}): Review {
  if (!/\S/.test(text)) throw new EmptyTextError();
  const playbook = resolvePlaybook(options.playbook);
  const { lang, clauses, match } = analyseText(text);
  const scope = decideScope(text, clauses, options.scope);
  const messageLang: MessageLang = options.lang ?? messageLangFor(lang);
  // the document's parties, read once and handed to every rule
  const parties = readParties(text);

  const sentencesByClause = clauses.map((clause) =>
    clause.sentences.map<SentenceView>((s) => ({ clause, start: s.start, end: s.end, text: text.slice(s.start, s.end), match: match.slice(s.start, s.end) })),
  );
  const allSentences = sentencesByClause.flat();
  const frame = frameReader(parties.processorSource);
  const checked = rules.map((r) => r.meta.category).filter((c) => !playbook.accepted.includes(c));
  const findings: Finding[] = [];
  const diffs = new Map<string, DiffPart[]>(); // word diffs of repeated sentences, made once

  for (const rule of rules) {
    if (playbook.accepted.includes(rule.meta.category)) continue;
    const context: RuleContext = {
      text,
      match,
      lang,
      scope,
      playbook,
      clauses,
      parties,
      sentences: () => allSentences,
      sentencesOf: (clause) => sentencesByClause[clause.index] ?? [],
      frame,
      clausesAbout: (topic, minScore = 0.3) => clauses.filter((c) => c.topics.some((t) => t.topic === topic && t.score >= minScore)),
      report: (report) => findings.push(toFinding(rule, { ...report, end: endInText(text, match, report.end) }, text, clauses, messageLang, lang, diffs)),
      reportAbsence: (report) => {
        if (scope === 'document') findings.push(toAbsenceFinding(rule, report, text, messageLang));
      },
    };
    rule.check(context);
  }

  const document: ReviewedDocument = { text, lang, scope, clauses };
  const processed = postProcess(findings, playbook, options.acceptedFindings ?? []);
  // set on the finding itself: a spread would read (and so work out) every finding's lazy word diff
  for (const f of processed) if (f.clauseIndex !== undefined && clauses[f.clauseIndex]) f.clause = clauseLocation(clauses[f.clauseIndex]);
  return {
    tool: { name: 'dpa-review', version: VERSION },
    lang: messageLang,
    document,
    findings: processed,
    summary: summarise(processed),
    checked,
  };
}

/**
 * The span of a list sorted by start (clauses, sentences) that holds [start, end), found by binary
 * search: a review with thousands of findings must not scan the list once per finding.
 */
function containing<T extends { start: number; end: number }>(spans: readonly T[], start: number, end: number): T | undefined {
  let low = 0;
  let high = spans.length - 1;
  let last = -1; // the last span starting at or before `start`
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start <= start) {
      last = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  // spans may nest or touch: step back over those that start at or before `start` until one holds the range
  for (let i = Math.max(0, last - 3); i <= last; i++) if (spans[i].start <= start && end <= spans[i].end) return spans[i];
  return undefined;
}

/** The word diff of a sentence against a reference, worked out once per review for repeated sentences. */
function wordDiffOnce(diffs: Map<string, DiffPart[]>, from: string, reference: ReferenceClause): DiffPart[] {
  const key = `${reference.id}\u0000${from}`;
  let diff = diffs.get(key);
  if (!diff) diffs.set(key, (diff = wordDiff(from, reference.text)));
  return diff;
}

function toFinding(rule: Rule, report: Report, text: string, clauses: Clause[], messageLang: MessageLang, docLang: Lang, diffs: Map<string, DiffPart[]>): Finding {
  const template = rule.meta.messages[report.messageId];
  if (!template) throw new Error(`rule ${rule.meta.category} reported undeclared message "${report.messageId}"`);
  const clause = report.clause ?? containing(clauses, report.start, report.end);
  const fixLang = messageLangFor(docLang);
  const reference = referencesFor(rule.meta.topic, fixLang)[0];
  const messages = { nb: interpolate(template.nb, report.data), en: interpolate(template.en, report.data) };
  // the fix replaces the sentence that holds the deviation
  const sentence = clause ? containing(clause.sentences, report.start, report.start + 1) : undefined;
  const fixStart = sentence?.start ?? report.start;
  const fixEnd = Math.max(sentence?.end ?? report.end, report.end);
  const finding: Finding = {
    category: rule.meta.category,
    severity: report.severity ?? rule.meta.defaultSeverity,
    start: report.start,
    end: report.end,
    message: messages[messageLang],
    messages,
    messageId: report.messageId,
    quote: text.slice(report.start, report.end),
  };
  if (report.data) finding.data = report.data;
  if (clause) finding.clauseIndex = clause.index;
  if (reference) {
    finding.reference = reference;
    finding.fix = { start: fixStart, end: fixEnd, text: reference.text };
    // the word diff is worked out when a front end reads it (a hover, the JSON), not for every finding
    const clauseText = text.slice(fixStart, fixEnd);
    let diff: DiffPart[] | undefined;
    Object.defineProperty(finding, 'diff', {
      enumerable: true,
      configurable: true,
      get: () => (diff ??= wordDiffOnce(diffs, clauseText, reference)),
      set: (value: DiffPart[]) => {
        diff = value;
      },
    });
  }
  return finding;
}

function toAbsenceFinding(rule: Rule, report: AbsenceReport, text: string, messageLang: MessageLang): Finding {
  const template = rule.meta.messages[report.messageId];
  if (!template) throw new Error(`rule ${rule.meta.category} reported undeclared message "${report.messageId}"`);
  // an anchor is kept inside the text, whatever a rule asked for
  const start = Math.min(Math.max(0, report.start ?? 0), text.length);
  const end = Math.min(Math.max(start, report.end ?? start + Math.max(1, text.slice(start).search(/\n|$/))), text.length);
  const messages = { nb: interpolate(template.nb, report.data), en: interpolate(template.en, report.data) };
  const reference = referencesFor(rule.meta.topic, messageLang)[0];
  const finding: Finding = {
    category: rule.meta.category,
    severity: report.severity ?? rule.meta.defaultSeverity,
    start,
    end,
    message: messages[messageLang],
    messages,
    messageId: report.messageId,
    quote: text.slice(start, end),
    missing: true,
  };
  if (report.data) finding.data = report.data;
  if (reference) finding.reference = reference;
  return finding;
}

function summarise(findings: Finding[]): Review['summary'] {
  const summary: Review['summary'] = { total: 0, bySeverity: { high: 0, medium: 0, low: 0, info: 0 }, byCategory: {} };
  for (const f of findings) {
    summary.bySeverity[f.severity]++;
    if (f.severity === 'info') continue;
    summary.total++;
    summary.byCategory[f.category] = (summary.byCategory[f.category] ?? 0) + 1;
  }
  return summary;
}

export { getCategory };
