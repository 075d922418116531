import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { FILE_TYPES, MEDIA_EXTENSIONS, isCreativeFile, readRegularFileSync } from '@adlint/core';
import { UsageError } from './errors.js';

const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];
/**
 * The endings a folder walk takes: each creative and media file type's, in lower or in upper case
 * (as the globs `**\/*.{ad.yaml,AD.YAML}` did). Tested on each name the crawler finds instead of
 * as some twenty globs: picomatch ran every one of them on every file.
 */
const WALKED_ENDINGS = FILE_TYPES.flatMap((t) => t.suffixes.flatMap((s) => [s, s.toUpperCase()]));

function walked(file: string): boolean {
  for (const ending of WALKED_ENDINGS) if (file.endsWith(ending)) return true;
  return false;
}

export function isMediaFile(file: string): boolean {
  return MEDIA_EXTENSIONS.includes(path.extname(file).slice(1).toLowerCase());
}

/** What one command-line path or glob stood for, before any ignore pattern applies. */
export interface PatternMatch {
  pattern: string;
  /** `file`: named outright; `folder` and `glob` are walked; `missing` names nothing on disk. */
  kind: 'file' | 'folder' | 'glob' | 'missing';
  /** Creative and media files it holds, absolute (for `file`, the file itself when adlint reads it). */
  files: string[];
}

/**
 * Expands each path to the creative and media files it holds. A path that exists is taken
 * literally (a file named `[1].ad.yaml` is that file); otherwise a quoted glob
 * (`'campaigns/**\/*.ad.yaml'`) is expanded as the shell would have. Files adlint does not read
 * are left out silently: a pre-commit hook passes every staged file.
 */
export async function expandPatterns(paths: string[], cwd: string): Promise<PatternMatch[]> {
  const matches: PatternMatch[] = [];
  for (const pattern of paths) {
    const abs = path.resolve(cwd, pattern);
    if (existsSync(abs)) {
      if (statSync(abs).isDirectory()) {
        const files = await glob('**/*', { cwd: abs, absolute: true, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false, expandDirectories: false });
        matches.push({ pattern, kind: 'folder', files: files.filter((f) => walked(f) && !alwaysSkipped(f)).map(normalized) });
      } else {
        matches.push({ pattern, kind: 'file', files: isCreativeFile(abs) || isMediaFile(abs) ? [abs] : [] });
      }
    } else if (isDynamicPattern(pattern)) {
      // Globs use `/` on every system; the shell would have expanded it relative to cwd.
      const files = await glob(pattern.split(path.sep).join('/'), { cwd, absolute: true, dot: false, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false, expandDirectories: false });
      matches.push({ pattern, kind: 'glob', files: files.map(normalized).filter((f) => !alwaysSkipped(f) && (isCreativeFile(f) || isMediaFile(f))) });
    } else {
      matches.push({ pattern, kind: 'missing', files: [] });
    }
  }
  return matches;
}

/**
 * The path in the system's form. The crawler's own string is kept when it already is: a new one
 * from `path.normalize` is built by concatenation, and a run of 100,000 files would hold each
 * path as a chain of pieces for the whole run.
 */
function normalized(file: string): string {
  const normal = path.normalize(file);
  return normal === file ? file : normal;
}

function alwaysSkipped(file: string): boolean {
  const parts = file.split(path.sep);
  return parts.includes('node_modules') || parts.includes('.git');
}

export interface IgnoreOptions {
  cwd: string;
  /** The gitignore-syntax file; `.adlintignore` in cwd by default. */
  ignorePath?: string;
  /** `--ignore-pattern` values: gitignore syntax, relative to cwd, as in ESLint. */
  ignorePatterns: string[];
  useIgnore: boolean;
}

/** Why a file is ignored by the ignore file or `--ignore-pattern` (a short phrase), or null. */
export type IgnoreReason = (file: string) => string | null;

export function ignoreFilesReason(options: IgnoreOptions): IgnoreReason {
  if (!options.useIgnore) return () => null;
  const fromFile = loadIgnoreFile(options);
  const fromFlags = options.ignorePatterns.length ? ignore().add(options.ignorePatterns) : null;
  // No ignore file and no --ignore-pattern: nothing to match, and no path to make per file.
  if (!fromFile && !fromFlags) return () => null;
  return (file) => {
    const rel = path.relative(options.cwd, file);
    // Files outside cwd cannot be matched by cwd-relative patterns.
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
    const posix = rel.split(path.sep).join('/');
    if (fromFlags?.ignores(posix)) return '--ignore-pattern';
    if (fromFile?.ignore.ignores(posix)) return fromFile.name;
    return null;
  };
}

function loadIgnoreFile(options: IgnoreOptions): { ignore: Ignore; name: string } | null {
  const file = options.ignorePath ? path.resolve(options.cwd, options.ignorePath) : path.join(options.cwd, '.adlintignore');
  if (!existsSync(file)) {
    if (options.ignorePath) throw new UsageError(`ignore file not found: ${options.ignorePath}`);
    return null;
  }
  try {
    return { ignore: ignore().add(readRegularFileSync(file).toString('utf8')), name: options.ignorePath ?? '.adlintignore' };
  } catch (e) {
    throw new UsageError(`cannot read ignore file ${path.relative(options.cwd, file) || file}: ${(e as Error).message}`);
  }
}

export interface SelectOptions {
  /** ESLint's `--no-error-on-unmatched-pattern` turns this off. */
  errorOnUnmatched: boolean;
  /** ESLint's `--no-warn-ignored` turns this off. */
  warnIgnored: boolean;
  warn: (line: string) => void;
}

/**
 * The files to lint, sorted and without duplicates, with ESLint's rules for empty matches: a path
 * or glob that matches nothing, or only ignored files, is a usage error (exit 2) unless
 * `errorOnUnmatched` is off; a file named outright but ignored is skipped with a warning.
 */
export function selectFiles(matches: readonly PatternMatch[], ignoredBecause: IgnoreReason, options: SelectOptions): string[] {
  const selected = new Set<string>();
  const unmatched: string[] = [];
  for (const m of matches) {
    const kept = m.files.filter((f) => {
      const reason = ignoredBecause(f);
      if (reason && m.kind === 'file' && options.warnIgnored) {
        options.warn(`${m.pattern} is ignored (${reason}); use --no-ignore to lint it, --no-warn-ignored to say nothing`);
      }
      return reason === null;
    });
    for (const f of kept) selected.add(f);
    if (!options.errorOnUnmatched || kept.length > 0 || m.kind === 'file') continue;
    if (m.kind === 'missing') unmatched.push(`no such file or directory: ${m.pattern}`);
    else if (m.files.length === 0) unmatched.push(`no creative or media files match "${m.pattern}"`);
    else unmatched.push(m.files.length === 1 ? `the file matched by "${m.pattern}" is ignored` : `all ${m.files.length} files matched by "${m.pattern}" are ignored`);
  }
  if (unmatched.length) {
    throw new UsageError(`${unmatched.join('; ')} (--no-error-on-unmatched-pattern lints what there is)`);
  }
  return [...selected].sort();
}
