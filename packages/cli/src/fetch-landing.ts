import path from 'node:path';
import { DEFAULT_FETCH_LANDING, loadLandingFetcher, type LandingFetcher } from '@adlint/core';
import { UsageError } from './errors.js';
import { VERSION } from './version.js';

export const DEFAULT_LANDING_CACHE = '.adlint-landing';
/** Names adlint and where a site owner reads what it does, so a request can be identified (docs/landing.md). */
export const USER_AGENT = `adlint/${VERSION} (+https://github.com/adlint/adlint/blob/main/docs/landing.md; landing page check)`;

export interface FetchLandingFlags {
  /** `true` for a bare `--fetch-landing`. */
  fetchLanding?: true | 'online' | 'offline';
  fetchLandingTimeout?: number;
  fetchLandingMaxAge?: number;
  fetchLandingCache?: string;
  fetchLandingAllowPrivate?: boolean;
}

/** The fetcher the flags ask for, or undefined: nothing is fetched unless `--fetch-landing` is given. */
export async function fetcherFromFlags(flags: FetchLandingFlags, cwd: string): Promise<LandingFetcher | undefined> {
  if (!flags.fetchLanding) {
    const stray = (['fetchLandingTimeout', 'fetchLandingMaxAge', 'fetchLandingCache', 'fetchLandingAllowPrivate'] as const).find((k) => flags[k] !== undefined);
    if (stray) throw new UsageError(`--${stray.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} needs --fetch-landing`);
    return undefined;
  }
  return loadLandingFetcher({
    ...DEFAULT_FETCH_LANDING,
    mode: flags.fetchLanding === 'offline' ? 'offline' : 'online',
    cacheDir: path.resolve(cwd, flags.fetchLandingCache ?? DEFAULT_LANDING_CACHE),
    userAgent: USER_AGENT,
    ...(flags.fetchLandingTimeout !== undefined ? { timeoutMs: flags.fetchLandingTimeout * 1000 } : {}),
    ...(flags.fetchLandingMaxAge !== undefined ? { maxAgeSeconds: flags.fetchLandingMaxAge } : {}),
    allowPrivate: Boolean(flags.fetchLandingAllowPrivate),
  });
}
