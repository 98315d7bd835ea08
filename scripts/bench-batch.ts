// `node esbuild.mjs bench-batch && node dist/bench-batch.js`: the batch review of
// `dpa-review review FOLDER` (cli/batch.ts: the folder searched, the documents read and reviewed in
// worker threads, one per core; the V8 flags of the CLI), over folders of 50, 200 and 1,000
// documents (the sample DPAs repeated: .docx, .pdf and .txt), each review serialised as the JSON
// output would. For each size: wall time, documents per second, time per document, the process's
// CPU time over its wall time ("cores used": ~2 on two idle cores) and, per worker thread, the
// documents it did and its own CPU time (Linux /proc/thread-self): the work is spread over all
// cores. Then whether the cost grows linearly (a least-squares line through the points and the
// time per document at each size), and the speed-up of all cores over one worker.
//   BENCH_BATCH_SIZES=50,200,1000   BENCH_BATCH_ONE_WORKER=50 (size of the one-worker run; 0 = none)

import '../cli/v8-flags';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { collectInputs, reviewBatch } from '../cli/batch';

const root = resolve(__dirname, '..');
const samplesDir = join(root, 'samples');
const sizes = (process.env.BENCH_BATCH_SIZES ?? '50,200,1000').split(',').map(Number).filter((n) => n > 0);
const oneWorkerSize = Number(process.env.BENCH_BATCH_ONE_WORKER ?? 50);

// the DPAs among the samples (the Normen form is a checklist, README is not a document)
const sources = readdirSync(samplesDir)
  .filter((name) => /\.(docx|pdf|txt)$/.test(name) && !name.startsWith('normen'))
  .sort();

const work = mkdtempSync(join(tmpdir(), 'dpa-bench-batch-'));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}

function folderOf(size: number): string {
  const dir = join(work, `docs-${size}`);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < size; i++) {
    const source = sources[i % sources.length];
    copyFileSync(join(samplesDir, source), join(dir, `${String(i + 1).padStart(4, '0')}-${source}`));
  }
  return dir;
}

interface Run {
  size: number;
  workers: number;
  wallMs: number;
  cpuMs: number;
  /** Per worker: documents done and its thread's CPU time. */
  perWorker: { docs: number; cpuMs: number }[];
  outputMb: number;
}

async function runBatch(size: number, workers = Math.min(availableParallelism(), size)): Promise<Run> {
  const dir = folderOf(size);
  const perWorker = Array.from({ length: workers }, () => ({ docs: 0, cpuMs: 0 }));
  let outputBytes = 0;
  let errors = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { files } = collectInputs([dir]);
  await reviewBatch(files, {
    maxBytes: 20 * 1024 * 1024,
    optionsFor: () => ({}),
    workers,
    keepResults: false,
    onResult: (result, _, stats) => {
      if ('error' in result) errors++;
      else outputBytes += JSON.stringify(result.review, null, 2).length;
      perWorker[stats.worker].docs++;
      perWorker[stats.worker].cpuMs = Math.max(perWorker[stats.worker].cpuMs, stats.threadCpuMs ?? 0);
    },
  });
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  rmSync(dir, { recursive: true, force: true });
  if (errors || files.length !== size) throw new Error(`the batch of ${size}: ${files.length} files, ${errors} errors`);
  return { size, workers, wallMs, cpuMs: (used.user + used.system) / 1000, perWorker, outputMb: outputBytes / 1024 / 1024 };
}

const row = (cells: (string | number)[], widths: number[]) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
const widths = [6, 8, 9, 9, 9, 8, 10, 9, 0];
console.log(`batch review of a folder (cli/batch.ts, as dpa-review review FOLDER --format json); ${availableParallelism()} cores; documents: ${sources.join(', ')} repeated\n`);
console.log(row(['docs', 'workers', 'wall s', 'docs/s', 'ms/doc', 'CPU s', 'cores used', 'JSON MB', '  per worker: docs / thread CPU s'], widths));
const runs: Run[] = [];
const show = (r: Run) =>
  console.log(
    row(
      [
        r.size,
        r.workers,
        (r.wallMs / 1000).toFixed(1),
        (r.size / (r.wallMs / 1000)).toFixed(2),
        (r.wallMs / r.size).toFixed(0),
        (r.cpuMs / 1000).toFixed(1),
        (r.cpuMs / r.wallMs).toFixed(2),
        r.outputMb.toFixed(0),
        '  ' + r.perWorker.map((w) => `${w.docs} / ${(w.cpuMs / 1000).toFixed(1)}`).join(', '),
      ],
      widths,
    ),
  );
async function main() {
try {
  for (const size of sizes) {
    const r = await runBatch(size);
    runs.push(r);
    show(r);
  }
  let single: Run | undefined;
  if (oneWorkerSize > 0) {
    single = await runBatch(oneWorkerSize, 1);
    show(single);
  }

  // linear growth: cost = fixed + perDoc × docs, least squares, for the wall time and for the CPU
  // time (which other work on a shared machine does not inflate)
  if (runs.length >= 2) {
    const fit = (cost: (r: Run) => number) => {
      const n = runs.length;
      const mx = runs.reduce((s, r) => s + r.size, 0) / n;
      const my = runs.reduce((s, r) => s + cost(r), 0) / n;
      const slope = runs.reduce((s, r) => s + (r.size - mx) * (cost(r) - my), 0) / runs.reduce((s, r) => s + (r.size - mx) ** 2, 0);
      const intercept = my - slope * mx;
      const ssTot = runs.reduce((s, r) => s + (cost(r) - my) ** 2, 0);
      const ssRes = runs.reduce((s, r) => s + (cost(r) - (intercept + slope * r.size)) ** 2, 0);
      const first = runs[0];
      const last = runs[runs.length - 1];
      return `≈ ${(intercept / 1000).toFixed(2)} s + ${slope.toFixed(0)} ms × docs (R² ${(1 - ssRes / ssTot).toFixed(4)}); ${last.size / first.size}× the documents cost ${(cost(last) / cost(first)).toFixed(1)}×; ms/doc ${runs.map((r) => (cost(r) / r.size).toFixed(0)).join(' → ')}`;
    };
    console.log(`\nlinear fit, wall time: ${fit((r) => r.wallMs)}`);
    console.log(`linear fit, CPU time:  ${fit((r) => r.cpuMs)}`);
  }
  if (single) {
    const same = runs.find((r) => r.size === single!.size);
    if (same) console.log(`all cores against one worker on ${single.size} documents: ${(single.wallMs / same.wallMs).toFixed(2)}× faster (cores used ${(same.cpuMs / same.wallMs).toFixed(2)} against ${(single.cpuMs / single.wallMs).toFixed(2)})`);
  }
  console.log('(the machine may be shared: "cores used" is this process\'s CPU time over its wall time, whatever else runs)');
} finally {
  rmSync(work, { recursive: true, force: true });
}
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
