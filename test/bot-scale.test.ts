// The bot as Azure runs it: several processes behind one endpoint, restarted at will, sharing one
// Azure Blob Storage container. Over real HTTP on 127.0.0.1: bot processes (bot/index.ts in local mode,
// DPA_REVIEW_STORAGE=azure-blobs), a real Azure Storage emulator (Azurite, from node_modules) and a
// loopback Bot Connector that receives the replies, serves the files and takes uploads.

import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ContainerClient } from '@azure/storage-blob';
import { sharedEngine } from '../bot/engine';
import { azuriteConnectionString, startAzurite, type RunningAzurite } from './fixtures/bot/azurite';
import { cardsOf, cardTexts, fileConsentAccepted, teamsActivity } from './fixtures/bot/harness';
import { startBotProcess, type BotProcess } from './fixtures/bot/bot-process';
import { startConnector, type Connector } from './fixtures/bot/loopback-connector';

const root = join(__dirname, '..');
const samples = join(root, 'samples');
const CONTAINER = 'dpa-review-scale-test';
const CONSENT = 'application/vnd.microsoft.teams.card.file.consent';

/** Starts bot/index.ts (as `npm run bot` would) on a free loopback port and waits until it listens. */
function startBot(env: Record<string, string>): Promise<BotProcess> {
  return startBotProcess(root, { DPA_REVIEW_LOCAL: '1', PORT: '0', ...env });
}

async function post(botUrl: string, activity: unknown): Promise<number> {
  const response = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
  await response.text();
  return response.status;
}

async function waitFor<T>(find: () => T | undefined | false, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One user's 1:1 chat with the bot: its activities, and the replies that reached it. */
function chat(connector: Connector, name: string) {
  const conversation = { id: `a:scale-${name}`, conversationType: 'personal', tenantId: 'tenant-1' };
  const from = { id: `29:scale-${name}`, name: 'Kari Jurist', aadObjectId: '00000000-0000-0000-0000-000000000014' };
  let sent = 0;
  return {
    activity: (fields: Record<string, unknown>) => teamsActivity(connector.url, `${name}-${++sent}`, { conversation, from, ...fields }),
    file: (fileName: string) => ({
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      name: fileName,
      content: { downloadUrl: `${connector.url}/files/${encodeURIComponent(fileName)}`, uniqueId: fileName, fileType: fileName.split('.').pop() },
    }),
    replies: () => connector.replies.filter((reply) => reply.conversation === conversation.id).map((reply) => reply.body),
  };
}

const textsOf = (replies: Record<string, unknown>[]): string[] => replies.map((reply) => reply.text).filter((text): text is string => typeof text === 'string');

/** The comparison's summary facts ("Nye avvik: 3", ...) once its cards have arrived. */
function comparisonSummary(replies: Record<string, unknown>[]): string[] | undefined {
  const summary = cardsOf(replies as never).find((card) => cardTexts(card).some((text) => text.startsWith('Sammenligning:')));
  return summary && cardTexts(summary);
}

describe('bot scaled out: two processes and a restart over one Azure Blob Storage (Azurite on loopback)', function () {
  this.timeout(180_000);
  const oldText = readFileSync(join(samples, 'opus-dpa-2024.txt'));
  const newText = readFileSync(join(samples, 'opus-dpa-2025-clean.txt'));
  let azurite: RunningAzurite;
  let connector: Connector;
  let env: Record<string, string>;
  let botA: BotProcess;
  let botB: BotProcess;
  let expectedSummary: string[];

  before(async () => {
    [azurite, connector] = await Promise.all([startAzurite(), startConnector()]);
    connector.files.set('opus-2024.txt', oldText);
    connector.files.set('opus-2025.txt', newText);
    connector.files.set('opus-dpa-2025.docx', readFileSync(join(samples, 'opus-dpa-2025.docx')));
    env = {
      DPA_REVIEW_STORAGE: 'azure-blobs',
      DPA_REVIEW_BLOB_CONNECTION_STRING: azurite.connectionString,
      DPA_REVIEW_BLOB_CONTAINER: CONTAINER,
      DPA_REVIEW_STORAGE_KEY: randomBytes(32).toString('base64'),
    };
    [botA, botB] = await Promise.all([startBot(env), startBot(env)]);
    const comparison = sharedEngine().compare(oldText.toString('utf8'), newText.toString('utf8'), {});
    const deviations = (findings: Array<{ severity: string }>) => String(findings.filter((f) => f.severity !== 'info').length);
    expectedSummary = [`Nye avvik: ${deviations(comparison.findings.added)}`, `Avvik som er borte: ${deviations(comparison.findings.removed)}`];
    assert.notDeepEqual(expectedSummary[0].split(': ')[1], expectedSummary[1].split(': ')[1], 'the old and new files differ, so a swap would show');
  });
  after(async () => {
    await Promise.all([botA?.stop(), botB?.stop()]);
    await azurite?.stop();
    connector?.server.close();
  });

  it('both instances are ready once the store answers', async () => {
    for (const bot of [botA, botB]) {
      const response = await fetch(`${bot.url}/readyz`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: 'ready' });
    }
  });

  it('compares when the first file goes to instance A and the second to instance B', async () => {
    const user = chat(connector, 'two-instances');
    assert.equal(await post(botA.url, user.activity({ text: 'compare', attachments: [user.file('opus-2024.txt')] })), 200);
    await waitFor(() => textsOf(user.replies()).some((text) => text.includes('opus-2024.txt') && /gammel versjon/.test(text)), 'A asks for the new version');

    assert.equal(await post(botB.url, user.activity({ attachments: [user.file('opus-2025.txt')] })), 200);
    const summary = await waitFor(() => comparisonSummary(user.replies()), 'the comparison from B');
    assert.ok(summary.includes('Sammenligning: opus-2024.txt → opus-2025.txt'), summary.join(' | '));
    for (const fact of expectedSummary) assert.ok(summary.includes(fact), `${fact} in ${summary.join(' | ')}`);
    assert.match(botA.stderr(), /"event":"file-read"/);
    assert.match(botB.stderr(), /"event":"file-read"/);
  });

  it('keeps no contract text or file name in the store, only ids and a sealed first document', async () => {
    const user = chat(connector, 'store-contents');
    assert.equal(await post(botA.url, user.activity({ text: 'compare', attachments: [user.file('opus-2024.txt')] })), 200);
    await waitFor(() => textsOf(user.replies()).some((text) => /gammel versjon/.test(text)), 'A asks for the new version');
    const container = new ContainerClient(azurite.connectionString, CONTAINER);
    const blobs = new Map<string, string>();
    for await (const blob of container.listBlobsFlat()) {
      blobs.set(blob.name, (await container.getBlobClient(blob.name).downloadToBuffer()).toString('utf8'));
    }
    const sealed = [...blobs].filter(([name]) => name.startsWith('sealed%2Fcompare-'));
    assert.ok(sealed.length >= 1, `a sealed first document among ${[...blobs.keys()].join(', ')}`);
    for (const [, json] of sealed) {
      const item = JSON.parse(json) as { expiresAt: number };
      assert.ok(item.expiresAt > Date.now() && item.expiresAt <= Date.now() + 30 * 60_000, 'it expires within 30 minutes');
    }
    const conversation = blobs.get(encodeURIComponent(`msteams/conversations/a:scale-store-contents`));
    assert.ok(conversation, `the conversation's state among ${[...blobs.keys()].join(', ')}`);
    assert.match(conversation, /"oldDocumentId":"compare-[0-9a-f]{32}"/);
    const sentences = oldText.toString('utf8').split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length > 40);
    assert.ok(sentences.length > 10);
    for (const [name, content] of blobs) {
      assert.ok(!content.includes('opus-2024'), `no file name in ${name}`);
      for (const sentence of sentences) assert.ok(!content.includes(sentence.slice(0, 40)), `no contract text in ${name}`);
    }
  });

  it('completes a comparison when its instance restarts between the two files', async () => {
    const user = chat(connector, 'restart');
    assert.equal(await post(botA.url, user.activity({ text: 'sammenlign', attachments: [user.file('opus-2024.txt')] })), 200);
    await waitFor(() => textsOf(user.replies()).some((text) => /gammel versjon/.test(text)), 'A asks for the new version');
    assert.equal(await botA.stop(), 0, 'A stops cleanly');
    botA = await startBot(env);
    assert.equal(await post(botA.url, user.activity({ attachments: [user.file('opus-2025.txt')] })), 200);
    const summary = await waitFor(() => comparisonSummary(user.replies()), 'the comparison from the restarted A');
    assert.ok(summary.includes('Sammenligning: opus-2024.txt → opus-2025.txt'), summary.join(' | '));
    for (const fact of expectedSummary) assert.ok(summary.includes(fact), `${fact} in ${summary.join(' | ')}`);
  });

  it('completes a comparison when the instance that read the first file is killed outright', async () => {
    const user = chat(connector, 'crash');
    const botC = await startBot(env);
    assert.equal(await post(botC.url, user.activity({ text: 'compare', attachments: [user.file('opus-2024.txt')] })), 200);
    await waitFor(() => textsOf(user.replies()).some((text) => /gammel versjon/.test(text)), 'C asks for the new version');
    botC.child.kill('SIGKILL');
    assert.equal(await botC.stop(), null, 'killed, no shutdown');
    assert.equal(await post(botB.url, user.activity({ attachments: [user.file('opus-2025.txt')] })), 200);
    const summary = await waitFor(() => comparisonSummary(user.replies()), 'the comparison from B');
    for (const fact of expectedSummary) assert.ok(summary.includes(fact), `${fact} in ${summary.join(' | ')}`);
  });

  it('keeps the language a user chose across a restart', async () => {
    const user = chat(connector, 'language');
    assert.equal(await post(botB.url, user.activity({ text: 'language en' })), 200);
    await waitFor(() => textsOf(user.replies()).some((text) => /in English from now on/.test(text)), 'the language confirmed');
    assert.equal(await botB.stop(), 0);
    botB = await startBot(env);
    assert.equal(await post(botB.url, user.activity({ text: 'compare' })), 200);
    // the Teams client still says nb-NO; the answer follows the stored choice
    await waitFor(() => textsOf(user.replies()).some((text) => /the old one first/.test(text)), 'the answer in English after the restart');
  });

  it('uploads a file offered by A when the user accepts it at B', async () => {
    const user = chat(connector, 'offered-file');
    assert.equal(await post(botA.url, user.activity({ attachments: [user.file('opus-dpa-2025.docx')] })), 200);
    const consents = await waitFor(() => {
      const found = user.replies().flatMap((reply) => (reply.attachments as Array<Record<string, unknown>> | undefined) ?? []).filter((a) => a.contentType === CONSENT);
      return found.some((a) => String(a.name).endsWith('.md')) && found;
    }, 'the offers of the Word file and the report');
    for (const consent of consents) {
      const name = String(consent.name);
      const { acceptContext, sizeInBytes } = consent.content as { acceptContext: unknown; sizeInBytes: number };
      const uploadPath = `/upload/${encodeURIComponent(name)}`;
      const status = await post(botB.url, user.activity(fileConsentAccepted(acceptContext, { name, uploadUrl: `${connector.url}${uploadPath}`, contentUrl: `${connector.url}/files/${name}`, uniqueId: name })));
      assert.equal(status, 200);
      const upload = await waitFor(() => connector.uploads.find((u) => u.path === uploadPath), `the upload of ${name}`);
      assert.equal(upload.bytes.byteLength, sizeInBytes, name);
      if (name.endsWith('.md')) assert.match(upload.bytes.toString('utf8'), /^#/m);
      else assert.equal(upload.bytes.subarray(0, 2).toString('latin1'), 'PK', 'a Word file');
    }
    assert.deepEqual(consents.map((consent) => String(consent.name)).sort(), ['dpa-review-opus-dpa-2025.md', 'opus-dpa-2025.reviewed.docx']);
    await waitFor(() => textsOf(user.replies()).filter((text) => /opus-dpa-2025\.reviewed\.docx|dpa-review-opus-dpa-2025\.md/.test(text)).length >= 2, 'both uploads confirmed');
  });

  it('logs no contract text', () => {
    const log = botA.stderr() + botB.stderr();
    const sentences = newText.toString('utf8').split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length > 40);
    for (const sentence of sentences) assert.ok(!log.includes(sentence.slice(0, 40)));
  });
});

describe('bot readiness follows its store', function () {
  this.timeout(120_000);

  it('is alive but not ready while Azurite is down, ready and answering once it is up, not ready when it stops', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const connector = await startConnector();
    const bot = await startBot({
      DPA_REVIEW_STORAGE: 'azure-blobs',
      DPA_REVIEW_BLOB_CONNECTION_STRING: azuriteConnectionString(port),
      DPA_REVIEW_STORAGE_KEY: randomBytes(32).toString('base64'),
    });
    let azurite: RunningAzurite | undefined;
    const readiness = async () => (await fetch(`${bot.url}/readyz`)).status;
    const user = chat(connector, 'readiness');
    try {
      assert.equal((await fetch(`${bot.url}/healthz`)).status, 200, 'alive');
      const notReady = await fetch(`${bot.url}/readyz`);
      assert.equal(notReady.status, 503);
      assert.deepEqual(await notReady.json(), { status: 'not ready', reason: 'store unreachable' });
      // a message while the store is down: the user is told, the bot stays up
      await post(bot.url, user.activity({ text: 'language en' }));
      await waitFor(() => textsOf(user.replies()).length > 0, 'an answer while the store is down');
      assert.doesNotMatch(textsOf(user.replies()).join('\n'), /from now on/);

      azurite = await startAzurite(port);
      await pollUntil(async () => (await readiness()) === 200, 'ready once Azurite answers');
      await post(bot.url, user.activity({ text: 'language en' }));
      await waitFor(() => textsOf(user.replies()).some((text) => /in English from now on/.test(text)), 'the language set once the store answers');

      await azurite.stop();
      await pollUntil(async () => (await readiness()) === 503, 'not ready once Azurite stops');
      assert.equal((await fetch(`${bot.url}/healthz`)).status, 200, 'still alive');
      assert.match(bot.stderr(), /"event":"store-unreachable"/);
    } finally {
      await bot.stop();
      await azurite?.stop();
      connector.server.close();
    }
  });
});

describe('bot shutdown', function () {
  this.timeout(120_000);

  it('on SIGTERM takes no new messages, finishes the review in progress, then exits 0', async () => {
    const connector = await startConnector();
    connector.files.set('slow-dpa.docx', readFileSync(join(samples, 'opus-dpa-2025.docx')));
    const held = connector.hold('slow-dpa.docx');
    const bot = await startBot({});
    const user = chat(connector, 'shutdown');
    try {
      assert.equal(await post(bot.url, user.activity({ attachments: [user.file('slow-dpa.docx')] })), 200);
      await held.requested;
      const exit = bot.stop();
      await pollUntil(async () => /"event":"draining","inFlight":1/.test(bot.stderr()), 'the bot draining one review');
      await assert.rejects(fetch(`${bot.url}/healthz`), 'no new connections while draining');
      held.release();
      assert.equal(await exit, 0);
      const replies = user.replies();
      assert.ok(cardsOf(replies as never).length >= 2, 'the review reached the user before the exit');
      assert.ok(replies.some((reply) => ((reply.attachments as Array<{ contentType: string }> | undefined) ?? []).some((a) => a.contentType === CONSENT)), 'down to the report offer');
      assert.match(bot.stderr(), /"event":"drained"[\s\S]*"event":"stopped"/);
    } finally {
      held.release();
      await bot.stop();
      connector.server.close();
    }
  });
});

async function pollUntil(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
