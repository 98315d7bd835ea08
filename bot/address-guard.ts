// Downloads that cannot be steered to the bot's own network: every connection checks the address
// its host name resolved to (the very lookup the connection uses, so a DNS answer that changes
// between a check and the connection — DNS rebinding — gains nothing) and refuses private,
// loopback, link-local and other non-public ranges. Host names alone say nothing about where they
// point, least of all hosts an operator adds to DPA_REVIEW_ALLOWED_HOSTS. No botbuilder here.

import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Readable } from 'node:stream';

/** The ranges that are not the public internet (RFC 6890 and friends). */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32],
  ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/**
 * Whether an IP address is outside the public internet (private, loopback, link-local, ...).
 *
 * @example isPrivateAddress('10.1.2.3') // → true
 * @example isPrivateAddress('::ffff:192.168.0.1') // → true (IPv4 written as IPv6)
 * @example isPrivateAddress('20.190.128.1') // → false
 */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPrivateAddress(mapped);
  const family = isIP(address);
  if (family === 0) return true; // not an address: nothing to connect to
  return NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

function isLoopbackAddress(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** An address the guard refused; `host` is safe to log. */
export class PrivateAddressError extends Error {
  override name = 'PrivateAddressError';
  constructor(readonly host: string) {
    super('the host resolves to a non-public address');
  }
}

/** What the guard lets through besides public addresses. */
export interface AddressRules {
  /** Loopback addresses (local mode, where files come from 127.0.0.1). */
  allowLoopback: boolean;
  /** Every address (an operator's explicit choice for an intranet file host). */
  allowPrivate: boolean;
}

/** A `lookup` for sockets that answers only with addresses the rules allow. */
export function guardedLookup(rules: AddressRules): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      const refused = addresses.filter((entry) => !allowed(entry.address, rules));
      if (refused.length > 0 || addresses.length === 0) return callback(new PrivateAddressError(hostname), '', 4);
      if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function allowed(address: string, rules: AddressRules): boolean {
  if (rules.allowPrivate) return true;
  if (rules.allowLoopback && isLoopbackAddress(address)) return true;
  return !isPrivateAddress(address);
}

/**
 * A `fetch` over node's http/https whose connections go only to addresses the rules allow. It does
 * what downloads and uploads here need: GET or PUT, a body, headers, `redirect: 'manual'` (redirects
 * are returned, never followed) and an abort signal.
 *
 * @example const bytes = await downloadFile(url, rules, guardedFetch({ allowLoopback: false, allowPrivate: false }));
 */
export function guardedFetch(rules: AddressRules): typeof fetch {
  const lookup = guardedLookup(rules);
  return (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // an address written in the URL is not looked up: check it here
    if (isIP(host) && !allowed(host, rules)) throw new PrivateAddressError(host);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const request = send(url, { method: init.method ?? 'GET', headers, lookup, signal: init.signal ?? undefined }, resolve);
      request.on('error', reject);
      if (init.body) request.end(Buffer.from(init.body as Uint8Array));
      else request.end();
    });
    const status = response.statusCode ?? 500;
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const noBody = status === 204 || status === 205 || status === 304 || (init.method ?? 'GET') === 'HEAD';
    if (noBody) response.resume();
    return new Response(noBody ? null : (Readable.toWeb(response) as ReadableStream<Uint8Array>), { status, headers: responseHeaders });
  }) as typeof fetch;
}
