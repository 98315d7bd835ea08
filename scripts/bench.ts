// `npm run bench`: what a user waits for, measured side by side in one run so that the ratios mean
// something on a busy machine:
//  - a cold `dpa-review review FILE --format json` process against a whole Node process that runs a
//    fixed grep of 11 simple regexes over the same file (median of several of each);
//  - the first review in a fresh process (as a new bot or extension host meets it), without flags;
//  - warm reviews in process (median, p95) against one pass of the same 11 regexes over the text;
//  - a 1 MB document, warm; 1 MB of one phrase without a full stop (hostile); peak RSS.
// Then the per-sample table of warm reviews. Speed is measured here, never in timed tests.
//   BENCH_RUNS=50 (warm reviews per document)  BENCH_COLD=7 (cold processes of each kind)

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { review } from '../shared/index';

const root = resolve(__dirname, '..');
const samplesDir = join(root, 'samples');
const cli = join(root, 'dist', 'cli.js');
const mainDocument = join(samplesDir, 'opus-dpa-2025-clean.txt');
const runs = Number(process.env.BENCH_RUNS ?? 50);
const coldRuns = Number(process.env.BENCH_COLD ?? 7);

// The reference: 11 plain keyword regexes, the kind of grep a user would write by hand.
const REFERENCE_SOURCES = [
  'databehandler', 'personopplysning', 'underleverandør', 'sikkerhet', 'avvik', 'revisjon',
  'sletting', 'ansvar', 'processor', 'controller', 'breach',
];
// the same grep as a whole Node process: read the file, count the matches, print the count
const REFERENCE_PROCESS = `const t=require('fs').readFileSync(process.argv[1],'utf8');let n=0;for(const s of ${JSON.stringify(REFERENCE_SOURCES)})n+=(t.match(new RegExp(s,'gi'))||[]).length;console.log(n)`;

function referencePass(text: string): number {
  let count = 0;
  for (const source of REFERENCE_SOURCES) count += (text.match(new RegExp(source, 'gi')) ?? []).length;
  return count;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Wall time of a whole process (`node ...args`), in ms. */
function timeProcess(args: string[]): number {
  const started = now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const elapsed = now() - started;
  if (result.status !== 0 && result.status !== 1) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  return elapsed;
}

/** Warm timings of `fn` (one call first to warm it), sorted. */
function warmTimings(fn: () => unknown, times: number): number[] {
  fn();
  const timings: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = now();
    fn();
    timings.push(now() - started);
  }
  return timings.sort((a, b) => a - b);
}

// `node dist/bench.js --first FILE`: one review in this fresh process, as JSON on stdout
if (process.argv[2] === '--first') {
  const text = readFileSync(process.argv[3], 'utf8');
  const started = now();
  review(text);
  const firstMs = now() - started;
  console.log(JSON.stringify({ firstMs, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const text = readFileSync(mainDocument, 'utf8');
const kb = (s: string) => `${(Buffer.byteLength(s, 'utf8') / 1024).toFixed(0)} KB`;
console.log(`dpa-review bench (Node ${process.version}): ${mainDocument.slice(root.length + 1)}, ${kb(text)}\n`);

// cold processes, interleaved so that a burst of load elsewhere hits both kinds alike
const coldCli: number[] = [];
const coldGrep: number[] = [];
const firstReview: number[] = [];
let firstRss = 0;
for (let i = 0; i < coldRuns; i++) {
  coldGrep.push(timeProcess(['-e', REFERENCE_PROCESS, mainDocument]));
  coldCli.push(timeProcess([cli, 'review', mainDocument, '--format', 'json']));
  const first = spawnSync(process.execPath, [__filename, '--first', mainDocument], { encoding: 'utf8' });
  const parsed = JSON.parse(first.stdout) as { firstMs: number; maxRssMb: number };
  firstReview.push(parsed.firstMs);
  firstRss = Math.max(firstRss, parsed.maxRssMb);
}

// warm, in process
const warm = warmTimings(() => review(text), runs);
const reference = warmTimings(() => referencePass(text), runs * 4);
let synthetic = '';
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();
const sampleTexts = samples.map((f) => readFileSync(join(samplesDir, f), 'utf8'));
for (let i = 0; synthetic.length < 1024 * 1024; i++) synthetic += sampleTexts[i % sampleTexts.length] + '\n\n';
const large = warmTimings(() => review(synthetic), Math.max(3, Math.round(runs / 10)));
// hostile: 1 MB of one capping phrase with no full stop or line break (every phrase a hit for a rule);
// read in bounded sentences and clauses (shared/segment.ts), so it costs a few times the 1 MB document, not hours
const hostile = 'Ansvar er begrenset til '.repeat(Math.ceil((1024 * 1024) / 24));
const hostileMs = percentile(warmTimings(() => review(hostile), 1), 50);

const coldCliMs = median(coldCli);
const coldGrepMs = median(coldGrep);
const firstMs = median(firstReview);
const warmMs = percentile(warm, 50);
const referenceMs = percentile(reference, 50);
const largeMs = percentile(large, 50);
const peakRssMb = Math.max(firstRss, process.resourceUsage().maxRSS / 1024);

const rows: [string, string, string, string][] = [
  ['cold CLI process (median)', ms(coldCliMs), `${(coldCliMs / coldGrepMs).toFixed(1)}x grep process (${ms(coldGrepMs)})`, '<= 4x and <= 300 ms quiet'],
  ['first review in process', ms(firstMs), `${(firstMs / referenceMs).toFixed(0)}x reference pass`, '<= 100 ms'],
  ['warm review, median', ms(warmMs), `${(warmMs / referenceMs).toFixed(1)}x reference pass (${ms(referenceMs)})`, '<= 3x reference'],
  ['warm review, p95', ms(percentile(warm, 95)), '', ''],
  [`1 MB document, warm (${kb(synthetic)})`, ms(largeMs), '', '<= 500 ms'],
  [`1 MB without stops or breaks`, ms(hostileMs), `${(hostileMs / largeMs).toFixed(1)}x the 1 MB document`, 'bounded (linear)'],
  ['peak RSS', `${peakRssMb.toFixed(0)} MB`, '', '<= 150 MB'],
];
for (const [name, value, ratio, goal] of rows) console.log(`${name.padEnd(34)} ${value.padStart(10)}  ${ratio.padEnd(44)} ${goal}`);
console.log(`\n(cold: ${coldRuns} processes of each kind; warm: ${runs} reviews; first review: each in a fresh process, no V8 flags)\n`);

// the per-sample table: warm reviews of each sample
for (const [i, file] of samples.entries()) {
  const sample = sampleTexts[i];
  const timings = warmTimings(() => review(sample), runs);
  const med = percentile(timings, 50);
  const mbPerSecond = Buffer.byteLength(sample, 'utf8') / 1024 / 1024 / (med / 1000);
  console.log(`${file.padEnd(32)} ${kb(sample).padStart(8)}  median ${ms(med).padStart(9)}  p95 ${ms(percentile(timings, 95)).padStart(9)}  ${mbPerSecond.toFixed(2).padStart(6)} MB/s`);
}
