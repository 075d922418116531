import type { MessageData } from './wording.js';

/**
 * The page served at a creative's `landing_url`, as `--fetch-landing` got it (or could not).
 * The fetch lives outside the engine (network, cache); the landing checks read only this.
 */
export type LiveLanding =
  | {
      ok: true;
      /** The URL asked for (the creative's `landing_url`). */
      url: string;
      /** Where the redirects ended: the page checked. */
      finalUrl: string;
      /** Every URL after the first that a redirect led to, in order. */
      redirects: string[];
      html: string;
      fromCache: boolean;
    }
  | { ok: false; url: string; reason: string; failure: LandingFetchFailure };

/** Why a page could not be fetched: a message id (`timeout`, `http-status`) and the data it is worded from. */
export interface LandingFetchFailure {
  id: string;
  data: MessageData;
}

/** Gets the live page for a `landing_url`; never throws: a failure is an outcome. */
export type LandingFetcher = (url: string) => Promise<LiveLanding>;
