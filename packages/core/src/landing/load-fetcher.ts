import type { LandingFetcher } from '../model/live-landing.js';
import type { FetchLandingOptions } from './fetch.js';

export const DEFAULT_FETCH_LANDING: Omit<FetchLandingOptions, 'mode' | 'cacheDir' | 'userAgent'> = {
  maxAgeSeconds: 3600,
  timeoutMs: 10_000,
  maxBytes: 2 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivate: false,
};

/** The `--fetch-landing` fetcher; undici loads only for runs that fetch. */
export async function loadLandingFetcher(options: FetchLandingOptions): Promise<LandingFetcher> {
  const { createLandingFetcher } = await import('./fetch.js');
  return createLandingFetcher(options);
}
