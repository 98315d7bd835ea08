// The engine as the deployed bot uses it: every extraction and review runs in a worker thread
// (engine-worker.ts) with a memory limit and a deadline, on two lanes so that pasted clauses are
// not kept waiting behind a long document: `documents` (files, comparisons, long texts) and `text`
// (short pasted text). Formatting and the category list stay in this thread (cheap, no user input
// to speak of). Tests that need no isolation use sharedEngine() from engine.ts.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Comparison, NormenChecklist, Review } from '../shared/index';
import { topics } from '../shared/library';
import { defaultIsolationLimits, type IsolationLimits } from './config';
import { sharedEngine, type BotEngine } from './engine';
import { WorkerLane } from './worker-pool';

/** Texts up to this long (a pasted clause; Teams allows about 28 KB) go to the text lane. */
const SHORT_TEXT_CHARS = 32 * 1024;

/** A BotEngine that runs the work in workers, and can be closed. */
export interface IsolatedEngine extends BotEngine {
  /** Starts one worker per lane, so that the first user does not wait for the engine to load. */
  warm(): Promise<void>;
  load(): { documents: { running: number; queued: number }; text: { running: number; queued: number } };
  close(): Promise<void>;
}

/**
 * The engine in worker threads.
 *
 * @example
 * const engine = isolatedEngine();
 * await engine.warm();
 * const review = await engine.review(text, { scope: 'document' });
 */
export function isolatedEngine(limits: IsolationLimits = defaultIsolationLimits): IsolatedEngine {
  const entry = workerEntry();
  const documents = new WorkerLane({
    ...entry,
    concurrency: limits.documentWorkers,
    maxQueue: limits.documentQueue,
    deadlineMs: limits.documentDeadlineMs,
    resourceLimits: { maxOldGenerationSizeMb: limits.documentMemoryMb, maxYoungGenerationSizeMb: 48 },
  });
  const text = new WorkerLane({
    ...entry,
    concurrency: 1,
    maxQueue: 100,
    deadlineMs: 20_000,
    resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 32 },
  });
  const laneFor = (chars: number) => (chars <= SHORT_TEXT_CHARS ? text : documents);
  const local = sharedEngine();
  return {
    ...local,
    review: (reviewed, options) => laneFor(reviewed.length).run<Review>('review', [reviewed, options]),
    compare: (oldText, newText, options) => documents.run<Comparison>('compare', [oldText, newText, options]),
    normen: (checked, options) => laneFor(checked.length).run<NormenChecklist>('normen', [checked, options]),
    extract: (bytes, fileName, maxBytes) => {
      // a copy the worker takes over, so the caller's bytes stay usable
      const copy = new Uint8Array(bytes);
      return documents.run('extract', [copy, fileName, maxBytes], [copy.buffer]);
    },
    annotate: (docx, reviewed) => {
      const copy = docx ? new Uint8Array(docx) : undefined;
      return documents.run<Uint8Array>('annotate', [copy, reviewed], copy ? [copy.buffer] : []);
    },
    async warm() {
      // the library's own reference clauses, reviewed as a document, take every rule through its
      // patterns once: the first user's clause then meets compiled regexes, whatever it is about
      const references = warmUpText();
      await Promise.all([text.run('review', [references, { scope: 'document' }]), documents.run('review', [references, { scope: 'document' }])]);
    },
    load: () => ({ documents: documents.load, text: text.load }),
    close: async () => {
      await Promise.all([documents.close(), text.close()]);
    },
  };
}

/** Every reference clause of the library (all languages), one numbered section each: no user text. */
function warmUpText(): string {
  return topics.flatMap((topic) => topic.references.map((reference) => reference.text)).map((clause, i) => `${i + 1}. ${clause}`).join('\n\n');
}

/** The bundled worker next to dist/bot.js, or the TypeScript source run through tsx (tests, `tsx bot/index.ts`). */
function workerEntry(): { workerFile: string } {
  const bundled = path.join(__dirname, 'bot-worker.js');
  if (!__filename.endsWith('.ts') && existsSync(bundled)) return { workerFile: bundled };
  return { workerFile: path.join(__dirname, 'engine-worker.ts') };
}
