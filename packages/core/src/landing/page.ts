import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Creative, PageLink } from '../model/creative.js';
import { isLandingPageFile } from '../model/file-types.js';
import { landingReaderFor } from '../readers/index.js';
import { decodeText } from '../readers/source-file.js';
import { noteInputRead } from '../fs/read-log.js';
import { OUTSIDE_HINT, mayRead, projectRoot } from '../fs/project-root.js';
import { readRegularFile } from '../fs/regular-file.js';
import type { CheckInput, Report } from '../model/check.js';

/** What the landing checks know of a page: its visible copy, joined, and its locale. */
export interface LandingPage {
  /** How the page is named in messages: the `landing:` value as written, or the file's own name. */
  name: string;
  text: string;
  /** Links on the page (HTML pages): a footer link to the privacy policy shows one is there. */
  links: PageLink[];
  locale?: string;
  /** True when the creative is the landing page itself (a `*.landing.md` linted directly). */
  self: boolean;
  /** The creative field that names the page, where messages about it point. */
  field: 'landing' | 'landing_url' | null;
}

/** Landing pages are small documents; the same limit as creative files keeps a stray dump from being read. */
const MAX_PAGE_SIZE = 2 * 1024 * 1024;

// Keyed by the creative's span map: each platform sees the creative as its own shallow copy
// (its placement as that platform's id), and all copies share the one map.
const loaded = new WeakMap<Creative['spans'], Promise<LandingPage | string | null>>();
const reported = new WeakSet<Creative['spans']>();

/**
 * The landing page a creative names in `landing:` (read once per creative, however many rules
 * ask), the creative itself when it is a `*.landing.md` file without `landing:`, or null when
 * there is none. A page that cannot be read is reported once per creative, at the `landing:`
 * value, by the first rule that asks; the other rules then stay silent about it.
 */
export async function landingPage(input: CheckInput): Promise<{ page: LandingPage | null; problems: Report[] }> {
  const key = input.creative.spans;
  let p = loaded.get(key);
  if (!p) {
    p = load(input);
    loaded.set(key, p);
  }
  const result = await p;
  if (typeof result !== 'string') return { page: result, problems: [] };
  if (reported.has(key)) return { page: null, problems: [] };
  reported.add(key);
  return { page: null, problems: [{ field: 'landing', message: result, category: 'parse' }] };
}

async function load({ creative, baseDir }: CheckInput): Promise<LandingPage | string | null> {
  const live = creative.liveLanding;
  // The live page is what reviewers see; a failed fetch was reported at landing_url by the linter, so a local page is used then.
  if (live?.ok) {
    const { readHtml } = await import('../readers/html.js');
    const page = readHtml(live.html, live.finalUrl, {}).creatives[0];
    if (page) return { name: live.finalUrl, text: copyText(page.data.copy), links: page.data.links ?? [], locale: page.data.locale ?? creative.data.locale, self: false, field: 'landing_url' };
  }
  const written = creative.data.landing;
  if (typeof written !== 'string') {
    if (!isLandingPageFile(creative.filePath)) return null;
    // A page that ads link is checked through them, at their `landing:`: said once, not twice.
    if (creative.linkedBy?.length) return null;
    return { name: path.basename(creative.filePath), text: copyText(creative.data.copy), links: creative.data.links ?? [], locale: creative.data.locale, self: true, field: null };
  }
  const reader = landingReaderFor(written);
  if (!reader) return `landing page ${written} is not a *.landing.md file or an HTML page (.html)`;
  // Only a local file: a URL here would mean fetching it, and this check never touches the network.
  if (/^[a-z][a-z0-9+.-]*:/i.test(written) && !/^[a-z]:[\\/]/i.test(written)) return `landing page ${written} is not a local file: name the saved *.landing.md or *.landing.html page (or pass --fetch-landing to check the live page at landing_url)`;
  const file = path.resolve(baseDir, written);
  noteInputRead(file);
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return `landing page not found: ${written}`;
  }
  const root = await realpath(projectRoot(baseDir)).catch(() => projectRoot(baseDir));
  // Resolved through symbolic links, so a link cannot lead the check out of the project either.
  if (!mayRead(root, real)) return `landing page ${written} is outside the project (${root}): ${OUTSIDE_HINT}`;
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(real, MAX_PAGE_SIZE);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTREG' || code === 'EISDIR') return `landing page ${written} is not a regular file`;
    if (code === 'EFBIG') return `landing page ${written} is ${(e as Error).message.replace(/^file is /, '')}`;
    return `cannot read landing page ${written}: ${(e as Error).message}`;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return `landing page ${written}: ${decoded.reason}`;
  // The page's reader loads unified and its parser only now: only creatives with a landing page pay for it.
  const read = await reader.read(decoded.text, real, {});
  const page = read.creatives[0];
  if (!page) return `landing page ${written} cannot be read: ${read.problems[0]?.reason ?? 'no content'}`;
  return { name: written, text: copyText(page.data.copy), links: page.data.links ?? [], locale: page.data.locale ?? creative.data.locale, self: false, field: 'landing' };
}

/** Every copy value of the page, blocks apart, so a phrase never runs from one field into the next. */
function copyText(copy: Record<string, string | string[]> | undefined): string {
  return Object.values(copy ?? {}).flat().join('\n\n');
}

