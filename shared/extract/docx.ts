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
  const text = new DocxTextWriter(documentRoot).write();
  // Word keeps the count up to date; some generators write a placeholder (1 page for 40 pages of text)
  const plausible = pages !== undefined && text.length / pages <= MAX_CHARS_PER_PAGE;
  return { text, ...(plausible ? { pages } : {}), warnings: [] };
}

/** One unit of output: blocks are separated by a blank line, lines inside a block by "\n". */
type Block = { kind: 'paragraph' | 'list' | 'table'; lines: string[] };

class DocxTextWriter {
  private readonly blocks: Block[] = [];
  private readonly footnotes: string[] = [];
  private readonly headingCounters: number[] = [];
  private readonly listCounters: number[] = [];

  constructor(private readonly root: DocxElement) {}

  write(): string {
    for (const child of this.root.children ?? []) this.writeBlockElement(child);
    if (this.footnotes.length > 0) this.blocks.push({ kind: 'paragraph', lines: this.footnotes });
    return this.blocks
      .map((block) => block.lines.join('\n'))
      .join('\n\n');
  }

  private writeBlockElement(element: DocxElement): void {
    if (element.type === 'paragraph') this.writeParagraph(element);
    else if (element.type === 'table') this.writeTable(element);
    else for (const child of element.children ?? []) this.writeBlockElement(child);
  }

  private writeParagraph(paragraph: DocxElement): void {
    const text = tidyParagraphText(this.inlineText(paragraph, 'paragraph'));
    if (text === '') return;
    const headingLevel = headingLevelOf(paragraph);
    if (headingLevel !== undefined) {
      this.listCounters.length = 0;
      const number = paragraph.numbering?.isOrdered ? this.nextHeadingNumber(headingLevel) : '';
      this.blocks.push({ kind: 'paragraph', lines: [number ? `${number} ${text}` : text] });
      return;
    }
    if (paragraph.numbering) {
      const line = `${this.listMarker(paragraph.numbering)} ${text}`;
      const previous = this.blocks[this.blocks.length - 1];
      if (previous?.kind === 'list') previous.lines.push(line);
      else this.blocks.push({ kind: 'list', lines: [line] });
      return;
    }
    this.blocks.push({ kind: 'paragraph', lines: [text] });
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
    for (const row of table.children ?? []) {
      if (row.type !== 'tableRow') continue;
      const cells = (row.children ?? [])
        .filter((cell) => cell.type === 'tableCell')
        .map((cell) => this.cellText(cell));
      if (cells.some((cell) => cell !== '')) lines.push(cells.join('\t'));
    }
    if (lines.length > 0) this.blocks.push({ kind: 'table', lines });
  }

  /** A cell's paragraphs (and nested tables) on one line, so that a row stays one line. */
  private cellText(cell: DocxElement): string {
    const parts: string[] = [];
    const collect = (element: DocxElement): void => {
      if (element.type === 'paragraph') {
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
