import type { FileResult, FileSettings, Linter } from '@adlint/core';
import type { ResultCache } from './cache.js';
import { mapBounded } from './io.js';
import type { Progress } from './progress.js';

/** Files read at once: enough to overlap I/O, few enough to bound memory on huge folders. */
const READ_CONCURRENCY = 16;

/** Lints each file, from the cache where its entry is still valid; results keep the files' order. */
export async function lintFiles(
  linter: Linter,
  files: readonly { file: string; settings: FileSettings }[],
  cache: ResultCache | null,
  progress: Progress,
): Promise<FileResult[]> {
  const results = await mapBounded(files, READ_CONCURRENCY, async ({ file, settings }) => {
    let result: FileResult;
    if (cache) {
      const cached = await cache.get(file, settings);
      result = cached.result ?? (await linter.lintFile(file, settings));
      if (!cached.result) await cache.set(file, cached.key, cached.mayNameMedia ? await linter.mediaNamedBy([file]) : [], result);
    } else {
      result = await linter.lintFile(file, settings);
    }
    progress.tick();
    return result;
  });
  progress.done();
  return results;
}
