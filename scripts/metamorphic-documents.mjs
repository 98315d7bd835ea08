#!/usr/bin/env node
// Metamorphic check of the engine on whole real DPAs: a document should be judged the same when it
// reaches us in the shapes real files take — written without æøå, wrapped at 70 characters as a PDF
// extract is, with OCR's "|" for "l", or with words broken across lines by a hyphen. Compares the
// categories reported per document (no labels needed), so it measures how the engine reads real text,
// not one writer's idiom. The texts are read from ../shared (third-party DPAs: never copied here).
// Usage: node scripts/metamorphic-documents.mjs [--labels F]... [--max-changes N]
//   (default: ../shared/eval/real-labels.json and dev-labels.json; .txt files only; exit 1 above N)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const given = args.filter((_, i) => args[i - 1] === '--labels');
const labelFiles = given.length ? given : ['real-labels.json', 'dev-labels.json'].map((f) => join(root, '../shared/eval', f));
const { review } = await tsImport(join(root, 'shared/review.ts'), import.meta.url);

// Each transform is deterministic (every n-th word), so a run is repeatable.
const everyNthWord = (text, n, change) => {
  let count = 0;
  return text.replace(/[A-Za-zÆØÅæøåÄÖäö]{6,}/g, (word) => (++count % n === 0 ? change(word) : word));
};
const transforms = {
  'without æøå': (t) => t.replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/å/g, 'aa').replace(/Å/g, 'Aa').replace(/ä/g, 'a').replace(/ö/g, 'o'),
  'wrapped at 70': (t) => t.replace(/[^\S\n]+/g, ' ').replace(/(.{1,70})( |$)/gm, (_, line, space) => (space ? `${line}\n` : line)),
  'OCR pipes': (t) => everyNthWord(t, 7, (w) => w.replace(/(?<=[a-zæøå])l(?=[a-zæøå])/, '|')),
  'hyphen breaks': (t) => everyNthWord(t, 9, (w) => `${w.slice(0, 3)}-\n${w.slice(3)}`),
};

const categories = (text) =>
  [...new Set(review(text).findings.filter((f) => f.severity !== 'info').map((f) => f.category))].sort();

let documents = 0;
const changed = [];
for (const labelFile of labelFiles) {
  const labels = JSON.parse(readFileSync(labelFile, 'utf8'));
  for (const doc of labels.documents) {
    const file = doc.files.find((f) => f.endsWith('.txt'));
    if (!file) continue;
    const path = resolve(dirname(labelFile), file);
    const text = readFileSync(path, 'utf8');
    documents++;
    const base = categories(text);
    for (const [name, transform] of Object.entries(transforms)) {
      const variant = transform(text);
      if (variant === text) continue;
      const got = categories(variant);
      const lost = base.filter((c) => !got.includes(c));
      const gained = got.filter((c) => !base.includes(c));
      if (lost.length || gained.length) changed.push({ file: path.split('/').pop(), name, lost, gained });
    }
  }
}
for (const c of changed) console.log(`${c.file.padEnd(44)} ${c.name.padEnd(14)} lost: ${c.lost.join(',') || '-'}  gained: ${c.gained.join(',') || '-'}`);
const pairs = changed.reduce((n, c) => n + c.lost.length + c.gained.length, 0);
console.log(`${changed.length} changed variants (${pairs} categories) over ${documents} documents × ${Object.keys(transforms).length} transforms`);
const maxChanges = args.includes('--max-changes') ? Number(args[args.indexOf('--max-changes') + 1]) : Infinity;
if (pairs > maxChanges) process.exit(1);
