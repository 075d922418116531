import { parentPort, workerData } from 'node:worker_threads';
import { Linter, allowOutsideProject, resolveFoldersOnce, type FileSettings } from '@adlint/core';

/**
 * A worker thread of the lint pool (lint-pool.ts): its own Linter with the run's config packs,
 * linting the batches of files the main thread sends and answering each with its results.
 */
export interface WorkerSetup {
  packFiles: string[];
  /** The run's --allow-outside-project: process-wide in the main thread, each worker sets its own. */
  allowOutsideProject: boolean;
}
export interface WorkerBatch {
  id: number;
  files: { file: string; settings: FileSettings }[];
}

const setup = workerData as WorkerSetup;
allowOutsideProject(setup.allowOutsideProject);
// A worker lives for one run, as the main thread's lint command does (see resolveFoldersOnce).
resolveFoldersOnce(true);
const linter = new Linter();
for (const pack of setup.packFiles) linter.packs.addFile(pack);

/** Lints one batch and answers it; an error is answered too, for the main thread to lint the batch itself. */
async function answer(batch: WorkerBatch): Promise<void> {
  try {
    const results = [];
    for (const { file, settings } of batch.files) results.push(await linter.lintFile(file, settings));
    parentPort!.postMessage({ id: batch.id, results });
  } catch (e) {
    // The main thread lints the batch itself, so the error surfaces as in a run without workers.
    parentPort!.postMessage({ id: batch.id, error: (e as Error).message ?? String(e) });
  }
}

// The pool sends the next batch before this one is done (so this thread never waits for work):
// batches are linted one after another, each answered as soon as it is done.
let queue = Promise.resolve();
parentPort!.on('message', (batch: WorkerBatch) => {
  queue = queue.then(() => answer(batch));
});
