// `npm run bench`: reviews each sample DPA many times in process and prints median and p95
// milliseconds per document, throughput in MB/s and peak RSS; then a 1 MB synthetic document.
// Speed is measured here, never in timed tests.

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { review } from '../shared/index';


const samplesDir = resolve(__dirname, '..', 'samples');
const runs = Number(process.env.BENCH_RUNS ?? 50);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

let peakRss = process.memoryUsage().rss;
function measure(name: string, text: string, times: number): void {
  review(text); // warm-up: the library's topic model is built on first use
  const timings: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = process.hrtime.bigint();
    review(text);
    timings.push(Number(process.hrtime.bigint() - started) / 1e6);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  timings.sort((a, b) => a - b);
  const median = percentile(timings, 50);
  const bytes = Buffer.byteLength(text, 'utf8');
  const mbPerSecond = bytes / 1024 / 1024 / (median / 1000);
  console.log(`${name.padEnd(32)} ${(bytes / 1024).toFixed(0).padStart(6)} KB  median ${median.toFixed(1).padStart(7)} ms  p95 ${percentile(timings, 95).toFixed(1).padStart(7)} ms  ${mbPerSecond.toFixed(2).padStart(6)} MB/s`);
}

console.log(`dpa-review bench: ${runs} reviews per document, in process (Node ${process.version})\n`);
const texts: string[] = [];
for (const file of readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(samplesDir, file), 'utf8');
  texts.push(text);
  measure(file, text, runs);
}
// a 1 MB document: the samples repeated, so every rule has work to do
let synthetic = '';
for (let i = 0; synthetic.length < 1024 * 1024; i++) synthetic += texts[i % texts.length] + '\n\n';
measure('synthetic-1mb.txt', synthetic, Math.max(3, Math.round(runs / 10)));
console.log(`\npeak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
