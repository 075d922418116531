import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent, fetch, type Response } from 'undici';
import type { LandingFetcher, LiveLanding } from '../model/live-landing.js';
import { LandingCache, type CachedPage } from './fetch-cache.js';
import { CONNECTION_ERRORS, fetchFailure, type LandingFetchFailureId } from './fetch-problems.js';
import type { MessageData } from '../model/wording.js';

export interface FetchLandingOptions {
  /** `offline`: only what the cache holds, no request at all. */
  mode: 'online' | 'offline';
  /** Folder of the page cache; null for none (every run asks the server). */
  cacheDir: string | null;
  /** How long a cached page is used without asking the server again, in seconds. */
  maxAgeSeconds: number;
  /** The whole fetch, redirects included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Loopback and private addresses are refused unless this is set (tests, staging servers). */
  allowPrivate: boolean;
  userAgent: string;
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/i;

/** Addresses no landing page of a public ad lives at: loopback, private, link-local, carrier NAT, unspecified, multicast. */
const PRIVATE = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['224.0.0.0', 3]] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) PRIVATE.addSubnet(net, prefix, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // An IPv4 address written as IPv6 (`::ffff:127.0.0.1`) is the IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

class BlockedAddress extends Error {
  constructor(readonly address: string) {
    super(`${address} is a private or loopback address`);
  }
}

/**
 * A fetcher for `--fetch-landing`: http(s) only, redirects followed by hand (each hop checked),
 * the address checked when the connection is made (so DNS cannot point a public name at a
 * private host between check and use), bounded in time and bytes, no cookies (undici keeps
 * none), a User-Agent naming adlint. Each URL is fetched once per run.
 */
export function createLandingFetcher(options: FetchLandingOptions): LandingFetcher {
  const cache = options.cacheDir ? new LandingCache(options.cacheDir) : null;
  const lookup: typeof dnsLookup = ((host: string, opts: object, callback: (e: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(host, { ...opts, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const list = addresses as LookupAddress[];
      const blocked = options.allowPrivate ? undefined : list.find((a) => isPrivateAddress(a.address));
      if (blocked) return callback(new BlockedAddress(blocked.address), '');
      if ((opts as { all?: boolean }).all) return callback(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  }) as typeof dnsLookup;
  const agent = new Agent({ connect: { lookup, timeout: options.timeoutMs } });
  const runs = new Map<string, Promise<LiveLanding>>();
  return (url) => {
    let run = runs.get(url);
    if (!run) {
      run = fetchLanding(url, options, cache, agent).catch((e: unknown): LiveLanding => failed(url, 'failed', { detail: (e as Error).message }));
      runs.set(url, run);
    }
    return run;
  };
}

async function fetchLanding(url: string, options: FetchLandingOptions, cache: LandingCache | null, agent: Agent): Promise<LiveLanding> {
  const start = checkUrl(url, options);
  if (!(start instanceof URL)) return { ok: false, url, ...start };
  const cached = await cache?.get(url);
  if (options.mode === 'offline') {
    return cached ? fromCache(url, cached) : failed(url, 'not-in-cache', { url });
  }
  if (cached && Date.now() - cached.fetchedAt < options.maxAgeSeconds * 1000) return fromCache(url, cached);
  const signal = AbortSignal.timeout(options.timeoutMs);
  const redirects: string[] = [];
  let current = start;
  try {
    for (;;) {
      const headers: Record<string, string> = { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' };
      if (cached && cached.finalUrl === current.href) {
        if (cached.etag) headers['if-none-match'] = cached.etag;
        if (cached.lastModified) headers['if-modified-since'] = cached.lastModified;
      }
      const response = await fetch(current, { redirect: 'manual', headers, signal, dispatcher: agent });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) return failed(url, 'redirect-without-location', { at: current.href, status: response.status });
        if (redirects.length >= options.maxRedirects) return failed(url, 'too-many-redirects', { max: options.maxRedirects, at: current.href, location });
        const next = checkUrl(new URL(location, current).href, options);
        if (!(next instanceof URL)) return failed(url, 'redirected-to', { ...next.failure.data, cause: next.failure.id });
        redirects.push(next.href);
        current = next;
        continue;
      }
      if (response.status === 304 && cached) {
        const page = { ...cached, fetchedAt: Date.now() };
        await cache?.set(url, page);
        return fromCache(url, page);
      }
      return await readPage(url, current.href, redirects, response, options, cache);
    }
  } catch (e) {
    return { ok: false, url, ...failureReason(e, current.href, options) };
  }
}

/** An http(s) URL whose host may be asked; otherwise why not. */
function checkUrl(url: string, options: FetchLandingOptions): URL | Failure {
  if (!URL.canParse(url)) return fetchFailure('invalid-url', { url });
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return fetchFailure('not-http', { url });
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivate && (isPrivateAddress(host) || host === 'localhost' || host.endsWith('.localhost'))) {
    return fetchFailure('private-address', { url });
  }
  return parsed;
}

type Failure = ReturnType<typeof fetchFailure>;

function failed(url: string, id: LandingFetchFailureId, data: MessageData): LiveLanding {
  return { ok: false, url, ...fetchFailure(id, data) };
}

async function readPage(url: string, finalUrl: string, redirects: string[], response: Response, options: FetchLandingOptions, cache: LandingCache | null): Promise<LiveLanding> {
  if (response.status < 200 || response.status > 299) {
    await response.body?.cancel();
    return failed(url, 'http-status', { at: finalUrl, status: response.status, status_line: `${response.status}${response.statusText ? ` ${response.statusText}` : ''}` });
  }
  const type = response.headers.get('content-type') ?? '';
  const mime = type.split(';')[0]!.trim();
  if (!HTML_TYPES.test(mime)) {
    await response.body?.cancel();
    return failed(url, 'not-html', { at: finalUrl, type: mime || 'none' });
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    return failed(url, 'too-large', { at: finalUrl, max: options.maxBytes });
  }
  const bytes = await readCapped(response, options.maxBytes);
  if (!bytes) return failed(url, 'too-large', { at: finalUrl, max: options.maxBytes });
  const html = decode(bytes, /charset=["']?([\w-]+)/i.exec(type)?.[1]);
  const page: CachedPage = { finalUrl, redirects, html, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified'), fetchedAt: Date.now() };
  await cache?.set(url, page);
  return { ok: true, url, finalUrl, redirects, html, fromCache: false };
}

/** The body, or null as soon as it passes the cap (the rest is never downloaded). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The page's text in its declared charset (GBK pages are common in China), UTF-8 otherwise. */
function decode(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function fromCache(url: string, page: CachedPage): LiveLanding {
  return { ok: true, url, finalUrl: page.finalUrl, redirects: page.redirects, html: page.html, fromCache: true };
}

/** A failed request in words: timeouts, refused addresses, DNS and TLS errors by name. */
function failureReason(e: unknown, at: string, options: FetchLandingOptions): Failure {
  const err = e as Error & { cause?: Error & { code?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError' || err.cause?.name === 'TimeoutError' || err.cause?.code === 'UND_ERR_CONNECT_TIMEOUT') {
    return fetchFailure('timeout', { at, seconds: options.timeoutMs / 1000 });
  }
  const cause = err.cause;
  if (cause instanceof BlockedAddress) return fetchFailure('resolves-private', { at, address: cause.address });
  const code = cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return fetchFailure('domain-not-found', { at, code });
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i.test(code)) return fetchFailure('tls', { at, code });
  if (CONNECTION_ERRORS[code]) return fetchFailure('connection', { at, code });
  return fetchFailure('fetch-failed', { at, detail: code || cause?.message || err.message });
}
