import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { outsideProjectAllowed, type FileResult, type FileSettings, type Linter } from '@adlint/core';
import type { WorkerBatch, WorkerSetup } from './lint-worker.js';

/** `--concurrency`: a number of threads, `auto` (one per core for runs of autoMinFiles() or more), or `off` (= 1). */
export type Concurrency = number | 'auto' | 'off';

/** Below this many files a run stays on one thread: starting a worker (~0.2 s of a core) would cost more than it saves. */
export const AUTO_MIN_FILES = 200;
/**
 * The same on two cores, where the pool is one worker beside this thread, which also finds the
 * files, reads them for landing links and writes the report. Measured (bench corpora, 2,000-term
 * lexicon): the pool was slower at 2,000 and 10,000 files, even at 30,000, and 1.4× faster at
 * 100,000. On one core V8's own collector threads use the second core anyway.
 */
export const AUTO_MIN_FILES_TWO_CORES = 50_000;
/**
 * Batches a worker holds at once: it has the next when it finishes one, so it never waits for
 * this thread, which answers replies only between batches of its own (at two cores a worker
 * idled for a fifth of the run).
 */
const IN_FLIGHT = 2;
/** Files per message: few enough to share the work evenly, enough that messaging costs little. */
const BATCH = 16;
const MAX_AUTO_THREADS = 8;

/** How many threads lint `files` files: 1 means no pool. */
export function threadsFor(concurrency: Concurrency | undefined, files: number): number {
  if (concurrency === 'off') return 1;
  if (typeof concurrency === 'number') return Math.max(1, Math.min(concurrency, files));
  const cores = os.availableParallelism();
  if (files < (cores <= 2 ? AUTO_MIN_FILES_TWO_CORES : AUTO_MIN_FILES)) return 1;
  return Math.max(1, Math.min(cores, MAX_AUTO_THREADS));
}

/**
 * A worker's young generation, in MB (V8's default is 48 on 64-bit machines). Most of what a lint
 * allocates dies within a file, so a smaller nursery costs no measurable time; at 100,000 files
 * it lowers the pool's peak RSS by ~25 MB. Only the young generation is bounded: a cap on the old
 * one would kill a worker on a legitimately large file.
 */
export const WORKER_YOUNG_GENERATION_MB = 12;

/** How a pool's worker is started: the run's packs, and a small young generation. */
export function workerOptions(packFiles: string[]): WorkerOptions {
  return { workerData: { packFiles, allowOutsideProject: outsideProjectAllowed() } satisfies WorkerSetup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } };
}

/** Workers started ahead of linting (startWorkers), with the pack files they were given. */
let started: { packFiles: string; workers: Worker[] } | undefined;

/**
 * Starts the pool's workers while this thread still finds the files and reads them for landing
 * links: a worker takes ~0.2 s of a core to start (Node's own modules, adlint's, the packs),
 * which at 2,000 files was most of what it saved. They do not keep the process alive unless
 * lintInPool takes them; stopStartedWorkers ends any it did not.
 */
export function startWorkers(threads: number, packFiles: string[]): void {
  const entry = workerFile();
  if (!entry || threads < 2 || started) return;
  const workers = Array.from({ length: threads - 1 }, () => startWorker(entry, packFiles));
  for (const w of workers) w.unref();
  started = { packFiles: JSON.stringify(packFiles), workers };
}

export async function stopStartedWorkers(): Promise<void> {
  const left = started?.workers ?? [];
  started = undefined;
  await Promise.all(left.map((w) => w.terminate()));
}

/** The workers startWorkers started for this many threads and packs, else none (and those are stopped). */
async function takeStarted(threads: number, packFiles: string[]): Promise<Worker[] | undefined> {
  const fits = started && started.workers.length === threads - 1 && started.packFiles === JSON.stringify(packFiles) ? started.workers : undefined;
  if (fits) started = undefined;
  else await stopStartedWorkers();
  for (const w of fits ?? []) w.ref();
  return fits;
}

/** worker_threads is loaded when a pool starts: most runs have none, and loading it is ~1.5 ms of a one-file run. */
function startWorker(entry: string, packFiles: string[]): Worker {
  const { Worker: WorkerThread } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  return new WorkerThread(entry, workerOptions(packFiles));
}

/** The bundled worker entry (dist/adlint-worker.js, beside adlint.js) or the unbundled one (dist/lint-worker.js). */
function workerFile(): string | null {
  for (const candidate of ['./adlint-worker.js', '../adlint-worker.js', './lint-worker.js']) {
    const file = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(file)) return file;
  }
  return null;
}

/**
 * Lints the files on `threads` threads: this one and threads − 1 workers, each with its own
 * Linter holding the run's config packs. Work goes out in small batches to whichever thread is
 * free, and every result is handed on with its file's index (and released: a batch's results
 * are not kept), so the output is the same, in the same order, as on one thread. A batch a worker fails on (a broken pack, settings that cannot be
 * sent) is linted here, so an error surfaces exactly as it does without workers.
 */
export async function lintInPool(
  linter: Linter,
  files: readonly { file: string; settings: FileSettings }[],
  threads: number,
  packFiles: string[],
  onResult: (index: number, result: FileResult) => void,
): Promise<boolean> {
  const entry = workerFile();
  if (!entry || threads < 2) return false;
  const batches: number[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(Array.from({ length: Math.min(BATCH, files.length - i) }, (_, k) => i + k));
  let next = 0;
  const take = (): number[] | undefined => batches[next++];
  const lintHere = async (batch: number[]): Promise<void> => {
    for (const i of batch) {
      onResult(i, await linter.lintFile(files[i]!.file, files[i]!.settings));
    }
  };
  const workers = (await takeStarted(threads, packFiles)) ?? Array.from({ length: threads - 1 }, () => startWorker(entry, packFiles));
  try {
    const runWorker = (worker: Worker): Promise<void> =>
      new Promise<void>((resolve, reject) => {
        // The batches this worker holds, by message id.
        const held = new Map<number, number[]>();
        let nextId = 0;
        let stopped = false;
        const send = (): void => {
          const batch = stopped ? undefined : take();
          if (!batch) {
            if (held.size === 0) resolve();
            return;
          }
          const id = nextId++;
          try {
            worker.postMessage({ id, files: batch.map((i) => files[i]!) } satisfies WorkerBatch);
            held.set(id, batch);
          } catch {
            // Settings that cannot be cloned: this thread lints the batch, and the worker takes no more.
            stopped = true;
            lintHere(batch).then(send, reject);
          }
        };
        worker.on('message', (reply: { id: number; results?: FileResult[]; error?: string }) => {
          const batch = held.get(reply.id)!;
          held.delete(reply.id);
          if (reply.results) {
            reply.results.forEach((r, k) => onResult(batch[k]!, r));
            send();
          } else {
            lintHere(batch).then(send, reject);
          }
        });
        // A worker that dies (out of memory, a crash) hands its batches back and takes no more.
        worker.on('error', () => {
          stopped = true;
          const lost = [...held.values()];
          held.clear();
          void (async () => {
            for (const batch of lost) await lintHere(batch);
          })().then(resolve, reject);
        });
        for (let k = 0; k < IN_FLIGHT; k++) send();
      });
    const here = async (): Promise<void> => {
      for (let batch = take(); batch; batch = take()) {
        await lintHere(batch);
        // Linting resolves in microtasks: yield to the event loop so workers' replies are taken and they get more work.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    };
    await Promise.all([here(), ...workers.map(runWorker)]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return true;
}
