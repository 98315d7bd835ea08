// A loopback Bot Connector for driving the bot over real HTTP from scripts (load test, bench): it
// receives the bot's replies (POST /v3/conversations/{id}/activities) and serves files by path, and
// builds Teams-shaped message activities.

import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startBotProcess } from '../test/fixtures/bot/bot-process';

export interface Reply {
  conversation: string;
  at: number;
  body: Record<string, unknown>;
}

export async function startConnector(files: Record<string, Buffer>): Promise<{ server: Server; url: string; replies: Reply[] }> {
  const replies: Reply[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '';
      const conversation = /^\/v3\/conversations\/([^/]+)\/activities/.exec(path)?.[1];
      if (req.method === 'POST' && conversation) {
        replies.push({ conversation: decodeURIComponent(conversation), at: Date.now(), body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${replies.length}` }));
        return;
      }
      const file = files[path];
      if (req.method === 'GET' && file) {
        res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': file.byteLength });
        res.end(file);
        return;
      }
      res.writeHead(404);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, replies };
}

export function activity(connectorUrl: string, conversation: string, user: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'message',
    id: `msg-${conversation}`,
    channelId: 'msteams',
    serviceUrl: connectorUrl,
    timestamp: new Date().toISOString(),
    locale: 'nb-NO',
    from: { id: `29:${user}`, name: user },
    recipient: { id: '28:dpa-review-bot', name: 'DPA review' },
    conversation: { id: conversation, conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    ...fields,
  };
}

export async function post(botUrl: string, body: unknown): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  await response.text();
  return { status: response.status, ms: Date.now() - started };
}

export function textsOf(replies: Reply[]): string[] {
  return replies.filter((reply) => reply.body.type === 'message' && typeof reply.body.text === 'string').map((reply) => String(reply.body.text));
}

export const hasCard = (replies: Reply[]): boolean =>
  replies.some((reply) => ((reply.body.attachments as Array<{ contentType: string }> | undefined) ?? []).some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive'));

export async function waitFor(ready: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/** Starts dist/bot.js in local mode on a free loopback port; resolves once it listens (its workers warmed). */
export async function startLocalBot(root: string): Promise<{ bot: ChildProcess; url: string; stderr: () => string }> {
  const running = await startBotProcess(root, { DPA_REVIEW_LOCAL: '1', PORT: '0' }, { built: true });
  return { bot: running.child, url: running.url, stderr: running.stderr };
}
