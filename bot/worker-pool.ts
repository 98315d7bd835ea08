// Runs jobs in worker threads, so that one document cannot take the bot down or keep other users
// waiting: each worker has a memory limit (resourceLimits) and each job a deadline; a worker that
// runs out of memory or time is terminated and replaced, and its job fails with a WorkerJobError.
// A lane has a few workers and a short queue; past the queue, jobs are refused at once ('busy').
// No botbuilder and no engine here: the worker file decides what a job does.

import { Worker, type ResourceLimits } from 'node:worker_threads';

/** Registers tsx in a worker started from a .ts file (a variable, so that bundlers leave it alone). */
const TSX_REGISTER = 'tsx/cjs';

/** Why a job did not give a result. */
export type WorkerJobErrorCode = 'busy' | 'deadline' | 'out-of-memory' | 'crashed' | 'closed';

/** A job that failed in the pool itself (not an error the job threw; those are passed on). */
export class WorkerJobError extends Error {
  override name = 'WorkerJobError';
  constructor(readonly code: WorkerJobErrorCode, detail: string) {
    super(detail);
  }
}

/** How a lane runs its jobs. */
export interface LaneOptions {
  /** The worker's entry file: a bundled .js, or a .ts file (run through tsx: tests and `tsx bot/index.ts`). */
  workerFile: string;
  /** Workers running at once. */
  concurrency: number;
  /** Jobs waiting at most; one more is refused with 'busy'. */
  maxQueue: number;
  /** A running job is stopped after this long. */
  deadlineMs: number;
  resourceLimits: ResourceLimits;
}

/** What a worker posts back for a job: a result, or an error as plain fields. */
export interface WorkerReply {
  id: number;
  result?: unknown;
  error?: { name: string; message: string; code?: string };
}

interface Job {
  id: number;
  message: { id: number; task: string; args: unknown[] };
  transfer: ArrayBuffer[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * A few workers with a queue (the workers are started when needed and kept for the next jobs).
 *
 * @example
 * const lane = new WorkerLane({ workerFile, concurrency: 1, maxQueue: 8, deadlineMs: 60_000, resourceLimits: { maxOldGenerationSizeMb: 512 } });
 * const review = await lane.run('review', [text, { scope: 'document' }]);
 */
export class WorkerLane {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private running = 0;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: LaneOptions) {}

  /** Jobs running and waiting, for the log and the health check. */
  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.queue.length };
  }

  /** Runs `task` with `args` in a worker; rejects with WorkerJobError or the error the task threw. */
  run<T>(task: string, args: unknown[], transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.closed) return Promise.reject(new WorkerJobError('closed', 'the pool is closed'));
    if (this.running >= this.options.concurrency && this.queue.length >= this.options.maxQueue) {
      return Promise.reject(new WorkerJobError('busy', `${this.queue.length} jobs waiting`));
    }
    return new Promise<T>((resolve, reject) => {
      const id = this.nextId++;
      this.queue.push({ id, message: { id, task, args }, transfer, resolve: resolve as (value: unknown) => void, reject });
      this.startNext();
    });
  }

  /** Stops every worker; waiting jobs fail with 'closed'. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new WorkerJobError('closed', 'the pool is closed'));
    await Promise.all(this.idle.splice(0).map((worker) => worker.terminate()));
  }

  private startNext(): void {
    while (this.running < this.options.concurrency && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.running++;
      this.runOn(this.idle.pop() ?? this.spawn(), job);
    }
  }

  private spawn(): Worker {
    const file = this.options.workerFile;
    // A worker cannot start from a .ts file by itself: it registers tsx first, then loads the file.
    const source = file.endsWith('.ts') ? `require(${JSON.stringify(require.resolve(TSX_REGISTER))}); require(${JSON.stringify(file)});` : file;
    const worker = new Worker(source, {
      eval: file.endsWith('.ts'),
      execArgv: [],
      resourceLimits: this.options.resourceLimits,
      stdout: false,
      stderr: false,
    });
    worker.unref();
    return worker;
  }

  private runOn(worker: Worker, job: Job): void {
    let settled = false;
    const finish = (outcome: { value?: unknown; error?: Error }, keepWorker: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      this.running--;
      if (keepWorker && !this.closed) this.idle.push(worker);
      else void worker.terminate();
      if (outcome.error) job.reject(outcome.error);
      else job.resolve(outcome.value);
      this.startNext();
    };
    const onMessage = (reply: WorkerReply) => {
      if (reply.id !== job.id) return;
      if (reply.error) finish({ error: revive(reply.error) }, true);
      else finish({ value: reply.result }, true);
    };
    const onError = (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish({ error: new WorkerJobError(outOfMemory ? 'out-of-memory' : 'crashed', outOfMemory ? 'the worker ran out of memory' : error.name) }, false);
    };
    const onExit = (code: number) => finish({ error: new WorkerJobError('crashed', `the worker stopped (${code})`) }, false);
    const timer = setTimeout(
      () => finish({ error: new WorkerJobError('deadline', `no result within ${this.options.deadlineMs} ms`) }, false),
      this.options.deadlineMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job.message, job.transfer);
  }
}

/** An error from a worker, as an Error with the same name, message and code (ExtractError stays recognisable). */
function revive(fields: { name: string; message: string; code?: string }): Error {
  const error = new Error(fields.message) as Error & { code?: string };
  error.name = fields.name;
  if (fields.code !== undefined) error.code = fields.code;
  return error;
}
