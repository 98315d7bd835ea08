// Where a finding stands in words a lawyer uses: the clause number and heading ("10.1 Mislighold og
// erstatning"), and the annex it belongs to ("Vedlegg 2"), instead of lines of extracted text.

import type { Clause, ClauseLocation, Review } from './types';

// "10.1 Ansvar", "7. Avvik", "§ 4 Sletting", "Article 9 Audits", "Punkt 3.2 …"
const LEADING_NUMBER = /^\s*(?:(?:§|art(?:icle|ikkel|ikel)?\.?|punkt|pkt\.?|clause|section|klausul)\s*)?(\d{1,3}(?:\.\d{1,3}){0,3})\.?(?=\s|$)/iu;
// "VEDLEGG 2 — INSTRUKS …", "Bilag 1a", "Annex II", "Appendix B", "Schedule 3", "Bilaga 1"
const ANNEX = /^\s*((?:vedlegg|bilag|bilaga|annex|appendix|schedule|exhibit)\s+(?:[0-9]{1,2}[a-z]?|[IVX]{1,5}|[A-Z])\b)/iu;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The id of the annex a title names ("VEDLEGG 2 — INSTRUKS" → "2", "Annex II" → "ii"), lower case, or undefined.
 * @example annexId('Bilag B – Underdatabehandlere') // 'b'
 */
export function annexId(title: string): string | undefined {
  return ANNEX.exec(title)?.[1].split(/\s+/).pop()?.toLowerCase();
}

/**
 * The number, heading and annex of a clause, from the headings above it (innermost first wins).
 * @example clauseLocation(clause) // { number: '10.1', heading: '10.1 Mislighold og erstatning', annex: 'VEDLEGG 2', label: 'VEDLEGG 2, 10.1 Mislighold og erstatning' }
 */
export function clauseLocation(clause: Clause): ClauseLocation {
  const titles = clause.kind === 'heading' ? [...clause.headings, clause.text] : clause.headings;
  const cleaned = titles.map(oneLine).filter(Boolean);
  const annex = cleaned.map((t) => ANNEX.exec(t)?.[1]).find((a) => a !== undefined);
  const innermost = [...cleaned].reverse().find((t) => !ANNEX.test(t) || cleaned.length === 1);
  const heading = innermost ?? cleaned[cleaned.length - 1] ?? null;
  const number = clause.number ?? (heading ? LEADING_NUMBER.exec(heading)?.[1] : undefined) ?? null;
  const parts = [annex && annex !== heading ? annex : undefined, heading ?? (number ? number : undefined)].filter((p): p is string => Boolean(p));
  return { number, heading: heading && heading.length > 160 ? `${heading.slice(0, 159)}…` : heading, annex: annex ?? null, label: parts.join(', ') || null };
}

/** Where the paragraphs of the original document begin in the extracted text (the .docx extractor's). */
export interface ParagraphStarts {
  /** Offset of paragraph i + 1, ascending. */
  starts: readonly number[];
  /** Where the last paragraph's text ends (text after it, such as footnotes, is in none). */
  end: number;
}

/**
 * The 1-based paragraph of the original document an offset of the extracted text is in (binary
 * search: the last paragraph starting at or before it), or undefined past the paragraphs.
 *
 * @example paragraphAt({ starts: [0, 0, 12, 40], end: 80 }, 15) // → 3
 */
export function paragraphAt(paragraphs: ParagraphStarts, offset: number): number | undefined {
  const { starts, end } = paragraphs;
  if (offset < 0 || offset >= end || starts.length === 0 || starts[0]! > offset) return undefined;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/**
 * Sets each finding's paragraph in the original document (`finding.clause.paragraph`) and returns the review,
 * for input that has paragraphs (.docx). Findings without a clause (missing terms) are unchanged.
 *
 * @example withParagraphs(review, extracted.paragraphs).findings[0].clause // → { number: '10.1', …, paragraph: 57 }
 */
export function withParagraphs<T extends Pick<Review, 'findings'>>(review: T, paragraphs: ParagraphStarts | undefined): T {
  if (!paragraphs) return review;
  for (const finding of review.findings) {
    if (!finding.clause || finding.missing) continue;
    const paragraph = paragraphAt(paragraphs, finding.start);
    if (paragraph !== undefined) finding.clause.paragraph = paragraph;
  }
  return review;
}
