// The Teams bot's settings, read once from the environment: credentials, local mode, where to listen,
// and the rules for downloading attachments. Pure: takes an env object, returns a config or throws.

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
}

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
  };
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
