import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Creative, PageLink } from '../model/creative.js';
import { isLandingPageFile } from '../model/file-types.js';
import { landingReaderFor } from '../readers/index.js';
import { decodeText } from '../readers/source-file.js';
import { noteInputRead } from '../fs/read-log.js';
import { mayRead, projectRoot } from '../fs/project-root.js';
import { readRegularFile } from '../fs/regular-file.js';
import type { CheckInput, Report } from '../model/check.js';
import { landingProblemReport, type LandingProblem, type LandingProblemId } from './problems.js';
import type { MessageData } from '../model/wording.js';

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
const loaded = new WeakMap<Creative['spans'], Promise<LandingPage | LandingProblem | null>>();
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
  if (result === null || !('id' in result)) return { page: result, problems: [] };
  if (reported.has(key)) return { page: null, problems: [] };
  reported.add(key);
  return { page: null, problems: [landingProblemReport(result)] };
}

async function load({ creative, baseDir }: CheckInput): Promise<LandingPage | LandingProblem | null> {
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
  const problem = (id: LandingProblemId, data: MessageData = {}): LandingProblem => ({ id, data: { page: written, ...data } });
  const reader = landingReaderFor(written);
  if (!reader) return problem('page-not-supported');
  // Only a local file: a URL here would mean fetching it, and this check never touches the network.
  if (/^[a-z][a-z0-9+.-]*:/i.test(written) && !/^[a-z]:[\\/]/i.test(written)) return problem('page-not-local');
  const file = path.resolve(baseDir, written);
  noteInputRead(file);
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return problem('page-not-found');
  }
  const root = await realpath(projectRoot(baseDir)).catch(() => projectRoot(baseDir));
  // Resolved through symbolic links, so a link cannot lead the check out of the project either.
  if (!mayRead(root, real)) return problem('page-outside-project', { root });
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(real, MAX_PAGE_SIZE);
  } catch (e) {
    const { code, size } = e as NodeJS.ErrnoException & { size?: number };
    if (code === 'ENOTREG' || code === 'EISDIR') return problem('page-not-a-file');
    if (code === 'EFBIG') return problem('page-too-large', { bytes: size ?? 0, limit: MAX_PAGE_SIZE });
    return problem('page-unreadable', { code: (e as Error).message });
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return problem('page-undecodable', { detail: decoded.reason });
  // The page's reader loads unified and its parser only now: only creatives with a landing page pay for it.
  const read = await reader.read(decoded.text, real, {});
  const page = read.creatives[0];
  if (!page) return problem('page-empty', { detail: read.problems[0]?.reason ?? 'no content' });
  return { name: written, text: copyText(page.data.copy), links: page.data.links ?? [], locale: page.data.locale ?? creative.data.locale, self: false, field: 'landing' };
}

/** Every copy value of the page, blocks apart, so a phrase never runs from one field into the next. */
function copyText(copy: Record<string, string | string[]> | undefined): string {
  return Object.values(copy ?? {}).flat().join('\n\n');
}

