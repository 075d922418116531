import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isLandingPageFile, type FileSettings, type Linter } from '@adlint/core';

/** What an earlier run found: files unchanged since, known to link no page, need not be read again (see ResultCache). */
export interface KnownLinks {
  linksNoPage(file: string, settings: FileSettings): boolean;
  /** The files this run read and found to link no page. */
  foundNoLinks(files: string[]): void;
}

/**
 * Gives each landing page that this run's ads link (`landing: ./page.landing.md`) what it
 * inherits from them (platforms, category, locale), and adds linked pages the run did not name,
 * so `adlint feed.ad.yaml` also checks its page's copy under the law. Pages outside the folder
 * adlint runs in are not added (the `landing` check refuses to read them too), nor ignored ones.
 */
export async function withLinkedPages<T extends { file: string; settings: FileSettings }>(
  linter: Linter,
  entries: T[],
  settingsFor: (file: string) => (FileSettings & { ignored?: boolean }) | null,
  cwd: string,
  options: { keepSources?: boolean; known?: KnownLinks } = {},
): Promise<(T | { file: string; settings: FileSettings })[]> {
  const { known } = options;
  // Pages themselves link nothing (the pass does not read them): only ads are asked about.
  const toRead = known ? entries.filter((e) => isLandingPageFile(e.file) || !known.linksNoPage(e.file, e.settings)) : entries;
  const links = await linter.landingLinks(toRead, { keepSources: options.keepSources });
  if (known) {
    const linking = new Set([...links.values()].flatMap((l) => l.ads));
    known.foundNoLinks(toRead.map((e) => e.file).filter((f) => !isLandingPageFile(f) && !linking.has(path.resolve(f))));
  }
  if (links.size === 0) return entries;
  const out: (T | { file: string; settings: FileSettings })[] = entries.map((e) => {
    const link = links.get(path.resolve(e.file));
    return link ? { ...e, settings: { ...e.settings, linkedBy: link } } : e;
  });
  const listed = new Set(entries.map((e) => path.resolve(e.file)));
  for (const [page, link] of links) {
    if (listed.has(page) || !inside(cwd, page) || !isFile(page)) continue;
    const settings = settingsFor(page);
    if (!settings) continue;
    out.push({ file: page, settings: { ...settings, linkedBy: link } });
  }
  // Sorted like discovered files: shards and output keep one order.
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function isFile(p: string): boolean {
  return existsSync(p) && statSync(p).isFile();
}

function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
