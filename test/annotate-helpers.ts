// Helpers for the annotate tests: build a small .docx from a body's XML, read back what an annotated
// .docx anchors, and accept or reject its tracked changes the way Word does.

import JSZip from 'jszip';
import { W_NS } from '../shared/annotate/docx-text-map';
import { parseXml, serializeXml, type XElement, type XNode } from '../shared/annotate/xml';
import { extractDocument } from '../shared/extract/index';
import type { Finding, Review } from '../shared/types';

const NAMESPACES = `xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W_NS}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`;

/** A .docx whose body is `bodyXml` (w: and r: prefixes declared), with numbering and one hyperlink target (rId9). */
export async function makeDocx(bodyXml: string, extraParts: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
${extraParts['word/comments.xml'] ? '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' : ''}
</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://lovdata.no/" TargetMode="External"/>
${extraParts['word/comments.xml'] ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' : ''}
</Relationships>`,
  );
  zip.file('word/numbering.xml', NUMBERING);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NAMESPACES}><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`);
  for (const [path, content] of Object.entries(extraParts)) zip.file(path, content);
  return zip.generateAsync({ type: 'uint8array' });
}

/** The extracted text of a .docx, as the review reads it. */
export async function textOf(bytes: Uint8Array): Promise<string> {
  return (await extractDocument(bytes, 'test.docx')).text;
}

/** A review of `text` with findings on the given ranges (and fixes where given). */
export function fakeReview(text: string, ranges: Array<{ start: number; end: number; fix?: { start: number; end: number; text: string } }>): Review {
  const findings: Finding[] = ranges.map((range) => ({
    category: 'breach-notice-deadline',
    severity: 'high',
    start: range.start,
    end: range.end,
    message: 'Fristen er for lang.',
    messages: { nb: 'Fristen er for lang.', en: 'The deadline is too long.' },
    messageId: 'deadline-too-long',
    quote: text.slice(range.start, range.end),
    reference: { id: 'test', topic: 'breach-notice', lang: 'nb', text: 'Databehandler varsler innen 24 timer.', source: 'Testkilde 7.1' },
    ...(range.fix ? { fix: range.fix } : {}),
  }));
  return {
    tool: { name: 'dpa-review', version: 'test' },
    lang: 'nb',
    document: { text, lang: 'nb', scope: 'document', clauses: [] },
    findings,
    summary: { total: findings.length, bySeverity: { high: findings.length, medium: 0, low: 0, info: 0 }, byCategory: {} },
    checked: [],
  };
}

/** The parts of an annotated .docx that the tests look at. */
export async function readParts(bytes: Uint8Array): Promise<{ zip: JSZip; document: string; comments: string; rels: string; types: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  return { zip, document: await read('word/document.xml'), comments: await read('word/comments.xml'), rels: await read('word/_rels/document.xml.rels'), types: await read('[Content_Types].xml') };
}

/**
 * The original text each comment is anchored on, by comment id: the w:t (and w:delText) text
 * between its commentRangeStart and commentRangeEnd, tabs as spaces and paragraphs as a space;
 * dpa-review's own insertions left out.
 */
export function anchoredTexts(documentXml: string): Map<string, string> {
  const root = parseXml(documentXml).documentElement!;
  const open = new Map<string, string[]>();
  const done = new Map<string, string>();
  const visit = (node: XNode): void => {
    if (node.nodeType !== 1) return;
    const element = node as XElement;
    const name = element.namespaceURI === W_NS ? element.localName : '';
    const id = element.getAttributeNS(W_NS, 'id') ?? '';
    if (name === 'commentRangeStart') open.set(id, []);
    else if (name === 'commentRangeEnd') {
      done.set(id, (open.get(id) ?? ['<no start>']).join(''));
      open.delete(id);
    } else if (name === 't' || name === 'delText') {
      for (const parts of open.values()) parts.push(element.textContent ?? '');
    } else if (name === 'tab') {
      for (const parts of open.values()) parts.push(' ');
    }
    // a proposed wording is not part of what the comment points at
    if (name === 'ins' && element.getAttributeNS(W_NS, 'author') === 'dpa-review') return;
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (name === 'p' || name === 'tc') for (const parts of open.values()) parts.push(' ');
  };
  visit(root);
  for (const id of open.keys()) done.set(id, '<no end>');
  return done;
}

/** Whitespace collapsed, for comparing an anchored text with a quote. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The .docx with every tracked change accepted (`accept`) or rejected, as Word would leave it. */
export async function resolveChanges(bytes: Uint8Array, accept: boolean): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const document = parseXml(await zip.file('word/document.xml')!.async('string'));
  const remove = accept ? 'del' : 'ins';
  const unwrap = accept ? 'ins' : 'del';
  for (const element of list(document.getElementsByTagNameNS(W_NS, remove))) element.parentNode!.removeChild(element);
  for (const element of list(document.getElementsByTagNameNS(W_NS, unwrap))) {
    if (element.parentNode && (element.parentNode as XElement).localName === 'rPr') continue;
    for (const text of list(element.getElementsByTagNameNS(W_NS, 'delText'))) {
      const t = document.createElementNS(W_NS, 'w:t');
      t.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
      t.appendChild(document.createTextNode(text.textContent ?? ''));
      text.parentNode!.replaceChild(t, text);
    }
    while (element.firstChild) element.parentNode!.insertBefore(element.firstChild, element);
    element.parentNode!.removeChild(element);
  }
  zip.file('word/document.xml', serializeXml(document));
  return zip.generateAsync({ type: 'uint8array' });
}

function list(nodes: { length: number; [index: number]: XElement }): XElement[] {
  const elements: XElement[] = [];
  for (let index = 0; index < nodes.length; index++) elements.push(nodes[index]!);
  return elements;
}
