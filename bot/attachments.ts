// Files sent to the bot: which attachments of an activity are documents to review, and downloading them
// safely (allowed hosts only, redirects re-checked, only public addresses, a size limit and a
// timeout). No botbuilder here.

import { guardedFetch, PrivateAddressError } from './address-guard';
import type { DownloadRules } from './config';

/** The parts of a Bot Framework attachment the bot reads. */
export interface IncomingAttachment {
  contentType: string;
  contentUrl?: string;
  name?: string;
  content?: unknown;
}

/** A document attachment the bot will fetch: where from and what it is called. */
export interface FileReference {
  name: string;
  url: string;
}

export const TEAMS_FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

/** File extensions the extractor reads. */
export const SUPPORTED_EXTENSIONS: readonly string[] = ['.docx', '.pdf', '.txt', '.md'];

/**
 * Picks the documents out of an activity's attachments: Teams file-download-info attachments
 * (their `content.downloadUrl`) and plain attachments with a `contentUrl`. Teams' `text/html`
 * copy of the message and inline cards are skipped.
 *
 * @example
 * fileReferences([{ contentType: TEAMS_FILE_DOWNLOAD_INFO, name: 'dba.docx',
 *                   content: { downloadUrl: 'https://x.sharepoint.com/f', fileType: 'docx' } }])
 * // → [{ name: 'dba.docx', url: 'https://x.sharepoint.com/f' }]
 */
export function fileReferences(attachments: readonly IncomingAttachment[] | undefined): FileReference[] {
  const files: FileReference[] = [];
  for (const attachment of attachments ?? []) {
    if (attachment.contentType === TEAMS_FILE_DOWNLOAD_INFO) {
      const content = attachment.content as { downloadUrl?: unknown; fileType?: unknown } | undefined;
      if (typeof content?.downloadUrl !== 'string') continue;
      const fileType = typeof content.fileType === 'string' ? content.fileType : '';
      files.push({ name: attachment.name ?? `document.${fileType || 'bin'}`, url: content.downloadUrl });
    } else if (attachment.contentUrl && !isInlineContent(attachment.contentType)) {
      files.push({ name: attachment.name ?? fileNameFromUrl(attachment.contentUrl), url: attachment.contentUrl });
    }
  }
  return files;
}

/**
 * Whether a file name has an extension the bot can review.
 *
 * @example isSupportedFileName('Avtale.DOCX') // → true
 */
export function isSupportedFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return SUPPORTED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * Whether a message's Teams `text/html` copy links a document of a kind the bot reviews: how a file
 * shared in a channel or group chat arrives (Teams gives bots the file itself only in a 1:1 chat).
 *
 * @example sharesFileLink([{ contentType: 'text/html', content: '<a href="https://x.sharepoint.com/dba.docx">dba.docx</a>' }]) // → true
 */
export function sharesFileLink(attachments: readonly IncomingAttachment[] | undefined): boolean {
  return (attachments ?? []).some(
    (attachment) =>
      attachment.contentType === 'text/html' &&
      typeof attachment.content === 'string' &&
      [...attachment.content.matchAll(/href="([^"]+)"/gi)].some((link) => isSupportedFileName(link[1]!.split(/[?#]/)[0]!)),
  );
}

function isInlineContent(contentType: string): boolean {
  return contentType === 'text/html' || contentType.startsWith('application/vnd.microsoft.card.');
}

function fileNameFromUrl(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : 'document';
  } catch {
    return 'document';
  }
}

export type DownloadErrorCode = 'bad-url' | 'host-not-allowed' | 'private-address' | 'too-many-redirects' | 'http-status' | 'too-large' | 'timeout' | 'network';

/** Why a download failed; `code` picks the user's message, `host` is safe to log (never the full URL). */
export class DownloadError extends Error {
  override name = 'DownloadError';
  constructor(readonly code: DownloadErrorCode, readonly host: string, detail: string) {
    super(detail);
  }
}

/**
 * Whether a URL may be fetched under the rules: https to an allowed host, or http to a loopback host
 * when loopback http is allowed (local mode). Host patterns are exact ("graph.microsoft.com") or
 * "*.sharepoint.com" (any subdomain, not the bare domain).
 *
 * @example
 * isAllowedUrl(new URL('https://contoso.sharepoint.com/x'), rules) // → true with the default hosts
 * isAllowedUrl(new URL('https://evil.example/x'), rules)           // → false
 */
export function isAllowedUrl(url: URL, rules: Pick<DownloadRules, 'allowedHosts' | 'allowLoopbackHttp'>): boolean {
  const host = hostOf(url);
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  if (url.protocol === 'http:') {
    if (!(rules.allowLoopbackHttp && loopback)) return false;
  } else if (url.protocol !== 'https:') {
    return false;
  }
  if (url.username || url.password) return false;
  return rules.allowedHosts.some((pattern) => hostMatches(host, pattern.toLowerCase()));
}

function hostMatches(host: string, pattern: string): boolean {
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1;
  return host === pattern;
}

function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
}

/** The fetch downloads and uploads use: connections only to the addresses the rules allow. */
function defaultFetch(rules: DownloadRules): typeof fetch {
  return guardedFetch({ allowLoopback: rules.allowLoopbackHttp, allowPrivate: rules.allowPrivateAddresses ?? false });
}

/**
 * Downloads a document. Every hop of a redirect chain is checked against the allowed hosts, and
 * every connection against the address its host resolved to (address-guard.ts); the body is read up
 * to `maxBytes` and the whole download must finish within `timeoutMs`.
 *
 * @example
 * const bytes = await downloadFile('https://contoso.sharepoint.com/f.docx', config.download);
 */
export async function downloadFile(
  urlText: string,
  rules: DownloadRules,
  fetchImpl: typeof fetch = defaultFetch(rules),
): Promise<Uint8Array> {
  let url = parseUrl(urlText);
  const signal = AbortSignal.timeout(rules.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      if (!isAllowedUrl(url, rules)) throw new DownloadError('host-not-allowed', hostOf(url), 'host not in the allowed list');
      const response = await fetchImpl(url, { redirect: 'manual', signal });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (hop >= rules.maxRedirects) throw new DownloadError('too-many-redirects', hostOf(url), 'too many redirects');
        url = parseUrl(response.headers.get('location') ?? '', url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new DownloadError('http-status', hostOf(url), `status ${response.status}`);
      }
      return await readLimited(response, rules.maxBytes, hostOf(url));
    }
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    if (error instanceof PrivateAddressError || (error as Error)?.cause instanceof PrivateAddressError) {
      throw new DownloadError('private-address', hostOf(url), 'the host resolves to a non-public address');
    }
    if (signal.aborted) throw new DownloadError('timeout', hostOf(url), `no answer within ${rules.timeoutMs} ms`);
    throw new DownloadError('network', hostOf(url), (error as Error).name);
  }
}

function parseUrl(text: string, base?: URL): URL {
  try {
    return new URL(text, base);
  } catch {
    throw new DownloadError('bad-url', '', 'not a URL');
  }
}

async function readLimited(response: Response, maxBytes: number, host: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new DownloadError('too-large', host, `declared ${declared} bytes`);
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new DownloadError('too-large', host, `over ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Uploads bytes to a Teams file-consent upload URL (a OneDrive/SharePoint session URL) in one PUT.
 * The URL must pass the same host rules as downloads; redirects are not followed.
 *
 * @example await uploadFile(uploadInfo.uploadUrl, Buffer.from(markdown), config.download);
 */
export async function uploadFile(
  urlText: string,
  bytes: Uint8Array,
  rules: DownloadRules,
  fetchImpl: typeof fetch = defaultFetch(rules),
): Promise<void> {
  const url = parseUrl(urlText);
  if (!isAllowedUrl(url, rules)) throw new DownloadError('host-not-allowed', hostOf(url), 'host not in the allowed list');
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'PUT',
      body: bytes,
      redirect: 'error',
      signal: AbortSignal.timeout(rules.timeoutMs),
      headers: {
        'Content-Length': String(bytes.byteLength),
        'Content-Range': `bytes 0-${Math.max(bytes.byteLength - 1, 0)}/${bytes.byteLength}`,
      },
    });
  } catch (error) {
    if (error instanceof PrivateAddressError) throw new DownloadError('private-address', hostOf(url), 'the host resolves to a non-public address');
    const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
    throw new DownloadError(timedOut ? 'timeout' : 'network', hostOf(url), (error as Error).name);
  }
  await response.body?.cancel();
  if (!response.ok) throw new DownloadError('http-status', hostOf(url), `status ${response.status}`);
}
