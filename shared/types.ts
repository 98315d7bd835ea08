// The contract of the review engine: every front end (CLI, Teams bot, VS Code) speaks these types.
// The CLI's JSON output is a `Review`, serialised as is.

/** Languages the engine recognises. Messages are written in nb or en only. */
export type Lang = 'nb' | 'en' | 'da' | 'sv';
export type MessageLang = 'nb' | 'en';

/** `info` means "not a deviation": shown, never counted. */
export type Severity = 'high' | 'medium' | 'low' | 'info';

/** The 13 deviation categories of the taxonomy (see clauses/categories.json). */
export type CategoryId =
  | 'liability-cap'
  | 'controller-indemnity'
  | 'unilateral-amendment'
  | 'subprocessor-change'
  | 'breach-notice-deadline'
  | 'audit-restriction'
  | 'assistance-fees'
  | 'own-purpose-use'
  | 'third-country-transfer'
  | 'deletion-return'
  | 'security-unilateral'
  | 'governing-law'
  | 'missing-art28';

/** A text in both message languages. */
export interface Localized {
  nb: string;
  en: string;
}

/** A reference clause of the library: what good looks like, and where it comes from. */
export interface ReferenceClause {
  /** Stable id, e.g. "breach-notice.dossier-7-1.nb". */
  id: string;
  topic: string;
  lang: MessageLang;
  /** The reference wording. */
  text: string;
  /** Where the wording comes from, e.g. "Dossier DBA 7.1", "GDPR art. 28(2)". */
  source: string;
}

/** A topic of the clause library: the words that find it, and its reference clauses. */
export interface Topic {
  id: string;
  name: Localized;
  /** Words (stems or phrases, in the pattern syntax of shared/match.ts) that find the topic. */
  keywords: Partial<Record<Lang, string[]>>;
  references: ReferenceClause[];
}

/** A category's explanation, shown by `explain`, hovers and the bot. */
export interface Category {
  id: CategoryId;
  name: Localized;
  /** The deviation, in one or two sentences. */
  deviation: Localized;
  /** What good looks like. */
  reference: Localized;
  /** Why it matters to the controller. */
  why: Localized;
  /** The library topic whose reference clauses are the suggested wording. */
  topic: string;
}

/** One segment of the document: a paragraph, list item, table row or heading with its body. */
export interface Clause {
  index: number;
  /** Offsets into the document text: [start, end). */
  start: number;
  end: number;
  text: string;
  kind: 'heading' | 'paragraph' | 'list-item' | 'table-row';
  /** The clause number if it has one ("3.11", "7", "a"). */
  number?: string;
  /** The headings above it, outermost first (e.g. ["7 Avvik", "7.1 Varsling"]). */
  headings: string[];
  lang: Lang;
  /** Sentences, offsets relative to the document. */
  sentences: Span[];
  /** Library topics, best first, with a score in [0, 1]. */
  topics: TopicScore[];
}

/** A clause as a lawyer cites it: "VEDLEGG 2, 10.1 Mislighold og erstatning". */
export interface ClauseLocation {
  /** "10.1", "7", "a"; null when the clause has no number. */
  number: string | null;
  /** The innermost heading above (or of) the clause; null when there is none. */
  heading: string | null;
  /** The annex the clause belongs to ("Vedlegg 2", "Annex II"), or null. */
  annex: string | null;
  /** Annex and heading (or number) joined for display, or null when there is nothing to say. */
  label: string | null;
  /**
   * For .docx input: the 1-based index of the Word paragraph the finding starts in, counting the
   * body's paragraphs (w:p) in order, empty ones and those in table cells included (absent for other
   * input; set by the adapters from the extractor's paragraph starts, see withParagraphs).
   */
  paragraph?: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface TopicScore {
  topic: string;
  score: number;
}

/** A word-level diff of a clause against a reference wording. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface Fix {
  /** Absolute range in the document text that the fix replaces. */
  start: number;
  end: number;
  text: string;
}

/** A deviation (or, with severity info, an observation) found in the document. */
export interface Finding {
  category: CategoryId;
  severity: Severity;
  /** Offsets into `Review.document.text`: [start, end). */
  start: number;
  end: number;
  /** The message in the review's language. */
  message: string;
  /** The message in both languages. */
  messages: Localized;
  /** The id of the message in the rule's meta (e.g. "deadline-too-long"). */
  messageId: string;
  /** The rule's measured values, e.g. { hours: 48 } — what the verdict rests on. */
  data?: Record<string, string | number | boolean>;
  /** The quoted text of the range. */
  quote: string;
  /** Index of the clause the finding is in; absent for "missing" findings with no clause. */
  clauseIndex?: number;
  /** The clause in a lawyer's words (number, heading, annex); absent when the finding has no clause. */
  clause?: ClauseLocation;
  /** The reference clause the document departs from. */
  reference?: ReferenceClause;
  /** Preferred fix: replace the range with the reference wording. */
  fix?: Fix;
  /** Word diff of the clause text against the reference wording. */
  diff?: DiffPart[];
  /** True when the term is absent from the document (no location to point at). */
  missing?: boolean;
}

/** Thresholds and choices that a legal team can edit; see clauses/playbook.json. */
export interface Playbook {
  name: string;
  /** Categories the team accepts: their findings are dropped. */
  accepted: CategoryId[];
  /** Findings below this severity are dropped. */
  minSeverity: Severity;
  /** Override of a category's severity. */
  severity: Partial<Record<CategoryId, Severity>>;
  breachNoticeMaxHours: number;
  subprocessorNoticeMinDays: number;
  auditNoticeMaxDays: number;
  deletionMaxDays: number;
  /** Governing law and venue accepted, as country codes ("NO"). */
  governingLaw: string[];
  /** Whether a liability cap of any kind is acceptable. */
  liabilityCapAllowed: boolean;
  /** Whether the processor may charge for art. 28(3)(e)-(f) assistance. */
  assistanceFeesAllowed: boolean;
  /** Whether the processor may use anonymised/aggregated data for its own purposes. */
  anonymisedUseAllowed: boolean;
}

export interface ReviewOptions {
  /** Language of the messages; default: that of the document (nb for nb/da/sv, en for en). */
  lang?: MessageLang;
  /** A partial playbook merged over the default. */
  playbook?: Partial<Playbook>;
  /**
   * "document": a whole DPA (absent terms are reported); "clause": a pasted excerpt (they are not).
   * Default "auto": decided from the text's size and how many topics it covers.
   */
  scope?: 'auto' | 'document' | 'clause';
  /** Findings accepted for this document (e.g. from .dpa-review.json): matched by category and quote. */
  acceptedFindings?: AcceptedFinding[];
}

export interface AcceptedFinding {
  category: CategoryId;
  /** The quoted text of the finding, whitespace-folded; absent = the whole category. */
  quote?: string;
  note?: string;
}

export interface ReviewedDocument {
  text: string;
  /** The document's main language. */
  lang: Lang;
  /** Whether the text was reviewed as a whole DPA or as an excerpt. */
  scope: 'document' | 'clause';
  /** Optional provenance filled in by adapters (file name, format). */
  name?: string;
  format?: string;
  clauses: Clause[];
}

export interface ReviewSummary {
  total: number;
  bySeverity: Record<Severity, number>;
  byCategory: Partial<Record<CategoryId, number>>;
}

export interface Review {
  tool: { name: 'dpa-review'; version: string };
  lang: MessageLang;
  document: ReviewedDocument;
  findings: Finding[];
  summary: ReviewSummary;
  /** The categories that were checked (after the playbook's accepted ones were removed). */
  checked: CategoryId[];
}
