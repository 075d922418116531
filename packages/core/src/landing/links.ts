import path from 'node:path';
import type { CreativeData } from '../model/creative.js';
import { isLandingPageFile } from '../model/file-types.js';

/** Matches what the `landing` check reads: a local `*.landing.md`, not a URL. */
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WINDOWS_DRIVE = /^[a-z]:[\\/]/i;

/**
 * What a landing page takes from the ads that link it (`landing: ./page.landing.md`): the
 * platforms they are checked against, and the category, locale and special ad category the law
 * rules need (a 治愈率 on a health-food page is judged as health food). The page's own frontmatter
 * wins; these sit above config defaults.
 */
export interface LandingLink {
  /** Absolute paths of the linking ads' files, in the order they were found. */
  ads: string[];
  /** The union of the linking ads' platforms, in first-seen order. */
  platforms: string[];
  /** From the first linking ad that sets each field. */
  defaults: Pick<CreativeData, 'category' | 'locale' | 'special_ad_category'>;
}

/** The absolute path of the page a creative's `landing:` names, or null when it names none the linter would read. */
export function linkedPagePath(data: CreativeData, creativeFile: string): string | null {
  const written = data.landing;
  if (typeof written !== 'string' || !isLandingPageFile(written)) return null;
  if (URL_SCHEME.test(written) && !WINDOWS_DRIVE.test(written)) return null;
  return path.resolve(path.dirname(path.resolve(creativeFile)), written);
}

/** Adds one linking ad to the page's link. */
export function addLink(links: Map<string, LandingLink>, page: string, ad: string, platforms: readonly string[], data: CreativeData): void {
  let link = links.get(page);
  if (!link) {
    link = { ads: [], platforms: [], defaults: {} };
    links.set(page, link);
  }
  if (!link.ads.includes(ad)) link.ads.push(ad);
  for (const p of platforms) if (!link.platforms.includes(p)) link.platforms.push(p);
  for (const key of ['category', 'locale', 'special_ad_category'] as const) {
    const value = data[key];
    if (link.defaults[key] === undefined && typeof value === 'string') link.defaults[key] = value;
  }
}
