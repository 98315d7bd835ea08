// Snapshots the findings (category, severity, start, end) of `node dist/cli.js review FILE --format json`
// for every labelled document, to prove that a change (a speed-up, a refactor) leaves the results
// unchanged. Build first (`npm run build`).
//   node scripts/snapshot-findings.mjs save before.json     write a snapshot
//   node scripts/snapshot-findings.mjs compare before.json  compare the current build with one (exit 1 on a difference)
// Documents: ../shared/fixtures/*.txt, ../shared/fixtures/real/*.txt and test/corpus/*/*.txt.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');

function txtFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
}

function documents() {
  const corpus = join(root, 'test', 'corpus');
  const sets = existsSync(corpus) ? readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(corpus, d.name)).sort() : [];
  return [
    ...txtFiles(resolve(root, '..', 'shared', 'fixtures')),
    ...txtFiles(resolve(root, '..', 'shared', 'fixtures', 'real')),
    ...sets.flatMap(txtFiles),
  ];
}

function findingsOf(file) {
  let out;
  try {
    out = execFileSync(process.execPath, [cli, 'review', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } catch (e) {
    // exit code 1 means "deviations found": the JSON is on stdout all the same
    if (e.status !== 1) throw e;
    out = e.stdout;
  }
  const review = JSON.parse(out);
  return review.findings.map((f) => ({ category: f.category, severity: f.severity, start: f.start, end: f.end }));
}

function snapshot() {
  const result = {};
  for (const file of documents()) result[relative(root, file)] = findingsOf(file);
  return result;
}

const [command, path] = process.argv.slice(2);
if (command === 'save' && path) {
  const snap = snapshot();
  writeFileSync(path, JSON.stringify(snap, null, 1) + '\n');
  const count = Object.values(snap).reduce((n, list) => n + list.length, 0);
  console.log(`${Object.keys(snap).length} documents, ${count} findings -> ${path}`);
} else if (command === 'compare' && path) {
  const before = JSON.parse(readFileSync(path, 'utf8'));
  const now = snapshot();
  let differences = 0;
  for (const file of new Set([...Object.keys(before), ...Object.keys(now)])) {
    const a = JSON.stringify(before[file] ?? null);
    const b = JSON.stringify(now[file] ?? null);
    if (a === b) continue;
    differences++;
    console.log(`DIFFERENT ${file}\n  before: ${a}\n  now:    ${b}`);
  }
  console.log(differences ? `${differences} of ${Object.keys(now).length} documents differ` : `identical: ${Object.keys(now).length} documents`);
  process.exitCode = differences ? 1 : 0;
} else {
  console.error('usage: node scripts/snapshot-findings.mjs save|compare FILE.json');
  process.exitCode = 2;
}
