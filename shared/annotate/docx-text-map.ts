// The text of word/document.xml as the extractor reads it (shared/extract/docx.ts, through mammoth),
// with a map from every character back to the XML node it came from: a `w:t` element and the
// offset in it, or a one-character element (`w:tab`, `w:br`, ...). Paragraphs are separated by a
// blank line and table cells by a tab, as in the extracted text; list and heading numbers, which
// the extractor writes but the XML does not hold, are absent here and found missing by the aligner.

import type { XElement } from './xml';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Where a run of characters of the text comes from. */
export interface Atom {
  /** A `w:t` element (its text) or an element that stands for one character (`w:tab`, `w:br`). */
  element: XElement;
  kind: 'text' | 'char';
  /** Offset of its first character in the mapped text. */
  base: number;
  length: number;
}

/** The text of a document part, with the atom of each character (-1 for separators). */
export class DocxTextMap {
  readonly atoms: Atom[] = [];
  /** Index into `atoms` of each character of `text`, -1 for a separator the XML does not hold. */
  atomAt: Int32Array = new Int32Array(0);
  text = '';

  /** The atom and offset in it of the character at `position`, or undefined for a separator. */
  locate(position: number): { atom: Atom; index: number; offset: number } | undefined {
    const index = this.atomAt[position];
    if (index === undefined || index < 0) return undefined;
    const atom = this.atoms[index]!;
    return { atom, index, offset: position - atom.base };
  }

  /**
   * Records that the first `offset` characters of atom `index` stay in it and the rest now live in
   * `tail` (after a `w:t` was split in two).
   */
  splitAtom(index: number, offset: number, tail: XElement): void {
    const atom = this.atoms[index]!;
    const tailAtom: Atom = { element: tail, kind: atom.kind, base: atom.base + offset, length: atom.length - offset };
    atom.length = offset;
    const tailIndex = this.atoms.push(tailAtom) - 1;
    this.atomAt.fill(tailIndex, tailAtom.base, tailAtom.base + tailAtom.length);
  }
}

/**
 * Builds the text of a `w:body` (or any block container) and its map.
 *
 * @example
 *   const map = mapDocxText(documentXml.getElementsByTagNameNS(W_NS, 'body')[0]);
 *   map.text; // 'Avtalens formål\n\nDenne databehandleravtalen ...'
 */
export function mapDocxText(body: XElement): DocxTextMap {
  const builder = new TextMapBuilder();
  builder.blocks(body);
  return builder.finish();
}

class TextMapBuilder {
  private readonly parts: string[] = [];
  private readonly atomIndexes: number[] = [];
  private readonly map = new DocxTextMap();
  private length = 0;
  private started = false;

  finish(): DocxTextMap {
    this.map.text = this.parts.join('');
    this.map.atomAt = Int32Array.from(this.atomIndexes);
    return this.map;
  }

  blocks(container: XElement): void {
    for (const child of elementChildren(container)) this.block(child);
  }

  private block(element: XElement): void {
    const name = wordName(element);
    if (name === 'p') {
      this.separator('\n\n');
      this.inline(element, 'paragraph');
    } else if (name === 'tbl') {
      this.table(element);
    } else if (name === 'sdt') {
      const content = firstChild(element, 'sdtContent');
      if (content) this.blocks(content);
    } else if (name === 'customXml' || name === 'ins' || name === 'moveTo') {
      this.blocks(element);
    } else if (isAlternateContent(element)) {
      const fallback = elementChildren(element).find((child) => child.localName === 'Fallback');
      if (fallback) this.blocks(fallback);
    }
  }

  private table(table: XElement): void {
    this.separator('\n\n');
    let firstRow = true;
    for (const row of elementChildren(table).filter((child) => wordName(child) === 'tr')) {
      if (isDeletedRow(row)) continue;
      if (!firstRow) this.separator('\n');
      firstRow = false;
      let firstCell = true;
      for (const cell of elementChildren(row).filter((child) => wordName(child) === 'tc' || wordName(child) === 'sdt')) {
        if (!firstCell) this.separator('\t');
        firstCell = false;
        this.cell(cell);
      }
    }
  }

  private cell(cell: XElement): void {
    let firstParagraph = true;
    const visit = (container: XElement): void => {
      for (const child of elementChildren(container)) {
        const name = wordName(child);
        if (name === 'p') {
          if (!firstParagraph) this.separator(' ');
          firstParagraph = false;
          this.inline(child, 'cell');
        } else if (name === 'tbl' || name === 'tr' || name === 'tc' || name === 'sdtContent' || name === 'customXml' || name === 'sdt') {
          visit(child);
        }
      }
    };
    visit(cell);
  }

  private inline(element: XElement, context: 'paragraph' | 'cell'): void {
    for (const child of elementChildren(element)) {
      const name = wordName(child);
      switch (name) {
        case 't':
          this.atom(child, 'text', child.textContent ?? '');
          break;
        case 'tab':
          this.atom(child, 'char', ' ');
          break;
        case 'cr':
          this.atom(child, 'char', context === 'paragraph' ? '\n' : ' ');
          break;
        case 'br': {
          const type = child.getAttributeNS(W_NS, 'type');
          if (!type || type === 'textWrapping') this.atom(child, 'char', context === 'paragraph' ? '\n' : ' ');
          else if (type === 'page' || type === 'column') this.atom(child, 'char', ' ');
          break;
        }
        case 'noBreakHyphen':
          this.atom(child, 'char', '\u2011');
          break;
        case 'softHyphen':
          this.atom(child, 'char', '\u00ad');
          break;
        // deleted text, field codes and properties are not part of the extracted text
        case 'del':
        case 'moveFrom':
        case 'delText':
        case 'instrText':
        case 'pPr':
        case 'rPr':
          break;
        case 'sdt': {
          const content = firstChild(child, 'sdtContent');
          if (content) this.inline(content, context);
          break;
        }
        case 'p':
          // a paragraph inside a text box
          this.separator(' ');
          this.inline(child, context);
          break;
        default:
          if (isAlternateContent(child)) {
            const fallback = elementChildren(child).find((grandchild) => grandchild.localName === 'Fallback');
            if (fallback) this.inline(fallback, context);
          } else if (child.namespaceURI !== W_NS || !['drawing', 'pict', 'object'].includes(name)) {
            // runs, hyperlinks, insertions, smart tags, simple fields, custom XML
            this.inline(child, context);
          }
      }
    }
  }

  private atom(element: XElement, kind: Atom['kind'], text: string): void {
    if (text === '') return;
    const index = this.map.atoms.push({ element, kind, base: this.length, length: text.length }) - 1;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.atomIndexes.push(index);
    this.length += text.length;
    this.started = true;
  }

  private separator(text: string): void {
    if (!this.started) return;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.atomIndexes.push(-1);
    this.length += text.length;
  }
}

function isDeletedRow(row: XElement): boolean {
  const properties = firstChild(row, 'trPr');
  return !!properties && !!firstChild(properties, 'del');
}

function isAlternateContent(element: XElement): boolean {
  return element.namespaceURI === MC_NS && element.localName === 'AlternateContent';
}

/** The local name of an element in the WordprocessingML namespace, '' for other namespaces. */
export function wordName(element: XElement): string {
  return element.namespaceURI === W_NS ? (element.localName ?? '') : '';
}

export function elementChildren(element: XElement): XElement[] {
  const children: XElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) children.push(node as XElement);
  }
  return children;
}

export function firstChild(element: XElement, name: string): XElement | undefined {
  return elementChildren(element).find((child) => wordName(child) === name);
}
