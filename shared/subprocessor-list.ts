// The sub-processor list of a DPA: which clauses list the vendor's sub-processors (table rows, items under a
// sub-processor heading or lead-in), the place of processing a row of it names when that place is outside the
// EU/EEA (a location column, a country beside the name that is not only the company's seat: shared/places.ts),
// and the sentence before the list that approves it. Offsets are absolute, places in the original spelling.

import { negatedInWords } from './clause-facts';
import { concept } from './lexicon';
import { findAll, findFirst, matchText, pattern } from './match';
import { isLocationHeader, isNonEeaIsoCell, NON_EEA_COUNTRY_SOURCE, onlyNationality, THIRD_COUNTRY_OR_GLOBAL_SOURCE, THIRD_COUNTRY_SOURCE } from './places';
import type { RuleContext } from './rule';
import { sectionKey } from './sections';
import { cellsOf, clauseLines, firstTableRow, headerCells, linesAreRows, type LineSpan } from './table-rows';
import type { Clause } from './types';

/** Words of a sub-processor list (lexicon: subprocessor, subprocessor.provider). */
const SUBPROCESSOR_SOURCE = concept('subprocessor', 'subprocessor.provider');

/** A line that opens with a negated subject ("Ingen personopplysninger skal …", "No Personal Data shall …") is a ban, not a row. */
const BAN_LINE_SOURCE = `^\\s*(?:\\d+(?:\\.\\d+)*\\.? )?${concept('negation', 'negation.none-word')}`;

/** Words of approval in a list's lead-in: "are approved", "godkjenner", "är godkända" (lexicon: approval, approval.accept). */
const LEAD_APPROVAL_SOURCE = concept('approval', 'approval.accept');

/** A row of a sub-processor list and the place outside the EU/EEA it names (original spelling). */
export interface RowOutsideEea extends LineSpan {
  place: string;
}

const isPlainParagraph = (clause: Clause) => clause.kind === 'paragraph' && !/[\t|]/.test(clause.text);

/** Entries in a line after a label, each with its details in brackets, one ";" between them: "Bilaga 3: A AB (Sverige, lagring); B Inc. (USA, support)". */
const INLINE_ENTRIES = /:\s*[^;:]+\([^()]+\)\s*;\s*[^;]+\([^()]+\)/;

/**
 * The rows of a clause that lists sub-processors and that place the processing outside the EU/EEA; empty
 * when the clause is no sub-processor list.
 * @example rowsOutsideEea(context, row)[0]?.place // 'US' for "| CloudCo | Hosting | US |" under "Sub-processors"
 */
export function rowsOutsideEea(context: RuleContext, clause: Clause): RowOutsideEea[] {
  const listLike =
    clause.kind === 'table-row' || clause.kind === 'list-item' || /\|.*\|/.test(clause.text) || /\t/.test(clause.text) || (clause.kind === 'paragraph' && (linesAreRows(clause.text) || INLINE_ENTRIES.test(clause.text))) || itemAfterLeadIn(context, clause) !== undefined;
  if (!listLike || !isSubprocessorList(context, clause)) return [];
  const rows: RowOutsideEea[] = [];
  for (const line of clauseLines(clause)) {
    const place = rowPlace(context, line, headerCells(context, clause, line));
    if (place) rows.push({ ...line, place });
  }
  return rows;
}

/**
 * The place outside the EU/EEA a row of a sub-processor list names as where processing happens, in
 * the original spelling: a non-EEA country, "third country", an ISO code in a location column, or a cell "Global".
 */
function rowPlace(context: RuleContext, line: LineSpan, header: string[]): string | undefined {
  const lineMatch = context.match.slice(line.start, line.end);
  const original = (start: number, end: number) => context.text.slice(line.start + start, line.start + end);
  if (findFirst(pattern(BAN_LINE_SOURCE), lineMatch)) return undefined;
  for (const country of findAll(pattern(NON_EEA_COUNTRY_SOURCE), lineMatch)) {
    const name = original(country.start, country.end);
    if (/^uk$/i.test(name) && name !== 'UK') continue; // "uk" inside other words' spellings
    if (negatedInWords(lineMatch, country.start, 5) || onlyNationality(lineMatch, country.start, header)) continue;
    return name;
  }
  for (const third of findAll(pattern(THIRD_COUNTRY_SOURCE), lineMatch)) {
    if (!negatedInWords(lineMatch, third.start, 5)) return original(third.start, third.end);
  }
  const cells = cellsOf(lineMatch);
  // an ISO code as the whole cell of a location column: "| US |", "| IN (Bangalore) |"
  for (const [i, cell] of cells.entries()) {
    if (isLocationHeader(header[i]) && isNonEeaIsoCell(original(cell.start, cell.end).trim())) return original(cell.start, cell.end).trim();
  }
  // "Global", "Worldwide" as the whole place of a cell
  const global = cells.find((cell) => findFirst(pattern(`^\\s*${concept('place.global')}`), cell.text));
  return global && original(global.start, global.end).trim();
}

/**
 * The offsets of the first place outside the EU/EEA named in a list clause (empty at its start when none).
 * @example context.text.slice(...firstPlaceOutsideEea(context, clause)) // 'USA'
 */
export function firstPlaceOutsideEea(context: RuleContext, clause: Clause): [number, number] {
  const m = context.match.slice(clause.start, clause.end);
  const hit = findFirst(pattern(NON_EEA_COUNTRY_SOURCE), m) ?? findFirst(pattern(THIRD_COUNTRY_OR_GLOBAL_SOURCE), m);
  return hit ? [clause.start + hit.start, clause.start + hit.end] : [clause.start, clause.start];
}

/**
 * The lead-in paragraph ("The following sub-processors are approved:") that a short paragraph
 * belongs to as an item: the paragraphs between them stand under the same headings.
 */
function itemAfterLeadIn(context: RuleContext, clause: Clause): Clause | undefined {
  if (clause.kind !== 'paragraph' || clause.text.length > 400) return undefined;
  const key = sectionKey(clause);
  for (let i = clause.index - 1; i >= Math.max(0, clause.index - 10); i--) {
    const before = context.clauses[i];
    if (before.kind === 'heading' || sectionKey(before) !== key) return undefined;
    if (/:\s*$/.test(before.text)) return findFirst(pattern(SUBPROCESSOR_SOURCE), context.match.slice(before.start, before.end)) ? before : undefined;
  }
  return undefined;
}

/**
 * The sentence before a sub-processor list that approves it ("the controller approves the following
 * sub-processors:"), as absolute offsets, if any.
 */
export function approvingLeadIn(context: RuleContext, clause: Clause): { start: number; end: number } | undefined {
  for (let i = clause.index - 1; i >= Math.max(0, clause.index - 12); i--) {
    const before = context.clauses[i];
    if (before.kind === 'heading') return undefined;
    if (!isPlainParagraph(before)) continue;
    for (const s of context.sentencesOf(before)) {
      if (findFirst(pattern(SUBPROCESSOR_SOURCE), s.match) && findFirst(pattern(LEAD_APPROVAL_SOURCE), s.match) && context.frame(s).negations.length === 0) return { start: s.start, end: s.end };
    }
    if (!itemAfterLeadIn(context, before)) return undefined;
  }
  return undefined;
}

/** Clauses that list sub-processors: table rows or list items under a sub-processor heading or lead-in. */
function isSubprocessorList(context: RuleContext, clause: Clause): boolean {
  const names = (text: string) => findFirst(pattern(SUBPROCESSOR_SOURCE), text) !== undefined;
  if (itemAfterLeadIn(context, clause)) return true;
  if (names(matchText(clause.headings.slice(-2).join('\n')))) return true;
  // a table whose header row names the sub-processors ("Sub-processor | Purpose | Location")
  if (clause.kind === 'table-row') {
    const first = firstTableRow(context.clauses, clause);
    if (first !== clause && names(context.match.slice(first.start, first.end))) return true;
  }
  for (let i = clause.index - 1; i >= Math.max(0, clause.index - 12); i--) {
    const before = context.clauses[i];
    if (before.kind === 'heading' || isPlainParagraph(before)) return names(context.match.slice(before.start, before.end));
  }
  return false;
}
