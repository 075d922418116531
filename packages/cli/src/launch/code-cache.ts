import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { statSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { readRegularFileSync, userCacheRoot, writeCacheEntry } from '@adlint/core/launch';

/**
 * Loading the CLI's bundle (dist/adlint.cjs) through V8's code cache. Compiling 2 MB of
 * JavaScript was a third of a one-file run, the pre-commit case, and Node 20 keeps no compiled
 * code between runs. So the bundle is CommonJS, compiled here as a vm.Script: the first run
 * stores what V8 compiled *by the end of the run* (the functions a lint calls, not only the top
 * level, which is all a cache made at compile time would hold) and later runs start from it.
 *
 * An entry is named by the bundle's build id (a hash of its bytes), Node's version and the CPU
 * architecture. Its header repeats the bundle's size and mtime, so a bundle edited in place never
 * uses it, and carries a digest of V8's data, so a damaged entry is never run (V8 checks its own
 * version, flags and the data's length, not its bytes). V8 refuses data made under other flags;
 * such an entry, like a damaged one, is written again at exit. Entries live in `code/` of the
 * user's cache folder (ADLINT_CACHE_DIR; empty keeps nothing), at most KEEP of them.
 */

const MAGIC = 'ADLNTCC1';
/** magic · u32 flags (LINTED) · f64 bundle size · f64 bundle mtime (ms) · SHA-256 of the data · V8's cached data. */
const HEADER = 8 + 4 + 8 + 8 + 32;
const KEEP = 4;
/** An entry is a few MB; anything far larger is not one of ours. */
const MAX_ENTRY = 64 * 1024 * 1024;
/** The entry was made by a run that linted, so it holds what a lint compiles; one made by `adlint --version` does not, and a lint replaces it. */
const LINTED = 1;

const WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'] as const;

export interface LoadedBundle<T> {
  exports: T;
  /** What happened to the code cache, for `--debug`. */
  note: string;
  /** Called by a run that lints: its entry then holds what a lint compiles. */
  linted(): void;
}

interface Entry {
  data: Buffer;
  flags: number;
}

/**
 * Runs the CommonJS bundle at `bundleFile` and returns its exports. `writer`: this thread stores
 * the entry at exit when there is none, V8 refused it, or it was made by a run that did not lint
 * and this one does (the main thread; a lint pool's workers only read).
 */
export function loadBundle<T>(bundleFile: string, buildId: string, writer: boolean): LoadedBundle<T> {
  const bytes = readFileSync(bundleFile);
  // The build writes the bundle in ASCII (scripts/bundle.mjs), which decodes several times faster as Latin-1 than as UTF-8.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const root = userCacheRoot();
  const dir = root && path.join(root, 'code');
  const stat = statSync(bundleFile);
  const entryFile = dir && path.join(dir, `${buildId}-${process.version}-${process.arch}.bin`);
  const read = entryFile ? readEntry(entryFile, stat.size, stat.mtimeMs) : undefined;
  const entry = typeof read === 'object' ? read : undefined;
  const script = new vm.Script(WRAPPER[0] + source + WRAPPER[1], {
    filename: bundleFile,
    ...(entry ? { cachedData: entry.data } : {}),
  });
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(bundleFile), module, bundleFile, path.dirname(bundleFile));

  const refused = entry !== undefined && script.cachedDataRejected === true;
  let flags = 0;
  if (writer && entryFile && dir) {
    process.once('exit', () => {
      if (entry && !refused && (entry.flags & LINTED || !(flags & LINTED))) return;
      const header = Buffer.alloc(HEADER);
      header.write(MAGIC, 0, 'latin1');
      header.writeUInt32LE(flags, 8);
      header.writeDoubleLE(stat.size, 12);
      header.writeDoubleLE(stat.mtimeMs, 20);
      const data = script.createCachedData();
      digest(data).copy(header, 28);
      writeCacheEntry(dir, path.basename(entryFile), [header, data], KEEP);
    });
  }
  const again = writer ? ', written again at exit' : '';
  const note = !entryFile
    ? 'start-up code cache: off (no user cache folder, or ADLINT_CACHE_DIR is empty)'
    : read === 'damaged'
      ? `start-up code cache ${entryFile}: damaged, not used${again}`
      : !entry
        ? `start-up code cache ${entryFile}: none yet${writer ? ', written at exit' : ''}`
        : refused
          ? `start-up code cache ${entryFile}: refused by V8 (another Node build or V8 flags)${again}`
          : `start-up code cache ${entryFile}: used`;
  return {
    exports: module.exports,
    note,
    linted: () => {
      flags |= LINTED;
    },
  };
}

/** The entry for this bundle; undefined when there is none (or it is another bundle's), `damaged` when its data fails the digest. */
function readEntry(file: string, bundleSize: number, bundleMtime: number): Entry | 'damaged' | undefined {
  let bytes: Buffer;
  try {
    // Regular files only: a pipe planted in the cache folder would block the read.
    bytes = readRegularFileSync(file, MAX_ENTRY);
  } catch {
    return undefined;
  }
  if (bytes.length <= HEADER || bytes.toString('latin1', 0, 8) !== MAGIC) return undefined;
  if (bytes.readDoubleLE(12) !== bundleSize || bytes.readDoubleLE(20) !== bundleMtime) return undefined;
  const data = bytes.subarray(HEADER);
  if (!digest(data).equals(bytes.subarray(28, HEADER))) return 'damaged';
  return { data, flags: bytes.readUInt32LE(8) };
}

function digest(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}
