import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

/** The text the user asked for goes to stdout or to --output-file (its folder created). */
export function writeOutput(text: string, outputFile: string | undefined, cwd: string): void {
  if (!outputFile) {
    if (text) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  const file = path.resolve(cwd, outputFile);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (e) {
    throw outputError(e, outputFile);
  }
}

/** The same as writeOutput, for a report read back in chunks: stdout's pace is kept, so the chunks are not queued in memory. */
export async function writeOutputChunks(chunks: Iterable<string>, outputFile: string | undefined, cwd: string): Promise<void> {
  if (!outputFile) {
    let last = '';
    for (const chunk of batched(chunks)) {
      last = chunk;
      if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
    }
    if (last && !last.endsWith('\n')) process.stdout.write('\n');
    return;
  }
  const file = path.resolve(cwd, outputFile);
  let fd: number | null = null;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    fd = openSync(file, 'w');
    for (const chunk of batched(chunks)) writeSync(fd, chunk);
  } catch (e) {
    throw outputError(e, outputFile);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Characters a write takes at least (but the last): a streamed report comes a file's entry at a time. */
const WRITE_BATCH = 64 * 1024;

/**
 * The chunks joined into writes of WRITE_BATCH characters or more, none empty: a report held in
 * memory is one piece per file, and a system call (and a Buffer) for each of 2,000 entries of a
 * few hundred bytes was most of the cost of writing it.
 */
export function* batched(chunks: Iterable<string>): Generator<string> {
  let pending: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    if (!chunk) continue;
    pending.push(chunk);
    size += chunk.length;
    if (size >= WRITE_BATCH) {
      yield pending.join('');
      pending = [];
      size = 0;
    }
  }
  if (size) yield pending.join('');
}

function outputError(e: unknown, outputFile: string): UsageError {
  const code = (e as NodeJS.ErrnoException).code;
  const reason = (code && WRITE_ERRORS[code]) ?? (e as Error).message;
  return new UsageError(`cannot write --output-file ${outputFile}: ${reason}${code ? ` (${code})` : ''}`);
}

/** What the usual write failures mean, in words (mkdir reports a file in the way as EEXIST or ENOTDIR). */
const WRITE_ERRORS: Record<string, string> = {
  EEXIST: 'a file is in the way of its folder',
  ENOTDIR: 'a file is in the way of its folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
};

/**
 * `--color`/`--no-color` decide; then, as in chalk and ESLint, a report to a file has none,
 * NO_COLOR turns colours off, FORCE_COLOR=0 (or false) off and any other FORCE_COLOR on; else a
 * terminal has them.
 */
export function useColor(flag: boolean | undefined, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false;
  const force = process.env.FORCE_COLOR;
  if (force === '0' || force === 'false') return false;
  if (force !== undefined && force !== '') return true;
  return Boolean(process.stdout.isTTY);
}

/** Standard input's bytes, read up to one byte past `limit` (enough to say it is over). */
export async function readStdin(limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > limit) {
      process.stdin.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, limit + 1);
}

/** Runs `task` over `items` with at most `limit` in flight; results keep the items' order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  await forEachBounded(items, limit, async (item, i) => {
    results[i] = await task(item);
  });
  return results;
}

/** Runs `task` over `items` with at most `limit` in flight, keeping nothing. */
export async function forEachBounded<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
