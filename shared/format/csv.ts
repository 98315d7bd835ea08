// The portfolio of a batch review as rows (one per document) and as CSV for Excel: file, language,
// scope, one column per category (the count of deviations), total, highest severity, error.
// Excel: UTF-8 with a byte-order mark (so æøå come through), CRLF line ends, ";" between fields by
// default (what Excel with Norwegian regional settings splits on; "," for English settings), every
// field quoted when it needs to be, and a field that Excel would read as a formula (= + - @ first)
// prefixed with an apostrophe.

import { categories } from '../library';
import type { CategoryId, Lang, Review, Severity } from '../types';

/** One document of a batch: its review, or the error that kept it from being reviewed. */
export interface PortfolioEntry {
  /** The path as found (relative to where the command ran, when it was given so). */
  file: string;
  review?: Review;
  error?: string;
}

export interface PortfolioRow {
  file: string;
  lang: Lang | null;
  scope: 'document' | 'clause' | null;
  byCategory: Record<CategoryId, number>;
  total: number;
  /** The highest severity of a deviation (info is not one); null when there is none. */
  highest: Exclude<Severity, 'info'> | null;
  error: string | null;
}

const RANK: Severity[] = ['high', 'medium', 'low'];

/** The row of one document. */
export function portfolioRow(entry: PortfolioEntry): PortfolioRow {
  const byCategory = Object.fromEntries(categories.map((c) => [c.id, 0])) as Record<CategoryId, number>;
  const review = entry.review;
  if (review) for (const [id, n] of Object.entries(review.summary.byCategory)) byCategory[id as CategoryId] = n ?? 0;
  const highest = review ? (RANK.find((s) => review.summary.bySeverity[s] > 0) as PortfolioRow['highest']) ?? null : null;
  return {
    file: entry.file,
    lang: review?.document.lang ?? null,
    scope: review?.document.scope ?? null,
    byCategory,
    total: review?.summary.total ?? 0,
    highest,
    error: entry.error ?? null,
  };
}

export interface CsvOptions {
  /** The field separator: ";" (default; Excel with Norwegian settings) or ",". */
  delimiter?: ';' | ',' | '\t';
  /** Start with a UTF-8 byte-order mark (default true; Excel needs it for æøå). */
  bom?: boolean;
}

/** A CSV field: quoted when it holds the separator, a quote or a line break; formulas disarmed. */
function field(value: string | number | null, delimiter: string): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return s.includes(delimiter) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The portfolio as CSV, one row per document.
 * @example formatPortfolioCsv([{ file: 'a.docx', review }, { file: 'b.pdf', error: 'not a PDF' }])
 */
export function formatPortfolioCsv(entries: readonly PortfolioEntry[], options: CsvOptions = {}): string {
  const d = options.delimiter ?? ';';
  const header = ['file', 'language', 'scope', ...categories.map((c) => c.id), 'total', 'highest severity', 'error'];
  const lines = [header.map((h) => field(h, d)).join(d)];
  for (const entry of entries) {
    const row = portfolioRow(entry);
    const cells = [row.file, row.lang, row.scope, ...categories.map((c) => (row.error ? null : row.byCategory[c.id])), row.error ? null : row.total, row.highest, row.error];
    lines.push(cells.map((c) => field(c, d)).join(d));
  }
  return (options.bom === false ? '' : '\ufeff') + lines.join('\r\n') + '\r\n';
}
