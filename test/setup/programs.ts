import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { skippedPrograms, skipLine, type Program } from '../helpers/programs.js';

declare module 'vitest' {
  export interface ProvidedContext {
    skippedPrograms: Program[];
  }
}

/** Decides once per run which program-dependent tests are skipped, and says so once each. */
export default function setup(project: TestProject): void {
  // Compiled lexicons of test runs go to a folder of their own, not the user's cache.
  process.env.ADLINT_CACHE_DIR ??= mkdtempSync(path.join(tmpdir(), 'adlint-test-cache-'));
  const skipped = skippedPrograms();
  for (const program of skipped) process.stdout.write(`${skipLine(program)}\n`);
  project.provide('skippedPrograms', skipped);
}
