// The outputs of a batch review (several documents): the JSON object (the one-document review,
// unchanged, per file; the errors; a summary with a row per document), and the summary table that
// follows the per-file Markdown and text reports. CSV, SARIF and HTML come from shared/format/.

import type { CategoryId, MessageLang, Review, Severity } from '../shared/index';
import { portfolioRow, type PortfolioEntry, type PortfolioRow } from '../shared/format/index';
import { severityLabel } from '../shared/format/labels';

export interface PortfolioSummary {
  /** Documents found (reviewed or not). */
  documents: number;
  reviewed: number;
  failed: number;
  /** Documents with at least one deviation. */
  withDeviations: number;
  /** Deviations over all documents (info findings are not deviations). */
  total: number;
  bySeverity: Record<Severity, number>;
  byCategory: Partial<Record<CategoryId, number>>;
  /** Files in the folders that are not documents (not .docx, .pdf, .txt, .md; README files). */
  skipped: string[];
  /** A row per document, in the order of `reviews` and `errors` merged (the order they were found). */
  rows: PortfolioRow[];
}

export interface PortfolioJson {
  reviews: Review[];
  errors: { file: string; message: string }[];
  summary: PortfolioSummary;
}

export function portfolioSummary(entries: readonly PortfolioEntry[], skipped: readonly string[]): PortfolioSummary {
  const summary: PortfolioSummary = {
    documents: entries.length,
    reviewed: 0,
    failed: 0,
    withDeviations: 0,
    total: 0,
    bySeverity: { high: 0, medium: 0, low: 0, info: 0 },
    byCategory: {},
    skipped: [...skipped],
    rows: entries.map(portfolioRow),
  };
  for (const entry of entries) {
    if (!entry.review) {
      summary.failed++;
      continue;
    }
    const s = entry.review.summary;
    summary.reviewed++;
    summary.total += s.total;
    if (s.total > 0) summary.withDeviations++;
    for (const k of Object.keys(summary.bySeverity) as Severity[]) summary.bySeverity[k] += s.bySeverity[k];
    for (const [id, n] of Object.entries(s.byCategory)) summary.byCategory[id as CategoryId] = (summary.byCategory[id as CategoryId] ?? 0) + (n ?? 0);
  }
  return summary;
}

export function portfolioJson(entries: readonly PortfolioEntry[], skipped: readonly string[]): PortfolioJson {
  return {
    reviews: entries.flatMap((e) => (e.review ? [e.review] : [])),
    errors: entries.flatMap((e) => (e.review ? [] : [{ file: e.file, message: e.error ?? '' }])),
    summary: portfolioSummary(entries, skipped),
  };
}

/**
 * The JSON object written piece by piece: the same text as JSON.stringify(portfolioJson(...), null, 2)
 * without holding a thousand reviews in one string (V8 caps a string at about 512 MB).
 */
export function writePortfolioJson(entries: readonly PortfolioEntry[], skipped: readonly string[], write: (chunk: string) => void): void {
  const nested = (value: unknown, indent: string) => indent + JSON.stringify(value, null, 2).replace(/\n/g, '\n' + indent);
  const array = (items: unknown[]) => (items.length ? `[\n${items.map((item) => nested(item, '    ')).join(',\n')}\n  ]` : '[]');
  const reviews = entries.flatMap((e) => (e.review ? [e.review] : []));
  write('{\n  "reviews": ');
  if (!reviews.length) write('[]');
  else {
    write('[\n');
    reviews.forEach((review, i) => write(nested(review, '    ') + (i < reviews.length - 1 ? ',\n' : '\n')));
    write('  ]');
  }
  const errors = entries.flatMap((e) => (e.review ? [] : [{ file: e.file, message: e.error ?? '' }]));
  write(`,\n  "errors": ${array(errors)}`);
  write(`,\n  "summary": ${nested(portfolioSummary(entries, skipped), '  ').trimStart()}\n}\n`);
}

const labels = {
  nb: {
    title: 'Oversikt over dokumentene',
    file: 'Dokument',
    lang: 'Språk',
    scope: 'Omfang',
    total: 'Avvik',
    highest: 'Høyeste',
    categories: 'Kategorier',
    error: 'Feil',
    skipped: 'Hoppet over (ikke dokumenter)',
    line: (s: PortfolioSummary) => `${s.documents} dokumenter: ${s.reviewed} gjennomgått, ${s.failed} med feil, ${s.withDeviations} med avvik; ${s.total} avvik i alt.`,
  },
  en: {
    title: 'Documents overview',
    file: 'Document',
    lang: 'Language',
    scope: 'Scope',
    total: 'Deviations',
    highest: 'Highest',
    categories: 'Categories',
    error: 'Error',
    skipped: 'Skipped (not documents)',
    line: (s: PortfolioSummary) => `${s.documents} documents: ${s.reviewed} reviewed, ${s.failed} failed, ${s.withDeviations} with deviations; ${s.total} deviations in all.`,
  },
} as const;

const categoryList = (row: PortfolioRow) =>
  Object.entries(row.byCategory)
    .filter(([, n]) => n > 0)
    .map(([id, n]) => (n > 1 ? `${id} ×${n}` : id))
    .join(', ');

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The summary table that follows the per-file Markdown reports. */
export function portfolioMarkdown(entries: readonly PortfolioEntry[], skipped: readonly string[], lang: MessageLang): string {
  const l = labels[lang];
  const s = portfolioSummary(entries, skipped);
  const cell = (v: string) => oneLine(v).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
  const out = [`# ${l.title}`, '', l.line(s), '', `| ${l.file} | ${l.lang} | ${l.scope} | ${l.total} | ${l.highest} | ${l.categories} | ${l.error} |`, '|---|---|---|--:|---|---|---|'];
  for (const row of s.rows) {
    out.push(
      `| ${cell(row.file)} | ${row.lang ?? ''} | ${row.scope ?? ''} | ${row.error ? '' : row.total} | ${row.highest ? severityLabel[lang][row.highest] : ''} | ${cell(categoryList(row))} | ${cell(row.error ?? '')} |`,
    );
  }
  if (s.skipped.length) out.push('', `**${l.skipped}:** ${s.skipped.map(cell).join(', ')}`);
  return out.join('\n') + '\n';
}

/** The summary table that follows the per-file text reports. */
export function portfolioText(entries: readonly PortfolioEntry[], skipped: readonly string[], lang: MessageLang): string {
  const l = labels[lang];
  const s = portfolioSummary(entries, skipped);
  const header = [l.file, l.lang, l.scope, l.total, l.highest, `${l.categories} / ${l.error}`];
  const rows = s.rows.map((row) => [
    oneLine(row.file),
    row.lang ?? '',
    row.scope ?? '',
    row.error ? '' : String(row.total),
    row.highest ? severityLabel[lang][row.highest] : '',
    row.error ? `${l.error}: ${oneLine(row.error)}` : categoryList(row),
  ]);
  const widths = header.slice(0, -1).map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < widths.length ? (i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])) : c)).join('  ').trimEnd();
  const out = [l.title, '', line(header), line(widths.map((w) => '-'.repeat(w)).concat('-'.repeat(header[5].length))), ...rows.map(line), '', l.line(s)];
  if (s.skipped.length) out.push(`${l.skipped}: ${s.skipped.map(oneLine).join(', ')}`);
  return out.join('\n') + '\n';
}
