import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { summarize, type CreativeCoverage, type FileResult, type FileSettings, type LintMessage, type SuppressedMessage } from '@adlint/core';

export const DEFAULT_CACHE_FILE = '.adlintcache';

/** Marks adlint's own cache files: anything else at the location is foreign and replaced. */
const MAGIC = 'adlint-cache';
// 2: entries keep suppressed messages.
const FORMAT = 3;

interface Entry {
  /** Hash of the file's bytes and its effective settings. */
  key: string;
  /** Media the file's creatives refer to, with the hash of their bytes ('' when missing). */
  media: [string, string][];
  messages: LintMessage[];
  /** What directives silenced, kept for reports (absent when nothing was). */
  suppressedMessages?: SuppressedMessage[];
  coverage?: CreativeCoverage[];
}

interface CacheDocument {
  magic: string;
  format: number;
  /** Hash of adlint's version and every pack's content: when it differs, nothing cached is valid. */
  run: string;
  entries: Record<string, Entry>;
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

async function readOrNull(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

async function hashFile(file: string): Promise<string> {
  const bytes = await readOrNull(file);
  return bytes ? sha256(bytes) : '';
}

/** Every file under `dir`, with its bytes, in a stable order. */
function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    if (!statSync(file).isFile()) continue;
    hash.update(`${name}\u0000`).update(readFileSync(file)).update('\u0000');
  }
}

/**
 * The part of the key shared by every file: adlint's version and the content of the packs. Pack
 * folders are hashed whole (lexicons included); a config's pack file with the lexicon files its
 * rules name (`lexicon:`, relative to the pack).
 */
export function runKey(version: string, rulesDirs: string[], packFiles: string[]): string {
  const hash = createHash('sha256').update(`${MAGIC}\u0000${FORMAT}\u0000${version}\u0000`);
  for (const dir of rulesDirs) hashTree(hash, dir);
  const files = new Set(packFiles.flatMap((f) => [f, ...lexiconsOf(f)]));
  for (const file of [...files].sort()) hash.update(`${file}\u0000`).update(existsSync(file) ? readFileSync(file) : '').update('\u0000');
  return hash.digest('hex');
}

function lexiconsOf(packFile: string): string[] {
  let pack: { rules?: { lexicon?: unknown }[] } | null;
  try {
    pack = parse(readFileSync(packFile, 'utf8')) as typeof pack;
  } catch {
    return [];
  }
  const dir = path.dirname(packFile);
  return (pack?.rules ?? []).flatMap((r) => [r?.lexicon].flat()).filter((l): l is string => typeof l === 'string').map((l) => path.resolve(dir, l));
}

/** `--cache-location`: a file, or a folder (existing, or written with a trailing slash) to hold `.adlintcache`. */
export function cacheFile(location: string | undefined, cwd: string): string {
  if (!location) return path.join(cwd, DEFAULT_CACHE_FILE);
  const abs = path.resolve(cwd, location);
  const isDir = /[\\/]$/.test(location) || (existsSync(abs) && statSync(abs).isDirectory());
  return isDir ? path.join(abs, DEFAULT_CACHE_FILE) : abs;
}

/** The folder beside the cache file that keeps text read from media, one file per picture content. */
export function mediaTextCacheDir(cacheFilePath: string): string {
  return `${cacheFilePath}-media-text`;
}

/**
 * Results of earlier runs, keyed by file content, effective settings, the media the file refers
 * to, adlint's version and the packs' content. A corrupt, foreign or outdated cache file is
 * treated as empty and replaced when the run ends.
 */
export class ResultCache {
  private readonly old: Record<string, Entry>;
  private readonly fresh: Record<string, Entry> = {};

  constructor(private readonly file: string, private readonly run: string) {
    this.old = ResultCache.read(file, run);
  }

  private static read(file: string, run: string): Record<string, Entry> {
    try {
      const doc = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheDocument>;
      const valid = doc.magic === MAGIC && doc.format === FORMAT && doc.run === run && typeof doc.entries === 'object' && doc.entries !== null;
      return valid ? doc.entries! : {};
    } catch {
      return {};
    }
  }

  /**
   * The cached result for a file, if its bytes, settings and media are what they were. Also says
   * whether the file may name media at all: a creative names its media under a `media` key, so
   * most files need no second parse to find them.
   */
  /** Files this run had to lint afresh. */
  misses = 0;

  async get(filePath: string, settings: FileSettings): Promise<{ result?: FileResult; key: string; mayNameMedia: boolean }> {
    const bytes = await readOrNull(filePath);
    const key = sha256(`${bytes ? sha256(bytes) : ''}\u0000${JSON.stringify(settings)}`);
    const mayNameMedia = bytes?.includes('media') ?? false;
    const entry = this.old[filePath];
    const miss = (): { key: string; mayNameMedia: boolean } => {
      this.misses++;
      return { key, mayNameMedia };
    };
    if (!entry || entry.key !== key || !Array.isArray(entry.messages) || !Array.isArray(entry.media)) return miss();
    for (const [media, hash] of entry.media) if ((await hashFile(media)) !== hash) return miss();
    this.fresh[filePath] = entry;
    const result = summarize(filePath, entry.messages, entry.suppressedMessages);
    return { result: entry.coverage ? { ...result, coverage: entry.coverage } : result, key, mayNameMedia };
  }

  /** Stores a result under the key `get` computed, with the media files the creative names. */
  async set(filePath: string, key: string, media: Iterable<string>, result: FileResult): Promise<void> {
    const hashed = await Promise.all([...media].sort().map(async (m) => [m, await hashFile(m)] as [string, string]));
    this.fresh[filePath] = { key, media: hashed, messages: result.messages, ...(result.suppressedMessages ? { suppressedMessages: result.suppressedMessages } : {}), ...(result.coverage ? { coverage: result.coverage } : {}) };
  }

  /**
   * Writes this run's entries, plus earlier ones for files still there that this run did not
   * lint (a hook linting two files must not forget the rest). Write to a temporary file and
   * rename: a crash or a parallel run never leaves half a cache.
   */
  save(): void {
    const entries: Record<string, Entry> = {};
    for (const [file, entry] of Object.entries(this.old)) if (!(file in this.fresh) && existsSync(file)) entries[file] = entry;
    Object.assign(entries, this.fresh);
    const doc: CacheDocument = { magic: MAGIC, format: FORMAT, run: this.run, entries };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(tmp, JSON.stringify(doc));
      renameSync(tmp, this.file);
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
        // Nothing was written.
      }
      process.stderr.write(`adlint: cannot write cache ${this.file}: ${(e as Error).message}\n`);
    }
  }
}
