// Writes a review into a Word document: one comment per finding, anchored on the words the finding
// points at, and (with `redline`) the reference wording proposed as a tracked change. Pure: the
// .docx bytes and the review in, the annotated .docx bytes out. The package is read and written with
// JSZip, the XML with @xmldom/xmldom; parts this module does not change are copied as they are
// (JSZip keeps their compressed bytes), so styles, numbering, headers and media are untouched.
//
// Anchoring: the text of document.xml is rebuilt with a map from each character to its `w:t` (see
// docx-text-map.ts) and aligned with the reviewed text (align.ts). A run is split where a range
// starts or ends inside it; the markers go between runs, so no word is dropped or moved.

import JSZip from 'jszip';
import { checkZipSizes, defaultZipLimits, type ZipLimits } from '../extract/zip-limits';
import { ExtractError } from '../extract/extract-error';
import type { Finding, MessageLang, Review } from '../types';
import { alignTexts } from './align';
import { commentParagraphs } from './comment-text';
import { parseXml, serializeXml, type XDocument, type XElement, type XNode } from './xml';
import { DocxTextMap, elementChildren, firstChild, mapDocxText, W_NS, wordName } from './docx-text-map';

export const COMMENT_AUTHOR = 'dpa-review';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const OFFICE_DOCUMENT_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

export interface AnnotateOptions {
  /** Language of the comments; the review's language by default. */
  lang?: MessageLang;
  /** Also propose each finding's fix as a tracked change (w:del + w:ins). */
  redline?: boolean;
  /** The comments' and changes' date; now by default. */
  date?: Date;
  /** Largest text the document may hold (as for extraction); 5 M characters by default. */
  maxTextChars?: number;
  zipLimits?: ZipLimits;
}

export interface AnnotateResult {
  bytes: Uint8Array;
  /** Comments written (one per finding). */
  comments: number;
  /** Fixes proposed as tracked changes. */
  changes: number;
  /** What could not be done as asked, in English, one line each (e.g. a fix over a field code). */
  notes: string[];
}

/**
 * Annotates a .docx with a review of its own text (`review.document.text` extracted from `bytes`).
 *
 * @example
 *   const review = review((await extractDocument(bytes, 'dba.docx')).text);
 *   const { bytes: annotated, comments } = await annotateDocx(bytes, review, { redline: true });
 * @throws ExtractError 'zip-bomb' / 'too-large' / 'corrupt-docx' as extraction does
 */
export async function annotateDocx(bytes: Uint8Array, review: Review, options: AnnotateOptions = {}): Promise<AnnotateResult> {
  await checkZipSizes(bytes, options.maxTextChars ?? 5 * 1024 * 1024, options.zipLimits ?? defaultZipLimits);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ExtractError('corrupt-docx');
  }
  const documentPath = await mainDocumentPath(zip);
  const documentXml = parseXml(await readPart(zip, documentPath));
  const body = documentXml.getElementsByTagNameNS(W_NS, 'body')[0];
  if (!body) throw new ExtractError('corrupt-docx');

  const commentsPath = await commentsPartPath(zip, documentPath);
  const commentsXml = zip.file(commentsPath) ? parseXml(await readPart(zip, commentsPath)) : newCommentsPart();
  const annotator = new DocxAnnotator(documentXml, body, commentsXml, review, options);
  const result = annotator.annotate();

  zip.file(documentPath, serializeXml(documentXml));
  zip.file(commentsPath, serializeXml(commentsXml));
  await addCommentsRelationship(zip, documentPath, commentsPath);
  await addCommentsContentType(zip, commentsPath);
  const annotated = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { bytes: annotated, ...result };
}

/** A range of the mapped text: its first and last mapped character (inclusive). */
interface MappedRange {
  first: number;
  last: number;
}

class DocxAnnotator {
  private readonly map: DocxTextMap;
  /** For each character of the reviewed text, its offset in the mapped text or -1. */
  private readonly pairs: Int32Array;
  private readonly lang: MessageLang;
  private readonly date: string;
  private nextCommentId: number;
  private nextChangeId: number;
  private readonly notes: string[] = [];

  constructor(
    private readonly document: XDocument,
    body: XElement,
    private readonly comments: XDocument,
    private readonly review: Review,
    private readonly options: AnnotateOptions,
  ) {
    this.map = mapDocxText(body);
    this.pairs = alignTexts(this.map.text, review.document.text);
    this.lang = options.lang ?? review.lang;
    this.date = (options.date ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
    this.nextCommentId = maxId(comments.documentElement!, 'comment') + 1;
    // revision ids share one space with every other annotation id in the document
    this.nextChangeId = Math.max(maxId(document.documentElement!, null), this.nextCommentId + review.findings.length) + 1;
  }

  annotate(): Omit<AnnotateResult, 'bytes'> {
    const findings = [...this.review.findings].sort((a, b) => a.start - b.start || a.end - b.end);
    const anchored = findings.map((finding) => ({ finding, range: this.commentRange(finding) }));
    const fixes = this.options.redline ? this.fixRanges(findings) : [];
    // every run is split before any marker goes in, so that the map stays true while splitting
    for (const { range } of [...anchored, ...fixes]) if (range) this.splitAround(range);
    let comments = 0;
    for (const { finding, range } of anchored) {
      if (!range) {
        this.notes.push(`A ${finding.category} finding at ${finding.start} has no text in the document to anchor on; it was left out.`);
        continue;
      }
      this.addComment(finding, range);
      comments++;
    }
    let changes = 0;
    for (const { finding, range } of fixes) if (range && this.addChange(finding, range)) changes++;
    return { comments, changes, notes: this.notes };
  }

  /** The words a finding points at, or (when none of them is in document.xml) its clause, or the first paragraph. */
  private commentRange(finding: Finding): MappedRange | undefined {
    const own = this.mappedRange(finding.start, finding.end);
    if (own) return own;
    const clause = finding.clauseIndex !== undefined ? this.review.document.clauses[finding.clauseIndex] : undefined;
    if (clause) {
      const ofClause = this.mappedRange(clause.start, clause.end);
      if (ofClause) return ofClause;
    }
    const firstParagraphEnd = this.map.text.indexOf('\n');
    return this.mappedTextRange(0, firstParagraphEnd < 0 ? this.map.text.length : firstParagraphEnd);
  }

  /** Fixes with a range in the document, in order, none overlapping the one before. */
  private fixRanges(findings: Finding[]): Array<{ finding: Finding; range: MappedRange | undefined }> {
    const fixes: Array<{ finding: Finding; range: MappedRange | undefined }> = [];
    let previousEnd = -1;
    for (const finding of [...findings].sort((a, b) => (a.fix?.start ?? 0) - (b.fix?.start ?? 0))) {
      const fix = finding.fix;
      if (!fix || finding.missing || fix.end <= fix.start) continue;
      if (fix.start < previousEnd) {
        this.notes.push(`The fix of a ${finding.category} finding overlaps the one before it; it was not proposed.`);
        continue;
      }
      previousEnd = fix.end;
      fixes.push({ finding, range: this.mappedRange(fix.start, fix.end) });
    }
    return fixes;
  }

  /** The mapped characters of [start, end) of the reviewed text, if any is in document.xml. */
  private mappedRange(start: number, end: number): MappedRange | undefined {
    let first = -1;
    let last = -1;
    for (let index = Math.max(0, start); index < Math.min(end, this.pairs.length); index++) {
      const mapped = this.pairs[index]!;
      if (mapped < 0 || this.map.atomAt[mapped]! < 0) continue;
      if (first < 0) first = mapped;
      last = mapped;
    }
    return first < 0 ? undefined : { first, last };
  }

  /** The mapped characters of [start, end) of the mapped text that stand for words (not separators). */
  private mappedTextRange(start: number, end: number): MappedRange | undefined {
    let first = -1;
    let last = -1;
    for (let index = start; index < end; index++) {
      if (this.map.atomAt[index]! < 0) continue;
      if (first < 0) first = index;
      last = index;
    }
    return first < 0 ? undefined : { first, last };
  }

  // ---- splitting runs ----

  /** Splits runs so that the range starts a run and ends one. */
  private splitAround(range: MappedRange): void {
    const first = this.map.locate(range.first)!;
    splitRunBefore(first.offset > 0 ? this.splitText(first.index, first.offset) : first.atom.element);
    const last = this.map.locate(range.last)!;
    if (last.offset + 1 < last.atom.length) {
      splitRunBefore(this.splitText(last.index, last.offset + 1));
    } else {
      const next = nextContentSibling(last.atom.element);
      if (next) splitRunBefore(next);
    }
  }

  /** Splits a `w:t` at `offset`; the new element after it holds the rest of the text. */
  private splitText(atomIndex: number, offset: number): XElement {
    const atom = this.map.atoms[atomIndex]!;
    const element = atom.element;
    const text = element.textContent ?? '';
    const tail = element.cloneNode(false) as XElement;
    tail.appendChild(this.document.createTextNode(text.slice(offset)));
    setText(element, text.slice(0, offset));
    element.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    tail.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    element.parentNode!.insertBefore(tail, element.nextSibling);
    this.map.splitAtom(atomIndex, offset, tail);
    return tail;
  }

  /** The run (or other element standing in a paragraph's content) that holds the mapped character. */
  private runAt(position: number): XElement {
    const element = this.map.locate(position)!.atom.element;
    const parent = element.parentNode as XElement;
    return wordName(parent) === 'r' ? parent : element;
  }

  // ---- comments ----

  private addComment(finding: Finding, range: MappedRange): void {
    const id = String(this.nextCommentId++);
    const startRun = this.runAt(range.first);
    const endRun = this.runAt(range.last);
    const start = this.w('commentRangeStart', { id });
    startRun.parentNode!.insertBefore(start, startRun);
    const end = this.w('commentRangeEnd', { id });
    endRun.parentNode!.insertBefore(end, endRun.nextSibling);
    // the reference mark goes after the hyperlink, field or content control that holds the end
    const holder = paragraphChild(end);
    const reference = this.w('r');
    const properties = reference.appendChild(this.w('rPr'));
    properties.appendChild(this.w('rStyle', { val: 'CommentReference' }));
    reference.appendChild(this.w('commentReference', { id }));
    holder.parentNode!.insertBefore(reference, holder.nextSibling);
    this.comments.documentElement!.appendChild(this.commentElement(id, finding));
  }

  private commentElement(id: string, finding: Finding): XElement {
    const comment = this.w('comment', { id, author: COMMENT_AUTHOR, date: this.date, initials: 'DR' }, this.comments);
    commentParagraphs(finding, this.lang).forEach((paragraph, index) => {
      const p = comment.appendChild(this.w('p', {}, this.comments));
      const pPr = p.appendChild(this.w('pPr', {}, this.comments));
      pPr.appendChild(this.w('pStyle', { val: 'CommentText' }, this.comments));
      if (index === 0) {
        const mark = p.appendChild(this.w('r', {}, this.comments));
        mark.appendChild(this.w('rPr', {}, this.comments)).appendChild(this.w('rStyle', { val: 'CommentReference' }, this.comments));
        mark.appendChild(this.w('annotationRef', {}, this.comments));
      }
      if (paragraph.label) p.appendChild(this.textRun(paragraph.label, this.comments, true));
      if (paragraph.text) p.appendChild(this.textRun(paragraph.text, this.comments, false));
    });
    return comment;
  }

  // ---- tracked changes ----

  /** Wraps the runs of the fix's range in w:del and adds the reference wording as w:ins. */
  private addChange(finding: Finding, range: MappedRange): boolean {
    const runs: XElement[] = [];
    for (let position = range.first; position <= range.last; position++) {
      if (this.map.atomAt[position]! < 0) continue;
      const run = this.runAt(position);
      if (runs[runs.length - 1] !== run && !runs.includes(run)) runs.push(run);
    }
    const blocked = runs.some((run) => wordName(run) !== 'r' || !isDeletableRun(run) || insideChange(run)) || crossesField(runs[0]!, runs[runs.length - 1]!);
    if (blocked) {
      this.notes.push(`The fix of a ${finding.category} finding crosses a field, a tracked change or a special element; it was not proposed.`);
      return false;
    }
    const firstParagraph = ancestor(runs[0]!, 'p');
    let lastDeletionInFirstParagraph: XElement | undefined;
    for (const run of runs) {
      const deletion = this.w('del', { id: String(this.nextChangeId++), author: COMMENT_AUTHOR, date: this.date });
      run.parentNode!.insertBefore(deletion, run);
      deletion.appendChild(run);
      for (const text of elementChildren(run).filter((child) => wordName(child) === 't')) renameToDeletedText(text);
      if (ancestor(run, 'p') === firstParagraph) lastDeletionInFirstParagraph = deletion;
    }
    const insertion = this.w('ins', { id: String(this.nextChangeId++), author: COMMENT_AUTHOR, date: this.date });
    const properties = firstChild(runs[runs.length - 1]!, 'rPr');
    const wording = finding.fix!.text;
    const inserted = this.textRun(wording, this.document, false, properties);
    insertion.appendChild(inserted);
    const after = lastDeletionInFirstParagraph ?? runs[0]!;
    after.parentNode!.insertBefore(insertion, after.nextSibling);
    return true;
  }

  // ---- markup helpers ----

  /** A `w:` element with `w:` attributes, made in `owner` (document.xml by default). */
  private w(name: string, attributes: Record<string, string> = {}, owner: XDocument = this.document): XElement {
    const element = owner.createElementNS(W_NS, `w:${name}`);
    for (const [key, value] of Object.entries(attributes)) element.setAttributeNS(W_NS, `w:${key}`, value);
    return element;
  }

  /** A run of text: tabs as w:tab, line breaks as w:br, characters XML cannot hold dropped. */
  private textRun(text: string, owner: XDocument, bold: boolean, properties?: XElement): XElement {
    const run = this.w('r', {}, owner);
    if (properties) run.appendChild(properties.cloneNode(true));
    else if (bold) run.appendChild(this.w('rPr', {}, owner)).appendChild(this.w('b', {}, owner));
    const clean = text.replace(/[^\t\n\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '');
    clean.split(/(\t|\n)/).forEach((part) => {
      if (part === '\t') run.appendChild(this.w('tab', {}, owner));
      else if (part === '\n') run.appendChild(this.w('br', {}, owner));
      else if (part !== '') {
        const t = run.appendChild(this.w('t', {}, owner));
        t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
        t.appendChild(owner.createTextNode(part));
      }
    });
    return run;
  }
}

/** Moves `element` and everything after it in its run to a new run just after (same properties). */
function splitRunBefore(element: XElement): void {
  const run = element.parentNode as XElement | null;
  if (!run || wordName(run) !== 'r') return;
  if (!hasContentBefore(element)) return;
  const tail = run.cloneNode(false) as XElement;
  const properties = firstChild(run, 'rPr');
  if (properties) tail.appendChild(properties.cloneNode(true));
  let node: XNode | null = element;
  while (node) {
    const next: XNode | null = node.nextSibling;
    tail.appendChild(node);
    node = next;
  }
  run.parentNode!.insertBefore(tail, run.nextSibling);
}

function hasContentBefore(element: XElement): boolean {
  for (let node = element.previousSibling; node; node = node.previousSibling) {
    if (node.nodeType === 1 && wordName(node as XElement) !== 'rPr') return true;
  }
  return false;
}

function nextContentSibling(element: XElement): XElement | undefined {
  for (let node = element.nextSibling; node; node = node.nextSibling) if (node.nodeType === 1) return node as XElement;
  return undefined;
}

/** Runs of plain text only (no field characters or codes, drawings or notes) may be deleted. */
function isDeletableRun(run: XElement): boolean {
  const plain = new Set(['rPr', 't', 'tab', 'br', 'cr', 'noBreakHyphen', 'softHyphen', 'sym', 'lastRenderedPageBreak']);
  return elementChildren(run).every((child) => plain.has(wordName(child)));
}

/** Whether a field's code or markers lie between two runs (in document order). */
function crossesField(first: XElement, last: XElement): boolean {
  let node: XNode | null = first;
  while (node && node !== last) {
    if (node.nodeType === 1 && ['fldChar', 'instrText', 'fldSimple'].includes(wordName(node as XElement))) return true;
    if (node.firstChild) node = node.firstChild;
    else {
      while (node && !node.nextSibling) node = node.parentNode;
      node = node ? node.nextSibling : null;
    }
  }
  return false;
}

function insideChange(run: XElement): boolean {
  for (let node = run.parentNode as XElement | null; node && node.nodeType === 1; node = node.parentNode as XElement | null) {
    const name = wordName(node);
    if (name === 'ins' || name === 'del' || name === 'moveTo' || name === 'moveFrom' || name === 'fldSimple') return true;
    if (name === 'p') return false;
  }
  return false;
}

function ancestor(element: XElement, name: string): XElement | undefined {
  for (let node = element.parentNode as XElement | null; node && node.nodeType === 1; node = node.parentNode as XElement | null) {
    if (wordName(node) === name) return node;
  }
  return undefined;
}

/** The ancestor of `element` (or itself) that is a direct child of its paragraph. */
function paragraphChild(element: XElement): XElement {
  let node = element;
  while (node.parentNode && node.parentNode.nodeType === 1 && wordName(node.parentNode as XElement) !== 'p') {
    const parent = node.parentNode as XElement;
    // stop at a body, cell or text box: the element is not in a paragraph after all
    if (['body', 'tc', 'txbxContent', 'sdtContent', 'comment'].includes(wordName(parent)) && parent.parentNode) break;
    node = parent;
  }
  return node;
}

function renameToDeletedText(text: XElement): void {
  const deleted = text.ownerDocument!.createElementNS(W_NS, 'w:delText');
  deleted.setAttributeNS(XML_NS, 'xml:space', 'preserve');
  while (text.firstChild) deleted.appendChild(text.firstChild);
  text.parentNode!.replaceChild(deleted, text);
}

function setText(element: XElement, text: string): void {
  while (element.firstChild) element.removeChild(element.firstChild);
  element.appendChild(element.ownerDocument!.createTextNode(text));
}

/** The largest numeric w:id of the named elements (of any element when `name` is null), or -1. */
function maxId(root: XElement, name: string | null): number {
  let max = -1;
  const all = root.getElementsByTagNameNS(W_NS, name ?? '*');
  for (let index = 0; index < all.length; index++) {
    const value = Number.parseInt(all[index]!.getAttributeNS(W_NS, 'id') ?? '', 10);
    if (Number.isFinite(value) && value > max && value < 2 ** 31 - 100_000) max = value;
  }
  return max;
}

// ---- package parts ----

async function readPart(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new ExtractError('corrupt-docx');
  return file.async('string');
}

/** "word/document.xml" as the package's relationships name it. */
async function mainDocumentPath(zip: JSZip): Promise<string> {
  const rels = zip.file('_rels/.rels');
  if (!rels) return 'word/document.xml';
  const relationships = parseXml(await rels.async('string')).getElementsByTagNameNS(REL_NS, 'Relationship');
  for (let index = 0; index < relationships.length; index++) {
    const relationship = relationships[index]!;
    if (relationship.getAttribute('Type') === OFFICE_DOCUMENT_REL) return (relationship.getAttribute('Target') ?? 'word/document.xml').replace(/^\//, '');
  }
  return 'word/document.xml';
}

function relationshipsPath(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

function resolveTarget(partPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = partPath.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

/** The comments part the document already has, or where a new one goes. */
async function commentsPartPath(zip: JSZip, documentPath: string): Promise<string> {
  const rels = zip.file(relationshipsPath(documentPath));
  if (rels) {
    const relationships = parseXml(await rels.async('string')).getElementsByTagNameNS(REL_NS, 'Relationship');
    for (let index = 0; index < relationships.length; index++) {
      const relationship = relationships[index]!;
      if (relationship.getAttribute('Type') === COMMENTS_REL && relationship.getAttribute('TargetMode') !== 'External') {
        return resolveTarget(documentPath, relationship.getAttribute('Target') ?? 'comments.xml');
      }
    }
  }
  return resolveTarget(documentPath, 'comments.xml');
}

function newCommentsPart(): XDocument {
  return parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}"/>`);
}

async function addCommentsRelationship(zip: JSZip, documentPath: string, commentsPath: string): Promise<void> {
  const path = relationshipsPath(documentPath);
  const file = zip.file(path);
  const rels = file ? parseXml(await file.async('string')) : parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"/>`);
  const relationships = rels.getElementsByTagNameNS(REL_NS, 'Relationship');
  const ids = new Set<string>();
  for (let index = 0; index < relationships.length; index++) {
    const relationship = relationships[index]!;
    if (relationship.getAttribute('Type') === COMMENTS_REL) return;
    ids.add(relationship.getAttribute('Id') ?? '');
  }
  let number = ids.size + 1;
  while (ids.has(`rId${number}`)) number++;
  const relationship = rels.createElementNS(REL_NS, 'Relationship');
  relationship.setAttribute('Id', `rId${number}`);
  relationship.setAttribute('Type', COMMENTS_REL);
  relationship.setAttribute('Target', relativeTarget(documentPath, commentsPath));
  rels.documentElement!.appendChild(relationship);
  zip.file(path, serializeXml(rels));
}

function relativeTarget(fromPart: string, toPart: string): string {
  const folder = fromPart.slice(0, fromPart.lastIndexOf('/') + 1);
  return toPart.startsWith(folder) ? toPart.slice(folder.length) : `/${toPart}`;
}

async function addCommentsContentType(zip: JSZip, commentsPath: string): Promise<void> {
  const types = parseXml(await readPart(zip, '[Content_Types].xml'));
  const overrides = types.getElementsByTagNameNS(CT_NS, 'Override');
  for (let index = 0; index < overrides.length; index++) {
    if (overrides[index]!.getAttribute('PartName') === `/${commentsPath}`) return;
  }
  const override = types.createElementNS(CT_NS, 'Override');
  override.setAttribute('PartName', `/${commentsPath}`);
  override.setAttribute('ContentType', COMMENTS_TYPE);
  types.documentElement!.appendChild(override);
  zip.file('[Content_Types].xml', serializeXml(types));
}
