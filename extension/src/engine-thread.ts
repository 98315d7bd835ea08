// The engine as the extension host uses it: one long-lived worker thread (engine-worker.ts), started
// on the first request, started again on the next request if it died, stopped on deactivate. The
// requests go through a LatestRequestQueue (review-queue.ts): the thread gets one job at a time, and
// for each document only its newest review. No VS Code here, so the unit tests run it in plain Node.

import { Worker } from 'node:worker_threads';
import type { Comparison, NormenChecklist } from '../../shared/index';
import type { MessageLang, Review, ReviewOptions } from '../../shared/types';
import type { EngineJob, EngineReady, EngineReply, EngineTask } from './engine-worker';
import { LatestRequestQueue, type Answered } from './review-queue';

/** Registers tsx in a worker started from a .ts file (a variable, so that bundlers leave it alone). */
const TSX_REGISTER = 'tsx/cjs';

/** A job's result and how long the engine took on it. */
export interface EngineResult<T> {
  result: T;
  elapsedMilliseconds: number;
}

/** What a document's review request carries. */
type EngineCall = Omit<EngineJob, 'id'>;

/** Why a job got no result: the thread stopped (crashed, ran out of memory, or was terminated). */
export class EngineStoppedError extends Error {
  override name = 'EngineStoppedError';
}

/** Where the thread reports what happened to it (file names and timings only). */
export interface EngineThreadLog {
  info(message: string): void;
}

/**
 * The engine in a worker thread.
 *
 * @example
 * const engine = new EngineThread(path.join(__dirname, 'engine-worker.js'), log);
 * const answer = await engine.reviewDocument(uri.toString(), document.version, text, options);
 * answer.request.version // the version reviewed: this one, or a newer one asked for meanwhile
 */
export class EngineThread {
  private worker: Worker | undefined;
  private readonly jobs = new Map<number, { resolve: (reply: EngineResult<unknown>) => void; reject: (error: Error) => void }>();
  private nextJobId = 1;
  private starts = 0;
  private stopped = false;
  private readonly queue = new LatestRequestQueue<EngineCall, EngineResult<unknown>>((call) => this.post(call));

  /** `workerFile`: the bundled dist/engine-worker.js, or engine-worker.ts run through tsx (unit tests). */
  constructor(private readonly workerFile: string, private readonly log: EngineThreadLog) {}

  /** How many times a thread was started (1 after the first request; more after crashes). */
  get threadsStarted(): number {
    return this.starts;
  }

  /** Whether the thread was stopped for good (deactivate): requests then fail with EngineStoppedError. */
  get isStopped(): boolean {
    return this.stopped;
  }

  /** Whether the thread is reviewing this document now. */
  isReviewing(key: string): boolean {
    return this.queue.isRunning(key);
  }

  /**
   * Reviews a document's text; the answer is to the document's newest request, which may be newer
   * than this one (this one's result is then dropped, or it was never run).
   */
  reviewDocument(key: string, version: number, text: string, options: ReviewOptions): Promise<Answered<EngineCall, EngineResult<Review>>> {
    return this.queue.submit(key, version, { task: 'review', args: [text, options] }) as Promise<Answered<EngineCall, EngineResult<Review>>>;
  }

  /** Reviews a text that is no open document's (a selected clause). */
  review(text: string, options: ReviewOptions): Promise<EngineResult<Review>> {
    return this.once<Review>('review', [text, options]);
  }

  compare(oldText: string, newText: string, options: ReviewOptions): Promise<EngineResult<Comparison>> {
    return this.once<Comparison>('compare', [oldText, newText, options]);
  }

  /** The Normen checklist of a text, or of a review already made of it (then the text is not reviewed again). */
  normen(input: string | Review, options: { lang?: MessageLang }): Promise<EngineResult<NormenChecklist>> {
    return this.once<NormenChecklist>('normen', [input, options]);
  }

  /** Stops the thread; every waiting request fails with EngineStoppedError. */
  dispose(): void {
    this.stopped = true;
    const error = new EngineStoppedError('the review engine was stopped');
    this.queue.close(error);
    this.failJobs(error);
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
  }

  private once<T>(task: EngineTask, args: unknown[]): Promise<EngineResult<T>> {
    return this.queue.once({ task, args }) as Promise<EngineResult<T>>;
  }

  /** Sends one job to the thread (starting it if there is none) and waits for its reply. */
  private post(call: EngineCall): Promise<EngineResult<unknown>> {
    if (this.stopped) return Promise.reject(new EngineStoppedError('the review engine was stopped'));
    const worker = this.worker ?? this.start();
    const id = this.nextJobId++;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      worker.ref(); // a running job keeps the process alive; an idle thread does not
      worker.postMessage({ id, ...call } satisfies EngineJob);
    });
  }

  private start(): Worker {
    const file = this.workerFile;
    // A worker cannot start from a .ts file by itself: it registers tsx first, then loads the file.
    const source = file.endsWith('.ts') ? `require(${JSON.stringify(require.resolve(TSX_REGISTER))}); require(${JSON.stringify(file)});` : file;
    const startedAt = performance.now();
    const worker = new Worker(source, { eval: file.endsWith('.ts'), execArgv: [] });
    this.worker = worker;
    this.starts++;
    worker.on('message', (message: EngineReply | EngineReady) => {
      if ('ready' in message) {
        this.log.info(`review engine thread started in ${(performance.now() - startedAt).toFixed(0)} ms (warm-up ${message.warmUpMilliseconds.toFixed(0)} ms)`);
        return;
      }
      const job = this.jobs.get(message.id);
      if (!job) return;
      this.jobs.delete(message.id);
      if (this.jobs.size === 0) worker.unref();
      if (message.ok) job.resolve({ result: message.result, elapsedMilliseconds: message.elapsedMilliseconds });
      else job.reject(revive(message.error));
    });
    // An uncaught error ends the thread: 'exit' follows and fails its jobs.
    worker.on('error', (error: Error & { code?: string }) => {
      const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'it ran out of memory' : `${error.name}`;
      this.log.info(`review engine thread failed: ${reason}`);
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      if (this.stopped) return;
      this.log.info(`review engine thread stopped (exit code ${code}); the next review starts a new one`);
      this.failJobs(new EngineStoppedError(`the review engine stopped (exit code ${code})`));
    });
    return worker;
  }

  private failJobs(error: Error): void {
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    for (const job of jobs) job.reject(error);
  }
}

/** An error from the thread as an Error with the same name and message (EmptyTextError stays recognisable). */
function revive(fields: { name: string; message: string }): Error {
  const error = new Error(fields.message);
  error.name = fields.name;
  return error;
}
