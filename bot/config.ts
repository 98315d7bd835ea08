// The Teams bot's settings, read once from the environment: credentials, local mode, where to listen,
// the rules for downloading attachments, where conversation state is kept, and how long shutdown may
// take. Pure: takes an env object, returns a config or throws.

/** Everything the bot reads from its environment. */
export interface BotConfig {
  /** Bot Framework credentials; absent only in local mode. */
  credentials?: { appId: string; appPassword: string; tenantId?: string; appType: 'MultiTenant' | 'SingleTenant' };
  /** DPA_REVIEW_LOCAL=1: no credentials, tokens not verified, bound to loopback only. */
  local: boolean;
  port: number;
  /** The interface to listen on: 127.0.0.1 in local mode, else HOST or all interfaces. */
  host: string;
  download: DownloadRules;
  isolation: IsolationLimits;
  storage: StorageSettings;
  /** After SIGTERM, how long in-flight reviews may take before the process gives up and exits. */
  shutdownGraceMs: number;
}

/**
 * Where conversation and user state and the sealed files live (storage.ts): process memory (one
 * instance, lost on restart), or one Azure Blob Storage container that every instance shares.
 */
export type StorageSettings =
  | { kind: 'memory'; sealingKey?: Buffer; offeredFileTtlMs: number }
  | {
      kind: 'azure-blobs';
      /** An account connection string, or one with a SAS (BlobEndpoint=...;SharedAccessSignature=...). */
      connectionString: string;
      container: string;
      /** AES-256 key that seals documents and offered files; the same on every instance. */
      sealingKey: Buffer;
      offeredFileTtlMs: number;
    };

/** How attachments may be fetched. */
export interface DownloadRules {
  /** Host patterns: "example.com" (exactly) or "*.example.com" (any subdomain). */
  allowedHosts: string[];
  /** Plain http is allowed only for loopback hosts in local mode. */
  allowLoopbackHttp: boolean;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  /**
   * Connect to hosts that resolve to private or other non-public addresses (default no: a host name
   * in the allowed list could point anywhere, DNS rebinding included).
   */
  allowPrivateAddresses?: boolean;
}

/** Limits of the engine's worker threads (isolated-engine.ts). */
export interface IsolationLimits {
  /** Documents read and reviewed at once. */
  documentWorkers: number;
  /** Documents waiting at most before a new one is refused with "busy". */
  documentQueue: number;
  /** Heap of a document worker, in MB. */
  documentMemoryMb: number;
  /** Longest extraction or review of a document. */
  documentDeadlineMs: number;
}

export const defaultIsolationLimits: IsolationLimits = {
  documentWorkers: 1,
  documentQueue: 8,
  documentMemoryMb: 512,
  documentDeadlineMs: 90_000,
};

/** Hosts Teams and SharePoint/OneDrive serve chat files from. */
export const DEFAULT_ALLOWED_HOSTS: readonly string[] = [
  '*.sharepoint.com',
  '*.sharepoint-df.com',
  '*.sharepoint.us',
  '*.sharepoint.de',
  '*.sharepoint.cn',
  '*.onedrive.com',
  '*.1drv.com',
  'graph.microsoft.com',
  '*.teams.microsoft.com',
  'smba.trafficmanager.net',
  '*.asm.skype.com',
];

export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '::1'];

export const DEFAULT_PORT = 3978;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_BLOB_CONTAINER = 'dpa-review-state';
export const DEFAULT_OFFERED_FILE_TTL_MINUTES = 24 * 60;

/** A setting that makes starting unsafe or impossible; its message is meant for the operator. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the bot's settings from an environment.
 *
 * @example
 * loadBotConfig({ DPA_REVIEW_LOCAL: '1', PORT: '4000' })
 * // → { local: true, host: '127.0.0.1', port: 4000, download: { allowedHosts: [..., '127.0.0.1'], ... } }
 * loadBotConfig({}) // throws ConfigError: no credentials and not in local mode
 */
export function loadBotConfig(env: Record<string, string | undefined>): BotConfig {
  const appId = nonEmpty(env.MicrosoftAppId);
  const appPassword = nonEmpty(env.MicrosoftAppPassword);
  const tenantId = nonEmpty(env.MicrosoftAppTenantId);
  const local = env.DPA_REVIEW_LOCAL === '1';

  if (Boolean(appId) !== Boolean(appPassword)) {
    throw new ConfigError('Set both MicrosoftAppId and MicrosoftAppPassword, or neither (with DPA_REVIEW_LOCAL=1).');
  }
  if (!appId && !local) {
    throw new ConfigError(
      'No Bot Framework credentials (MicrosoftAppId, MicrosoftAppPassword): refusing to start, since tokens could not be verified. ' +
        'To try the bot on this machine only, set DPA_REVIEW_LOCAL=1.',
    );
  }
  if (appId && local) {
    throw new ConfigError('DPA_REVIEW_LOCAL=1 is for running without credentials; unset it, or unset the credentials.');
  }

  const port = parseInteger(env.PORT, DEFAULT_PORT, 'PORT', 0, 65535);
  const host = local ? '127.0.0.1' : nonEmpty(env.HOST) ?? '0.0.0.0';
  const configuredHosts = nonEmpty(env.DPA_REVIEW_ALLOWED_HOSTS);
  const allowedHosts = configuredHosts
    ? configuredHosts.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean)
    : [...DEFAULT_ALLOWED_HOSTS];
  if (local) allowedHosts.push(...LOOPBACK_HOSTS);

  return {
    credentials: appId && appPassword
      ? { appId, appPassword, tenantId, appType: tenantId ? 'SingleTenant' : 'MultiTenant' }
      : undefined,
    local,
    port,
    host,
    download: {
      allowedHosts,
      allowLoopbackHttp: local,
      maxBytes: parseInteger(env.DPA_REVIEW_MAX_BYTES, DEFAULT_MAX_BYTES, 'DPA_REVIEW_MAX_BYTES', 1, 200 * 1024 * 1024),
      timeoutMs: parseInteger(env.DPA_REVIEW_DOWNLOAD_TIMEOUT_MS, DEFAULT_TIMEOUT_MS, 'DPA_REVIEW_DOWNLOAD_TIMEOUT_MS', 100, 300_000),
      maxRedirects: 3,
      allowPrivateAddresses: env.DPA_REVIEW_ALLOW_PRIVATE_ADDRESSES === '1',
    },
    isolation: {
      documentWorkers: parseInteger(env.DPA_REVIEW_DOCUMENT_WORKERS, defaultIsolationLimits.documentWorkers, 'DPA_REVIEW_DOCUMENT_WORKERS', 1, 16),
      documentQueue: parseInteger(env.DPA_REVIEW_DOCUMENT_QUEUE, defaultIsolationLimits.documentQueue, 'DPA_REVIEW_DOCUMENT_QUEUE', 0, 1000),
      documentMemoryMb: parseInteger(env.DPA_REVIEW_WORKER_MEMORY_MB, defaultIsolationLimits.documentMemoryMb, 'DPA_REVIEW_WORKER_MEMORY_MB', 64, 16384),
      documentDeadlineMs: parseInteger(env.DPA_REVIEW_DOCUMENT_DEADLINE_MS, defaultIsolationLimits.documentDeadlineMs, 'DPA_REVIEW_DOCUMENT_DEADLINE_MS', 1000, 600_000),
    },
    storage: loadStorageSettings(env),
    shutdownGraceMs: parseInteger(env.DPA_REVIEW_SHUTDOWN_GRACE_MS, 120_000, 'DPA_REVIEW_SHUTDOWN_GRACE_MS', 1000, 3_600_000),
  };
}

/** DPA_REVIEW_STORAGE (memory | azure-blobs) and the settings that go with it. */
function loadStorageSettings(env: Record<string, string | undefined>): StorageSettings {
  const kind = nonEmpty(env.DPA_REVIEW_STORAGE) ?? 'memory';
  const offeredFileTtlMs = parseInteger(env.DPA_REVIEW_OFFERED_FILE_TTL_MINUTES, DEFAULT_OFFERED_FILE_TTL_MINUTES, 'DPA_REVIEW_OFFERED_FILE_TTL_MINUTES', 1, 7 * 24 * 60) * 60_000;
  const keyText = nonEmpty(env.DPA_REVIEW_STORAGE_KEY);
  const sealingKey = keyText === undefined ? undefined : parseSealingKey(keyText);
  if (kind === 'memory') return { kind, sealingKey, offeredFileTtlMs };
  if (kind !== 'azure-blobs') throw new ConfigError('DPA_REVIEW_STORAGE must be memory or azure-blobs.');
  const connectionString = nonEmpty(env.DPA_REVIEW_BLOB_CONNECTION_STRING);
  if (!connectionString) throw new ConfigError('DPA_REVIEW_STORAGE=azure-blobs needs DPA_REVIEW_BLOB_CONNECTION_STRING.');
  if (!sealingKey) {
    throw new ConfigError('DPA_REVIEW_STORAGE=azure-blobs needs DPA_REVIEW_STORAGE_KEY (32 random bytes, base64; the same on every instance), e.g. from `openssl rand -base64 32`.');
  }
  const container = nonEmpty(env.DPA_REVIEW_BLOB_CONTAINER) ?? DEFAULT_BLOB_CONTAINER;
  // Azure's rule for container names
  if (!/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/.test(container)) {
    throw new ConfigError('DPA_REVIEW_BLOB_CONTAINER must be 3–63 lowercase letters, digits and single hyphens.');
  }
  return { kind, connectionString, container, sealingKey, offeredFileTtlMs };
}

/** A 256-bit key given as base64 (44 characters) or hex (64 characters). */
function parseSealingKey(text: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.byteLength !== 32 || (!/^[0-9a-f]{64}$/i.test(text) && key.toString('base64') !== text)) {
    throw new ConfigError('DPA_REVIEW_STORAGE_KEY must be 32 bytes, as base64 (44 characters) or hex (64 characters).');
  }
  return key;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function parseInteger(value: string | undefined, fallback: number, name: string, min: number, max: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}.`);
  }
  return parsed;
}
