// Reads a .docx with mammoth and writes its text so that structure survives: headings on their own
// line, list items as "- " (or their number) lines, table rows as tab-separated cells, footnotes at
// the end, and a blank line between paragraphs. Walks mammoth's document tree (its documented
// `transformDocument` hook) instead of parsing HTML, so no entities or markup leak into the text.

import mammoth from 'mammoth';
import { ExtractError } from './extract-error';
import { checkZipSizes, defaultZipLimits, type ZipLimits } from './zip-limits';

/** The part of mammoth's document tree this module reads (mammoth ships no types for it). */
interface DocxElement {
  type: string;
  children?: DocxElement[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { isOrdered: boolean; level: string } | null;
  breakType?: string;
  checked?: boolean;
  noteType?: string;
  noteId?: string;
  body?: DocxElement[];
  notes?: { findNoteByKey?: (key: string) => DocxElement | null };
}

/** More text than this per page means the saved page count is not the document's. */
const MAX_CHARS_PER_PAGE = 8000;

/** Text of a .docx document. */
export interface DocxText {
  text: string;
  /** The page count Word saved with the file, when it did. */
  pages?: number;
  warnings: string[];
  /** Where the Word paragraphs begin in `text` (see DocxParagraphs). */
  paragraphs: DocxParagraphs;
}

/**
 * Where each paragraph of the Word document (`w:p` of the body, in order, empty ones and those in
 * table cells included, as Word's own paragraph collection counts them) begins in the extracted
 * text: `starts[i]` is the offset of paragraph i + 1. A paragraph with no text of its own there (an
 * empty one, or a second paragraph in a table cell, which is folded into its row's line) starts where
 * the next text does, so the paragraph of an offset is the last one starting at or before it. The
 * footnotes written after the body are past `end`, in no paragraph.
 */
export interface DocxParagraphs {
  starts: number[];
  end: number;
}

/**
 * Extracts the text of a .docx file.
 *
 * @example
 *   const { text } = await extractDocxText(bytes, 5 * 1024 * 1024);
 *   // 'Avtalens formål\n\nDenne databehandleravtalen ...\n\nKategori\tFormål\nPasienter\tJournal'
 * @throws ExtractError 'corrupt-docx' when the bytes are not a readable Word document; 'zip-bomb'
 *   when its parts unpack to more than the limits (checked before mammoth inflates anything)
 */
export async function extractDocxText(bytes: Uint8Array, maxTextChars: number, zipLimits: ZipLimits = defaultZipLimits): Promise<DocxText> {
  const { pages } = await checkZipSizes(bytes, maxTextChars, zipLimits);
  let documentRoot: DocxElement | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Images are not needed; skipping them keeps the work small.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        transformDocument: (element: DocxElement) => {
          documentRoot = element;
          return element;
        },
      },
    );
  } catch {
    throw new ExtractError('corrupt-docx');
  }
  if (!documentRoot) throw new ExtractError('corrupt-docx');
  const writer = new DocxTextWriter(documentRoot);
  const text = writer.write();
  // Word keeps the count up to date; some generators write a placeholder (1 page for 40 pages of text)
  const plausible = pages !== undefined && text.length / pages <= MAX_CHARS_PER_PAGE;
  return { text, ...(plausible ? { pages } : {}), warnings: [], paragraphs: writer.paragraphs() };
}

/**
 * One unit of output: blocks are separated by a blank line, lines inside a block by "\n". `firsts`
 * holds, per line, the number (0-based) of the Word paragraph the line begins with.
 */
type Block = { kind: 'paragraph' | 'list' | 'table'; lines: string[]; firsts: number[] };

class DocxTextWriter {
  private readonly blocks: Block[] = [];
  private readonly footnotes: string[] = [];
  private readonly headingCounters: number[] = [];
  private readonly listCounters: number[] = [];
  /** Word paragraphs of the body seen so far. */
  private paragraphCount = 0;
  private bodyBlocks = 0;

  constructor(private readonly root: DocxElement) {}

  write(): string {
    for (const child of this.root.children ?? []) this.writeBlockElement(child);
    this.bodyBlocks = this.blocks.length;
    if (this.footnotes.length > 0) this.blocks.push({ kind: 'paragraph', lines: this.footnotes, firsts: [] });
    return this.blocks
      .map((block) => block.lines.join('\n'))
      .join('\n\n');
  }

  /** Where the body's Word paragraphs begin in the text `write` returned. */
  paragraphs(): DocxParagraphs {
    const starts: Array<number | undefined> = new Array(this.paragraphCount).fill(undefined);
    let offset = 0;
    for (const block of this.blocks.slice(0, this.bodyBlocks)) {
      block.lines.forEach((line, index) => {
        starts[block.firsts[index]!] = offset;
        offset += line.length + 1;
      });
      offset += 1;
    }
    const end = Math.max(0, offset - 2);
    // a paragraph without a line of its own starts where the next text does
    let next = end;
    for (let i = starts.length - 1; i >= 0; i--) {
      if (starts[i] === undefined) starts[i] = next;
      else next = starts[i]!;
    }
    return { starts: starts as number[], end };
  }

  private writeBlockElement(element: DocxElement): void {
    if (element.type === 'paragraph') this.writeParagraph(element, this.paragraphCount++);
    else if (element.type === 'table') this.writeTable(element);
    else for (const child of element.children ?? []) this.writeBlockElement(child);
  }

  private writeParagraph(paragraph: DocxElement, index: number): void {
    const text = tidyParagraphText(this.inlineText(paragraph, 'paragraph'));
    if (text === '') return;
    const headingLevel = headingLevelOf(paragraph);
    if (headingLevel !== undefined) {
      this.listCounters.length = 0;
      const number = paragraph.numbering?.isOrdered ? this.nextHeadingNumber(headingLevel) : '';
      this.blocks.push({ kind: 'paragraph', lines: [number ? `${number} ${text}` : text], firsts: [index] });
      return;
    }
    if (paragraph.numbering) {
      const line = `${this.listMarker(paragraph.numbering)} ${text}`;
      const previous = this.blocks[this.blocks.length - 1];
      if (previous?.kind === 'list') {
        previous.lines.push(line);
        previous.firsts.push(index);
      } else this.blocks.push({ kind: 'list', lines: [line], firsts: [index] });
      return;
    }
    this.blocks.push({ kind: 'paragraph', lines: [text], firsts: [index] });
  }

  /** "1.2" for a numbered heading at level 2 after heading 1. */
  private nextHeadingNumber(level: number): string {
    this.headingCounters.length = Math.min(this.headingCounters.length, level);
    while (this.headingCounters.length < level) this.headingCounters.push(0);
    this.headingCounters[level - 1] = (this.headingCounters[level - 1] ?? 0) + 1;
    return this.headingCounters.map((count) => String(Math.max(count, 1))).join('.');
  }

  /**
   * "- " for bullets; for numbered items the running number at that level. mammoth reports only
   * whether a list is numbered, not its format, so numbers are written as "1.", "2.", ...
   */
  private listMarker(numbering: { isOrdered: boolean; level: string }): string {
    const level = Number.parseInt(numbering.level, 10) || 0;
    this.listCounters.length = Math.min(this.listCounters.length, level + 1);
    while (this.listCounters.length < level + 1) this.listCounters.push(0);
    if (!numbering.isOrdered) return '-';
    this.listCounters[level] = (this.listCounters[level] ?? 0) + 1;
    return `${this.listCounters[level]}.`;
  }

  private writeTable(table: DocxElement): void {
    const lines: string[] = [];
    const firsts: number[] = [];
    for (const row of table.children ?? []) {
      if (row.type !== 'tableRow') continue;
      const first = this.paragraphCount;
      const cells = (row.children ?? [])
        .filter((cell) => cell.type === 'tableCell')
        .map((cell) => this.cellText(cell));
      if (cells.some((cell) => cell !== '')) {
        lines.push(cells.join('\t'));
        // the row's line is placed at its first paragraph (an empty first cell included)
        firsts.push(first);
      }
    }
    if (lines.length > 0) this.blocks.push({ kind: 'table', lines, firsts });
  }

  /** A cell's paragraphs (and nested tables) on one line, so that a row stays one line. */
  private cellText(cell: DocxElement): string {
    const parts: string[] = [];
    const collect = (element: DocxElement): void => {
      if (element.type === 'paragraph') {
        this.paragraphCount++;
        const text = tidyParagraphText(this.inlineText(element, 'cell'));
        if (text) parts.push(element.numbering && !element.numbering.isOrdered ? `- ${text}` : text);
      } else {
        for (const child of element.children ?? []) collect(child);
      }
    };
    for (const child of cell.children ?? []) collect(child);
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }

  private inlineText(element: DocxElement, context: 'paragraph' | 'cell'): string {
    switch (element.type) {
      case 'text':
        return element.value ?? '';
      case 'tab':
        return ' ';
      case 'break':
        return element.breakType === 'line' && context === 'paragraph' ? '\n' : ' ';
      case 'checkbox':
        return element.checked ? '[x] ' : '[ ] ';
      case 'noteReference':
        return this.noteReference(element);
      case 'image':
      case 'commentReference':
      case 'bookmarkStart':
        return '';
      default:
        return (element.children ?? []).map((child) => this.inlineText(child, context)).join('');
    }
  }

  /** "[1]" in the text; the note itself is written at the end of the document. */
  private noteReference(reference: DocxElement): string {
    const note = this.root.notes?.findNoteByKey?.(`${reference.noteType}-${reference.noteId}`);
    if (!note) return '';
    const number = this.footnotes.length + 1;
    const noteText = (note.body ?? [])
      .map((paragraph) => tidyParagraphText(this.inlineText(paragraph, 'cell')))
      .filter((text) => text !== '')
      .join(' ');
    this.footnotes.push(`[${number}] ${noteText}`);
    return `[${number}]`;
  }
}

/** Heading level 1-9 for Title and "heading N" paragraphs, undefined for other paragraphs. */
function headingLevelOf(paragraph: DocxElement): number | undefined {
  const style = `${paragraph.styleName ?? ''} ${paragraph.styleId ?? ''}`.toLowerCase();
  const match = /heading\s*([1-9])|overskrift\s*([1-9])/.exec(style);
  if (match) return Number(match[1] ?? match[2]);
  if (/\btitle\b|\btittel\b/.test(style)) return 1;
  return undefined;
}

/** Collapses runs of spaces and tabs, trims each line, and drops empty lines inside a paragraph. */
function tidyParagraphText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]{2,}/g, ' ').replace(/\t/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
