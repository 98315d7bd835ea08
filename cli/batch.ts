// Batch review for `dpa-review review FILE|FOLDER ...`: finds the documents (folders recursively),
// reviews them in worker threads (cli/review-worker.ts, one per core) and hands back the results in
// the order the documents were found. A file that cannot be read or reviewed is an error entry and
// the others go on; a worker that dies takes only its current file with it.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Review, ReviewOptions } from '../shared/index';
import type { ReviewJob, ReviewReply } from './review-worker';

/** What a folder is searched for; other files are skipped (and listed). */
export const DOCUMENT_EXTENSIONS = ['.docx', '.pdf', '.txt', '.md'];

/** The documents named by the arguments, and the files in the folders that are not documents. */
export interface BatchInputs {
  files: string[];
  skipped: string[];
}

/** A README in a folder describes the folder; it is not a document to review. */
const isReadme = (name: string) => /^readme(\.[a-z]+)?$/i.test(name);

/**
 * Expands the arguments: a file is taken as given (its reader decides whether it can read it), a
 * folder is searched recursively for .docx, .pdf, .txt and .md files (README files and hidden
 * entries left out), in name order. A path that does not exist is an error entry of its own.
 * @example collectInputs(['samples']) // { files: ['samples/dossier-dpa.docx', ...], skipped: ['samples/README.md'] }
 */
export function collectInputs(paths: readonly string[]): BatchInputs & { missing: string[] } {
  const files: string[] = [];
  const skipped: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) files.push(file), seen.add(file);
  };
  const walk = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && DOCUMENT_EXTENSIONS.includes(extname(entry.name).toLowerCase()) && !isReadme(entry.name)) add(path);
      else skipped.push(path);
    }
  };
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      missing.push(path);
      continue;
    }
    if (stat.isDirectory()) walk(path);
    else add(path);
  }
  return { files, skipped, missing };
}

/** One document's outcome: its review, or why there is none. */
export type BatchResult = { file: string; review: Review; byteLength: number } | { file: string; error: string };

/** Which worker did a result, and that worker thread's CPU time so far (Linux), for the benchmark. */
export interface BatchWorkerStats {
  worker: number;
  threadCpuMs?: number;
}

export interface BatchProgress {
  done: number;
  total: number;
  /** The file whose review just finished. */
  file: string;
  elapsedMs: number;
  /** Estimated time left, from the mean time per document so far. */
  etaMs: number;
}

export interface BatchOptions {
  /** The review options of a file (the workspace settings of its folder, the playbook, the language). */
  optionsFor: (file: string) => ReviewOptions;
  maxBytes: number;
  /** Worker threads; default: one per core, never more than the documents. */
  workers?: number;
  onProgress?: (progress: BatchProgress) => void;
  /** Called as each result comes in (in completion order); the promise resolves to them in input order. */
  onResult?: (result: BatchResult, index: number, stats: BatchWorkerStats) => void;
  /** Keep the results (default true); a benchmark that only counts sets false. */
  keepResults?: boolean;
  /** The worker's memory limit in MB (a document past it is an error entry). */
  workerMemoryMb?: number;
}

/** The bundled worker next to dist/cli.js; from the sources (tsx), the built one in dist/. */
export function workerFile(): string {
  const nextToUs = join(__dirname, 'review-worker.js');
  if (!__filename.endsWith('.ts') && existsSync(nextToUs)) return nextToUs;
  const built = join(__dirname, '..', 'dist', 'review-worker.js');
  if (existsSync(built)) return built;
  throw new Error('the review worker is not built (run npm run build)');
}

/**
 * Reviews the files in worker threads.
 * @example const results = await reviewBatch(files, { optionsFor: () => ({}), maxBytes: 20 << 20 });
 */
export async function reviewBatch(files: readonly string[], options: BatchOptions): Promise<BatchResult[]> {
  const results: BatchResult[] = new Array(files.length);
  if (!files.length) return results;
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), files.length));
  const entry = workerFile();
  const started = performance.now();
  let next = 0;
  let done = 0;

  const finish = (index: number, result: BatchResult, stats: BatchWorkerStats) => {
    if (options.keepResults !== false) results[index] = result;
    done++;
    options.onResult?.(result, index, stats);
    if (options.onProgress) {
      const elapsedMs = performance.now() - started;
      options.onProgress({ done, total: files.length, file: files[index], elapsedMs, etaMs: (elapsedMs / done) * (files.length - done) });
    }
  };

  // each lane: one worker at a time, one job at a time; a worker that dies is replaced
  const lane = (_: unknown, laneIndex: number) =>
    new Promise<void>((resolveLane) => {
      let worker: Worker | undefined;
      let current = -1;
      const spawn = () => {
        worker = new Worker(entry, {
          resourceLimits: { maxOldGenerationSizeMb: options.workerMemoryMb ?? 1536 },
        });
        worker.on('message', (reply: ReviewReply) => {
          const index = current;
          current = -1;
          const stats = { worker: laneIndex, ...(reply.threadCpuMs !== undefined ? { threadCpuMs: reply.threadCpuMs } : {}) };
          finish(index, 'error' in reply ? { file: files[index], error: reply.error } : { file: files[index], review: reply.review, byteLength: reply.byteLength }, stats);
          take();
        });
        worker.on('error', (error) => died(error.message));
        worker.on('exit', (code) => {
          if (current >= 0) died(`the review stopped (exit code ${code})`);
        });
      };
      const died = (message: string) => {
        const index = current;
        if (index < 0) return;
        current = -1;
        worker?.removeAllListeners();
        void worker?.terminate();
        worker = undefined;
        finish(index, { file: files[index], error: `internal error: ${message.split('\n')[0]}` }, { worker: laneIndex });
        take();
      };
      const take = () => {
        if (next >= files.length) {
          void worker?.terminate();
          resolveLane();
          return;
        }
        const index = next++;
        let reviewOptions: ReviewOptions;
        try {
          reviewOptions = options.optionsFor(files[index]);
        } catch (error) {
          // e.g. a broken .dpa-review.json: the error of the files under it, not of the batch
          finish(index, { file: files[index], error: (error as Error).message.split('\n')[0] }, { worker: laneIndex });
          take();
          return;
        }
        current = index;
        if (!worker) spawn();
        const job: ReviewJob = { id: index, file: files[index], options: reviewOptions, maxBytes: options.maxBytes };
        worker!.postMessage(job);
      };
      take();
    });

  await Promise.all(Array.from({ length: count }, lane));
  return results;
}

const clock = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * A progress line for a terminal ("12/50 opus-dpa-2025.docx, about 0:14 left"), rewritten in place;
 * `end()` clears it. Writes nothing when the stream is not a terminal.
 */
export function progressLine(stream: NodeJS.WriteStream): { update: (p: BatchProgress) => void; end: () => void } {
  if (!stream.isTTY) return { update: () => {}, end: () => {} };
  let shown = false;
  return {
    update(p) {
      const width = stream.columns || 80;
      const head = `${p.done}/${p.total} `;
      const tail = p.done < p.total ? `  ~${clock(p.etaMs)} left` : '';
      const room = Math.max(8, width - 1 - head.length - tail.length);
      const name = p.file.length > room ? '…' + p.file.slice(-(room - 1)) : p.file;
      // the terminal's own line control (tty.WriteStream), not hand-written escape codes
      stream.cursorTo(0);
      stream.clearLine(0);
      stream.write(`${head}${name}${tail}`);
      shown = true;
    },
    end() {
      if (!shown) return;
      stream.cursorTo(0);
      stream.clearLine(0);
    },
  };
}
