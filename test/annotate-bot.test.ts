// The bot's offer of the Word file with comments: in-process (Teams 1:1 chat and a channel), and
// over real HTTP on 127.0.0.1 through the real entry point, with a loopback Bot Connector that serves
// the .docx and receives the upload of the file-consent flow.

import { strict as assert } from 'node:assert';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { startBotProcess } from './fixtures/bot/bot-process';
import { botUnderTest, cardsOf, cardTexts, fileConsentAccepted, teamsActivity } from './fixtures/bot/harness';
import { anchoredTexts, readParts } from './annotate-helpers';

const root = join(__dirname, '..');
const samples = join(root, 'samples');
const CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
const teamsFile = (name: string, url: string) => ({
  contentType: 'application/vnd.microsoft.teams.file.download.info',
  name,
  content: { downloadUrl: url, uniqueId: 'x', fileType: name.split('.').pop() },
});

describe('bot: Word file with comments (in-process)', function () {
  this.timeout(60_000);

  it('in a Teams 1:1 chat, says so on the summary card, offers the .docx by file consent and uploads it on accept', async () => {
    const url = 'https://contoso.sharepoint.com/personal/dossier-dpa.docx';
    const uploads: Uint8Array[] = [];
    const bot = botUnderTest({ [url]: readFileSync(join(samples, 'dossier-dpa.docx')) }, { upload: async (_url, bytes) => void uploads.push(bytes) });
    const teams: Partial<Activity> = {
      channelId: 'msteams',
      conversation: { id: 'a:personal', conversationType: 'personal', name: 'dm', isGroup: false },
      recipient: { id: '28:bot-id', name: 'DPA review' },
    };
    const replies = await bot.turn({ ...teams, locale: 'nb-NO', attachments: [teamsFile('dossier-dpa.docx', url)] });
    assert.match(cardTexts(cardsOf(replies)[0]).join('\n'), /Word-fil med kommentarer/);
    const consents = replies.flatMap((r) => r.attachments ?? []).filter((a) => a.contentType === CONSENT);
    assert.deepEqual(consents.map((a) => a.name), ['dossier-dpa.reviewed.docx', 'dpa-review-dossier-dpa.md']);
    const word = consents[0]!;
    const { acceptContext, sizeInBytes } = word.content as { acceptContext: { reportId: string }; sizeInBytes: number };
    const accepted = await bot.turn({
      ...teams,
      ...fileConsentAccepted(acceptContext, { name: 'dossier-dpa.reviewed.docx', uploadUrl: 'https://contoso-my.sharepoint.com/upload/w', contentUrl: 'https://contoso-my.sharepoint.com/w.docx', uniqueId: 'u-2' }),
    });
    assert.equal(uploads.length, 1);
    assert.equal(uploads[0]!.byteLength, sizeInBytes);
    const parts = await readParts(uploads[0]!);
    assert.ok(anchoredTexts(parts.document).size > 0, 'the uploaded file has anchored comments');
    assert.match(parts.comments, /w:author="dpa-review"/);
    const info = accepted.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.info');
    assert.deepEqual(info?.content, { uniqueId: 'u-2', fileType: 'docx' });
  });

  it('in a Teams channel, says how to get the Word file and sends no file', async () => {
    const url = 'https://contoso.sharepoint.com/sites/legal/opus-dpa-2024.txt';
    const bot = botUnderTest({ [url]: readFileSync(join(samples, 'opus-dpa-2024.txt')) });
    const replies = await bot.turn({
      channelId: 'msteams',
      locale: 'en-US',
      conversation: { id: '19:channel', conversationType: 'channel', name: 'legal', isGroup: true },
      recipient: { id: '28:bot-id', name: 'DPA review' },
      attachments: [teamsFile('opus-dpa-2024.txt', url)],
    });
    // the user's Teams locale (en-US) decides the language, not the Norwegian document's
    assert.match(cardTexts(cardsOf(replies)[0]).join('\n'), /Word file with comments: send me the agreement in a 1:1 chat/);
    assert.equal(replies.flatMap((r) => r.attachments ?? []).filter((a) => a.contentType === CONSENT).length, 0);
  });
});

describe('bot: Word file with comments over HTTP (real entry point, loopback connector)', function () {
  this.timeout(90_000);
  const docx = readFileSync(join(samples, 'opus-dpa-2025.docx'));
  const received: Array<Record<string, unknown>> = [];
  const uploads: Buffer[] = [];
  let server: Server;
  let connectorUrl: string;
  let child: ChildProcess;
  let botUrl: string;

  before(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const path = req.url ?? '';
        if (req.method === 'POST' && path.startsWith('/v3/conversations/')) {
          received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ id: `reply-${received.length}` }));
        } else if (req.method === 'GET' && path === '/files/opus-dpa-2025.docx') {
          res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': docx.byteLength });
          res.end(docx);
        } else if (req.method === 'PUT' && path === '/upload/session-1') {
          uploads.push(Buffer.concat(chunks));
          res.writeHead(201);
          res.end();
        } else {
          res.writeHead(404);
          res.end();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    connectorUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const bot = await startBotProcess(root, { DPA_REVIEW_LOCAL: '1', PORT: '0' }, { timeoutMs: 30_000 });
    child = bot.child;
    botUrl = bot.url;
  });
  after(() => {
    child?.kill('SIGTERM');
    server?.close();
  });

  const activity = (fields: Record<string, unknown>) =>
    teamsActivity(connectorUrl, `msg-${received.length}`, { conversation: { id: 'a:1personal-word', conversationType: 'personal', tenantId: 'tenant-1' }, ...fields });
  const post = async (body: unknown) => {
    const response = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    await response.text();
    return response.status;
  };
  const waitFor = async (ready: () => boolean, what: string) => {
    const deadline = Date.now() + 60_000;
    while (!ready()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const consents = () => received.flatMap((r) => (r.attachments as Array<{ contentType: string; name: string; content: unknown }> | undefined) ?? []).filter((a) => a.contentType === CONSENT);

  it('offers opus-dpa-2025.reviewed.docx by file consent, and PUTs the annotated file to the upload URL on accept', async () => {
    const status = await post(activity({
      attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'opus-dpa-2025.docx', content: { downloadUrl: `${connectorUrl}/files/opus-dpa-2025.docx`, uniqueId: 'f-1', fileType: 'docx' } }],
    }));
    assert.equal(status, 200);
    await waitFor(() => consents().some((a) => a.name.endsWith('.md')), 'the Markdown report offer, the last message of a review');
    const word = consents().find((a) => a.name === 'opus-dpa-2025.reviewed.docx');
    assert.ok(word, `a Word file offer among ${JSON.stringify(consents().map((a) => a.name))}`);
    const { acceptContext } = word.content as { acceptContext: { reportId: string } };
    const invoke = await post({
      ...activity({}),
      ...fileConsentAccepted(acceptContext, { name: 'opus-dpa-2025.reviewed.docx', uploadUrl: `${connectorUrl}/upload/session-1`, contentUrl: `${connectorUrl}/files/w.docx`, uniqueId: 'u-1' }),
    });
    assert.equal(invoke, 200);
    await waitFor(() => uploads.length === 1, 'the upload');
    const parts = await readParts(uploads[0]!);
    const anchored = anchoredTexts(parts.document);
    assert.ok(anchored.size > 10, `${anchored.size} comments`);
    for (const text of anchored.values()) assert.ok(!text.startsWith('<no'), 'every comment has a start and an end');
  });
});
