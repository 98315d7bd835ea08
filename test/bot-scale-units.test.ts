// The pieces behind a scaled-out bot, in process: the sealed store (AES-256-GCM, time to live), the
// storage settings, and what the bot keeps in conversation state (ids only) while a comparison waits
// and files are offered.

import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConversationState, MemoryStorage, UserState, type Activity } from 'botbuilder';
import { ConfigError, loadBotConfig } from '../bot/config';
import { openBotStore, SealedStore } from '../bot/storage';
import { botUnderTest, fileConsentAccepted, replyTexts } from './fixtures/bot/harness';

const samples = join(__dirname, '..', 'samples');
const CONSENT = 'application/vnd.microsoft.teams.card.file.consent';

describe('sealed store', () => {
  const clause = 'Databehandler kan endre avtalen ensidig med 14 dagers varsel.';

  it('gives back what was put, and keeps no plain text', async () => {
    const memory: Record<string, string> = {};
    const sealed = new SealedStore(new MemoryStorage(memory), randomBytes(32));
    await sealed.put('doc-1', { name: 'avtale.docx', text: clause }, 60_000);
    assert.deepEqual(await sealed.get('doc-1'), { name: 'avtale.docx', text: clause });
    assert.deepEqual(Object.keys(memory), ['sealed/doc-1']);
    assert.ok(!memory['sealed/doc-1'].includes('ensidig') && !memory['sealed/doc-1'].includes('avtale.docx'));
    await sealed.delete('doc-1');
    assert.equal(await sealed.get('doc-1'), undefined);
  });

  it('opens nothing expired, moved, extended, tampered with or sealed under another key', async () => {
    const key = randomBytes(32);
    const memory: Record<string, string> = {};
    const storage = new MemoryStorage(memory);
    const sealed = new SealedStore(storage, key);
    const item = () => JSON.parse(memory['sealed/doc']) as { expiresAt: number; data: string };
    const cases: Array<[string, () => void]> = [
      ['expired', () => (memory['sealed/doc'] = JSON.stringify({ ...item(), expiresAt: Date.now() - 1 }))],
      ['expiry moved later', () => (memory['sealed/doc'] = JSON.stringify({ ...item(), expiresAt: item().expiresAt + 3_600_000 }))],
      ['data changed', () => {
        const data = Buffer.from(item().data, 'base64');
        data[0] ^= 1;
        memory['sealed/doc'] = JSON.stringify({ ...item(), data: data.toString('base64') });
      }],
      ['not an item', () => (memory['sealed/doc'] = JSON.stringify({ text: clause }))],
    ];
    for (const [what, spoil] of cases) {
      await sealed.put('doc', { text: clause }, 60_000);
      spoil();
      assert.equal(await sealed.get('doc'), undefined, what);
    }
    await sealed.put('doc', { text: clause }, 60_000);
    memory['sealed/other'] = memory['sealed/doc'];
    assert.equal(await sealed.get('other'), undefined, 'copied to another id');
    assert.equal(await new SealedStore(storage, randomBytes(32)).get('doc'), undefined, 'another key');
    assert.deepEqual(await sealed.get('doc'), { text: clause }, 'control');
  });

  it('deletes an expired item when it is read', async () => {
    const memory: Record<string, string> = {};
    const sealed = new SealedStore(new MemoryStorage(memory), randomBytes(32));
    await sealed.put('doc', { text: clause }, 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(await sealed.get('doc'), undefined);
    assert.equal(memory['sealed/doc'], undefined);
  });

  it('refuses a key that is not 256 bits', () => {
    assert.throws(() => new SealedStore(new MemoryStorage(), randomBytes(16)), RangeError);
  });

  it('in memory is always ready', async () => {
    const store = openBotStore({ kind: 'memory', offeredFileTtlMs: 60_000 });
    await store.check();
    store.close();
  });
});

describe('storage settings', () => {
  const key = randomBytes(32).toString('base64');
  const blobs = { DPA_REVIEW_LOCAL: '1', DPA_REVIEW_STORAGE: 'azure-blobs', DPA_REVIEW_BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true', DPA_REVIEW_STORAGE_KEY: key };

  it('keeps state in memory unless told otherwise, offered files for 24 hours', () => {
    const config = loadBotConfig({ DPA_REVIEW_LOCAL: '1' });
    assert.deepEqual(config.storage, { kind: 'memory', sealingKey: undefined, offeredFileTtlMs: 24 * 3_600_000 });
    assert.equal(config.shutdownGraceMs, 120_000);
  });

  it('reads the Azure Blob Storage settings', () => {
    const config = loadBotConfig({ ...blobs, DPA_REVIEW_OFFERED_FILE_TTL_MINUTES: '60', DPA_REVIEW_SHUTDOWN_GRACE_MS: '30000' });
    assert.deepEqual(config.storage, {
      kind: 'azure-blobs',
      connectionString: 'UseDevelopmentStorage=true',
      container: 'dpa-review-state',
      sealingKey: Buffer.from(key, 'base64'),
      offeredFileTtlMs: 3_600_000,
    });
    assert.equal(config.shutdownGraceMs, 30_000);
    const hexKey = randomBytes(32).toString('hex');
    assert.deepEqual(loadBotConfig({ ...blobs, DPA_REVIEW_STORAGE_KEY: hexKey }).storage.sealingKey, Buffer.from(hexKey, 'hex'));
  });

  const refused: Array<[string, Record<string, string | undefined>, RegExp]> = [
    ['an unknown kind', { DPA_REVIEW_STORAGE: 'cosmos' }, /memory or azure-blobs/],
    ['no connection string', { DPA_REVIEW_BLOB_CONNECTION_STRING: undefined }, /DPA_REVIEW_BLOB_CONNECTION_STRING/],
    ['no sealing key', { DPA_REVIEW_STORAGE_KEY: undefined }, /DPA_REVIEW_STORAGE_KEY/],
    ['a short key', { DPA_REVIEW_STORAGE_KEY: randomBytes(16).toString('base64') }, /32 bytes/],
    ['a key that is not base64', { DPA_REVIEW_STORAGE_KEY: `${key.slice(0, -2)}*=` }, /32 bytes/],
    ['a container name Azure refuses', { DPA_REVIEW_BLOB_CONTAINER: 'State_Container' }, /DPA_REVIEW_BLOB_CONTAINER/],
    ['a time to live of 0', { DPA_REVIEW_OFFERED_FILE_TTL_MINUTES: '0' }, /DPA_REVIEW_OFFERED_FILE_TTL_MINUTES/],
  ];
  for (const [what, change, message] of refused) {
    it(`refuses to start with ${what}`, () => {
      assert.throws(() => loadBotConfig({ ...blobs, ...change }), (error: Error) => error instanceof ConfigError && message.test(error.message));
    });
  }
});

describe('bot state holds ids only', () => {
  const teams: Partial<Activity> = {
    channelId: 'msteams',
    conversation: { id: 'a:personal', conversationType: 'personal', name: 'dm', isGroup: false },
    recipient: { id: '28:bot-id', name: 'DPA review' },
  };
  const teamsFile = (name: string, url: string) => ({ contentType: 'application/vnd.microsoft.teams.file.download.info', name, content: { downloadUrl: url } });

  function inspectableBot(files: Record<string, Uint8Array>, uploads: Uint8Array[] = []) {
    const state: Record<string, string> = {};
    const sealedMemory: Record<string, string> = {};
    const storage = new MemoryStorage(state);
    const bot = botUnderTest(files, {
      conversationState: new ConversationState(storage),
      userState: new UserState(storage),
      sealed: new SealedStore(new MemoryStorage(sealedMemory), randomBytes(32)),
      upload: async (_url, bytes) => void uploads.push(bytes),
    });
    return { bot, state, sealedMemory };
  }

  it('while a comparison waits, state points at a sealed first document, which is gone once compared', async () => {
    const oldUrl = 'https://contoso.sharepoint.com/opus-2024.txt';
    const newUrl = 'https://contoso.sharepoint.com/opus-2025.txt';
    const oldText = readFileSync(join(samples, 'opus-dpa-2024.txt'));
    const { bot, state, sealedMemory } = inspectableBot({ [oldUrl]: oldText, [newUrl]: readFileSync(join(samples, 'opus-dpa-2025-clean.txt')) });
    await bot.turn({ ...teams, text: 'compare', attachments: [teamsFile('opus-2024.txt', oldUrl)] });
    const stateJson = JSON.stringify(state);
    assert.match(stateJson, /oldDocumentId/);
    assert.ok(!stateJson.includes('opus-2024') && !stateJson.includes(oldText.toString('utf8').slice(200, 260)), 'no name or text in state');
    assert.equal(Object.keys(sealedMemory).filter((k) => sealedMemory[k]).length, 1);
    const replies = await bot.turn({ ...teams, attachments: [teamsFile('opus-2025.txt', newUrl)] });
    assert.ok(replies.length > 1);
    assert.equal(Object.keys(sealedMemory).filter((k) => sealedMemory[k]).length, 0, 'the sealed document is deleted');
    assert.doesNotMatch(JSON.stringify(state), /oldDocumentId/);
  });

  it('keeps the last three offered files sealed; an older one is gone when accepted', async () => {
    const url = 'https://contoso.sharepoint.com/dossier-dpa.txt';
    const uploads: Uint8Array[] = [];
    const { bot, state, sealedMemory } = inspectableBot({ [url]: readFileSync(join(samples, 'dossier-dpa.txt')) }, uploads);
    const offers: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      const replies = await bot.turn({ ...teams, attachments: [teamsFile('dossier-dpa.txt', url)] });
      const consent = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === CONSENT);
      offers.push((consent!.content as { acceptContext: unknown }).acceptContext);
    }
    assert.equal(Object.keys(sealedMemory).filter((k) => sealedMemory[k]).length, 3);
    assert.ok(!JSON.stringify(state).includes('dossier'), 'no file name or report in state');
    const uploadInfo = { name: 'r.md', uploadUrl: 'https://contoso-my.sharepoint.com/upload/r', contentUrl: 'https://contoso-my.sharepoint.com/r.md', uniqueId: 'u' };
    const gone = await bot.turn({ ...teams, ...fileConsentAccepted(offers[0], uploadInfo) });
    assert.match(replyTexts(gone).join('\n'), /ikke lenger tilgjengelig|no longer available/);
    assert.equal(uploads.length, 0);
    await bot.turn({ ...teams, ...fileConsentAccepted(offers[3], uploadInfo) });
    assert.equal(uploads.length, 1);
    assert.equal(Object.keys(sealedMemory).filter((k) => sealedMemory[k]).length, 2, 'an uploaded file is deleted');
  });

  it('accepts no offered file id from another conversation', async () => {
    const url = 'https://contoso.sharepoint.com/dossier-dpa.txt';
    const uploads: Uint8Array[] = [];
    const { bot } = inspectableBot({ [url]: readFileSync(join(samples, 'dossier-dpa.txt')) }, uploads);
    const replies = await bot.turn({ ...teams, attachments: [teamsFile('dossier-dpa.txt', url)] });
    const consent = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === CONSENT);
    const elsewhere = { ...teams, conversation: { id: 'a:someone-else', conversationType: 'personal', name: 'dm', isGroup: false } };
    const answer = await bot.turn({ ...elsewhere, ...fileConsentAccepted((consent!.content as { acceptContext: unknown }).acceptContext, { name: 'r.md', uploadUrl: 'https://contoso-my.sharepoint.com/upload/x' }) });
    assert.match(replyTexts(answer).join('\n'), /ikke lenger tilgjengelig|no longer available/);
    assert.equal(uploads.length, 0);
  });
});
