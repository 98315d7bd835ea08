// Tests of the document-reading adapter (shared/extract): encodings and refusals of plain text,
// structure of .docx text, PDF line rebuilding (hyphenation, headers/footers, tables) and PDF
// failures. Inputs are generated here or read from samples/ and test/fixtures/extract/
// (made by scripts/make-extract-fixtures.mjs).

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument, ExtractError, type ExtractErrorCode } from '../shared/extract/index';
import { joinWrappedLine, layoutPdfPages, type PdfTextItem } from '../shared/extract/pdf-layout';

const samples = join(__dirname, '..', 'samples');
const fixtures = join(__dirname, 'fixtures', 'extract');

/** Whitespace folded and lower-cased, the way the evaluation locates evidence. */
const fold = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();

async function assertRejects(promise: Promise<unknown>, code: ExtractErrorCode): Promise<ExtractError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ExtractError, `expected an ExtractError, got ${String(error)}`);
    assert.equal(error.code, code);
    assert.ok(!error.message.includes('\n'), 'the message is one line');
    return error;
  }
  assert.fail(`expected ExtractError '${code}'`);
}

function utf16(text: string, byteOrder: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(byteOrder === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const [first, second] = byteOrder === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes[2 + index * 2] = first;
    bytes[3 + index * 2] = second;
  }
  return bytes;
}

const clause = 'Databehandleren skal varsle behandlingsansvarlige om brudd innen 24 timer. Særskilt: æøå ÆØÅ.';

describe('extract: plain text', () => {
  it('reads UTF-8 and normalises line endings', async () => {
    const document = await extractDocument(new TextEncoder().encode(`Punkt 1\r\n${clause}\rSlutt\n`), 'avtale.txt');
    assert.equal(document.format, 'txt');
    assert.equal(document.text, `Punkt 1\n${clause}\nSlutt\n`);
    assert.deepEqual(document.warnings, []);
  });

  it('strips a UTF-8 byte-order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(clause)]);
    assert.equal((await extractDocument(bytes, 'avtale.txt')).text, clause);
  });

  it('reads UTF-16 LE and BE with a byte-order mark', async () => {
    assert.equal((await extractDocument(utf16(clause, 'le'), 'avtale.txt')).text, clause);
    assert.equal((await extractDocument(utf16(clause, 'be'), 'avtale.txt')).text, clause);
  });

  it('reads UTF-16 LE without a byte-order mark, with a warning', async () => {
    const document = await extractDocument(utf16(clause, 'le').subarray(2), 'avtale.txt');
    assert.equal(document.text, clause);
    assert.equal(document.warnings.length, 1);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, with a warning', async () => {
    // “ ” and € are 0x93, 0x94 and 0x80 in Windows-1252 (C1 controls in Latin-1)
    const windows1252 = new Uint8Array([...Buffer.from('Personvernombud: Ærlig og på ', 'latin1'), 0x93, ...Buffer.from('tidspunkt', 'latin1'), 0x94, 0x80]);
    const document = await extractDocument(windows1252, 'avtale.txt');
    assert.equal(document.text, 'Personvernombud: Ærlig og på “tidspunkt”€');
    assert.match(document.warnings[0] ?? '', /Windows-1252/);
  });

  it('marks .md files as markdown', async () => {
    const document = await extractDocument(new TextEncoder().encode('# Ansvar\n\n- punkt'), 'notat.md');
    assert.equal(document.format, 'md');
  });

  it('sniffs standard input (file name "-") as text', async () => {
    const document = await extractDocument(new TextEncoder().encode(clause), '-');
    assert.equal(document.format, 'txt');
  });

  it('refuses binary data (NUL bytes)', async () => {
    const bytes = new Uint8Array(200).map((_, index) => (index * 37) % 256);
    await assertRejects(extractDocument(bytes, 'bilde.png'), 'binary');
  });

  it('refuses text full of control characters', async () => {
    const bytes = new Uint8Array(100).map((_, index) => (index % 3 === 0 ? 0x01 : 0x41));
    await assertRejects(extractDocument(bytes, 'fil.txt'), 'binary');
  });

  it('refuses empty and whitespace-only documents', async () => {
    await assertRejects(extractDocument(new Uint8Array(0), 'tom.txt'), 'empty');
    await assertRejects(extractDocument(new TextEncoder().encode(' \r\n\t \n'), 'tom.txt'), 'empty');
    await assertRejects(extractDocument(new Uint8Array([0xef, 0xbb, 0xbf]), 'tom.txt'), 'empty');
  });

  it('refuses files over maxBytes before reading them', async () => {
    const error = await assertRejects(extractDocument(new TextEncoder().encode(clause), 'avtale.txt', { maxBytes: 10 }), 'too-large');
    assert.match(error.message, /limit is 10 bytes/);
    // the size check comes first, even for a damaged PDF
    await assertRejects(extractDocument(new TextEncoder().encode('%PDF-1.7 garbage'), 'x.pdf', { maxBytes: 5 }), 'too-large');
  });

  it('refuses old Word .doc files as unsupported', async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await assertRejects(extractDocument(bytes, 'avtale.doc'), 'unsupported-format');
  });
});

describe('extract: .docx', () => {
  it('reads samples/opus-dpa-2025.docx with the liability cap as a contiguous phrase', async () => {
    const document = await extractDocument(readFileSync(join(samples, 'opus-dpa-2025.docx')), 'opus-dpa-2025.docx');
    assert.equal(document.format, 'docx');
    assert.ok(fold(document.text).includes('begrenset til nok'));
    assert.ok(!/[<>]|&amp;|&quot;/.test(document.text), 'no markup or HTML entities');
  });

  it('keeps headings on their own lines, separated by blank lines', async () => {
    const { text } = await extractDocument(readFileSync(join(samples, 'opus-dpa-2025.docx')), 'opus-dpa-2025.docx');
    assert.match(text, /(^|\n\n)Avtalens formål\n\n/);
    assert.match(text, /\n\nDefinisjoner\n\n/);
  });

  it('writes table rows as one line with tab-separated cells', async () => {
    const { text } = await extractDocument(readFileSync(join(samples, 'opus-dpa-2025.docx')), 'opus-dpa-2025.docx');
    const rows = text.split('\n').filter((line) => line.includes('\t'));
    assert.ok(rows.length >= 10, `expected table rows, found ${rows.length}`);
    assert.ok(rows.some((row) => row.startsWith('Haselt\t') && row.endsWith('\tSkopje, Nord Makedonia')));
  });

  it('writes bullets as "- " lines and Word numbering as numbers', async () => {
    const { text } = await extractDocument(readFileSync(join(fixtures, 'numbered.docx')), 'numbered.docx');
    assert.equal(
      text,
      [
        'Databehandleravtale',
        'Ansvar & erstatning',
        'Databehandleren skal:',
        '1. varsle brudd innen 24 timer;\n2. bistå ved revisjon;\n3. slette opplysningene ved avtalens opphør.',
        'Underdatabehandlere omfatter blant annet:',
        '- Drift <Azure>\n- Kundestøtte',
        '1.2 Ansvaret er begrenset til NOK 100 000.',
        'Underdatabehandler\tFormål\tLand\nEksempel Drift AS\tDrift og vedlikehold\tNorge',
        'Avsluttende bestemmelser',
      ].join('\n\n'),
    );
  });

  it('refuses a damaged .docx (random bytes after a zip header)', async () => {
    const bytes = new Uint8Array(400).map((_, index) => (index * 97 + 13) % 256);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    await assertRejects(extractDocument(bytes, 'avtale.docx'), 'corrupt-docx');
  });

  it('refuses a zip that is not a Word document', async () => {
    const emptyZip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    await assertRejects(extractDocument(emptyZip, '-'), 'corrupt-docx');
  });
});

describe('extract: .pdf', () => {
  it('reads samples/opus-dpa-2025.pdf with the liability cap as a contiguous phrase', async () => {
    const document = await extractDocument(readFileSync(join(samples, 'opus-dpa-2025.pdf')), 'opus-dpa-2025.pdf');
    assert.equal(document.format, 'pdf');
    assert.equal(document.pages, 16);
    assert.ok(fold(document.text).includes('begrenset til nok'));
  });

  it('keeps headings on their own lines and joins the lines of a paragraph', async () => {
    const { text } = await extractDocument(readFileSync(join(samples, 'opus-dpa-2025.pdf')), 'opus-dpa-2025.pdf');
    assert.match(text, /\n\nAvtalens formål\n\nDenne databehandleravtalen \("DBA"\) fastsetter .* under Avtalen\. DBA har som formål/);
  });

  it('rebuilds table rows with tab-separated cells, multi-line cells joined', async () => {
    const { text } = await extractDocument(readFileSync(join(samples, 'opus-dpa-2025.pdf')), 'opus-dpa-2025.pdf');
    assert.ok(text.split('\n').some((row) => row.startsWith('Haselt\tTeknisk støtte, utvikling,') && row.endsWith('\tSkopje, Nord Makedonia')));
  });

  it('leaves no page-number lines in the sample PDFs', async () => {
    for (const name of ['opus-dpa-2025.pdf', 'opus-dpa-2024.pdf', 'dossier-dpa.pdf']) {
      const { text } = await extractDocument(readFileSync(join(samples, name)), name);
      const pageNumberLines = text.split('\n').filter((line) => /^\s*(?:(?:side|page)\s*)?\d{1,3}(?:\s*(?:av|of)\s*\d{1,3})?\s*$/i.test(line));
      assert.deepEqual(pageNumberLines, [], name);
    }
  });

  it('drops repeated headers and "Side N av M" footers, undoes hyphenation and joins across pages', async () => {
    const document = await extractDocument(readFileSync(join(fixtures, 'headers-footers.pdf')), 'headers-footers.pdf');
    assert.equal(document.pages, 3);
    assert.ok(!document.text.includes('Eksempel Helse AS'), 'header removed');
    assert.ok(!/Side \d av 3/.test(document.text), 'footer removed');
    assert.ok(document.text.includes('alle opplysninger som trengs'), 'hyphenation undone');
    assert.ok(document.text.includes('behandling av helse- og personopplysninger'), 'real hyphen kept');
    assert.ok(document.text.includes('uten ugrunnet opphold og senest innen 24 timer etter at bruddet'), 'sentence joined over the page break');
    assert.match(document.text, /^1\. Formål\n\nDatabehandleren skal gi/);
    assert.match(document.text, /\n\n2\. Ansvar\n\n/);
    assert.ok(document.warnings.some((warning) => /header, footer/.test(warning)));
  });

  it('refuses a password-protected PDF', async () => {
    await assertRejects(extractDocument(readFileSync(join(fixtures, 'encrypted.pdf')), 'encrypted.pdf'), 'encrypted-pdf');
  });

  it('refuses a PDF without a text layer, suggesting OCR', async () => {
    const error = await assertRejects(extractDocument(readFileSync(join(fixtures, 'image-only.pdf')), 'skann.pdf'), 'no-text-layer');
    assert.match(error.message, /OCR/);
  });

  it('refuses a damaged PDF', async () => {
    await assertRejects(extractDocument(new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog'), 'avtale.pdf'), 'corrupt-pdf');
    const truncated = readFileSync(join(samples, 'dossier-dpa.pdf')).subarray(0, 3000);
    await assertRejects(extractDocument(truncated, 'avtale.pdf'), 'corrupt-pdf');
  });

  it('refuses a file named .pdf that holds binary data', async () => {
    await assertRejects(extractDocument(new Uint8Array([1, 2, 0, 4, 5, 0, 7]), 'avtale.pdf'), 'corrupt-pdf');
  });

  it('sniffs a PDF from standard input without a file name', async () => {
    const document = await extractDocument(readFileSync(join(fixtures, 'headers-footers.pdf')), '-');
    assert.equal(document.format, 'pdf');
  });

  it('gives up on a PDF that takes longer than the timeout', async () => {
    const error = await assertRejects(extractDocument(readFileSync(join(samples, 'opus-dpa-2025.pdf')), 'x.pdf', { pdfTimeoutMs: 1 }), 'corrupt-pdf');
    assert.match(error.message, /too long/);
  });

  it('reads at most maxPdfPages pages, with a warning', async () => {
    const document = await extractDocument(readFileSync(join(fixtures, 'headers-footers.pdf')), 'x.pdf', { maxPdfPages: 1 });
    assert.ok(document.warnings.some((warning) => /first 1 of 3 pages/.test(warning)));
    assert.ok(!document.text.includes('Varighet'));
  });
});

describe('extract: PDF line rebuilding', () => {
  const cases: Array<{ before: string; next: string; joined: string }> = [
    { before: 'gi alle opplys-', next: 'ninger om behandlingen', joined: 'gi alle opplysninger om behandlingen' },
    { before: 'behandling av helse-', next: 'og personopplysninger', joined: 'behandling av helse- og personopplysninger' },
    { before: 'sendes på e-', next: 'post til kunden', joined: 'sendes på e-post til kunden' },
    { before: 'oppfyller GDPR-', next: 'kravene', joined: 'oppfyller GDPR-kravene' },
    { before: 'Vedlegg 1-', next: '3 gjelder', joined: 'Vedlegg 1-3 gjelder' },
    { before: 'skal uten ugrunnet', next: 'opphold varsle', joined: 'skal uten ugrunnet opphold varsle' },
    { before: 'tiltak –', next: 'se vedlegg', joined: 'tiltak – se vedlegg' },
  ];
  for (const { before, next, joined } of cases) {
    it(`"${before}" + "${next}"`, () => assert.equal(joinWrappedLine(before, next), joined));
  }

  it('groups items by baseline, orders them by x, and separates paragraphs by larger gaps', () => {
    const item = (text: string, x: number, y: number, width = text.length * 5): PdfTextItem => ({ text, x, y, width, fontSize: 10 });
    const result = layoutPdfPages([
      {
        width: 595,
        height: 842,
        items: [
          item('varsle innen 24 timer.', 174, 700),
          item('Databehandleren skal', 71, 700.4),
          item('Andre ledd begynner her.', 71, 670),
          item('3', 297, 30),
        ],
      },
    ]);
    assert.equal(result.text, 'Databehandleren skal varsle innen 24 timer.\n\nAndre ledd begynner her.');
    assert.equal(result.removedHeaderFooterLines, 1);
  });
});
