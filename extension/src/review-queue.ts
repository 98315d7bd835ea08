// The order in which the extension's engine thread reviews: one request at a time, and per document
// only the newest. A request for a document replaces the one still waiting for that document (its
// callers then get the newer request's answer), and the answer of a request that was already
// running when a newer one came is dropped. So the engine never starts on a version that was out of
// date when its turn came, and callers only ever see a document's newest review. Pure: no VS Code,
// no threads; whatever runs a request (engine-thread.ts: a worker thread) is passed in.

/** A request as it is run, and what its answer says about it. */
export interface QueuedRequest<P> {
  /** Increases with every request. */
  id: number;
  /** The document it is for (one newest request per key). */
  key: string;
  /** The document version the request was made on. */
  version: number;
  payload: P;
}

/** The answer to a document's newest request. */
export interface Answered<P, R> {
  request: QueuedRequest<P>;
  result: R;
}

/** Why a request got no answer: the queue was closed (the extension is deactivated). */
export class QueueClosedError extends Error {
  override name = 'QueueClosedError';
}

interface Waiter<P, R> {
  resolve: (answer: Answered<P, R>) => void;
  reject: (error: Error) => void;
}

/**
 * Requests run one at a time, the newest per document.
 *
 * @example
 * const queue = new LatestRequestQueue((text: string) => worker.review(text));
 * const answer = await queue.submit('file:///avtale.txt', 7, text); // answer.request.version >= 7
 */
export class LatestRequestQueue<P, R> {
  private nextId = 1;
  /** Per document: the id of its newest request and the callers waiting for an answer. */
  private readonly newest = new Map<string, { id: number; waiters: Waiter<P, R>[] }>();
  /** Requests not started yet, at most one per document, in the order their documents asked first. */
  private readonly waiting = new Map<string, QueuedRequest<P>>();
  private running: QueuedRequest<P> | undefined;
  private closedBy: Error | undefined;

  constructor(private readonly run: (payload: P) => Promise<R>) {}

  /** Requests waiting and running (for the log and the tests). */
  get load(): { waiting: number; running: boolean } {
    return { waiting: this.waiting.size, running: this.running !== undefined };
  }

  /** Whether a request for this document is running now. */
  isRunning(key: string): boolean {
    return this.running?.key === key;
  }

  /**
   * Asks for `payload` to be run for a document; resolves with the answer to that document's newest
   * request (this one, or one submitted after it), rejects with that request's error.
   */
  submit(key: string, version: number, payload: P): Promise<Answered<P, R>> {
    if (this.closedBy) return Promise.reject(this.closedBy);
    const request: QueuedRequest<P> = { id: this.nextId++, key, version, payload };
    return new Promise<Answered<P, R>>((resolve, reject) => {
      const entry = this.newest.get(key) ?? { id: request.id, waiters: [] };
      entry.id = request.id;
      entry.waiters.push({ resolve, reject });
      this.newest.set(key, entry);
      this.waiting.set(key, request); // replaces an older request still waiting, in its place
      this.startNext();
    });
  }

  /** Runs a request that nothing replaces (a pasted clause, a comparison); resolves with its result. */
  async once(payload: P): Promise<R> {
    const answer = await this.submit(`\u0000once:${this.nextId}`, 0, payload);
    return answer.result;
  }

  /** Fails every waiting caller with `error`; nothing more is run. */
  close(error: Error = new QueueClosedError('the review engine was stopped')): void {
    this.closedBy = error;
    this.waiting.clear();
    const entries = [...this.newest.values()];
    this.newest.clear();
    for (const waiter of entries.flatMap((entry) => entry.waiters)) waiter.reject(error);
  }

  private startNext(): void {
    if (this.running || this.closedBy) return;
    const next = this.waiting.values().next();
    if (next.done) return;
    const request = next.value;
    this.waiting.delete(request.key);
    this.running = request;
    let outcome: Promise<R>;
    try {
      outcome = this.run(request.payload);
    } catch (error) {
      outcome = Promise.reject(error);
    }
    outcome.then(
      (result) => this.finish(request, (waiter) => waiter.resolve({ request, result })),
      (error: unknown) => this.finish(request, (waiter) => waiter.reject(error instanceof Error ? error : new Error(String(error)))),
    );
  }

  /** Answers a document's callers if `request` is still its newest (else the answer is dropped), then runs the next. */
  private finish(request: QueuedRequest<P>, answer: (waiter: Waiter<P, R>) => void): void {
    this.running = undefined;
    const entry = this.newest.get(request.key);
    if (entry && entry.id === request.id) {
      this.newest.delete(request.key);
      for (const waiter of entry.waiters) answer(waiter);
    }
    this.startNext();
  }
}
