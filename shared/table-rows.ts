// Rows and cells of list and table clauses, read the same way by every rule that reads a column (a sub-processor's
// place of processing, a price list): a joined Markdown table is one clause of many lines, its cells are split at
// `|` or tabs, and the header row (the first Markdown line before `|---|`, or the first of a run of table-row
// clauses) names the columns.

import type { Clause } from './types';

export interface LineSpan {
  start: number;
  end: number;
}

export interface Cell extends LineSpan {
  text: string;
}

/** The text, matchText and clauses of one document (a RuleContext is one). */
export interface TableSource {
  text: string;
  match: string;
  clauses: readonly Clause[];
}

/**
 * The lines of a clause as absolute offsets.
 * @example clauseLines(clause).length // 3 for a joined three-line Markdown table
 */
export function clauseLines(clause: Clause): LineSpan[] {
  const found: LineSpan[] = [];
  let at = 0;
  for (const line of clause.text.split('\n')) {
    found.push({ start: clause.start + at, end: clause.start + at + line.length });
    at += line.length + 1;
  }
  return found;
}

/**
 * The non-empty cells of a line, split at `|` or tabs, with their offsets in the line.
 * @example cellsOf('| CloudCo | Hosting | US |').map((c) => c.text.trim()) // ['CloudCo', 'Hosting', 'US']
 */
export function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  const re = /[^|\t]+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) if (m[0].trim()) cells.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return cells;
}

/**
 * Whether a paragraph's lines are the rows of a table that lost its tabs (a PDF extract's single spaces):
 * three lines or more, each opening with a capital or a digit, with no sentence end in it and no comma that
 * carries it on to the next ("Skopje,\nNord\nMakedonia" is one address).
 * @example linesAreRows('Provider Purpose Location\nCloudCo Hosting USA\nMailCo E-mail EU') // true
 */
export function linesAreRows(text: string): boolean {
  const lines = text.split('\n');
  return lines.length >= 3 && lines.every((line) => /^\s*[\p{Lu}\d]/u.test(line) && !/[.;:!?](?:\s|$)|,\s*$/.test(line));
}

/** The first of the run of table-row clauses a table-row clause belongs to (itself when it is the first). */
export function firstTableRow(clauses: readonly Clause[], clause: Clause): Clause {
  let first = clause;
  for (let i = clause.index - 1; i >= 0 && clauses[i].kind === 'table-row'; i--) first = clauses[i];
  return first;
}

/**
 * The header cells (matchText, trimmed) of the table a line belongs to; empty when the line is the header itself or
 * the clause is no table.
 */
export function headerCells(doc: TableSource, clause: Clause, line: LineSpan): string[] {
  const rows = clauseLines(clause);
  if (rows.length > 2 && /^[\s|:-]+$/.test(doc.text.slice(rows[1].start, rows[1].end)) && rows[0].start !== line.start) {
    return cellsOf(doc.match.slice(rows[0].start, rows[0].end)).map((c) => c.text.trim());
  }
  if (clause.kind !== 'table-row') return [];
  const first = firstTableRow(doc.clauses, clause);
  if (first === clause) return [];
  return cellsOf(doc.match.slice(first.start, first.end)).map((c) => c.text.trim());
}
