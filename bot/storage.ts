// Where the bot keeps what outlives a turn: botbuilder's conversation and user state, and sealed files
// (a first document waiting for its comparison, a report offered for download). Process memory for one
// local instance; one Azure Blob Storage container (botbuilder-azure-blobs) shared by every instance in
// production. Sealed files are encrypted with AES-256-GCM and carry their expiry inside the sealed
// part, so an expired or tampered item is never opened.

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { StorageSettings } from './config';

/** The bot's store: state for ConversationState / UserState, sealed files, and a readiness check. */
export interface BotStore {
  kind: StorageSettings['kind'];
  state: Storage;
  sealed: SealedStore;
  /** Resolves when the store answers within `timeoutMs`; rejects otherwise (for /readyz). */
  check(timeoutMs?: number): Promise<void>;
  /** Stops background work (the memory sweep). */
  close(): void;
}

/** Key prefix of sealed items, so an Azure lifecycle rule can delete them by prefix. */
export const SEALED_PREFIX = 'sealed';
const READINESS_KEY = 'readiness-probe';
const MEMORY_SWEEP_MS = 60_000;

/**
 * Opens the store the settings name. Nothing is contacted until first use: a store that is down at
 * start leaves the bot alive (and not ready) until it answers.
 *
 * @example
 * const store = openBotStore(config.storage);
 * const conversationState = new ConversationState(store.state);
 * await store.sealed.put('pending-1', { name: 'old.docx', text }, 30 * 60_000);
 */
export function openBotStore(settings: StorageSettings): BotStore {
  const key = settings.sealingKey ?? randomBytes(32);
  if (settings.kind === 'memory') {
    const memory: Record<string, string | undefined> = {};
    const storage = new MemoryStorage(memory as Record<string, string>);
    const sweep = setInterval(() => sweepExpired(memory), MEMORY_SWEEP_MS);
    sweep.unref();
    return {
      kind: 'memory',
      state: storage,
      sealed: new SealedStore(storage, key),
      check: async () => undefined,
      close: () => clearInterval(sweep),
    };
  }
  const { connectionString, container } = settings;
  // a turn waits for its state: a few quick tries, not the SDK's minute of backing off
  const retryOptions = { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 2000, tryTimeoutInMs: 15_000 };
  const storage = new RecoveringStorage(() => new BlobsStorage(connectionString, container, { storagePipelineOptions: { retryOptions } }));
  return {
    kind: 'azure-blobs',
    state: storage,
    sealed: new SealedStore(storage, key),
    // a client of its own without retries, so a store that is down answers "not ready" at once
    check: (timeoutMs = 3000) =>
      withTimeout(
        new BlobsStorage(connectionString, container, { storagePipelineOptions: { retryOptions: { maxTries: 1, tryTimeoutInMs: timeoutMs } } }).read([READINESS_KEY]),
        timeoutMs,
      ).then(() => undefined),
    close: () => undefined,
  };
}

/** What a sealed item looks like in the store: only the expiry is readable. */
interface SealedItem {
  expiresAt: number;
  iv: string;
  tag: string;
  data: string;
}

/**
 * JSON values sealed with AES-256-GCM under ids, each with a time to live. The item's key and expiry
 * are bound into the seal (additional authenticated data): an item copied to another key, or whose
 * expiry was moved, does not open.
 *
 * @example
 * await sealed.put('file-1', { name: 'report.md', markdown }, 60_000);
 * await sealed.get<{ name: string }>('file-1'); // → { name: 'report.md', markdown } for a minute, then undefined
 */
export class SealedStore {
  constructor(private readonly storage: Storage, private readonly key: Buffer) {
    if (key.byteLength !== 32) throw new RangeError('A sealing key is 32 bytes.');
  }

  async put(id: string, value: unknown, ttlMs: number): Promise<void> {
    const expiresAt = Date.now() + ttlMs;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(this.associatedData(id, expiresAt));
    const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    const item: SealedItem = { expiresAt, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
    await this.storage.write({ [storageKey(id)]: { ...item, eTag: '*' } });
  }

  /** The value, or undefined when it is missing, expired, or does not open with this key. */
  async get<T>(id: string): Promise<T | undefined> {
    const items = await this.storage.read([storageKey(id)]);
    const item = items[storageKey(id)] as Partial<SealedItem> | undefined;
    if (!item || typeof item.expiresAt !== 'number' || !item.iv || !item.tag || !item.data) return undefined;
    if (item.expiresAt <= Date.now()) {
      await this.delete(id);
      return undefined;
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(item.iv, 'base64'));
      decipher.setAAD(this.associatedData(id, item.expiresAt));
      decipher.setAuthTag(Buffer.from(item.tag, 'base64'));
      const plain = Buffer.concat([decipher.update(Buffer.from(item.data, 'base64')), decipher.final()]);
      return JSON.parse(plain.toString('utf8')) as T;
    } catch {
      return undefined;
    }
  }

  async delete(id: string): Promise<void> {
    await this.storage.delete([storageKey(id)]);
  }

  private associatedData(id: string, expiresAt: number): Buffer {
    return Buffer.from(`dpa-review/${SEALED_PREFIX}/${id}/${expiresAt}`, 'utf8');
  }
}

function storageKey(id: string): string {
  return `${SEALED_PREFIX}/${id}`;
}

/** Drops expired (and deleted) sealed items from a MemoryStorage's backing object. */
function sweepExpired(memory: Record<string, string | undefined>): void {
  const now = Date.now();
  for (const [key, json] of Object.entries(memory)) {
    if (!key.startsWith(`${SEALED_PREFIX}/`)) continue;
    // MemoryStorage deletes by setting undefined
    const expiresAt = typeof json === 'string' ? (JSON.parse(json) as { expiresAt?: unknown }).expiresAt : undefined;
    if (typeof expiresAt !== 'number' || expiresAt <= now) delete memory[key];
  }
}

/**
 * A Storage that starts over with a fresh inner storage while none of its calls has succeeded yet:
 * BlobsStorage creates its container once and keeps that first promise, so a store that is down when
 * the bot starts would otherwise fail every call until a restart.
 */
class RecoveringStorage implements Storage {
  private inner: Storage;
  private reached = false;

  constructor(private readonly create: () => Storage) {
    this.inner = create();
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.call((storage) => storage.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.call((storage) => storage.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.call((storage) => storage.delete(keys));
  }

  private async call<T>(operation: (storage: Storage) => Promise<T>): Promise<T> {
    const storage = this.inner;
    try {
      const result = await operation(storage);
      this.reached = true;
      return result;
    } catch (error) {
      if (!this.reached && storage === this.inner) this.inner = this.create();
      throw error;
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
