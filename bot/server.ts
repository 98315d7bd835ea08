// The bot's HTTP host: node:http with POST /api/messages (through botbuilder's CloudAdapter), GET
// /healthz (the process is alive) and GET /readyz (it can take messages: its store answers and it is
// not shutting down). Token verification follows the config: credentials → verified Bot Framework
// tokens; local mode → no verification, bound to 127.0.0.1. State lives in the store the config names
// (storage.ts). All Bot Framework wiring stays in this file and in dpa-review-bot.ts.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  TurnContext as BotTurnContext,
  UserState,
  type Request,
  type Response,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import { CallerIdConstants, StatusCodes, type Activity, type InvokeResponse } from 'botframework-schema';
import { downloadFile, uploadFile } from './attachments';
import type { BotConfig } from './config';
import { DpaReviewBot } from './dpa-review-bot';
import type { BotEngine } from './engine';
import { openBotStore, type BotStore } from './storage';
import { langFromLocale, textsFor } from './texts';

/** Largest activity body accepted (pasted text in Teams is limited to about 28 KB). */
const MAX_ACTIVITY_BYTES = 1024 * 1024;

export interface RunningBot {
  server: Server;
  /** Base URL, e.g. http://127.0.0.1:3978 */
  url: string;
  /**
   * Stops taking connections (and /readyz answers 503 from now on), lets the requests in progress
   * finish, then waits for the reviews being worked on to reach their users. Resolves when all is done.
   */
  close(): Promise<void>;
  /** Deferred works (reviews, comparisons) still running. */
  inFlight(): number;
}

export interface StartOptions {
  log?: typeof logEvent;
  /**
   * Where the signing keys of incoming tokens are published; default the Bot Framework's. Tests point
   * it at a loopback server to exercise verification without the internet; not a deployment setting.
   */
  openIdMetadataUrl?: string;
  /** The store to keep state in; default the one `config.storage` names (closed with the server). */
  store?: BotStore;
}

/** One line of JSON on stderr per event; fields are counts, codes and hosts, never document text. */
export function logEvent(event: string, fields: Record<string, string | number | boolean> = {}): void {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), event, ...fields })}\n`);
}

/**
 * Starts the bot's HTTP server and resolves once it listens.
 *
 * @example
 * const bot = await startBotServer(loadBotConfig(process.env), sharedEngine());
 * console.log(bot.url); // http://127.0.0.1:3978
 */
export async function startBotServer(config: BotConfig, engine: BotEngine, options: StartOptions = {}): Promise<RunningBot> {
  const log = options.log ?? logEvent;
  const auth = new ConfigurationBotFrameworkAuthentication(
    config.credentials
      ? {
          MicrosoftAppId: config.credentials.appId,
          MicrosoftAppPassword: config.credentials.appPassword,
          MicrosoftAppTenantId: config.credentials.tenantId,
          MicrosoftAppType: config.credentials.appType,
          ...(options.openIdMetadataUrl ? publicCloudWithKeysFrom(options.openIdMetadataUrl) : {}),
        }
      : {},
  );
  const adapter = new TokenCheckingCloudAdapter(auth);
  const store = options.store ?? openBotStore(config.storage);
  const conversationState = new ConversationState(store.state);
  const pending = new Set<Promise<void>>();
  let draining = false;
  const bot = new DpaReviewBot({
    engine,
    conversationState,
    userState: new UserState(store.state),
    sealed: store.sealed,
    offeredFileTtlMs: config.storage.offeredFileTtlMs,
    download: (url) => downloadFile(url, config.download),
    upload: (url, bytes) => uploadFile(url, bytes, config.download),
    maxBytes: config.download.maxBytes,
    log,
    defer: (context, work) => {
      // The turn is answered now; the work goes on and sends its messages to the conversation.
      const reference = BotTurnContext.getConversationReference(context.activity);
      const lang = langFromLocale(context.activity.locale);
      const running = adapter
        .continueConversationAsync(config.credentials?.appId ?? '', reference, async (proactive) => {
          // replies to the user's message (as in the turn), not to the continuation's own new id
          if (reference.activityId) proactive.activity.id = reference.activityId;
          try {
            await work(proactive);
          } catch (error) {
            log('turn-error', { name: (error as Error)?.name ?? 'Error', deferred: true, at: stackPlaces(error) });
            try {
              await proactive.sendActivity(textsFor(lang).internalError);
            } catch {
              log('turn-error-reply-failed');
            }
          }
        })
        .catch((error: Error) => log('proactive-failed', { name: error?.name ?? 'Error' }))
        .finally(() => pending.delete(running));
      pending.add(running);
    },
  });

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // The message may quote what failed; log the error's name and where it happened only.
    log('turn-error', { name: error?.name ?? 'Error', at: stackPlaces(error) });
    try {
      await conversationState.delete(context);
    } catch {
      // the store may be what failed; the user is told all the same
      log('state-reset-failed');
    }
    try {
      await context.sendActivity(textsFor(langFromLocale(context.activity.locale)).internalError);
    } catch {
      log('turn-error-reply-failed');
    }
  };

  let storeReached = true;
  const probes: Probes = {
    ready: async () => {
      if (draining) return 'shutting down';
      try {
        await store.check();
        if (!storeReached) log('store-reachable');
        storeReached = true;
        return undefined;
      } catch (error) {
        // logged when it changes, not on every probe
        if (storeReached) log('store-unreachable', { name: (error as Error)?.name ?? 'Error', code: String((error as { code?: unknown }).code ?? '') });
        storeReached = false;
        return 'store unreachable';
      }
    },
  };
  const requests = new Set<Promise<void>>();
  const server = createServer((req, res) => {
    const answered = new Promise<void>((resolve) => res.once('close', resolve));
    requests.add(answered);
    void answered.then(() => requests.delete(answered));
    handleRequest(req, res, adapter, bot, probes).catch((error: Error) => {
      log('request-error', { name: error.name });
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end('{"error":"internal error"}');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  log('listening', { url, local: config.local, verifiesTokens: Boolean(config.credentials), storage: store.kind });
  let closing: Promise<void> | undefined;
  return {
    server,
    url,
    inFlight: () => pending.size,
    close: () => {
      closing ??= (async () => {
        draining = true;
        log('draining', { inFlight: pending.size });
        // no new connections; the requests being answered finish, then their connections are closed
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        await Promise.all([...requests]);
        server.closeAllConnections();
        await closed;
        // let the answers being worked on reach their users (the engine's deadline bounds the wait);
        // work deferred while waiting is waited for too
        while (pending.size > 0) await Promise.all([...pending]);
        if (!options.store) store.close();
        log('drained');
      })();
      return closing;
    },
  };
}

/** The readiness check: undefined when ready, else why not. */
interface Probes {
  ready(): Promise<string | undefined>;
}

/** Where an error happened (file:line of the first frames), without its message: it may quote a document. */
function stackPlaces(error: unknown): string {
  return String((error as Error | undefined)?.stack ?? '').split('\n').slice(1, 4).join(' | ').trim();
}

/**
 * A CloudAdapter that answers 401 to every token it cannot verify. botbuilder 4.23 turns some of
 * them (a bad signature, a malformed or expired JWT from the jsonwebtoken library) into a 500.
 */
class TokenCheckingCloudAdapter extends CloudAdapter {
  protected override async processActivity(
    authHeaderOrResult: string | AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    try {
      return typeof authHeaderOrResult === 'string'
        ? await super.processActivity(authHeaderOrResult, activity, logic)
        : await super.processActivity(authHeaderOrResult, activity, logic);
    } catch (error) {
      const name = (error as Error)?.name;
      if (name === 'JsonWebTokenError' || name === 'TokenExpiredError' || name === 'NotBeforeError') {
        throw new AuthenticationError('Unauthorized. The token could not be verified.', StatusCodes.UNAUTHORIZED);
      }
      throw error;
    }
  }
}

/**
 * The public-cloud settings with another signing-key source. botbuilder uses either all of these
 * settings or none, so overriding the metadata URL means restating the rest.
 */
function publicCloudWithKeysFrom(openIdMetadataUrl: string): Record<string, string | boolean> {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
  };
}

async function handleRequest(req: IncomingMessage, res: ServerResponse, adapter: CloudAdapter, bot: DpaReviewBot, probes: Probes): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(req.method === 'HEAD' ? undefined : '{"status":"ok"}');
    return;
  }
  if (path === '/readyz' && (req.method === 'GET' || req.method === 'HEAD')) {
    const notReady = await probes.ready();
    res.writeHead(notReady ? 503 : 200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : JSON.stringify(notReady ? { status: 'not ready', reason: notReady } : { status: 'ready' }));
    return;
  }
  if (path !== '/api/messages') {
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end('{"error":"not found"}');
    return;
  }
  if (req.method !== 'POST') {
    res.writeHead(405, { Allow: 'POST', 'Content-Type': 'application/json' });
    res.end('{"error":"method not allowed"}');
    return;
  }
  const body = await readJsonBody(req);
  if (body === undefined) {
    res.writeHead(400, { 'Content-Type': 'application/json' });
    res.end('{"error":"expected a JSON activity of at most 1 MB"}');
    return;
  }
  const request: Request = { body, headers: req.headers as Request['headers'], method: req.method };
  await adapter.process(request, responseShim(res), (context) => bot.run(context));
}

/** Reads a JSON object body; undefined when it is too big, not JSON or not an object. */
async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).byteLength;
    if (total > MAX_ACTIVITY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The restify/express-like response the CloudAdapter writes to, over node's ServerResponse. */
function responseShim(res: ServerResponse): Response {
  return {
    socket: res.socket,
    status(code: number) {
      res.statusCode = code;
      return this;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
      return this;
    },
    send(body?: unknown) {
      if (body === undefined || body === null) return this;
      if (typeof body === 'string' || Buffer.isBuffer(body)) {
        res.write(body);
      } else {
        if (!res.headersSent) res.setHeader('Content-Type', 'application/json');
        res.write(JSON.stringify(body));
      }
      return this;
    },
    end() {
      res.end();
      return this;
    },
  };
}
