// The extension's engine thread: reviews, comparisons and Normen checklists run here, so that a long
// review never blocks the extension host (which all extensions share). Warms itself on a short
// reference clause when it starts, then answers one job at a time: a job names a task and its
// arguments; the reply carries the result and how long the engine took, or the error's name and
// message (the engine's errors never quote the document). Bundled to dist/engine-worker.js
// (esbuild.mjs); started, restarted and stopped by engine-thread.ts.

import { parentPort } from 'node:worker_threads';
import { compare, normenChecklist, review, type MessageLang, type ReviewOptions } from '../../shared/index';
import { topics } from '../../shared/library';
import type { Review } from '../../shared/types';

/** The tasks a job may name, with their arguments. */
const tasks = {
  review: (text: string, options: ReviewOptions) => review(text, options),
  compare: (oldText: string, newText: string, options: ReviewOptions) => compare(oldText, newText, options),
  normen: (input: string | Review, options: { lang?: MessageLang }) => normenChecklist(input, options),
} satisfies Record<string, (...args: never[]) => unknown>;

/** A task's name. */
export type EngineTask = keyof typeof tasks;

/** What the worker receives. */
export interface EngineJob {
  id: number;
  task: EngineTask;
  args: unknown[];
}

/** What the worker answers to a job. */
export type EngineReply =
  | { id: number; ok: true; result: unknown; elapsedMilliseconds: number }
  | { id: number; ok: false; error: { name: string; message: string } };

/** What the worker says once, when it is warm (before any reply). */
export interface EngineReady {
  ready: true;
  warmUpMilliseconds: number;
}

/** Runs every rule's patterns once on a reference clause of the library (no user text). */
function warmUp(): void {
  const clause = topics.find((topic) => topic.references.length > 0)?.references[0]?.text;
  if (clause) review(clause, { scope: 'clause' });
}

const warmUpStartedAt = performance.now();
warmUp();
parentPort?.postMessage({ ready: true, warmUpMilliseconds: performance.now() - warmUpStartedAt } satisfies EngineReady);
parentPort?.on('message', (job: EngineJob) => {
  let reply: EngineReply;
  try {
    const run = tasks[job.task] as ((...args: unknown[]) => unknown) | undefined;
    if (!run) throw new Error(`unknown task ${String(job.task)}`);
    const startedAt = performance.now();
    const result = run(...job.args);
    reply = { id: job.id, ok: true, result, elapsedMilliseconds: performance.now() - startedAt };
  } catch (error) {
    const { name = 'Error', message = '' } = (error ?? {}) as { name?: string; message?: string };
    reply = { id: job.id, ok: false, error: { name, message } };
  }
  parentPort!.postMessage(reply);
});
