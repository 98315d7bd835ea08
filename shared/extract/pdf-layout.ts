// Turns the positioned text items of PDF pages into running text: rebuilds lines by baseline,
// drops repeated page headers/footers and page numbers, joins the lines of a paragraph (undoing
// end-of-line hyphenation), and keeps paragraph breaks and table rows (cells separated by a tab).
// Pure: knows nothing of pdfjs, so it is tested with hand-made pages.

/** One run of text on a page, in PDF user space (y grows upwards, as in the PDF). */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  fontName?: string;
}

/** The text items of one page. */
export interface PdfPageItems {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** Running text rebuilt from pages, with counts for the warnings the caller writes. */
export interface PdfLayoutResult {
  text: string;
  removedHeaderFooterLines: number;
  pagesWithoutText: number;
}

/** A stretch of a line between two column gaps (a table cell, or the whole line). */
interface LineSegment {
  x: number;
  xEnd: number;
  text: string;
}

interface PdfLine {
  pageIndex: number;
  y: number;
  x: number;
  xEnd: number;
  fontSize: number;
  fontName: string;
  segments: LineSegment[];
}

/** A horizontal gap wider than this many font sizes separates table cells or columns. */
const columnGapInFontSizes = 1.0;
/** How many lines at the top and at the bottom of a page may be header or footer lines. */
const edgeLinesChecked = 3;

/**
 * Rebuilds running text from the text items of each page.
 *
 * @example
 *   layoutPdfPages([{ width: 595, height: 842, items: [
 *     { text: 'Databehandleren skal gi opplys-', x: 71, y: 700, width: 150, fontSize: 10 },
 *     { text: 'ninger om behandlingen.', x: 71, y: 688, width: 110, fontSize: 10 },
 *     { text: 'Side 1 av 1', x: 280, y: 40, width: 50, fontSize: 9 },
 *   ] }]).text // 'Databehandleren skal gi opplysninger om behandlingen.'
 */
export function layoutPdfPages(pages: PdfPageItems[]): PdfLayoutResult {
  const linesByPage = pages.map((page, pageIndex) => buildLines(page.items, pageIndex));
  const pagesWithoutText = linesByPage.filter((lines) => lines.length === 0).length;
  const { keptLinesByPage, removedCount } = removeHeadersAndFooters(linesByPage, pages);
  const lines = keptLinesByPage.flat();
  return {
    text: assembleParagraphs(lines),
    removedHeaderFooterLines: removedCount,
    pagesWithoutText,
  };
}

// ---------------------------------------------------------------------------------------------
// Lines

function buildLines(items: PdfTextItem[], pageIndex: number): PdfLine[] {
  const visible = items
    .filter((item) => item.text.trim() !== '' && Number.isFinite(item.x) && Number.isFinite(item.y))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of visible) {
    const current = groups[groups.length - 1];
    const baseline = current?.[0];
    const tolerance = Math.max(item.fontSize, baseline?.fontSize ?? 0, 1) * 0.4;
    if (current && baseline && Math.abs(baseline.y - item.y) <= tolerance) current.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => lineFromItems(group, pageIndex));
}

function lineFromItems(items: PdfTextItem[], pageIndex: number): PdfLine {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const fontSize = dominant(sorted.map((item) => [roundTo(item.fontSize, 0.5), item.text.length]));
  const fontName = dominant(sorted.map((item) => [item.fontName ?? '', item.text.length]));
  const segments: LineSegment[] = [];
  let previous: PdfTextItem | undefined;
  for (const item of sorted) {
    const previousEnd = previous ? previous.x + previous.width : 0;
    const gap = item.x - previousEnd;
    const segment = segments[segments.length - 1];
    if (previous && segment && item.text === previous.text && Math.abs(item.x - previous.x) < 1) continue; // fake bold
    if (!segment || gap > columnGapInFontSizes * Math.max(fontSize, 1)) {
      segments.push({ x: item.x, xEnd: item.x + item.width, text: item.text });
    } else {
      const needsSpace = gap > 0.15 * Math.max(item.fontSize, 1);
      segment.text += (needsSpace ? ' ' : '') + item.text;
      segment.xEnd = Math.max(segment.xEnd, item.x + item.width);
    }
    previous = item;
  }
  for (const segment of segments) segment.text = segment.text.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();
  const visibleSegments = mergeListMarker(segments.filter((segment) => segment.text !== ''));
  const first = visibleSegments[0];
  if (first) first.text = first.text.replace(bulletAtStart, '- ');
  return {
    pageIndex,
    y: Math.max(...sorted.map((item) => item.y)),
    x: visibleSegments[0]?.x ?? 0,
    xEnd: Math.max(0, ...visibleSegments.map((segment) => segment.xEnd)),
    fontSize,
    fontName,
    segments: visibleSegments,
  };
}

/**
 * A clause number or bullet set off by a tab ("3.1", "(ii)", "•") starts the line's text; it is
 * not a table cell of its own.
 */
function mergeListMarker(segments: LineSegment[]): LineSegment[] {
  const [marker, text, ...rest] = segments;
  if (!marker || !text || rest.length > 0 || !isListMarker(marker.text)) return segments;
  return [{ x: marker.x, xEnd: text.xEnd, text: `${marker.text} ${text.text}` }, ...rest];
}

function isListMarker(text: string): boolean {
  return /^(?:[•◦▪▫‣●○■□➢►\uf0b7\uf0a7–-]|\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-zæøå]\)|[a-z]\.|\(?[ivx]{1,5}[.)]|§\s*\d+[a-z]?)$/iu.test(text);
}

function lineText(line: PdfLine): string {
  return line.segments.map((segment) => segment.text).join('\t');
}

// ---------------------------------------------------------------------------------------------
// Headers and footers

/** "Side 3 av 12", "Page 3 of 12", "3", "- 3 -", "3/12", "s. 3". */
const pageNumberPattern = /^(?:(?:side|page|s\.|p\.|sida|seite)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:av|of|\/|af|von)\s*\d{1,4})?$/i;

function removeHeadersAndFooters(
  linesByPage: PdfLine[][],
  pages: PdfPageItems[],
): { keptLinesByPage: PdfLine[][]; removedCount: number } {
  const pagesWithText = linesByPage.filter((lines) => lines.length > 0).length;
  const repeatThreshold = Math.max(2, Math.ceil(pagesWithText * 0.5));
  const topCounts = countEdgeKeys(linesByPage, 'top');
  const bottomCounts = countEdgeKeys(linesByPage, 'bottom');

  let removedCount = 0;
  const keptLinesByPage = linesByPage.map((lines, pageIndex) => {
    const pageHeight = pages[pageIndex]?.height ?? 0;
    const isEdgeLine = (line: PdfLine, edge: 'top' | 'bottom'): boolean => {
      const key = headerFooterKey(line);
      const counts = edge === 'top' ? topCounts : bottomCounts;
      if ((counts.get(key) ?? 0) >= repeatThreshold && pagesWithText >= 2) return true;
      const inMargin = pageHeight <= 0 || (edge === 'top' ? line.y > pageHeight * 0.8 : line.y < pageHeight * 0.2);
      return inMargin && pageNumberPattern.test(lineText(line));
    };
    let start = 0;
    while (start < Math.min(edgeLinesChecked, lines.length) && isEdgeLine(lines[start]!, 'top')) start++;
    let end = lines.length;
    while (end > start && lines.length - end < edgeLinesChecked && isEdgeLine(lines[end - 1]!, 'bottom')) end--;
    removedCount += lines.length - (end - start);
    return lines.slice(start, end);
  });
  return { keptLinesByPage, removedCount };
}

/** How many pages have each line key among their first (or last) few lines. */
function countEdgeKeys(linesByPage: PdfLine[][], edge: 'top' | 'bottom'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const lines of linesByPage) {
    const edgeLines = edge === 'top' ? lines.slice(0, edgeLinesChecked) : lines.slice(-edgeLinesChecked);
    for (const key of new Set(edgeLines.map(headerFooterKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Header text with page numbers made equal: "Side 3 av 12" and "Side 4 av 12" share a key. */
function headerFooterKey(line: PdfLine): string {
  return lineText(line).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

/** How two consecutive lines are joined. */
type LineJoin = 'same-paragraph' | 'new-line' | 'new-paragraph';

function assembleParagraphs(lines: PdfLine[]): string {
  if (lines.length === 0) return '';
  const bodyFontSize = dominant(lines.map((line) => [line.fontSize, lineText(line).length]));
  const bodyLineSpacing = typicalLineSpacing(lines, bodyFontSize);
  const bodyRightEdge = percentile(lines.filter((line) => line.fontSize === bodyFontSize).map((line) => line.xEnd), 0.9);
  const body: BodyMetrics = { bodyFontSize, bodyLineSpacing, bodyRightEdge };

  let text = '';
  let previous: PdfLine | undefined;
  for (const block of groupTables(lines, bodyLineSpacing)) {
    if (block.kind === 'table') {
      text += (text ? '\n\n' : '') + tableText(block.lines, bodyLineSpacing);
      previous = undefined;
      continue;
    }
    const current = block.line;
    const join = previous ? decideJoin(previous, current, body) : 'new-paragraph';
    if (!text) text = lineText(current);
    else if (join === 'same-paragraph') text = joinWrappedLine(text, lineText(current));
    else text += (join === 'new-line' ? '\n' : '\n\n') + lineText(current);
    previous = current;
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Tables

type LayoutBlock = { kind: 'line'; line: PdfLine } | { kind: 'table'; lines: PdfLine[] };

/** Horizontal tolerance, in points, when lining up table columns. */
const columnTolerance = 4;

/**
 * Finds runs of lines that form a table: they start with a line split by column gaps, and go on
 * while lines stay close together and each piece of text starts at one of the table's columns and
 * fits inside it.
 */
function groupTables(lines: PdfLine[], lineSpacing: number): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  let index = 0;
  while (index < lines.length) {
    const first = lines[index]!;
    if (first.segments.length < 2) {
      blocks.push({ kind: 'line', line: first });
      index++;
      continue;
    }
    const tableLines = [first];
    const columns = first.segments.map((segment) => segment.x);
    let next = index + 1;
    while (next < lines.length) {
      const line = lines[next]!;
      const above = tableLines[tableLines.length - 1]!;
      if (line.pageIndex !== above.pageIndex || above.y - line.y > lineSpacing * 2.2 || above.y <= line.y) break;
      if (line.segments.length < 2 && !fitsColumns(line, columns)) break;
      if (line.segments.length >= 2) {
        for (const segment of line.segments) {
          if (!columns.some((x) => Math.abs(x - segment.x) <= columnTolerance)) columns.push(segment.x);
        }
      }
      tableLines.push(line);
      next++;
    }
    if (tableLines.length === 1 && first.segments.length === 2 && !/\S\s\S/.test(lineText(first))) {
      blocks.push({ kind: 'line', line: first }); // e.g. a clause number and a one-word heading
    } else {
      blocks.push({ kind: 'table', lines: tableLines });
    }
    index = next;
  }
  return blocks;
}

/** A single-piece line belongs to the table when it starts at a column and ends before the next. */
function fitsColumns(line: PdfLine, columns: number[]): boolean {
  const segment = line.segments[0];
  if (!segment) return false;
  const sorted = [...columns].sort((a, b) => a - b);
  const columnIndex = sorted.findIndex((x) => Math.abs(x - segment.x) <= columnTolerance);
  if (columnIndex < 0) return false;
  const nextColumn = sorted[columnIndex + 1];
  return nextColumn === undefined || segment.xEnd <= nextColumn + columnTolerance;
}

/**
 * One line per table row, cells separated by a tab. Rows are told apart by the extra space of
 * cell padding; a table without padding gets a row for each line that has several cells.
 */
function tableText(lines: PdfLine[], lineSpacing: number): string {
  const columns = clusterColumns(lines.flatMap((line) => line.segments.map((segment) => segment.x)));
  const gaps = lines.slice(1).map((line, index) => lines[index]!.y - line.y);
  const rowGapThreshold = lineSpacing * 1.12;
  const padded = gaps.some((gap) => gap > rowGapThreshold);

  const rows: string[][] = [];
  lines.forEach((line, index) => {
    // A further paragraph inside a cell (its first column empty) continues the row above.
    const continuesCell = line.segments.every((segment) => columnIndexOf(columns, segment.x) > 0);
    const startsRow = index === 0 || (!continuesCell && (padded ? gaps[index - 1]! > rowGapThreshold : line.segments.length > 1));
    if (startsRow) rows.push(columns.map(() => ''));
    const row = rows[rows.length - 1]!;
    for (const segment of line.segments) {
      const column = columnIndexOf(columns, segment.x);
      row[column] = row[column] ? joinWrappedLine(row[column]!, segment.text) : segment.text;
    }
  });
  return rows
    .map((row) => {
      while (row.length > 1 && row[row.length - 1] === '') row.pop();
      return row.join('\t');
    })
    .filter((row) => row.trim() !== '')
    .join('\n');
}

/** Left edges of columns: x positions merged when closer than the tolerance, left to right. */
function clusterColumns(xs: number[]): number[] {
  const columns: number[] = [];
  for (const x of [...xs].sort((a, b) => a - b)) {
    const last = columns[columns.length - 1];
    if (last === undefined || x - last > columnTolerance) columns.push(x);
  }
  return columns;
}

/** The rightmost column that starts at or before x. */
function columnIndexOf(columns: number[], x: number): number {
  let found = 0;
  columns.forEach((columnX, index) => {
    if (columnX <= x + columnTolerance) found = index;
  });
  return found;
}

interface BodyMetrics {
  bodyFontSize: number;
  bodyLineSpacing: number;
  bodyRightEdge: number;
}

function decideJoin(previous: PdfLine, current: PdfLine, body: BodyMetrics): LineJoin {
  const previousText = lineText(previous);
  const currentText = lineText(current);
  const sizeChanged = Math.abs(previous.fontSize - current.fontSize) > 0.1 * Math.max(previous.fontSize, 1);

  if (previous.pageIndex !== current.pageIndex) {
    if (sizeChanged || previous.segments.length > 1 || current.segments.length > 1) return 'new-paragraph';
    if (/^\p{Ll}/u.test(currentText)) return 'same-paragraph';
    if (/[.!?:;]["»”)]?$/.test(previousText) || startsListItem(currentText)) return 'new-paragraph';
    return 'same-paragraph';
  }

  const gap = previous.y - current.y;
  const expectedSpacing = body.bodyLineSpacing * (Math.max(previous.fontSize, current.fontSize) / body.bodyFontSize);
  if (gap <= 0 || gap > expectedSpacing * 1.3) return 'new-paragraph';
  if (sizeChanged) return 'new-paragraph';
  if (previous.segments.length > 1 || current.segments.length > 1) return 'new-line';
  if (startsWithBullet(currentText)) return 'new-line';
  const previousEndsSentence = /[.!?:;]["»”)]?$/.test(previousText);
  if (startsListItem(currentText)) {
    const previousIsItemAtSameIndent = startsListItem(previousText) && Math.abs(previous.x - current.x) < 2;
    if (previousEndsSentence || previousIsItemAtSameIndent || current.x < previous.x - 2) return 'new-line';
  }
  const previousIsShort = previous.xEnd < body.bodyRightEdge - 0.2 * (body.bodyRightEdge - previous.x);
  if (previousIsShort && previousEndsSentence) return 'new-line';
  if (previousIsShort && previous.fontName !== current.fontName && !/[,\p{Ll}]$/u.test(previousText)) return 'new-line';
  return 'same-paragraph';
}

/** A bullet glyph at the start of a line, written as "- " like the list items of .docx files. */
const bulletAtStart = /^[•◦▪▫‣●○■□➢►\uf0b7\uf0a7]\s*/u;

function startsWithBullet(text: string): boolean {
  return bulletAtStart.test(text) || /^- /.test(text);
}

/** "1.", "1.2", "2)", "a)", "(b)", "iv." at the start of a line: a clause or list item number. */
function startsListItem(text: string): boolean {
  return startsWithBullet(text) || /^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|\(?[a-zæøå]\)|\(?[ivx]{1,5}[.)])\s/iu.test(text) || /^[-–]\s/.test(text);
}

/** Conjunctions after which a line-end hyphen is a real one: "helse- og omsorg". */
const conjunctionsAfterHyphen = new Set(['og', 'eller', 'samt', 'and', 'or', 'nor', 'och', 'und', 'oder', 'til', 'to']);

/**
 * Joins a wrapped line to the text before it, undoing hyphenation: "opplys-" + "ninger" gives
 * "opplysninger", while "helse-" + "og" gives "helse- og" and "e-" + "post" gives "e-post".
 */
export function joinWrappedLine(textBefore: string, nextLine: string): string {
  if (textBefore.endsWith('\u00ad')) return textBefore.slice(0, -1) + nextLine;
  const hyphenated = /(\p{L}+)-$/u.exec(textBefore);
  if (hyphenated && /^\p{Ll}/u.test(nextLine)) {
    const firstWord = /^\p{L}+/u.exec(nextLine)?.[0] ?? '';
    if (conjunctionsAfterHyphen.has(firstWord.toLowerCase())) return `${textBefore} ${nextLine}`;
    const fragment = hyphenated[1]!;
    const isWordSplit = fragment.length > 1 && /\p{Ll}$/u.test(fragment);
    return isWordSplit ? textBefore.slice(0, -1) + nextLine : textBefore + nextLine;
  }
  if (/\d-$/.test(textBefore) && /^\d/.test(nextLine)) return textBefore + nextLine;
  if (/\p{L}\/$/u.test(textBefore)) return textBefore + nextLine; // "Utlevering/" + "Overføring"
  return `${textBefore} ${nextLine}`;
}

// ---------------------------------------------------------------------------------------------
// Small statistics

/** The most common line spacing among body-size lines on the same page. */
function typicalLineSpacing(lines: PdfLine[], bodyFontSize: number): number {
  const gaps: Array<[number, number]> = [];
  for (let index = 1; index < lines.length; index++) {
    const previous = lines[index - 1]!;
    const current = lines[index]!;
    if (previous.pageIndex !== current.pageIndex) continue;
    if (previous.fontSize !== bodyFontSize || current.fontSize !== bodyFontSize) continue;
    const gap = previous.y - current.y;
    if (gap > 0 && gap < bodyFontSize * 3) gaps.push([roundTo(gap, 0.5), 1]);
  }
  return gaps.length > 0 ? dominant(gaps) : bodyFontSize * 1.2;
}

/** The value with the largest total weight (ties: the first seen). */
function dominant<T>(weighted: Array<[T, number]>): T {
  const totals = new Map<T, number>();
  for (const [value, weight] of weighted) totals.set(value, (totals.get(value) ?? 0) + weight);
  let best = weighted[0]![0];
  let bestWeight = -1;
  for (const [value, weight] of totals) {
    if (weight > bestWeight) {
      best = value;
      bestWeight = weight;
    }
  }
  return best;
}

function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
