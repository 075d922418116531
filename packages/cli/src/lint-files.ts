import { fixFile, withInputReads, type FileResult, type FileSettings, type FixedFileResult, type Linter, type MessageCategory } from '@adlint/core';
import type { ResultCache } from './cache.js';
import { mapBounded } from './io.js';
import { lintInPool } from './lint-pool.js';
import type { Progress } from './progress.js';

/** Files read at once: enough to overlap I/O, few enough to bound memory on huge folders. */
const READ_CONCURRENCY = 16;

/** `--fix` (write) or `--fix-dry-run` (compute only), limited to some message categories. */
export interface FixMode {
  write: boolean;
  types?: MessageCategory[];
}

/** Threads to lint on (see lint-pool.ts), and the config packs a worker thread loads. */
export interface PoolOptions {
  threads: number;
  packFiles: string[];
}

/**
 * Lints each file, from the cache where its entry is still valid; results keep the files' order.
 * Fixing always lints afresh: a cached result says nothing about the fixed text.
 */
export async function lintFiles(
  linter: Linter,
  files: readonly { file: string; settings: FileSettings }[],
  cache: ResultCache | null,
  progress: Progress,
  fix?: FixMode,
  pool?: PoolOptions,
): Promise<FixedFileResult[]> {
  // The pool lints plain runs; fixing writes files and the cache interleaves reads and writes per file, so both stay here.
  if (pool && pool.threads > 1 && !fix && !cache) {
    const pooled = await lintInPool(linter, files, pool.threads, pool.packFiles, () => progress.tick());
    if (pooled) {
      progress.done();
      return pooled;
    }
  }
  const results = await mapBounded(files, READ_CONCURRENCY, async ({ file, settings }) => {
    let result: FileResult;
    if (fix) {
      result = await fixFile(linter, file, settings, { write: fix.write, ...(fix.types ? { types: fix.types } : {}) });
    } else if (cache) {
      const cached = await cache.get(file, settings);
      if (cached.result) {
        result = cached.result;
      } else {
        // Keyed on what the lint actually read: media, landing pages, images named in a body or in defaults.
        const linted = await withInputReads(() => linter.lintFile(file, settings));
        result = linted.value;
        // A result without the text of its media (no OCR engine yet) must not outlive installing one.
        if (!linter.imageText.incomplete.has(file)) await cache.set(file, cached.key, linted.files, result);
      }
    } else {
      result = await linter.lintFile(file, settings);
    }
    progress.tick();
    return result;
  });
  progress.done();
  return results;
}
