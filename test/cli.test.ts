// End-to-end tests of the built CLI (dist/cli.js, built by `npm test` before mocha runs).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import { tempDir } from './temp-dir';

const root = resolve(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const sample = (name: string) => join(root, 'samples', name);

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dpa-review CLI', () => {
  it('runs through its code cache with the same results as without, and never uses a cache of another build', () => {
    const cache = join(root, 'dist', 'cli-main.js.cache');
    const pdf = ['review', sample('opus-dpa-2025.pdf'), '--format', 'json'];
    const cached = run(pdf);
    assert.ok(readFileSync(cache).length > 100_000, 'the build writes the cache');
    const saved = readFileSync(cache);
    try {
      // a cache whose key names another build is ignored
      writeFileSync(cache, Buffer.concat([Buffer.from('1:1:v0\n'), saved.subarray(saved.indexOf(10) + 1)]));
      const uncached = run(pdf);
      assert.equal(uncached.code, cached.code);
      assert.deepEqual(JSON.parse(uncached.stdout).findings, JSON.parse(cached.stdout).findings);
      assert.equal(uncached.stderr, '');
    } finally {
      writeFileSync(cache, saved);
    }
  });

  it('reviews a sample DPA as JSON that keeps the contract', () => {
    const { code, stdout } = run(['review', sample('opus-dpa-2025-clean.txt'), '--format', 'json']);
    assert.equal(code, 1);
    const review = JSON.parse(stdout);
    assert.equal(typeof review.document.text, 'string');
    assert.ok(review.findings.length > 0);
    for (const f of review.findings) {
      assert.equal(typeof f.category, 'string');
      assert.ok(['high', 'medium', 'low', 'info'].includes(f.severity));
      assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start <= f.end);
      assert.equal(f.quote, review.document.text.slice(f.start, f.end));
      assert.ok(f.message.length > 0);
    }
  });

  it('reads a pasted clause from standard input and judges only what it says', () => {
    const clause = 'Varsling om avvik skal om mulig skje innen 48 timer etter at databehandler er blitt kjent med avviket.';
    const { code, stdout } = run(['review', '-', '--format', 'json'], clause);
    assert.equal(code, 1);
    const review = JSON.parse(stdout);
    assert.equal(review.document.scope, 'clause');
    const categories = review.findings.filter((f: { severity: string }) => f.severity !== 'info').map((f: { category: string }) => f.category);
    assert.ok(categories.includes('breach-notice-deadline'));
    assert.ok(!categories.includes('governing-law'), 'a clause cannot be expected to hold a governing-law term');
    assert.ok(!categories.includes('missing-art28'));
  });

  it('exits 0 when a clause has no deviation', () => {
    const { code, stdout } = run(['review', '-'], 'Databehandler skal varsle behandlingsansvarlig uten ugrunnet opphold ved brudd på personopplysningssikkerheten.');
    assert.equal(code, 0, stdout);
  });

  it('writes Markdown and text reports', () => {
    const md = run(['review', sample('opus-dpa-2025-clean.txt'), '--format', 'markdown']);
    assert.match(md.stdout, /^# Gjennomgang av databehandleravtale/);
    const text = run(['review', sample('opus-dpa-2025-clean.txt'), '--lang', 'en']);
    assert.match(text.stdout, /deviations:/);
    assert.doesNotMatch(text.stdout, /\u001b\[/, 'NO_COLOR is respected');
  });

  it('writes SARIF 2.1.0 that validates against the schema', () => {
    const { stdout } = run(['review', sample('opus-dpa-2025-clean.txt'), '--format', 'sarif']);
    const sarif = JSON.parse(stdout);
    const schema = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
    // the published schema has one pattern that is not valid with the u flag; Ajv compiles it without
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const valid = ajv.validate(schema, sarif);
    const log = sarif as { runs: { results: unknown[] }[] };
    assert.ok(valid, JSON.stringify(ajv.errors?.slice(0, 3)));
    assert.ok(log.runs[0].results.length > 0);
  });

  it('fills in the Normen Bilag 1a checklist in the form\'s order', () => {
    const { code, stdout } = run(['normen', sample('dossier-dpa.txt'), '--format', 'json']);
    assert.equal(code, 1, 'exit 1: not every requirement is met');
    const checklist = JSON.parse(stdout);
    assert.deepEqual(checklist.rows.map((r: { number: number }) => r.number), Array.from({ length: 26 }, (_, i) => i + 1));
    const byNumber = new Map(checklist.rows.map((r: { number: number; status: string }) => [r.number, r]));
    assert.equal((byNumber.get(5) as { status: string }).status, 'partly', 'Dossier 5.2 is a written agreement with the sub-processor, not with the customer');
    const md = run(['normen', sample('dossier-dpa.txt'), '--format', 'markdown']);
    assert.match(md.stdout, /\| Nr\. \| Krav \| Ivaretatt \| Kommentar \|/);
  });

  it('answers a flag it does not know, a missing value and no arguments with one line or the usage, exit 2', () => {
    const bogus = run(['review', '--bogus', 'x']);
    assert.equal(bogus.code, 2);
    assert.equal(bogus.stderr.trim().split('\n').length, 1);
    assert.match(bogus.stderr, /unknown option --bogus \(see dpa-review --help\)/);
    assert.doesNotMatch(bogus.stderr, /internal error/);
    const missing = run(['review', sample('dossier-dpa.txt'), '--format']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /option --format needs a value/);
    const nothing = run([]);
    assert.equal(nothing.code, 2);
    assert.equal(nothing.stdout, '');
    assert.match(nothing.stderr, /^Usage:/);
    const version = run(['-V']);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^dpa-review \d+\.\d+\.\d+/);
  });

  it('names the document in SARIF by the path given, against the working folder', () => {
    const { stdout } = run(['review', 'samples/opus-dpa-2025.docx', '--format', 'sarif']);
    const artifact = JSON.parse(stdout).runs[0].artifacts[0];
    assert.deepEqual(artifact.location, { uri: 'samples/opus-dpa-2025.docx', uriBaseId: '%SRCROOT%' });
    assert.equal(artifact.length, readFileSync(sample('opus-dpa-2025.docx')).length);
  });

  it('explains a category and refuses an unknown one', () => {
    const ok = run(['explain', 'breach-notice-deadline', '--lang', 'en']);
    assert.equal(ok.code, 0);
    assert.match(ok.stdout, /breach-notice-deadline/);
    const bad = run(['explain', 'no-such-thing']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown category/);
  });

  it('compares two versions and names the new deviations', () => {
    const { code, stdout } = run(['compare', sample('opus-dpa-2024.txt'), sample('opus-dpa-2025-clean.txt'), '--format', 'json']);
    assert.equal(code, 1);
    const comparison = JSON.parse(stdout);
    const added = new Set(comparison.findings.added.map((f: { category: string }) => f.category));
    assert.ok(added.has('breach-notice-deadline'), [...added].join(', '));
    assert.ok(comparison.clauses.some((c: { kind: string }) => c.kind === 'changed'));
  });

  describe('bad input: exit 2 with one clear line, no stack trace', () => {
    const dir = tempDir('dpa-review-cli-');
    const cases: [string, string | Buffer, RegExp][] = [
      ['empty.txt', '', /empty/i],
      ['binary.bin', Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 0, 7, 8, 0]), /binary|not a text/i],
      ['corrupt.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]), /docx|Word/i],
      // more clauses than MAX_CLAUSES (each bullet a clause): refused before the review's memory grows with them
      ['bullets.txt', '- a\n'.repeat(100_001), /too many paragraphs, list items and table rows/],
    ];
    for (const [name, content, message] of cases) {
      it(name, () => {
        const file = join(dir, name);
        writeFileSync(file, content);
        const { code, stderr, stdout } = run(['review', file]);
        assert.equal(code, 2);
        assert.equal(stdout, '');
        assert.match(stderr, message);
        assert.equal(stderr.trim().split('\n').length, 1, stderr);
        assert.doesNotMatch(stderr, /\n\s+at /);
      });
    }
    it('a missing path', () => {
      const { code, stderr } = run(['review', join(dir, 'nope.txt')]);
      assert.equal(code, 2);
      assert.match(stderr, /no such file/);
    });
    it('a file over 20 MB', () => {
      const file = join(dir, 'huge.txt');
      writeFileSync(file, Buffer.alloc(21 * 1024 * 1024, 'a'));
      const { code, stderr } = run(['review', file]);
      assert.equal(code, 2);
      assert.match(stderr, /MB/);
    });
    it('an unknown format', () => {
      const { code, stderr } = run(['review', sample('opus-dpa-2024.txt'), '--format', 'xml']);
      assert.equal(code, 2);
      assert.match(stderr, /format/);
    });
  });
});

describe('whole document or pasted clause', () => {
  it('reviews a short DPA with a title and sections as a whole document', () => {
    const shortDpa =
      'Databehandleravtale\n\n1. Formål\n\nDatabehandler behandler personopplysninger kun etter instruks fra behandlingsansvarlig.\n\n' +
      '2. Sikkerhet\n\nDatabehandler skal gjennomføre tiltak etter artikkel 32 og varsle avvik uten ugrunnet opphold.\n\n' +
      '3. Taushetsplikt\n\nAnsatte har taushetsplikt.\n\n4. Sletting\n\nVed opphør slettes alle data innen 30 dager.';
    const { stdout } = run(['review', '-', '--format', 'json'], shortDpa);
    const review = JSON.parse(stdout);
    assert.equal(review.document.scope, 'document');
    assert.ok(review.findings.some((f: { category: string }) => f.category === 'governing-law'), 'a whole DPA without a choice of law is reported');
  });
});
