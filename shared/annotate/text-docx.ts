// A new .docx of a reviewed text (from a PDF, .txt or .md): one Word paragraph per line of the text,
// headings in Word's heading styles (as the review's segmentation found them), tabs kept. It is then
// annotated like any .docx, so the comments and tracked changes are made by one piece of code.

import JSZip from 'jszip';
import type { Review } from '../types';
import { annotateDocx, type AnnotateOptions, type AnnotateResult } from './annotate-docx';
import { W_NS } from './docx-text-map';
import { parseXml, serializeXml, type XDocument, type XElement } from './xml';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`;

const heading = (level: number, size: number) => `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="nb-NO"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
${heading(1, 32)}
${heading(2, 28)}
${heading(3, 24)}
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
</w:styles>`;

/**
 * A .docx of the reviewed text, annotated with the review.
 *
 * @example
 *   const review = review(pdfText);
 *   const { bytes } = await annotateText(review, { lang: 'nb' }); // a new Word document with comments
 */
export async function annotateText(review: Review, options: AnnotateOptions = {}): Promise<AnnotateResult> {
  return annotateDocx(await textToDocx(review), review, options);
}

/** The reviewed text as a plain .docx: a paragraph per line, headings styled. */
export async function textToDocx(review: Review): Promise<Uint8Array> {
  const document = parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}"><w:body/></w:document>`);
  const body = document.getElementsByTagNameNS(W_NS, 'body')[0]!;
  const headingDepth = new Map<number, number>();
  for (const clause of review.document.clauses) {
    if (clause.kind === 'heading') headingDepth.set(clause.start, Math.min(3, Math.max(1, (clause.number ?? '').split('.').filter(Boolean).length)));
  }
  const text = review.document.text;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset + (line.length - line.trimStart().length);
    offset += line.length + 1;
    if (line.trim() === '') continue;
    body.appendChild(paragraph(document, line, headingDepth.get(start)));
  }
  const section = body.appendChild(element(document, 'sectPr'));
  const size = section.appendChild(element(document, 'pgSz'));
  size.setAttributeNS(W_NS, 'w:w', '11906');
  size.setAttributeNS(W_NS, 'w:h', '16838');
  const margins = section.appendChild(element(document, 'pgMar'));
  for (const [side, value] of Object.entries({ top: '1417', right: '1417', bottom: '1417', left: '1417', header: '708', footer: '708', gutter: '0' })) {
    margins.setAttributeNS(W_NS, `w:${side}`, value);
  }

  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', PACKAGE_RELS);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS);
  zip.file('word/styles.xml', STYLES);
  zip.file('word/document.xml', serializeXml(document));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function paragraph(document: XDocument, line: string, headingLevel: number | undefined): XElement {
  const p = element(document, 'p');
  if (headingLevel !== undefined) {
    const style = p.appendChild(element(document, 'pPr')).appendChild(element(document, 'pStyle'));
    style.setAttributeNS(W_NS, 'w:val', `Heading${headingLevel}`);
  }
  const run = p.appendChild(element(document, 'r'));
  line.split('\t').forEach((part, index) => {
    if (index > 0) run.appendChild(element(document, 'tab'));
    if (part === '') return;
    const t = run.appendChild(element(document, 't'));
    t.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
    t.appendChild(document.createTextNode(part.replace(/[^\t\n\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')));
  });
  return p;
}

function element(document: XDocument, name: string): XElement {
  return document.createElementNS(W_NS, `w:${name}`);
}
