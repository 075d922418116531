import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob } from 'tinyglobby';
import { CREATIVE_GLOBS, MEDIA_EXTENSIONS, isCreativeFile, readRegularFileSync } from '@adlint/core';
import { UsageError } from './errors.js';

const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];
/** Images and videos, which config `media:` may assign to platforms (either case of extension). */
const MEDIA_GLOB = `**/*.{${MEDIA_EXTENSIONS.flatMap((e) => [e, e.toUpperCase()]).join(',')}}`;

export function isMediaFile(file: string): boolean {
  return MEDIA_EXTENSIONS.includes(path.extname(file).slice(1).toLowerCase());
}

export interface DiscoverOptions {
  cwd: string;
  /** The gitignore-syntax file; `.adlintignore` in cwd by default. */
  ignorePath?: string;
  useIgnore: boolean;
}

/**
 * Expands paths to the creative and media files they hold, sorted and without duplicates. A
 * missing path is a usage error; other files are skipped silently (a pre-commit hook passes
 * every staged file). Media files are linted only where config `media:` assigns them.
 */
export async function discoverFiles(paths: string[], options: DiscoverOptions): Promise<string[]> {
  const ig = options.useIgnore ? loadIgnore(options) : null;
  const found = new Set<string>();
  for (const p of paths) {
    const abs = path.resolve(options.cwd, p);
    if (!existsSync(abs)) throw new UsageError(`no such file or directory: ${p}`);
    if (statSync(abs).isDirectory()) {
      const files = await glob([...CREATIVE_GLOBS, MEDIA_GLOB], { cwd: abs, absolute: true, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false, expandDirectories: false });
      for (const f of files) found.add(path.normalize(f));
    } else if (isCreativeFile(abs) || isMediaFile(abs)) {
      found.add(abs);
    }
  }
  return [...found]
    .filter((f) => !isSkipped(f, options.cwd, ig))
    .sort();
}

function isSkipped(file: string, cwd: string, ig: Ignore | null): boolean {
  const parts = file.split(path.sep);
  if (parts.includes('node_modules') || parts.includes('.git')) return true;
  if (!ig) return false;
  const rel = path.relative(cwd, file);
  // Files outside cwd cannot be matched by a cwd-relative ignore file.
  if (rel.startsWith('..') || path.isAbsolute(rel)) return false;
  return ig.ignores(rel.split(path.sep).join('/'));
}

function loadIgnore(options: DiscoverOptions): Ignore | null {
  const file = options.ignorePath ? path.resolve(options.cwd, options.ignorePath) : path.join(options.cwd, '.adlintignore');
  if (!existsSync(file)) {
    if (options.ignorePath) throw new UsageError(`ignore file not found: ${options.ignorePath}`);
    return null;
  }
  try {
    return ignore().add(readRegularFileSync(file).toString('utf8'));
  } catch (e) {
    throw new UsageError(`cannot read ignore file ${path.relative(options.cwd, file) || file}: ${(e as Error).message}`);
  }
}
