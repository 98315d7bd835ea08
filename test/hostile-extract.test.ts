// Hostile and unlucky documents: zip bombs, a small zip with a huge document.xml, texts over the
// text limit, empty and whitespace-only text. The CLI (dist/cli.js, built by `npm test`) must refuse
// each with one clear line and exit code 2, without inflating the bomb: it runs here with its heap
// capped, so a CLI that inflated would crash instead of answering. Files are built on the fly.

import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument, ExtractError } from '../shared/extract/index';
import { review } from '../shared/index';
import { EmptyTextError } from '../shared/review';
import { bigTextDocx, docxWithBody, paragraphBomb, spaceBomb } from './hostile-fixtures';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');

/** Runs the CLI with a capped heap; resolves with its exit code and output. */
function runCli(args: string[], heapMb: number): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, cli, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('hostile: documents', function () {
  this.timeout(120_000);
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'dpa-review-hostile-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const bombs: Array<[string, () => Promise<Buffer>, RegExp]> = [
    ['a bomb of paragraphs (300 MB of XML in about 1 MB)', () => paragraphBomb(), /zip bomb.*|unpacks to 30\d MB/],
    // 512 MB rather than the reported 1.2 GB, to keep the test's time down: the same refusal
    ['a bomb of spaces (512 MB of spaces in under 1 MB)', () => spaceBomb(512 * 1024 * 1024), /zip bomb/],
    ['a 50 MB document.xml in a small zip', () => bigTextDocx(), /zip bomb|text is too long/],
  ];
  for (const [what, make, expected] of bombs) {
    it(`the CLI refuses ${what} with one clear line, exit 2, within a 400 MB heap`, async () => {
      const bytes = await make();
      assert.ok(bytes.length < 1.5 * 1024 * 1024, `the fixture is small (${bytes.length} bytes)`);
      const file = join(folder, 'avtale.docx');
      writeFileSync(file, bytes);
      const result = await runCli(['review', file], 400);
      assert.equal(result.code, 2, `exit code (signal ${result.signal}): ${result.stderr.slice(0, 300)}`);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, expected);
      assert.doesNotMatch(result.stderr, /damaged|internal error/);
      assert.equal(result.stderr.trim().split('\n').length, 1, 'one line');
    });
  }

  it('says the limit when a .docx part is over it, and the sizes it saw', async () => {
    const error = await extractDocument(await paragraphBomb(40 * 1024 * 1024), 'avtale.docx').then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof ExtractError);
    assert.equal(error.code, 'zip-bomb');
    assert.match(error.message, /the limit is 25 MB/);
  });

  it('refuses a .docx whose text is over the text limit before building the document tree', async () => {
    // varied words (so the ratio check passes) and 6 MB of text in a 9 MB document.xml
    let words = '';
    let state = 7;
    for (let i = 0; i < 30_000; i++) {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      words += `ord${state.toString(36)} `;
    }
    const bytes = await docxWithBody(words, 9 * 1024 * 1024, { head: '<w:p><w:r><w:t>', tail: '</w:t></w:r></w:p>' });
    const error = await extractDocument(bytes, 'avtale.docx', { maxTextChars: 2 * 1024 * 1024 }).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof ExtractError, String(error));
    assert.equal(error.code, 'too-large');
    assert.match(error.message, /the limit is 2 MB/);
  });

  it('refuses a plain text over 5 MB of text, saying the limit (CLI exit 2)', async () => {
    const file = join(folder, 'avtale.txt');
    writeFileSync(file, 'Databehandler skal slette opplysningene. '.repeat(Math.ceil((5.2 * 1024 * 1024) / 41)));
    const result = await runCli(['review', file], 400);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /too long to review \(5\.2 MB of text; the limit is 5 MB\)/);
  });

  it('still reads an ordinary .docx', async () => {
    const bytes = await docxWithBody('<w:p><w:r><w:t>Databehandler skal varsle behandlingsansvarlig uten ugrunnet opphold.</w:t></w:r></w:p>', 2000);
    const document = await extractDocument(bytes, 'avtale.docx');
    assert.match(document.text, /^Databehandler skal varsle/);
  });
});

describe('hostile: empty text', () => {
  for (const text of ['', ' ', '\n\n\t ', '\u00a0\u2003\ufeff']) {
    it(`the engine refuses ${JSON.stringify(text)} with EmptyTextError`, () => {
      assert.throws(() => review(text, { scope: 'document' }), EmptyTextError);
    });
  }

  it('keeps absence findings of a one-letter document inside the text', () => {
    const result = review('x', { scope: 'document' });
    assert.ok(result.findings.length > 0);
    for (const finding of result.findings) assert.ok(finding.start >= 0 && finding.end <= 1 && finding.start <= finding.end, `${finding.category}`);
  });

  it('the CLI exits 2 on whitespace-only standard input, with one line', async () => {
    const child = spawn(process.execPath, [cli, 'review', '-']);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end('   \n\t  ');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 2);
    assert.match(stderr, /^dpa-review: .*(empty|no text)/);
  });
});
