#!/usr/bin/env node
// Scores the engine on test/corpus/clauses/clauses.json: short clauses in vendors' own wording
// (nb/en/da/sv), each with the categories it must flag (`expect`; empty = a compliant look-alike).
// Each clause is reviewed in process (the engine's source, through tsx) with --scope clause,
// or the scope the clause names ("document" for the mini-DPAs that test absences).
// Usage: node scripts/score-clauses.mjs [--file F] [--category C] [--quiet] [--min-recall R] [--min-precision P]
//   prints per-category recall/precision (warnings and above; "info" findings do not count) and the misses.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const file = opt('--file') ?? join(root, 'test/corpus/clauses/clauses.json');
const only = opt('--category');
const quiet = args.includes('--quiet');
// thresholds (0–1) over all categories: exit 1 below either (CI holds the figures reached)
const minRecall = Number(opt('--min-recall') ?? 0);
const minPrecision = Number(opt('--min-precision') ?? 0);

const { review } = await tsImport(join(root, 'shared/review.ts'), import.meta.url);
const data = JSON.parse(readFileSync(file, 'utf8'));
const clauses = data.clauses ?? data;

const stats = new Map();
const stat = (c) => { if (!stats.has(c)) stats.set(c, { tp: 0, fp: 0, fn: 0 }); return stats.get(c); };
const misses = [];
for (const clause of clauses) {
  const r = review(clause.text, { scope: clause.scope ?? 'clause' });
  const judged = (c) => !clause.judge || clause.judge.includes(c);
  const got = new Set(r.findings.filter((f) => f.severity !== 'info' && judged(f.category)).map((f) => f.category));
  const want = new Set(clause.expect);
  for (const c of want) {
    if (got.has(c)) stat(c).tp++;
    else { stat(c).fn++; misses.push({ kind: 'FN', c, clause }); }
  }
  for (const c of got) {
    if (!want.has(c)) { stat(c).fp++; misses.push({ kind: 'FP', c, clause, f: r.findings.find((f) => f.category === c) }); }
  }
}

const pct = (n, d) => (d ? ((100 * n) / d).toFixed(1).padStart(5) + ' %' : '    - ');
let T = { tp: 0, fp: 0, fn: 0 };
console.log('category                  TP  FP  FN  recall   precision');
for (const [c, s] of [...stats].sort()) {
  if (only && c !== only) continue;
  T = { tp: T.tp + s.tp, fp: T.fp + s.fp, fn: T.fn + s.fn };
  console.log(`${c.padEnd(24)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${pct(s.tp, s.tp + s.fn)}  ${pct(s.tp, s.tp + s.fp)}`);
}
console.log(`${'ALL'.padEnd(24)} ${String(T.tp).padStart(3)} ${String(T.fp).padStart(3)} ${String(T.fn).padStart(3)}  ${pct(T.tp, T.tp + T.fn)}  ${pct(T.tp, T.tp + T.fp)}`);
if (!quiet) {
  for (const m of misses) {
    if (only && m.c !== only) continue;
    const where = m.f ? `  @ "${m.f.quote.slice(0, 80)}" (${m.f.messageId})` : '';
    console.log(`\n${m.kind} ${m.c}  ${m.clause.id} [${m.clause.lang}] ${m.clause.note ?? ''}\n   ${m.clause.text.replace(/\n/g, ' ⏎ ').slice(0, 300)}${where}`);
  }
}

const recall = T.tp / Math.max(1, T.tp + T.fn);
const precision = T.tp / Math.max(1, T.tp + T.fp);
if (recall < minRecall || precision < minPrecision) {
  console.error(`below the thresholds: recall ${(100 * recall).toFixed(1)} % (min ${100 * minRecall} %), precision ${(100 * precision).toFixed(1)} % (min ${100 * minPrecision} %)`);
  process.exit(1);
}
