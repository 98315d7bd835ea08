// End to end: `dpa-review annotate` (the built CLI, dist/cli.js) on the Opus 2025 sample writes one
// anchored comment per finding that `review` reports and keeps every original word in order; with
// --redline the changes reject back to the original and accept to the reference wording. When
// LibreOffice is installed (Debian's libreoffice-writer), it opens both files, converts them to PDF,
// and reads the comments back.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { anchoredTexts, readParts, resolveChanges, squash, textOf } from './annotate-helpers';
import type { Review } from '../shared/types';

const root = resolve(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const sample = join(root, 'samples', 'opus-dpa-2025.docx');

function run(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The quote as the XML holds it: without the list numbers and bullets the extractor writes. */
function withoutListMarkers(quote: string): string {
  return quote.replace(/(^|\n)(?:\d+\.|-) /g, '$1');
}

describe('dpa-review annotate (end to end, Opus 2025 sample)', () => {
  let folder: string;
  let reviewed: Review;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'dpa-annotate-'));
    const { code, stdout } = run(['review', sample, '--format', 'json']);
    assert.equal(code, 1);
    reviewed = JSON.parse(stdout) as Review;
    assert.ok(reviewed.findings.length > 10);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('writes one comment per finding, each anchored on the finding\'s words, and keeps every word in order', async () => {
    const out = join(folder, 'opus.docx');
    const { code, stdout, stderr } = run(['annotate', sample, '-o', out]);
    assert.equal(code, 0, stderr);
    assert.equal(stdout.trim(), `${out}: ${reviewed.findings.length} comments`);
    const bytes = readFileSync(out);
    const parts = await readParts(bytes);
    assert.equal(parts.comments.match(/<w:comment /g)?.length, reviewed.findings.length);
    assert.equal(parts.comments.match(/w:author="dpa-review"/g)?.length, reviewed.findings.length);
    const anchored = [...anchoredTexts(parts.document).values()].map(squash).sort();
    const quotes = reviewed.findings.map((finding) => squash(withoutListMarkers(finding.quote))).sort();
    assert.deepEqual(anchored, quotes);
    assert.equal(await textOf(bytes), reviewed.document.text, 'every original word kept, in order');
    // the other parts (styles, numbering, headers, media) are the original's
    const original = await JSZip.loadAsync(readFileSync(sample));
    const annotated = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(original.files)) {
      if (['word/document.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'].includes(name)) continue;
      assert.deepEqual(await annotated.file(name)?.async('uint8array'), await original.file(name)?.async('uint8array'), name);
    }
  });

  it('names the output <name>.reviewed.docx in the current folder and never overwrites the input', () => {
    const { code } = run(['annotate', sample, '--lang', 'en'], folder);
    assert.equal(code, 0);
    assert.ok(existsSync(join(folder, 'opus-dpa-2025.reviewed.docx')));
    const copy = join(folder, 'copy.docx');
    writeFileSync(copy, readFileSync(sample));
    const refused = run(['annotate', copy, '-o', copy]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /will not overwrite the input/);
    assert.deepEqual(readFileSync(copy), readFileSync(sample));
  });

  it('with --redline proposes each fix as a tracked change that rejects to the original and accepts to the reference wording', async () => {
    const out = join(folder, 'opus-redline.docx');
    const { code, stdout, stderr } = run(['annotate', sample, '-o', out, '--redline']);
    assert.equal(code, 0, stderr);
    const fixes = reviewed.findings.filter((finding) => finding.fix);
    assert.match(stdout, new RegExp(`: ${reviewed.findings.length} comments, ${fixes.length} tracked changes`));
    const bytes = readFileSync(out);
    assert.equal(await textOf(await resolveChanges(bytes, false)), reviewed.document.text);
    const accepted = squash(await textOf(await resolveChanges(bytes, true)));
    for (const finding of fixes) assert.ok(accepted.includes(squash(finding.fix!.text)), finding.category);
    assert.ok(!accepted.includes('48 timer'), 'the deviating words are gone once accepted');
  });

  it('reads a PDF into a new .docx with the same comments', async () => {
    const out = join(folder, 'opus-pdf.docx');
    const { code, stderr } = run(['annotate', join(root, 'samples', 'opus-dpa-2025.pdf'), '-o', out]);
    assert.equal(code, 0, stderr);
    const fromPdf = JSON.parse(run(['review', join(root, 'samples', 'opus-dpa-2025.pdf'), '--format', 'json']).stdout) as Review;
    const parts = await readParts(readFileSync(out));
    assert.equal(anchoredTexts(parts.document).size, fromPdf.findings.length);
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
  (soffice ? it : it.skip)('opens in LibreOffice, converts to PDF, and keeps the comments (needs libreoffice-writer)', async () => {
    const profile = `file://${join(folder, 'lo-profile')}`;
    for (const name of ['opus.docx', 'opus-redline.docx']) {
      const input = join(folder, name);
      if (!existsSync(input)) run(['annotate', sample, '-o', input, ...(name.includes('redline') ? ['--redline'] : [])]);
      const pdf = spawnSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', folder, input], { encoding: 'utf8', timeout: 180000 });
      assert.equal(pdf.status, 0, pdf.stderr);
      assert.ok(readFileSync(join(folder, name.replace('.docx', '.pdf'))).subarray(0, 5).toString() === '%PDF-', `${name} became a PDF`);
    }
    // LibreOffice's own .docx of the annotated file still holds every comment, by dpa-review
    const again = join(folder, 'again');
    const docx = spawnSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', again, join(folder, 'opus.docx')], { encoding: 'utf8', timeout: 180000 });
    assert.equal(docx.status, 0, docx.stderr);
    const parts = await readParts(readFileSync(join(again, 'opus.docx')));
    assert.equal(parts.comments.match(/w:author="dpa-review"/g)?.length, reviewed.findings.length);
  });
});
