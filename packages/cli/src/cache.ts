import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  MAX_CONFIG_FILE_SIZE, readRegularFileSync, ruleDependencies, summarize,
  type CreativeCoverage, type FileResult, type FileSettings, type LintMessage, type SuppressedMessage,
} from '@adlint/core';

export const DEFAULT_CACHE_FILE = '.adlintcache';

/** Marks adlint's own cache files: anything else at the location is foreign and replaced. */
const MAGIC = 'adlint-cache';
// 3: entries keep coverage; 4: entries key on every file their lint read, rules on every file they were built from.
const FORMAT = 4;

/**
 * A file a result depended on, with its fingerprint ('' when missing) and, when it was old enough
 * to be trusted, its size, time and inode then: the same stamp later stands for the same bytes,
 * so a warm run hashes none of its packs and lexicons again.
 */
type Dependency = [file: string, fingerprint: string, stamp?: string];

interface Entry {
  /** Hash of the file's bytes and its effective settings. */
  key: string;
  /** The file's size, modification time and inode when its bytes were hashed, and that hash (see `contentPrint`). */
  stamp?: string;
  print?: string;
  /** Files the file's checks read: media, landing pages, images named in a body or in defaults. */
  deps: Dependency[];
  messages: LintMessage[];
  /** What directives silenced, kept for reports (absent when nothing was). */
  suppressedMessages?: SuppressedMessage[];
  coverage?: CreativeCoverage[];
  /** Its text, with these settings, links no landing page: a run that finds it unchanged does not read it to look for links. */
  linksNoPage?: true;
}

interface CacheDocument {
  magic: string;
  format: number;
  /** Hash of adlint's version and the configs: when it differs, nothing cached is valid. */
  run: string;
  /** Files the rules were built from (packs, lexicons wherever named, vocabulary): one changed, nothing cached is valid. */
  rules: Dependency[];
  entries: Record<string, Entry>;
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/**
 * What identifies a file's content: its hash up to 16 MB, its size and time beyond (a 500 MB video
 * is not read on every run), its kind for anything not a regular file (a pipe or device is never
 * read), '' when missing.
 */
async function fingerprint(file: string): Promise<string> {
  let info;
  try {
    info = statSync(file);
  } catch {
    return '';
  }
  if (!info.isFile()) return `not-regular:${info.mode & 0o170000}`;
  if (info.size > MAX_CONFIG_FILE_SIZE) return `stat:${info.size}:${info.mtimeMs}:${info.ino}`;
  try {
    // Read synchronously: one file at a time is as fast here, and the promise-based open, fstat, read and close were a quarter of a cold run.
    return sha256(readRegularFileSync(file));
  } catch (e) {
    return `unreadable:${(e as NodeJS.ErrnoException).code ?? ''}`;
  }
}

/** The file's fingerprint, with its stamp taken before it was read (see `Dependency`). */
async function dependency(file: string): Promise<Dependency> {
  const stat = statStamp(file);
  const print = await fingerprint(file);
  return stat && Date.now() - stat.mtimeMs > RACY_MS ? [file, print, stat.stamp] : [file, print];
}

async function fingerprints(files: Iterable<string>): Promise<Dependency[]> {
  return Promise.all([...new Set(files)].sort().map(dependency));
}

async function unchanged(deps: readonly Dependency[]): Promise<boolean> {
  for (const [file, print, stamp] of deps) {
    if (stamp !== undefined && statStamp(file)?.stamp === stamp) continue;
    if ((await fingerprint(file)) !== print) return false;
  }
  return true;
}

/** The part of the key shared by every file: adlint's version and the configs that apply. */
export function runKey(version: string, configFiles: readonly string[]): string {
  const hash = createHash('sha256').update(`${MAGIC}\u0000${FORMAT}\u0000${version}\u0000`);
  for (const file of [...new Set(configFiles)].sort()) {
    let bytes: Buffer | string = '';
    try {
      bytes = readRegularFileSync(file);
    } catch {
      // Missing or unreadable: the config loader has already stopped the run if that mattered.
    }
    hash.update(`${file}\u0000`).update(bytes).update('\u0000');
  }
  return hash.digest('hex');
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

const isString = (v: unknown): v is string => typeof v === 'string';
const isDependency = (d: unknown): d is Dependency => Array.isArray(d) && (d.length === 2 || (d.length === 3 && isString(d[2]))) && isString(d[0]) && path.isAbsolute(d[0]) && isString(d[1]);
const SEVERITIES = new Set(['error', 'warning', 'info']);
const isPosition = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 1;

/** A message as adlint writes it: anything else in a cache file (`[null]`, a hand edit) is not trusted. */
function isMessage(m: unknown): m is LintMessage {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  return isString(r.ruleId) && isString(r.message) && SEVERITIES.has(r.severity as string) && isString(r.category)
    && isPosition(r.line) && isPosition(r.column) && isPosition(r.endLine) && isPosition(r.endColumn);
}

/** Coverage as adlint writes it, checked as deep as the reports read it. */
function isCoverage(c: unknown): c is CreativeCoverage {
  if (typeof c !== 'object' || c === null) return false;
  const r = c as Record<string, unknown>;
  return Number.isInteger(r.index) && isPosition(r.line) && (r.name === undefined || isString(r.name))
    && Array.isArray(r.platforms) && r.platforms.every(isPlatformCoverage);
}

function isPlatformCoverage(p: unknown): boolean {
  if (typeof p !== 'object' || p === null) return false;
  const r = p as Record<string, unknown>;
  return isString(r.platform) && Number.isInteger(r.rules) && Number.isInteger(r.ran) && typeof r.skipped === 'object' && r.skipped !== null;
}

/** Size, modification time and inode of a regular file, or null. */
function statStamp(file: string): { stamp: string; mtimeMs: number } | null {
  try {
    const info = statSync(file);
    return info.isFile() ? { stamp: `${info.size}:${info.mtimeMs}:${info.ino}`, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

/**
 * A file modified this recently may change again within the clock's resolution without its size
 * changing, so its stamp is not trusted next time (git's "racily clean" entries).
 */
const RACY_MS = 2000;

/** A regular file last modified long enough ago for its stamp to be trusted. */
function isSettled(file: string): boolean {
  const stat = statStamp(file);
  return stat !== null && Date.now() - stat.mtimeMs > RACY_MS;
}

function isEntry(e: unknown): e is Entry {
  if (typeof e !== 'object' || e === null) return false;
  const r = e as Record<string, unknown>;
  return isString(r.key) && (r.stamp === undefined || isString(r.stamp)) && (r.print === undefined || isString(r.print)) && Array.isArray(r.deps) && r.deps.every(isDependency) && Array.isArray(r.messages) && r.messages.every(isMessage)
    && (r.suppressedMessages === undefined || (Array.isArray(r.suppressedMessages) && r.suppressedMessages.every(isMessage)))
    && (r.coverage === undefined || (Array.isArray(r.coverage) && r.coverage.every(isCoverage)))
    && (r.linksNoPage === undefined || r.linksNoPage === true);
}

/**
 * Results of earlier runs, keyed by file content, effective settings, every file the file's
 * checks read, every file the rules were built from, adlint's version and the configs. A
 * corrupt, foreign or outdated cache file is treated as empty and replaced when the run ends; an
 * entry of the wrong shape is a miss.
 */
export class ResultCache {
  private old: Record<string, Entry> = {};
  private oldRules: Dependency[] = [];
  private readonly fresh: Record<string, Entry> = {};
  /** Per file linted afresh: its stamp and content print, stored with its result by `set`. */
  private readonly prints = new Map<string, { stamp?: string; print: string }>();
  /** Files this run had to lint afresh. */
  misses = 0;
  /** Whether the file on disk would change: a run that only reused results writes nothing. */
  private dirty = false;
  /** Each file's stat, taken once a run (before any read of it) for the link pass and `get`. */
  private readonly stats = new Map<string, { stamp: string; mtimeMs: number } | null>();
  /** Files this run read and found to link no landing page, or knew from their entries. */
  private readonly noLinks = new Set<string>();
  /** Files the link pass did not read: unchanged, and known to link no page. */
  linkReadsSpared = 0;
  /** Settings as JSON, once per settings object (files of a folder share one). */
  private readonly settingsJson = new WeakMap<FileSettings, string>();

  private constructor(private readonly file: string, private readonly run: string) {}

  static async open(file: string, run: string): Promise<ResultCache> {
    const cache = new ResultCache(file, run);
    const doc = ResultCache.read(file, run);
    if (doc && (await unchanged(doc.rules))) {
      cache.old = doc.entries;
      cache.oldRules = doc.rules;
      // Written again when entries were dropped, or when a rule file's stamp can now be kept.
      if (doc.dropped || doc.rules.some(([f, , stamp]) => stamp === undefined && isSettled(f))) cache.dirty = true;
    } else {
      cache.dirty = true;
    }
    return cache;
  }

  /** The document, with only entries of the right shape (`dropped` counts the others). */
  private static read(file: string, run: string): (CacheDocument & { dropped: number }) | null {
    try {
      // Through the regular-file reader: a cache that is a pipe or a link to /dev/zero is never read.
      const doc = JSON.parse(readRegularFileSync(file, 256 * 1024 * 1024).toString('utf8')) as Partial<CacheDocument>;
      const valid = doc.magic === MAGIC && doc.format === FORMAT && doc.run === run && Array.isArray(doc.rules) && doc.rules.every(isDependency)
        && typeof doc.entries === 'object' && doc.entries !== null && !Array.isArray(doc.entries);
      if (!valid) return null;
      const entries: Record<string, Entry> = Object.create(null) as Record<string, Entry>;
      let dropped = 0;
      for (const [name, entry] of Object.entries(doc.entries!)) {
        if (path.isAbsolute(name) && isEntry(entry)) entries[name] = entry;
        else dropped++;
      }
      return { ...(doc as CacheDocument), entries, dropped };
    } catch {
      return null;
    }
  }

  private stat(file: string): { stamp: string; mtimeMs: number } | null {
    let stat = this.stats.get(file);
    if (stat === undefined) {
      stat = statStamp(file);
      this.stats.set(file, stat);
    }
    return stat;
  }

  private keyOf(print: string, settings: FileSettings): string {
    let json = this.settingsJson.get(settings);
    if (json === undefined) {
      json = JSON.stringify(settings);
      this.settingsJson.set(settings, json);
    }
    return sha256(`${print}\u0000${json}`);
  }

  /**
   * Whether the file is byte for byte what it was when an earlier run, with these settings, found
   * it links no landing page (by its trusted stamp, as `get` decides): the link pass skips it.
   */
  linksNoPage(filePath: string, settings: FileSettings): boolean {
    const entry = Object.hasOwn(this.old, filePath) ? this.old[filePath] : undefined;
    if (!entry?.linksNoPage || !entry.stamp || !entry.print) return false;
    const known = this.stat(filePath)?.stamp === entry.stamp && entry.key === this.keyOf(entry.print, settings);
    if (known) {
      this.noLinks.add(filePath);
      this.linkReadsSpared++;
    }
    return known;
  }

  /** Files the link pass read (after their stat) and found to link no page; kept with their entries. */
  foundNoLinks(files: string[]): void {
    for (const f of files) this.noLinks.add(f);
  }

  /** The cached result for a file, if its bytes, settings and what its checks read are what they were. */
  async get(filePath: string, settings: FileSettings): Promise<{ result?: FileResult; key: string }> {
    const entry = Object.hasOwn(this.old, filePath) ? this.old[filePath] : undefined;
    // Size, time and inode as they were when the bytes were hashed: the hash stands without reading the file again.
    const stat = this.stat(filePath);
    const print = stat && entry?.stamp === stat.stamp && entry.print ? entry.print : await fingerprint(filePath);
    const key = this.keyOf(print, settings);
    const trusted = stat && Date.now() - stat.mtimeMs > RACY_MS ? stat.stamp : undefined;
    // A file that cannot be read is linted afresh: the linter reports why.
    const readable = /^[0-9a-f]{64}$|^stat:/.test(print);
    if (!readable || !entry || entry.key !== key || !(await unchanged(entry.deps))) {
      this.misses++;
      if (readable) this.prints.set(filePath, { ...(trusted ? { stamp: trusted } : {}), print });
      return { key };
    }
    const { stamp: _stamp, print: _print, linksNoPage: _links, ...rest } = entry;
    const kept: Entry = rest;
    // What this run found (or knew) about its links, not what was written: settings may differ.
    if (this.noLinks.has(filePath)) kept.linksNoPage = true;
    const fresh = readable && trusted ? { ...kept, stamp: trusted, print } : kept;
    if (fresh.stamp !== entry.stamp || fresh.print !== entry.print || fresh.linksNoPage !== entry.linksNoPage) this.dirty = true;
    this.fresh[filePath] = fresh;
    const result = summarize(filePath, entry.messages, entry.suppressedMessages);
    return { result: entry.coverage ? { ...result, coverage: entry.coverage } : result, key };
  }

  /** Stores a result under the key `get` computed, with the files its lint read. */
  async set(filePath: string, key: string, read: Iterable<string>, result: FileResult): Promise<void> {
    this.dirty = true;
    this.fresh[filePath] = { key, ...this.prints.get(filePath), deps: await fingerprints(read), messages: result.messages, ...(result.suppressedMessages ? { suppressedMessages: result.suppressedMessages } : {}), ...(result.coverage ? { coverage: result.coverage } : {}), ...(this.noLinks.has(filePath) ? { linksNoPage: true as const } : {}) };
  }

  /**
   * Writes this run's entries, plus earlier ones for files still there that this run did not
   * lint (a hook linting two files must not forget the rest). Write to a temporary file and
   * rename: a crash or a parallel run never leaves half a cache. A run that changed nothing (every
   * result reused, every stamp the same) leaves the file as it is.
   */
  async save(): Promise<void> {
    const entries: Record<string, Entry> = {};
    for (const [file, entry] of Object.entries(this.old)) {
      if (file in this.fresh) continue;
      if (existsSync(file)) entries[file] = entry;
      else this.dirty = true;
    }
    Object.assign(entries, this.fresh);
    // What the rules were read from this run, with what earlier runs compiled and this one did not need to.
    const known = new Set(this.oldRules.map(([file]) => file));
    if (!this.dirty && ruleDependencies().every((f) => known.has(f))) return;
    const rules = await fingerprints([...known, ...ruleDependencies()]);
    const doc: CacheDocument = { magic: MAGIC, format: FORMAT, run: this.run, rules, entries };
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
