// Renders a review for people and tools: text (terminal), Markdown, JSON (the contract), SARIF 2.1.0,
// HTML (a self-contained page) and CSV (a portfolio row per document, for Excel).

import type { Review } from '../types';
import { formatPortfolioCsv, portfolioRow, type PortfolioEntry, type PortfolioRow } from './csv';
import { escapeHtml, formatHtml, formatHtmlIndex, type HtmlIndexEntry } from './html';
import { formatMarkdown } from './markdown';
import { formatSarif, formatSarifLog } from './sarif';
import { formatText } from './text';

export type ReportFormat = 'text' | 'markdown' | 'json' | 'sarif' | 'html' | 'csv';

export interface FormatOptions {
  /** ANSI colours in text output. */
  color?: boolean;
  /** The document's name or URI, shown in headers and used as the SARIF artifact location. */
  uri?: string;
  /** SARIF: the file's size in bytes. */
  byteLength?: number;
  /** SARIF: the absolute file URI that relative document URIs are read against (%SRCROOT%). */
  srcRoot?: string;
  /** SARIF: where the rule docs are published (helpUri = base + '<category>.md'). */
  docsBaseUri?: string;
  /** SARIF: the tool's home page. */
  informationUri?: string;
  /** SARIF: the automation id's middle part (default "review"). */
  automationId?: string;
}

/**
 * A review rendered in one of the report formats.
 * @example formatReport(review(text), 'markdown')
 */
export function formatReport(review: Review, format: ReportFormat, options: FormatOptions = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify(review, null, 2) + '\n';
    case 'sarif':
      return JSON.stringify(formatSarif(review, options), null, 2) + '\n';
    case 'markdown':
      return formatMarkdown(review, options);
    case 'text':
      return formatText(review, options);
    case 'html':
      return formatHtml(review, options);
    case 'csv':
      return formatPortfolioCsv([{ file: options.uri ?? review.document.name ?? '', review }]);
  }
}

export { formatText, formatMarkdown, formatSarif, formatSarifLog, formatHtml, formatHtmlIndex, escapeHtml, formatPortfolioCsv, portfolioRow };
export type { PortfolioEntry, PortfolioRow, HtmlIndexEntry };
