// Unit tests (outside VS Code) of the extension's review requests: the pure queue (one request at a
// time, only a document's newest, superseded answers dropped; extension/src/review-queue.ts) and the
// engine thread around it (extension/src/engine-thread.ts, its worker run from the TypeScript source).

import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { EngineStoppedError, EngineThread } from '../extension/src/engine-thread';
import { LatestRequestQueue, QueueClosedError } from '../extension/src/review-queue';

/** A runner whose calls finish when the test says so, in any order. */
function controlledRunner() {
  const calls: { payload: string; finish: (result: string) => void; fail: (error: Error) => void }[] = [];
  const run = (payload: string) => new Promise<string>((resolve, reject) => calls.push({ payload, finish: resolve, fail: reject }));
  return { calls, run };
}

/** Lets promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('extension review requests (review-queue.ts)', () => {
  it('runs one request at a time, in the order the documents asked', async () => {
    const { calls, run } = controlledRunner();
    const queue = new LatestRequestQueue(run);
    const a = queue.submit('a', 1, 'a1');
    const b = queue.submit('b', 1, 'b1');
    assert.deepEqual(calls.map((call) => call.payload), ['a1']);
    assert.deepEqual(queue.load, { waiting: 1, running: true });
    assert.ok(queue.isRunning('a') && !queue.isRunning('b'));
    calls[0].finish('review of a1');
    assert.equal((await a).result, 'review of a1');
    assert.deepEqual(calls.map((call) => call.payload), ['a1', 'b1']);
    calls[1].finish('review of b1');
    assert.deepEqual((await b).request, { id: 2, key: 'b', version: 1, payload: 'b1' });
    assert.deepEqual(queue.load, { waiting: 0, running: false });
  });

  it('reviews only the newest waiting version of a document, and answers every caller with it', async () => {
    const { calls, run } = controlledRunner();
    const queue = new LatestRequestQueue(run);
    const other = queue.submit('other', 1, 'other1');
    const versions = [2, 3, 4].map((version) => queue.submit('doc', version, `doc${version}`));
    calls[0].finish('review of other1');
    await other;
    assert.deepEqual(calls.map((call) => call.payload), ['other1', 'doc4'], 'versions 2 and 3 are never run');
    calls[1].finish('review of doc4');
    for (const answer of await Promise.all(versions)) {
      assert.equal(answer.request.version, 4);
      assert.equal(answer.result, 'review of doc4');
    }
  });

  it('drops the answer of a running review once a newer version was asked for', async () => {
    const { calls, run } = controlledRunner();
    const queue = new LatestRequestQueue(run);
    let answered = 0;
    const older = queue.submit('doc', 1, 'doc1').then((answer) => { answered++; return answer; });
    const newer = queue.submit('doc', 2, 'doc2');
    assert.deepEqual(calls.map((call) => call.payload), ['doc1'], 'the running review is not interrupted');
    calls[0].finish('review of doc1');
    await settle();
    assert.equal(answered, 0, 'nobody got the superseded review');
    assert.deepEqual(calls.map((call) => call.payload), ['doc1', 'doc2']);
    calls[1].finish('review of doc2');
    assert.equal((await older).result, 'review of doc2');
    assert.equal((await newer).request.version, 2);
  });

  it('fails the callers of a document when its newest request fails, and goes on with the next', async () => {
    const { calls, run } = controlledRunner();
    const queue = new LatestRequestQueue(run);
    const failing = queue.submit('doc', 1, 'doc1');
    const next = queue.submit('other', 1, 'other1');
    calls[0].fail(new Error('EmptyTextError'));
    await assert.rejects(failing, /EmptyTextError/);
    calls[1].finish('review of other1');
    assert.equal((await next).result, 'review of other1');
  });

  it('ignores the failure of a superseded request', async () => {
    const { calls, run } = controlledRunner();
    const queue = new LatestRequestQueue(run);
    const older = queue.submit('doc', 1, 'doc1');
    queue.submit('doc', 2, 'doc2').catch(() => undefined);
    calls[0].fail(new Error('the thread stopped'));
    await settle();
    calls[1].finish('review of doc2');
    assert.equal((await older).result, 'review of doc2');
  });

  it('never replaces a one-off request (a selected clause, a comparison)', async () => {
    const { calls, run } = controlledRunner();
    const queue = new LatestRequestQueue(run);
    const first = queue.once('clause one');
    const second = queue.once('clause two');
    calls[0].finish('review of clause one');
    await settle();
    calls[1].finish('review of clause two');
    assert.deepEqual(await Promise.all([first, second]), ['review of clause one', 'review of clause two']);
  });

  it('fails waiting callers and refuses new requests once closed', async () => {
    const { calls, run } = controlledRunner();
    const queue = new LatestRequestQueue(run);
    const running = queue.submit('a', 1, 'a1');
    const waiting = queue.submit('b', 1, 'b1');
    queue.close();
    await assert.rejects(running, QueueClosedError);
    await assert.rejects(waiting, QueueClosedError);
    await assert.rejects(queue.submit('c', 1, 'c1'), QueueClosedError);
    calls[0].finish('late');
    await settle();
    assert.equal(calls.length, 1, 'nothing more is run');
  });
});

describe('extension engine thread (engine-thread.ts)', () => {
  const workerFile = join(__dirname, '..', 'extension', 'src', 'engine-worker.ts');
  const clause = 'Databehandlers totale ansvar for forhold knyttet til DBA og/eller GDPR er uansett begrenset til NOK 50 000.';
  const messages: string[] = [];
  let engine: EngineThread;

  beforeEach(() => {
    messages.length = 0;
    engine = new EngineThread(workerFile, { info: (message) => messages.push(message) });
  });
  afterEach(() => engine.dispose());

  it('starts one thread on the first request, reviews in it and keeps it for the next', async () => {
    assert.equal(engine.threadsStarted, 0, 'no thread before a request');
    const answer = await engine.reviewDocument('file:///avtale.txt', 3, clause, { scope: 'clause' });
    assert.equal(answer.request.version, 3);
    assert.ok(answer.result.result.findings.some((finding) => finding.category === 'liability-cap'));
    assert.ok(answer.result.elapsedMilliseconds >= 0);
    const selection = await engine.review(clause, { scope: 'clause' });
    assert.equal(selection.result.document.scope, 'clause');
    assert.equal(engine.threadsStarted, 1);
    assert.ok(messages.some((message) => /review engine thread started in \d+ ms \(warm-up \d+ ms\)/.test(message)), messages.join(' | '));
  });

  it('passes the engine\'s own errors on by name and message', async () => {
    await assert.rejects(engine.review('   ', {}), (error: Error) => error.name === 'EmptyTextError');
  });

  it('fails the running review when the thread dies, and starts a new thread for the next', async () => {
    await engine.review(clause, { scope: 'clause' });
    const running = engine.reviewDocument('file:///avtale.txt', 1, clause.repeat(50), {});
    // what a crash looks like from the host: the thread ends with the job unanswered
    await (engine as unknown as { worker: Worker }).worker.terminate();
    await assert.rejects(running, EngineStoppedError);
    const after = await engine.reviewDocument('file:///avtale.txt', 2, clause, { scope: 'clause' });
    assert.equal(after.request.version, 2);
    assert.equal(engine.threadsStarted, 2);
  });

  it('makes the Normen checklist from a review already made, and compares two versions', async () => {
    const reviewed = await engine.review(clause, { scope: 'clause' });
    const checklist = await engine.normen(reviewed.result, { lang: 'en' });
    assert.equal(checklist.result.rows.length, 26);
    const comparison = await engine.compare(clause, clause.replace('50 000', '10 000'), {});
    assert.ok(Array.isArray(comparison.result.findings.added));
  });

  it('fails waiting requests once disposed', async () => {
    const waiting = engine.review(clause, { scope: 'clause' });
    engine.dispose();
    await assert.rejects(waiting, EngineStoppedError);
  });
});
