// Words the report formats share, in both message languages.

import { styleText } from 'node:util';
import type { MessageLang, Severity } from '../types';

export const severityLabel: Record<MessageLang, Record<Severity, string>> = {
  nb: { high: 'høy', medium: 'middels', low: 'lav', info: 'info' },
  en: { high: 'high', medium: 'medium', low: 'low', info: 'info' },
};

export const words = {
  nb: {
    title: 'Gjennomgang av databehandleravtale',
    deviations: 'avvik',
    noDeviations: 'Ingen avvik funnet.',
    checked: 'Kontrollert',
    reference: 'Referanse',
    suggestion: 'Foreslått formulering',
    missing: 'Mangler i avtalen',
    clause: 'Punkt',
    excerpt: 'Utdrag (enkeltklausul): manglende vilkår rapporteres ikke.',
    category: 'Kategori',
    severity: 'Alvorlighet',
    where: 'Sted',
    line: 'linje',
    whyItMatters: 'Hvorfor det betyr noe',
    noClause: 'Uten overskrift',
    sameAs: 'som i funn',
    wordParagraph: 'Avsnitt i Word-filen',
  },
  en: {
    title: 'Data processing agreement review',
    deviations: 'deviations',
    noDeviations: 'No deviations found.',
    checked: 'Checked',
    reference: 'Reference',
    suggestion: 'Suggested wording',
    missing: 'Missing from the agreement',
    clause: 'Clause',
    excerpt: 'Excerpt (single clause): absent terms are not reported.',
    category: 'Category',
    severity: 'Severity',
    where: 'Where',
    line: 'line',
    whyItMatters: 'Why it matters',
    noClause: 'No heading',
    sameAs: 'as in finding',
    wordParagraph: 'Paragraph in the Word file',
  },
} as const;

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The terminal styles the reports use. */
export type Style = 'red' | 'yellow' | 'cyan' | 'dim' | 'bold' | 'green';

/**
 * A function that styles text for a terminal with Node's own styleText, or leaves it plain; whether to
 * colour at all is the caller's choice (a TTY, NO_COLOR).
 * @example painter(true)('bold', 'Avvik') // '\u001b[1mAvvik\u001b[22m'
 */
export function painter(color: boolean | undefined): (style: Style, text: string) => string {
  return (style, text) => (color ? styleText(style, text, { validateStream: false }) : text);
}
