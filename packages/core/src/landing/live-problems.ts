import type { Creative } from '../model/creative.js';
import type { LandingFetcher } from '../model/live-landing.js';
import type { ReadProblem } from '../readers/types.js';
import { worded } from '../model/wording.js';
import { LANDING_FETCH_PROBLEMS, cannotCheck } from './fetch-problems.js';

/**
 * With `--fetch-landing`: fetches the page at the creative's `landing_url` (kept on the creative
 * for the landing checks) and reports, at the `landing_url` value, a page that cannot be served
 * (a broken landing page is a rejection) and a redirect chain that leaves the ad's domain.
 * Reported whatever the packs' rules: a page adlint was asked to check and could not is never silent.
 */
/** Problems with the live page; the linter places them at the `landing_url` value. */
export type LiveLandingProblem = Omit<ReadProblem, 'span'>;

export async function fetchLiveLanding(creative: Creative, fetcher: LandingFetcher): Promise<LiveLandingProblem[]> {
  const written = creative.data.landing_url;
  if (typeof written !== 'string' || !written.trim()) return [];
  const url = written.trim();
  const live = await fetcher(url);
  creative.liveLanding = live;
  if (!live.ok) {
    return [{ ruleId: 'adlint/landing-fetch', category: 'url', field: 'landing_url', severity: 'error', ...cannotCheck(live.failure) }];
  }
  if (live.redirects.length === 0) return [];
  // The public suffix list costs a moment to load: only pages that redirect pay it.
  const { getDomain } = await import('tldts');
  const domainOf = (u: string): string => {
    const host = new URL(u).hostname;
    return getDomain(host) ?? host;
  };
  const own = domainOf(url);
  if (live.redirects.every((u) => domainOf(u) === own)) return [];
  const chain = [url, ...live.redirects].join(' → ');
  return [{ ruleId: 'adlint/landing-redirect', category: 'url', field: 'landing_url', severity: 'warning', ...worded(LANDING_FETCH_PROBLEMS, 'redirect-off-domain', { domain: own, chain }) }];
}
