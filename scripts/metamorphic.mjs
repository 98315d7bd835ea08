#!/usr/bin/env node
// Metamorphic check of the engine on the clause sets: a clause should be judged the same when it is
// written without æøå (ae/o/aa), wrapped at 70 characters as a PDF extract is, or upper-cased as a
// heading-heavy scan is. Prints the items whose categories change (no labels needed).
// Usage: node scripts/metamorphic.mjs [--file F]... [--max-changes N]  (default: the four clause sets; exit 1 above N)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const files = args.filter((_, i) => args[i - 1] === '--file');
const sets = files.length ? files : [join(root, 'test/corpus/clauses/clauses.json'), join(root, 'test/corpus/clauses/batch3.json'), join(root, 'test/corpus/clauses/batch4.json'), join(root, 'test/corpus/clauses/batch5.json')];
const { review } = await tsImport(join(root, 'shared/review.ts'), import.meta.url);

const transforms = {
  'without æøå': (t) => t.replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/å/g, 'aa').replace(/Å/g, 'Aa').replace(/ä/g, 'a').replace(/ö/g, 'o'),
  'wrapped at 70': (t) => t.replace(/(.{1,70})(\s+|$)/g, (_, line, space) => (space ? `${line}\n` : line)),
};

const categories = (text, scope) =>
  [...new Set(review(text, { scope: scope ?? 'clause' }).findings.filter((f) => f.severity !== 'info').map((f) => f.category))].sort().join(',');

let items = 0;
const changed = [];
for (const file of sets) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  for (const item of data.clauses ?? data) {
    items++;
    const base = categories(item.text, item.scope);
    for (const [name, transform] of Object.entries(transforms)) {
      const variant = transform(item.text);
      if (variant === item.text) continue;
      const got = categories(variant, item.scope);
      if (got !== base) changed.push({ id: item.id, name, base, got });
    }
  }
}
for (const c of changed) console.log(`${c.id.padEnd(8)} ${c.name.padEnd(14)} ${c.base || '-'}  ->  ${c.got || '-'}`);
console.log(`${changed.length} changes over ${items} items`);
const maxChanges = args.includes('--max-changes') ? Number(args[args.indexOf('--max-changes') + 1]) : Infinity;
if (changed.length > maxChanges) process.exit(1);
