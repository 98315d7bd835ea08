// Writes the small synthetic documents that test/extract.test.ts reads, into test/fixtures/extract/.
// The files are committed, so the tests need neither this script nor its tools; run it again only
// to change them:  node scripts/make-extract-fixtures.mjs
//   headers-footers.pdf  3 pages with a running header, "Side N av 3" footers, a hyphenated word,
//                        a real hyphen ("helse- og") and a sentence that runs over a page break
//   image-only.pdf       one page with an image and no text (a "scan")
//   encrypted.pdf        headers-footers.pdf with a user password (needs Debian's qpdf)
//   numbered.docx        Word numbering, bullets, a table and a footnote-free heading structure
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import path from 'node:path';

const outputDirectory = path.join(import.meta.dirname, '..', 'test', 'fixtures', 'extract');
mkdirSync(outputDirectory, { recursive: true });

// ---------------------------------------------------------------------------------------------
// PDF

/** A PDF from page content streams; fonts: /F1 Helvetica, /F2 Helvetica-Bold (WinAnsi). */
function buildPdf(pageStreams, { withImage = false } = {}) {
  const objects = [];
  const add = (body) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add(null);
  const pagesId = add(null);
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const boldFont = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const image = withImage
    ? add({ dict: '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', data: Buffer.from([0, 255, 255, 0]) })
    : 0;
  const pageIds = [];
  for (const stream of pageStreams) {
    const content = add({ dict: '', data: Buffer.from(stream, 'latin1') });
    const xObject = image ? ` /XObject << /Im1 ${image} 0 R >>` : '';
    pageIds.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R /F2 ${boldFont} 0 R >>${xObject} >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;

  const chunks = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    let chunk;
    if (typeof body === 'string') {
      chunk = Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, 'latin1');
    } else {
      chunk = Buffer.concat([
        Buffer.from(`${index + 1} 0 obj\n<< ${body.dict} /Length ${body.data.length} >>\nstream\n`, 'latin1'),
        body.data,
        Buffer.from('\nendstream\nendobj\n', 'latin1'),
      ]);
    }
    chunks.push(chunk);
    offset += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

/** Text drawn at (x, y) in the given font and size; the text is written as WinAnsi (latin1). */
function text(x, y, content, { size = 10, bold = false } = {}) {
  const escaped = content.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)').replace(/–/g, '\x96');
  return `BT /${bold ? 'F2' : 'F1'} ${size} Tf ${x} ${y} Td (${escaped}) Tj ET\n`;
}

function pageWithFrame(pageNumber, bodyLines) {
  let stream = text(72, 800, 'Databehandleravtale – Eksempel Helse AS', { size: 8 });
  let y = 760;
  for (const line of bodyLines) {
    if (line === '') {
      y -= 8; // paragraph spacing
      continue;
    }
    const isHeading = line.startsWith('#');
    stream += text(72, y, isHeading ? line.slice(1) : line, { size: isHeading ? 13 : 10, bold: isHeading });
    y -= isHeading ? 20 : 12.5;
  }
  stream += text(270, 30, `Side ${pageNumber} av 3`, { size: 8 });
  return stream;
}

const headerFooterPdf = buildPdf([
  pageWithFrame(1, [
    '#1. Formål',
    'Databehandleren skal gi den behandlingsansvarlige alle opplys-',
    'ninger som trengs for å vise at pliktene i personvernforordningen',
    'artikkel 28 er oppfylt, også for behandling av helse- og',
    'personopplysninger i journalsystemet.',
    '',
    'Ved brudd på personopplysningssikkerheten skal databehandleren varsle den',
    'behandlingsansvarlige uten ugrunnet opphold og senest innen',
  ]),
  pageWithFrame(2, [
    '24 timer etter at bruddet ble oppdaget.',
    '',
    '#2. Ansvar',
    'Databehandlerens samlede ansvar etter avtalen er uansett begrenset til NOK',
    '100 000 per kalenderår.',
  ]),
  pageWithFrame(3, [
    '#3. Varighet',
    'Avtalen gjelder så lenge databehandleren behandler personopplysninger',
    'på vegne av den behandlingsansvarlige.',
  ]),
]);
writeFileSync(path.join(outputDirectory, 'headers-footers.pdf'), headerFooterPdf);

const imageOnlyPdf = buildPdf(['q 400 0 0 500 100 200 cm /Im1 Do Q\n'], { withImage: true });
writeFileSync(path.join(outputDirectory, 'image-only.pdf'), imageOnlyPdf);

const encryptedPath = path.join(outputDirectory, 'encrypted.pdf');
rmSync(encryptedPath, { force: true });
execFileSync('qpdf', ['--encrypt', 'hemmelig', 'eier', '256', '--', path.join(outputDirectory, 'headers-footers.pdf'), encryptedPath]);

// ---------------------------------------------------------------------------------------------
// DOCX (a zip with stored entries)

function buildZip(files) {
  const localParts = [];
  const centralParts = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const checksum = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    localParts.push(local, nameBytes, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centralParts.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralDirectory = Buffer.concat(centralParts);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centralParts.length / 2, 8);
  end.writeUInt16LE(centralParts.length / 2, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...localParts, centralDirectory, end]);
}

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraph = (content, { style, numId, level = 0 } = {}) => {
  const styleXml = style ? `<w:pStyle w:val="${style}"/>` : '';
  const numberingXml = numId ? `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>` : '';
  const runs = content.split('\t').map((part) => `<w:r><w:t xml:space="preserve">${part}</w:t></w:r>`).join('<w:r><w:tab/></w:r>');
  return `<w:p><w:pPr>${styleXml}${numberingXml}</w:pPr>${runs}</w:p>`;
};
const cell = (content) => `<w:tc>${paragraph(content)}</w:tc>`;
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${w}><w:body>
${paragraph('Databehandleravtale', { style: 'Title' })}
${paragraph('Ansvar &amp; erstatning', { style: 'Heading1' })}
${paragraph('Databehandleren skal:')}
${paragraph('varsle brudd innen 24 timer;', { numId: 1 })}
${paragraph('bistå ved revisjon;', { numId: 1 })}
${paragraph('slette opplysningene ved avtalens opphør.', { numId: 1 })}
${paragraph('Underdatabehandlere omfatter blant annet:')}
${paragraph('Drift &lt;Azure&gt;', { numId: 2 })}
${paragraph('Kundestøtte', { numId: 2 })}
${paragraph('1.2\tAnsvaret er begrenset til NOK 100 000.')}
<w:tbl><w:tr>${cell('Underdatabehandler')}${cell('Formål')}${cell('Land')}</w:tr><w:tr>${cell('Eksempel Drift AS')}${cell('Drift og vedlikehold')}${cell('Norge')}</w:tr></w:tbl>
${paragraph('Avsluttende bestemmelser', { style: 'Heading2' })}
</w:body></w:document>`;
const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${w}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;
const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${w}>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
</w:styles>`;
const docx = buildZip({
  '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  'word/document.xml': documentXml,
  'word/numbering.xml': numberingXml,
  'word/styles.xml': stylesXml,
});
writeFileSync(path.join(outputDirectory, 'numbered.docx'), docx);

console.log(`wrote fixtures to ${path.relative(process.cwd(), outputDirectory)}`);
