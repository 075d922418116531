import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRegularFileSync } from '../fs/regular-file.js';
import { tryUnlink, userCacheRoot, writeCacheEntry } from '../fs/user-cache.js';
import { corePath } from '../package-paths.js';
import type { AutomatonTables } from '../text/aho-corasick.js';
import type { TermEntry, TermMatcherTables } from './terms.js';

/**
 * Compiled lexicons, stored between runs: a pre-commit hook lints one file, and parsing,
 * validating and compiling a 2,000-term lexicon cost most of such a run. An entry is named by the
 * hash of the lexicon's bytes and of the compiler's own source (written at build time, see
 * scripts/precompile-lexicons.mjs), so an edited lexicon or another adlint build never reads a
 * stale entry. Entries carry a digest of their payload: a truncated or damaged one is discarded
 * and the lexicon compiled again. Bundled lexicons are compiled at build time (dist/lexicon-cache,
 * read-only); others go to the user's cache folder (ADLINT_CACHE_DIR, or the platform's, see
 * `userCacheDir`). Failing to write is never an error: the next run compiles again.
 */

const MAGIC = Buffer.from('ADLNTLX1');
/** Bumped when the file layout changes. */
const FORMAT = 2;
/** At most this many compiled lexicons are kept in the user's cache folder (the oldest go first). */
const KEEP = 64;
/** An entry is read only up to this size (a 10,000-term lexicon compiles to a few MB). */
const MAX_ENTRY_SIZE = 256 * 1024 * 1024;

export const BUILD_LEXICON_CACHE_DIR = corePath('dist', 'lexicon-cache');
const COMPILER_ID_FILE = path.join(BUILD_LEXICON_CACHE_DIR, 'compiler-id');

/** What a lexicon compiles to: its validated data and its matcher's tables. */
export interface CompiledLexicon {
  data: { name: string; source?: string; terms: TermEntry[] };
  tables: TermMatcherTables;
}

/** The stored tables; the root's 65,536 entries are mostly 0, so they are stored as (unit, child) pairs (and its bit set made from them). */
const ARRAYS = [
  ['rootPairs', Int32Array],
  ['edges', Int32Array],
  ['links', Int32Array],
  ['output', Int32Array],
  ['dictLink', Int32Array],
  ['pairBits', Int32Array],
] as const;

let compilerId: string | null | undefined;

/** The build's compiler id, or null (no build-time id: nothing is cached). */
function readCompilerId(): string | null {
  if (compilerId === undefined) {
    try {
      compilerId = readRegularFileSync(COMPILER_ID_FILE, 1024).toString('utf8').trim() || null;
    } catch {
      compilerId = null;
    }
  }
  return compilerId;
}

/** The entry name for a lexicon's bytes, or null when this build caches nothing. */
export function compiledLexiconKey(bytes: Buffer, id = readCompilerId()): string | null {
  if (id === null) return null;
  return createHash('sha1').update(`adlint-lexicon\u0000${FORMAT}\u0000${id}\u0000${os.endianness()}\u0000`).update(bytes).digest('hex');
}

/** The folder for compiled lexicons of this user: `lexicons` in adlint's user cache folder (see userCacheRoot). */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const root = userCacheRoot(env);
  return root && path.join(root, 'lexicons');
}

/**
 * Whether these bytes are a lexicon the build compiled (its entry is in dist/lexicon-cache): such
 * a lexicon is known to be valid, so a rule naming it may be compiled on first use.
 */
export function isBuildCompiledLexicon(bytes: Buffer): boolean {
  const key = compiledLexiconKey(bytes);
  return key !== null && existsSync(path.join(BUILD_LEXICON_CACHE_DIR, `${key}.bin`));
}

/** The compiled lexicon stored under `key`, from the build's folder or the user's; undefined when none is whole. */
export function readCompiledLexicon(key: string): CompiledLexicon | undefined {
  for (const dir of [BUILD_LEXICON_CACHE_DIR, userCacheDir()]) {
    if (!dir) continue;
    const file = path.join(dir, `${key}.bin`);
    let bytes: Buffer;
    try {
      // Regular files only (a pipe planted in the cache folder would block the read).
      bytes = readRegularFileSync(file, MAX_ENTRY_SIZE);
    } catch {
      continue;
    }
    const compiled = decode(bytes);
    if (compiled) return compiled;
    // Damaged (a crash mid-write on a file system without atomic rename, a disk error): drop it.
    if (dir !== BUILD_LEXICON_CACHE_DIR) tryUnlink(file);
  }
  return undefined;
}

/** Stores a compiled lexicon in `dir` (the user's cache folder by default); any failure only means it is compiled again next time. */
export function writeCompiledLexicon(key: string, compiled: CompiledLexicon, dir = userCacheDir()): void {
  if (dir) writeCacheEntry(dir, `${key}.bin`, encode(compiled), dir === BUILD_LEXICON_CACHE_DIR ? Infinity : KEEP);
}

/** magic · u32 header length · header JSON { digest, json, arrays } · payload (JSON, then each table, 4-byte aligned). */
export function encode(compiled: CompiledLexicon): Buffer {
  const json = Buffer.from(JSON.stringify({ data: compiled.data, patterns: compiled.tables.patterns }));
  const parts: Buffer[] = [json, padding(json.length)];
  const arrays: [string, number][] = [];
  const tables = { ...compiled.tables.automaton, rootPairs: rootPairs(compiled.tables.automaton.rootNext) };
  for (const [name] of ARRAYS) {
    const a = tables[name];
    const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    parts.push(b, padding(b.length));
    arrays.push([name, a.length]);
  }
  const payload = Buffer.concat(parts);
  const header = Buffer.from(JSON.stringify({ digest: createHash('sha1').update(payload).digest('hex'), json: json.length, arrays }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return Buffer.concat([MAGIC, length, header, payload]);
}

/** The compiled lexicon in `bytes`, or undefined when they are not one whole entry. */
export function decode(bytes: Buffer): CompiledLexicon | undefined {
  try {
    if (bytes.length < MAGIC.length + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const headerLength = bytes.readUInt32LE(MAGIC.length);
    const start = MAGIC.length + 4 + headerLength;
    if (start > bytes.length) return undefined;
    const header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, start)) as { digest: string; json: number; arrays: [string, number][] };
    const payload = bytes.subarray(start);
    if (createHash('sha1').update(payload).digest('hex') !== header.digest) return undefined;
    const { data, patterns } = JSON.parse(payload.toString('utf8', 0, header.json)) as { data: CompiledLexicon['data']; patterns: TermMatcherTables['patterns'] };
    let at = align(header.json);
    const automaton: Partial<Record<(typeof ARRAYS)[number][0], Int32Array>> = {};
    ARRAYS.forEach(([name, Type], i) => {
      const [stored, length] = header.arrays[i]!;
      if (stored !== name) throw new Error(`table ${i} is ${stored}, not ${name}`);
      const byteLength = length * Type.BYTES_PER_ELEMENT;
      if (at + byteLength > payload.length) throw new Error('truncated');
      // A copy: the file's buffer need not be aligned for a typed-array view.
      const own = new Uint8Array(byteLength);
      own.set(payload.subarray(at, at + byteLength));
      automaton[name] = new Type(own.buffer);
      at += align(byteLength);
    });
    const { rootPairs: pairs, ...rest } = automaton;
    const rootNext = new Int32Array(0x10000);
    const rootBits = new Int32Array(0x10000 >> 5);
    for (let i = 0; i + 1 < pairs!.length; i += 2) {
      const unit = pairs![i]!;
      rootNext[unit] = pairs![i + 1]!;
      rootBits[unit >> 5]! |= 1 << (unit & 31);
    }
    return { data, tables: { patterns, automaton: { ...rest, rootNext, rootBits } as AutomatonTables } };
  } catch {
    return undefined;
  }
}

function rootPairs(rootNext: Int32Array): Int32Array {
  const pairs: number[] = [];
  rootNext.forEach((child, unit) => {
    if (child !== 0) pairs.push(unit, child);
  });
  return Int32Array.from(pairs);
}

const align = (n: number): number => (n + 3) & ~3;
const padding = (n: number): Buffer => Buffer.alloc(align(n) - n);

