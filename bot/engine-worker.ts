// The worker thread that reads and reviews documents for the bot (see worker-pool.ts and
// isolated-engine.ts): a job names a task of the engine and its arguments, the reply carries the
// result or the error's name, code and one-line message. Only the extractor's and the engine's own
// messages are passed on (they never quote the document); any other error is passed on by name.
// Bundled to dist/bot-worker.js (esbuild.mjs).

import { parentPort } from 'node:worker_threads';
import { compare, normenChecklist, review, type ReviewOptions, type MessageLang } from '../shared/index';
import { extractDocument } from '../shared/extract/index';
import { annotateDocx, annotateText } from '../shared/annotate/index';
import type { Review } from '../shared/types';
import type { WorkerReply } from './worker-pool';

/** The tasks a job may name, with their arguments. */
const tasks = {
  async extract(bytes: Uint8Array, fileName: string, maxBytes: number) {
    const document = await extractDocument(bytes, fileName, { maxBytes });
    return { text: document.text, format: document.format, ...(document.pages ? { pages: document.pages } : {}), ...(document.paragraphs ? { paragraphs: document.paragraphs } : {}) };
  },
  review: async (text: string, options: ReviewOptions) => review(text, options),
  compare: async (oldText: string, newText: string, options: ReviewOptions) => compare(oldText, newText, options),
  normen: async (text: string, options: { lang?: MessageLang }) => normenChecklist(text, options),
  async annotate(bytes: Uint8Array | undefined, reviewed: Review) {
    return (bytes ? await annotateDocx(bytes, reviewed) : await annotateText(reviewed)).bytes;
  },
} satisfies Record<string, (...args: never[]) => Promise<unknown>>;

/** Errors whose message is meant for the user (never document text). */
const USER_FACING = new Set(['ExtractError', 'EmptyTextError', 'TooManyPartsError', 'PlaybookError']);

parentPort?.on('message', async (job: { id: number; task: keyof typeof tasks; args: unknown[] }) => {
  let reply: WorkerReply;
  try {
    const run = tasks[job.task] as (...args: unknown[]) => Promise<unknown>;
    if (!run) throw new Error('unknown task');
    reply = { id: job.id, result: await run(...job.args) };
  } catch (error) {
    const { name = 'Error', message = '', code } = (error ?? {}) as { name?: string; message?: string; code?: unknown };
    reply = {
      id: job.id,
      error: { name, message: USER_FACING.has(name) ? message : '', ...(typeof code === 'string' ? { code } : {}) },
    };
  }
  try {
    parentPort!.postMessage(reply);
  } catch {
    // a result that cannot be copied (should not happen: the engine returns plain data)
    parentPort!.postMessage({ id: job.id, error: { name: 'DataCloneError', message: '' } } satisfies WorkerReply);
  }
});
