// The worker thread of a batch review (cli/batch.ts): reads one file, extracts its text and reviews
// it, as `dpa-review review FILE` does in its own thread. A job carries the path and the review's
// options; the reply carries the review (the same object a one-file review prints) or the error's
// one-line message. Bundled to dist/review-worker.js (esbuild.mjs), next to dist/cli.js.

import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../shared/extract/index';
import { review, withParagraphs, type Review, type ReviewOptions } from '../shared/index';

export interface ReviewJob {
  id: number;
  file: string;
  options: ReviewOptions;
  maxBytes: number;
}

/** `threadCpuMs`: this thread's CPU time so far (Linux; for the batch benchmark). */
export type ReviewReply = ({ id: number; review: Review; byteLength: number } | { id: number; error: string }) & { threadCpuMs?: number };

/** This thread's CPU time in ms, from /proc/thread-self/stat (utime + stime, in 1/100 s); undefined elsewhere. */
function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Errors whose message is written for the user; any other is an internal error. */
const USER_FACING = new Set(['ExtractError', 'EmptyTextError', 'TooManyPartsError', 'PlaybookError']);

async function reviewFile(job: ReviewJob): Promise<{ review: Review; byteLength: number }> {
  const stat = statSync(job.file);
  if (stat.size > job.maxBytes) throw new SizeError(`${(stat.size / 1024 / 1024).toFixed(1)} MB; the limit is ${job.maxBytes / 1024 / 1024} MB`);
  const bytes = readFileSync(job.file);
  const extracted = await extractDocument(bytes, basename(job.file), { maxBytes: job.maxBytes });
  const result = withParagraphs(review(extracted.text, job.options), extracted.paragraphs);
  result.document.name = basename(job.file);
  result.document.format = extracted.format;
  return { review: result, byteLength: bytes.length };
}

class SizeError extends Error {
  override name = 'ExtractError';
}

parentPort?.on('message', async (job: ReviewJob) => {
  let reply: ReviewReply;
  try {
    reply = { id: job.id, ...(await reviewFile(job)) };
  } catch (error) {
    const { name = 'Error', message = String(error) } = (error ?? {}) as { name?: string; message?: string };
    const line = String(message).split('\n')[0];
    reply = { id: job.id, error: USER_FACING.has(name) ? line : `internal error: ${line}` };
  }
  const cpu = threadCpuMs();
  if (cpu !== undefined) reply.threadCpuMs = cpu;
  parentPort!.postMessage(reply);
});
