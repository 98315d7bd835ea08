// A .docx finding's paragraph in the original Word document (issue 13): the extractor says where each
// Word paragraph (w:p of the body, in order) begins in the extracted text, the paragraph of a finding
// is found by binary search, and the bot's cards and the Markdown report show it.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { extractDocument } from '../shared/extract/index';
import { formatReport, paragraphAt, review, withParagraphs } from '../shared/index';
import { formatHtml } from '../shared/format/index';
import { textToDocx } from '../shared/annotate/index';
import { parseXml, type XElement } from '../shared/annotate/xml';
import { TEAMS_FILE_DOWNLOAD_INFO } from '../bot/attachments';
import { botUnderTest, cardsOf, cardTexts } from './fixtures/bot/harness';

const root = join(__dirname, '..');
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The body's w:p elements in order: their text, and whether they stand in a table. */
async function wordParagraphs(bytes: Buffer): Promise<Array<{ text: string; inTable: boolean }>> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = parseXml(await zip.file('word/document.xml')!.async('string'));
  const body = xml.getElementsByTagNameNS(W_NS, 'body')[0]!;
  const paragraphs = Array.from(body.getElementsByTagNameNS(W_NS, 'p'));
  return paragraphs.map((p) => {
    let inTable = false;
    for (let node = p.parentNode; node && node !== body; node = node.parentNode) if ((node as XElement).localName === 'tbl') inTable = true;
    const text = Array.from(p.getElementsByTagNameNS(W_NS, 't')).map((t) => t.textContent ?? '').join('');
    return { text, inTable };
  });
}

const fold = (text: string) => text.replace(/\s+/g, '');

describe('docx paragraphs: where each Word paragraph begins in the extracted text', () => {
  const table: Array<[number[], number, number, number | undefined]> = [
    // starts, end, offset → 1-based paragraph
    [[0, 0, 12, 40], 80, 0, 2],
    [[0, 0, 12, 40], 80, 11, 2],
    [[0, 0, 12, 40], 80, 12, 3],
    [[0, 0, 12, 40], 80, 79, 4],
    [[0, 0, 12, 40], 80, 80, undefined],
    [[5, 9], 20, 3, undefined],
    [[], 0, 0, undefined],
  ];
  for (const [starts, end, offset, expected] of table) {
    it(`paragraphAt(${JSON.stringify(starts)}, end ${end}, ${offset}) → ${expected}`, () => {
      assert.equal(paragraphAt({ starts, end }, offset), expected);
    });
  }

  for (const file of ['samples/opus-dpa-2025.docx', 'samples/dossier-dpa.docx', 'test/fixtures/extract/numbered.docx']) {
    it(`${file}: one start per w:p, and each paragraph's text begins there`, async () => {
      const bytes = readFileSync(join(root, file));
      const extracted = await extractDocument(bytes, file);
      const paragraphs = await wordParagraphs(bytes);
      assert.equal(extracted.paragraphs?.starts.length, paragraphs.length);
      const { starts, end } = extracted.paragraphs!;
      assert.ok(starts.every((start, i) => i === 0 || start >= starts[i - 1]!), 'ascending');
      assert.ok(end <= extracted.text.length);
      let checked = 0;
      paragraphs.forEach(({ text, inTable }, i) => {
        if (inTable || !fold(text)) return;
        // the extractor may write a list or heading number before the paragraph's own text
        const written = fold(extracted.text.slice(starts[i], starts[i]! + text.length + 12));
        const own = fold(text).slice(0, 20);
        const begins = written.startsWith(own) || written.replace(/^(?:\d+(?:\.\d+)*\.?|-)/, '').startsWith(own);
        assert.ok(begins, `paragraph ${i + 1}: ${JSON.stringify(written.slice(0, 30))}`);
        checked++;
      });
      assert.ok(checked > 10, `${checked} paragraphs checked`);
    });
  }

  it('keeps the starts right when Unicode normalisation shortens the text (decomposed å, é)', async () => {
    // "å" and "é" written as a letter and a combining mark: NFC makes each one character
    const paragraphs = ['Avtale om databehandling', 'Databehandler ska\u030Al varsle innen 48 timer.', 'Kunden kan be om innsyn i re\u0301visjonsrapporter.', 'Siste a\u030Avsnitt.'];
    const decomposed = paragraphs.join('\n\n');
    const bytes = Buffer.from(await textToDocx(review(decomposed, { scope: 'clause' })));
    const extracted = await extractDocument(bytes, 'nfc.docx');
    assert.ok(extracted.text.length < decomposed.length, 'the text got shorter');
    const { starts, end } = extracted.paragraphs!;
    const written = starts.map((start, i) => extracted.text.slice(start, i + 1 < starts.length ? starts[i + 1]! : end).trim()).filter(Boolean);
    assert.deepEqual(written, paragraphs.map((p) => p.normalize('NFC')));
  });

  it('a .docx review names each finding\'s paragraph, in the JSON, the Markdown and the HTML; plain text has none', async () => {
    const bytes = readFileSync(join(root, 'samples', 'opus-dpa-2025.docx'));
    const extracted = await extractDocument(bytes, 'opus-dpa-2025.docx');
    const paragraphs = await wordParagraphs(bytes);
    const result = withParagraphs(review(extracted.text, { scope: 'document', lang: 'nb' }), extracted.paragraphs);
    const located = result.findings.filter((f) => f.clause?.paragraph !== undefined);
    assert.ok(located.length >= result.findings.filter((f) => !f.missing).length - 1, 'every finding in the body has its paragraph');
    for (const finding of located) {
      const { text, inTable } = paragraphs[finding.clause!.paragraph! - 1]!;
      if (!inTable) assert.ok(fold(text).includes(fold(finding.quote).slice(0, 15)), `${finding.category}: paragraph ${finding.clause!.paragraph}`);
    }
    assert.match(formatReport(result, 'markdown'), /_Avsnitt i Word-filen: \d+_/);
    assert.match(formatHtml(result, { uri: 'opus-dpa-2025.docx' }), /<p class="where">[^<]* · Avsnitt i Word-filen: \d+<\/p>/);
    const json = JSON.parse(JSON.stringify(result));
    for (const key of ['start', 'end', 'category', 'severity', 'message']) assert.ok(key in json.findings[0], key);
    assert.equal(json.document.text, extracted.text);
    const plain = review(readFileSync(join(root, 'samples', 'opus-dpa-2024.txt'), 'utf8'), { scope: 'document' });
    assert.ok(plain.findings.every((f) => f.clause?.paragraph === undefined));
  });

  it('the CLI\'s JSON for a .docx has each finding\'s paragraph (dist/cli.js, as built)', () => {
    const run = (args: string[]) => {
      try {
        return execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { cwd: root, encoding: 'utf8' });
      } catch (error) {
        return (error as { stdout: string }).stdout; // exit 1: deviations found
      }
    };
    const one = JSON.parse(run(['review', 'samples/opus-dpa-2025.docx', '--format', 'json']));
    const located = one.findings.filter((f: { clause?: { paragraph?: number } }) => typeof f.clause?.paragraph === 'number');
    assert.ok(located.length > 10, `${located.length} findings with a paragraph`);
    const many = JSON.parse(run(['review', 'samples/opus-dpa-2025.docx', 'samples/dossier-dpa.docx', '--format', 'json']));
    assert.ok(JSON.stringify(many).includes('"paragraph":'), 'the batch review too');
  });

  it('the bot\'s finding cards show the clause and the Word paragraph', async () => {
    const url = 'https://contoso.sharepoint.com/personal/opus-dpa-2025.docx';
    const bot = botUnderTest({ [url]: readFileSync(join(root, 'samples', 'opus-dpa-2025.docx')) });
    const replies = await bot.turn({
      locale: 'nb-NO',
      attachments: [{ contentType: TEAMS_FILE_DOWNLOAD_INFO, name: 'opus-dpa-2025.docx', content: { downloadUrl: url, fileType: 'docx' } }],
    });
    const texts = cardsOf(replies).flatMap(cardTexts);
    assert.ok(texts.some((t) => /^\S.* · avsnitt \d+ i Word-filen$/.test(t)), texts.filter((t) => /avsnitt/.test(t)).slice(0, 3).join('\n'));
  });
});
