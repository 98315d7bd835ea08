// The bot over real HTTP on 127.0.0.1: the real entry point (bot/index.ts) started in local mode, a
// loopback server playing the Bot Connector service (it receives the replies and serves the .docx
// attachment), token verification with credentials configured, and the attachment host allowlist.

import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadBotConfig } from '../bot/config';
import { sharedEngine } from '../bot/engine';
import { startBotServer, type RunningBot } from '../bot/server';
import { cardsOf, cardTexts, findingCategories, normenRowsShown, replyTexts, teamsActivity } from './fixtures/bot/harness';
import { startBotProcess, type BotProcess } from './fixtures/bot/bot-process';

const root = join(__dirname, '..');
const docx = readFileSync(join(root, 'samples', 'opus-dpa-2025.docx'));
/** Deviations the Opus 2025 DPA is known to have (see the sample's labels). */
const KNOWN_OPUS_2025_DEVIATIONS = ['liability-cap', 'audit-restriction'];

interface Received {
  path: string;
  body: Record<string, unknown>;
}

/** A loopback Bot Connector: records replies, serves files, redirects where told. */
async function startConnector(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '';
      if (req.method === 'POST' && path.startsWith('/v3/conversations/')) {
        received.push({ path, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${received.length}` }));
      } else if (req.method === 'GET' && path === '/files/opus-dpa-2025.docx') {
        res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': docx.byteLength });
        res.end(docx);
      } else if (req.method === 'GET' && path === '/files/redirect-out') {
        res.writeHead(302, { Location: 'https://files.evil.example/dpa.docx' });
        res.end();
      } else {
        res.writeHead(404);
        res.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Starts `bot/index.ts` as `npm run bot` would, and waits for its "listening" line. */
function startBot(env: Record<string, string>): Promise<BotProcess> {
  return startBotProcess(root, env, { timeoutMs: 15_000 });
}


/**
 * Waits until `ready` says the replies are all there: the bot answers the POST at once and sends its
 * messages after it (proactively), so a test waits for them.
 */
async function waitFor(ready: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const hasConsentCard = (received: Received[]): boolean =>
  received.some((r) => ((r.body.attachments as Array<{ contentType: string }> | undefined) ?? []).some((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent'));

async function post(url: string, activity: unknown, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  await response.text();
  return response.status;
}

describe('bot over HTTP in local mode (the real entry point)', function () {
  this.timeout(60_000);
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let bot: Awaited<ReturnType<typeof startBotProcess>>;

  before(async () => {
    connector = await startConnector();
    bot = await startBot({ DPA_REVIEW_LOCAL: '1', PORT: String(await freePort()) });
  });
  after(() => {
    bot?.child.kill('SIGTERM');
    connector?.server.close();
  });

  it('listens on 127.0.0.1 only and answers /healthz', async () => {
    assert.match(bot.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${bot.url}/healthz`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok' });
  });

  it('reviews a .docx attachment and replies at the serviceUrl with the findings card', async () => {
    connector.received.length = 0;
    const status = await post(bot.url, teamsActivity(connector.url, 'msg-docx', {
      attachments: [{
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        name: 'opus-dpa-2025.docx',
        content: { downloadUrl: `${connector.url}/files/opus-dpa-2025.docx`, uniqueId: 'f-1', fileType: 'docx' },
      }],
    }));
    assert.equal(status, 200);
    await waitFor(() => hasConsentCard(connector.received), 'the report offer, the last message of a review');
    const replies = connector.received.filter((r) => r.body.type === 'message');
    assert.ok(replies.length >= 2, `expected a summary and findings, got ${replies.length}`);
    assert.match(replyTexts(replies.map((r) => r.body)).join('\n'), /Leser opus-dpa-2025\.docx \((?:ca\. )?\d+ sider\) …/);
    assert.ok(connector.received.some((r) => r.body.type === 'typing'), 'a typing indicator while the file is read');
    for (const reply of connector.received) {
      assert.equal(reply.path, '/v3/conversations/a%3A1personal-chat/activities/msg-docx');
    }
    const shown = new Set(findingCategories(replies.map((r) => r.body)));
    const engine = sharedEngine();
    const { text } = await engine.extract(docx, 'opus-dpa-2025.docx', 10 * 1024 * 1024);
    const expected = new Set(engine.review(text, { scope: 'document' }).findings.filter((f) => f.severity !== 'info').map((f) => f.category));
    assert.deepEqual([...shown].sort(), [...expected].sort(), 'the cards show every category the engine reports');
    for (const id of KNOWN_OPUS_2025_DEVIATIONS) assert.ok(shown.has(id), `${id} in ${JSON.stringify([...shown])}`);
    const consent = replies.flatMap((r) => (r.body.attachments as Array<{ contentType: string }> | undefined) ?? [])
      .find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent');
    assert.ok(consent, 'the Markdown report is offered as a file');
  });

  it('answers "normen" + a .docx with the Bilag 1a checklist cards at the serviceUrl', async () => {
    connector.received.length = 0;
    const status = await post(bot.url, teamsActivity(connector.url, 'msg-normen', {
      text: 'normen',
      attachments: [{
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        name: 'opus-dpa-2025.docx',
        content: { downloadUrl: `${connector.url}/files/opus-dpa-2025.docx`, uniqueId: 'f-2', fileType: 'docx' },
      }],
    }));
    assert.equal(status, 200);
    await waitFor(() => hasConsentCard(connector.received), 'the checklist offer, the last message of normen');
    const replies = connector.received.filter((r) => r.body.type === 'message').map((r) => r.body);
    assert.match(cardTexts(cardsOf(replies)[0]).join('\n'), /Normen Bilag 1a: opus-dpa-2025\.docx/);
    assert.deepEqual(normenRowsShown(replies).map((row) => row.number), Array.from({ length: 26 }, (_, i) => i + 1));
    for (const reply of connector.received) assert.ok(JSON.stringify(reply.body).length < 64 * 1024);
    assert.match(bot.stderr(), /"event":"normen","source":"file"/);
  });

  it('checks pasted clause text', async () => {
    connector.received.length = 0;
    const clause = 'Databehandler skal om mulig varsle behandlingsansvarlig innen 48 timer etter at bruddet ble oppdaget.';
    assert.equal(await post(bot.url, teamsActivity(connector.url, 'msg-text', { text: clause })), 200);
    await waitFor(() => cardsOf(connector.received.map((r) => r.body)).length > 0, 'the check card');
    assert.deepEqual(findingCategories(connector.received.map((r) => r.body)), ['breach-notice-deadline']);
    assert.ok(!bot.stderr().includes('om mulig varsle'), 'contract text never reaches the log');
  });

  it('refuses an attachment outside the allowed hosts, also after a redirect', async () => {
    for (const [id, url] of [['msg-evil', 'https://files.evil.example/dpa.docx'], ['msg-redirect', `${connector.url}/files/redirect-out`]]) {
      connector.received.length = 0;
      const status = await post(bot.url, teamsActivity(connector.url, id, {
        attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'dpa.docx', content: { downloadUrl: url, fileType: 'docx' } }],
      }));
      assert.equal(status, 200);
      await waitFor(() => replyTexts(connector.received.map((r) => r.body)).length > 0, 'the refusal');
      const texts = replyTexts(connector.received.map((r) => r.body)).join('\n');
      assert.match(texts, /bare filer fra Teams og SharePoint/);
    }
    assert.match(bot.stderr(), /"event":"download-refused","code":"host-not-allowed","host":"files\.evil\.example"/);
  });

  it('rejects what is not an activity', async () => {
    const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', body: 'not json' });
    assert.equal(response.status, 400);
    assert.equal((await fetch(`${bot.url}/api/messages`)).status, 405);
    assert.equal((await fetch(`${bot.url}/nothing`)).status, 404);
  });
});

describe('bot over HTTP when the engine fails', function () {
  this.timeout(30_000);

  it('tells the user something went wrong, and logs no document text', async () => {
    const connector = await startConnector();
    const logged: string[] = [];
    const failing = { ...sharedEngine(), review: (text: string) => { throw new Error(`cannot handle: ${text}`); } };
    const running = await startBotServer(loadBotConfig({ DPA_REVIEW_LOCAL: '1', PORT: '0' }), failing, {
      log: (event, fields) => void logged.push(JSON.stringify({ event, ...fields })),
    });
    try {
      const secret = 'Hemmelig klausul om ansvar for databehandler.';
      assert.equal(await post(running.url, teamsActivity(connector.url, 'msg-fail', { text: secret })), 200);
      await waitFor(() => replyTexts(connector.received.map((r) => r.body)).length > 0, 'the apology');
      const texts = replyTexts(connector.received.map((r) => r.body)).join('\n');
      assert.match(texts, /Beklager, noe gikk galt/);
      assert.doesNotMatch(texts, /Hemmelig|Error|\.ts:\d+/);
      assert.ok(logged.some((line) => line.includes('turn-error')));
      assert.ok(!logged.join('\n').includes('Hemmelig'), 'no contract text in the log');
    } finally {
      await running.close();
      connector.server.close();
    }
  });
});

describe('bot startup and token verification', function () {
  this.timeout(30_000);

  it('refuses to start without credentials unless in local mode', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bot', 'index.ts')], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.equal(code, 2);
    assert.match(stderr, /refusing to start.*DPA_REVIEW_LOCAL=1/s);
  });

  describe('with credentials configured', () => {
    const appId = '11111111-2222-3333-4444-555555555555';
    const channelKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const attackerKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
    let running: RunningBot;
    let connector: Awaited<ReturnType<typeof startConnector>>;
    let keys: Awaited<ReturnType<typeof startKeyServer>>;
    before(async () => {
      connector = await startConnector();
      keys = await startKeyServer(channelKey.publicKey);
      const config = loadBotConfig({ MicrosoftAppId: appId, MicrosoftAppPassword: 'not-a-real-secret', PORT: '0', HOST: '127.0.0.1' });
      running = await startBotServer(config, sharedEngine(), { log: () => undefined, openIdMetadataUrl: keys.metadataUrl });
    });
    after(async () => {
      await running?.close();
      connector?.server.close();
      keys?.server.close();
    });

    const claims = () => ({ iss: 'https://api.botframework.com', aud: appId, serviceurl: connector.url });
    const forged: Array<[string, () => Record<string, string>]> = [
      ['no token', () => ({})],
      ['a garbage token', () => ({ Authorization: 'Bearer not.a.token' })],
      ['a token signed with an unknown key', () => ({ Authorization: `Bearer ${signJwt(claims(), attackerKey.privateKey, 'attacker-key')}` })],
      ['a token claiming the channel key, signed by another', () => ({ Authorization: `Bearer ${signJwt(claims(), attackerKey.privateKey, 'channel-key')}` })],
      ['a channel-signed token for another bot', () => ({ Authorization: `Bearer ${signJwt({ ...claims(), aud: 'another-bot' }, channelKey.privateKey, 'channel-key')}` })],
    ];
    for (const [what, headers] of forged) {
      it(`answers 401 to ${what}, and sends nothing`, async () => {
        connector.received.length = 0;
        const status = await post(running.url, teamsActivity(connector.url, 'msg-forged', { text: 'help' }), headers());
        assert.equal(status, 401);
        assert.equal(connector.received.length, 0);
      });
    }

    it('accepts a token the channel signed (control)', async () => {
      const update = teamsActivity(connector.url, 'upd-1', { type: 'conversationUpdate', membersAdded: [] });
      const status = await post(running.url, update, { Authorization: `Bearer ${signJwt(claims(), channelKey.privateKey, 'channel-key')}` });
      assert.equal(status, 200);
    });
  });
});

/** Serves an OpenID metadata document and a JWKS holding the channel's public key, as Microsoft does. */
async function startKeyServer(publicKey: KeyObject): Promise<{ server: Server; metadataUrl: string }> {
  const jwk = publicKey.export({ format: 'jwk' });
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.writeHead(200, { 'Content-Type': 'application/json' });
    if (req.url === '/openid') res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys` }));
    else res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid: 'channel-key', n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, metadataUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/openid` };
}

/** An RS256 JWT over the claims, valid for an hour. */
function signJwt(claims: Record<string, string>, privateKey: KeyObject, kid: string): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid })}.${encode({ ...claims, nbf: now - 60, iat: now - 60, exp: now + 3600 })}`;
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url')}`;
}
