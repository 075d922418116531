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

const DOT = 0x2e;
const LANDING = [...'landing'].map((c) => c.charCodeAt(0));

/**
 * Whether UTF-8 bytes may hold `.landing.` in any case, the mark of a linked page's name (see
 * isLandingPageFile): when not, the file links no page and need not be decoded to be sure. Looked
 * for in the bytes because the landing-links pass reads every file and few link a page. ASCII
 * bytes stand only for themselves in UTF-8, and a case-insensitive JavaScript pattern (without
 * `u`) folds no other character onto an ASCII letter, so this never says no where
 * `/\.landing\./i` on the decoded text says yes.
 */
export function mayNameLandingPage(bytes: Uint8Array): boolean {
  const end = bytes.length - LANDING.length - 1;
  for (let at = bytes.indexOf(DOT); at !== -1 && at < end; at = bytes.indexOf(DOT, at + 1)) {
    let i = 0;
    // `| 0x20` lowercases an ASCII letter; no other byte becomes one of these lowercase letters.
    while (i < LANDING.length && (bytes[at + 1 + i]! | 0x20) === LANDING[i]) i++;
    if (i === LANDING.length && bytes[at + 1 + i] === DOT) return true;
  }
  return false;
}
