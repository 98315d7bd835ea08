// End-to-end tests of the batch review (`dpa-review review FILE|FOLDER ...`, built dist/cli.js):
// a review per document, errors listed while the rest go on, the exit codes, and each format.
// Speed is measured by scripts/bench-batch.ts, never here.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import { categories, review } from '../shared/index';
import { portfolioJson, writePortfolioJson } from '../cli/portfolio';
import { tempDir } from './temp-dir';

const root = resolve(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const samples = join(root, 'samples');
const sampleDocuments = readdirSync(samples).filter((name) => /\.(docx|pdf|txt|md)$/.test(name) && !/^readme/i.test(name));

function run(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120000, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A folder with two sample DPAs, a corrupt .docx, a truncated PDF, a spreadsheet and a sub-folder. */
function mixedFolder(): string {
  const dir = tempDir('dpa-batch-');
  copyFileSync(join(samples, 'dossier-dpa.docx'), join(dir, 'dossier.docx'));
  mkdirSync(join(dir, 'vendors', 'opus'), { recursive: true });
  copyFileSync(join(samples, 'opus-dpa-2024.txt'), join(dir, 'vendors', 'opus', 'opus 2024 «utkast».txt'));
  writeFileSync(join(dir, 'corrupt.docx'), Buffer.from('PK\u0003\u0004 this is not a zip file at all'));
  writeFileSync(join(dir, 'truncated.pdf'), readFileSync(join(samples, 'opus-dpa-2025.pdf')).subarray(0, 2000));
  writeFileSync(join(dir, 'budget.xlsx'), 'not reviewed');
  return dir;
}

describe('dpa-review review, several documents', () => {
  it('returns a review per sample document, each the one-document review unchanged', () => {
    const { code, stdout, stderr } = run(['review', 'samples', '--format', 'json']);
    assert.equal(code, 1, stderr);
    const batch = JSON.parse(stdout);
    assert.deepEqual(Object.keys(batch), ['reviews', 'errors', 'summary']);
    assert.equal(batch.reviews.length, sampleDocuments.length);
    assert.deepEqual(batch.errors, []);
    assert.deepEqual(batch.reviews.map((r: { document: { name: string } }) => r.document.name), [...sampleDocuments].sort());
    assert.deepEqual(batch.summary.skipped, ['samples/README.md']);
    assert.equal(batch.summary.reviewed, sampleDocuments.length);
    assert.equal(batch.summary.rows.length, sampleDocuments.length);
    // the same object `review FILE --format json` prints
    const one = JSON.parse(run(['review', 'samples/opus-dpa-2025.docx', '--format', 'json']).stdout);
    assert.deepEqual(batch.reviews.find((r: { document: { name: string } }) => r.document.name === 'opus-dpa-2025.docx'), one);
    const total = batch.reviews.reduce((n: number, r: { summary: { total: number } }) => n + r.summary.total, 0);
    assert.equal(batch.summary.total, total);
  });

  it('lists a corrupt file under errors and reviews the others', () => {
    const dir = mixedFolder();
    const { code, stdout, stderr } = run(['review', dir, '--format', 'json']);
    assert.equal(code, 1, 'deviations in the readable documents');
    const batch = JSON.parse(stdout);
    assert.deepEqual(batch.reviews.map((r: { document: { name: string } }) => r.document.name).sort(), ['dossier.docx', 'opus 2024 «utkast».txt']);
    assert.deepEqual(batch.errors.map((e: { file: string }) => e.file).sort(), [join(dir, 'corrupt.docx'), join(dir, 'truncated.pdf')]);
    for (const e of batch.errors) assert.ok(e.message.length > 0 && !e.message.includes('\n'));
    assert.deepEqual(batch.summary.skipped, [join(dir, 'budget.xlsx')]);
    assert.equal(batch.summary.failed, 2);
    assert.match(stderr, /corrupt\.docx/);
    assert.match(stderr, /skipped .*budget\.xlsx/);
  });

  it('exits 2 only when nothing could be reviewed, 0 when nothing deviates', () => {
    const broken = tempDir('dpa-broken-');
    // (plain text named .docx is read as text, as a one-file review reads it: these are broken for real)
    writeFileSync(join(broken, 'a.docx'), Buffer.from('PK\u0003\u0004 not a zip file'));
    writeFileSync(join(broken, 'b.pdf'), '%PDF-1.7\n1 0 obj broken');
    const none = run(['review', broken, '--format', 'json']);
    assert.equal(none.code, 2);
    assert.equal(JSON.parse(none.stdout).errors.length, 2);
    assert.match(none.stderr, /no document could be reviewed/);

    const clean = tempDir('dpa-clean-');
    const fine = 'Databehandler skal varsle behandlingsansvarlig uten ugrunnet opphold ved brudd på personopplysningssikkerheten.';
    writeFileSync(join(clean, 'a.txt'), fine);
    writeFileSync(join(clean, 'b.md'), fine);
    writeFileSync(join(clean, 'c.docx'), Buffer.from('PK\u0003\u0004 not a zip file'));
    const ok = run(['review', clean, '--format', 'json']);
    assert.equal(ok.code, 0, 'no deviation; the broken file is listed, not fatal');
    assert.equal(JSON.parse(ok.stdout).reviews.length, 2);

    const missing = run(['review', 'samples/dossier-dpa.txt', 'no-such-file.docx', '--format', 'json']);
    assert.equal(missing.code, 1);
    assert.deepEqual(JSON.parse(missing.stdout).errors, [{ file: 'no-such-file.docx', message: 'no such file: no-such-file.docx' }]);
  });

  it('writes a CSV row per document for Excel', () => {
    const dir = mixedFolder();
    const { stdout } = run(['review', dir, 'samples/dossier-dpa.txt', '--format', 'csv']);
    assert.ok(stdout.startsWith('\ufeff'), 'UTF-8 byte-order mark');
    const lines = stdout.slice(1).split('\r\n').filter(Boolean);
    const header = lines[0].split(';');
    assert.deepEqual(header, ['file', 'language', 'scope', ...categories.map((c) => c.id), 'total', 'highest severity', 'error']);
    assert.equal(lines.length, 1 + 5, 'a row per document (4 in the folder, 1 file)');
    const rows = lines.slice(1).map((l) => l.split(';'));
    for (const row of rows) assert.equal(row.length, header.length);
    const dossier = rows.find((r) => r[0] === 'samples/dossier-dpa.txt')!;
    assert.equal(dossier[1], 'nb');
    assert.equal(Number(dossier[header.indexOf('total')]), categories.reduce((n, c) => n + Number(dossier[header.indexOf(c.id)]), 0));
    assert.ok(rows.find((r) => r[0].endsWith('corrupt.docx'))![header.indexOf('error')].length > 0);
    assert.ok(rows.some((r) => r[0].endsWith('opus 2024 «utkast».txt')), 'non-ASCII names come through');
  });

  it('writes one SARIF run over all documents', () => {
    const { stdout } = run(['review', 'samples/dossier-dpa.txt', 'samples/opus-dpa-2024.txt', '--format', 'sarif']);
    const sarif = JSON.parse(stdout);
    const schema = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const valid = ajv.validate(schema, JSON.parse(stdout));
    assert.ok(valid, JSON.stringify(ajv.errors?.slice(0, 3)));
    assert.equal(sarif.runs.length, 1);
    assert.deepEqual(sarif.runs[0].artifacts.map((a: { location: { uri: string } }) => a.location.uri), ['samples/dossier-dpa.txt', 'samples/opus-dpa-2024.txt']);
    const indexes = new Set(sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { index: number } } }[] }) => r.locations[0].physicalLocation.artifactLocation.index));
    assert.deepEqual([...indexes].sort(), [0, 1]);
  });

  it('prints a summary table after the per-file Markdown and text reports', () => {
    const dir = mixedFolder();
    const md = run(['review', dir, '--format', 'markdown']);
    assert.equal((md.stdout.match(/^# Gjennomgang av databehandleravtale/gm) ?? []).length, 2);
    assert.match(md.stdout, /# Oversikt over dokumentene\n\n4 dokumenter: 2 gjennomgått, 2 med feil/);
    assert.match(md.stdout, /\| Dokument \| Språk \| Omfang \| Avvik \| Høyeste \| Kategorier \| Feil \|/);
    assert.match(md.stdout, /corrupt\.docx \| +\| +\| +\| +\| +\| \S/);
    const text = run(['review', dir, '--lang', 'en']);
    assert.match(text.stdout, /Documents overview\n\nDocument +Language +Scope +Deviations +Highest/);
    assert.match(text.stdout, /Skipped \(not documents\): .*budget\.xlsx/);
  });

  it('writes an HTML index and a page per document with --out', () => {
    const dir = mixedFolder();
    const out = join(tempDir('dpa-html-out-'), 'report');
    const { code, stderr } = run(['review', dir, '--format', 'html', '--out', out]);
    assert.equal(code, 1, stderr);
    const files = readdirSync(out).sort();
    assert.equal(files.length, 3, 'index.html and a page per reviewed document');
    assert.ok(files.includes('index.html'));
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    for (const page of files.filter((f) => f !== 'index.html')) assert.ok(index.includes(`href="${page}"`));
    assert.match(index, /corrupt\.docx/);
    assert.match(run(['review', dir, '--format', 'html']).stderr, /needs --out DIR/);
  });

  it('keeps the one-file review as it was, and writes no progress line when standard error is not a terminal', () => {
    const one = run(['review', 'samples/dossier-dpa.txt', '--format', 'json']);
    assert.equal(one.stderr, '');
    assert.ok(!('reviews' in JSON.parse(one.stdout)));
    const many = run(['review', 'samples/dossier-dpa.txt', 'samples/opus-dpa-2024.txt', '--format', 'json']);
    assert.equal(many.stderr, '');
  });
});

describe('batch JSON, written piece by piece', () => {
  it('is the same text as JSON.stringify of the whole object', () => {
    const text = readFileSync(join(samples, 'dossier-dpa.txt'), 'utf8');
    const cases: { file: string; review?: ReturnType<typeof review>; error?: string }[][] = [
      [{ file: 'a.txt', review: review(text) }, { file: 'b.docx', error: 'not a DOCX "file"' }, { file: 'c.txt', review: review('Varsling skal skje innen 96 timer.') }],
      [{ file: 'b.docx', error: 'broken' }],
      [],
    ];
    for (const entries of cases) {
      let written = '';
      writePortfolioJson(entries, ['x.xlsx'], (chunk) => (written += chunk));
      assert.equal(written, JSON.stringify(portfolioJson(entries, ['x.xlsx']), null, 2) + '\n');
    }
  });
});
