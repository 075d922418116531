import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';

/**
 * The files a result depended on, so a cache can key on exactly what was read (and not, as it
 * once did, on a guess from re-parsing packs, which missed lexicons inside `conditional`).
 *
 * Two kinds: files rules are built from (packs, lexicons, configs, vocabulary: everything read
 * through readConfigFile) are noted for the whole process and for the rule being compiled;
 * files a creative's checks read (media, landing pages, images named in a body or in defaults)
 * are noted for the file being linted, which AsyncLocalStorage follows through the awaits of
 * files linted side by side.
 */
const ruleFiles = new Set<string>();
const compiling: Set<string>[] = [];
const linting = new AsyncLocalStorage<Set<string>>();

/** A file rules are made of was read (or taken from a per-process cache: it still matters). */
export function noteRuleRead(file: string): void {
  const abs = path.resolve(file);
  ruleFiles.add(abs);
  for (const set of compiling) set.add(abs);
}

/** A file a creative's checks read, or tried to: a missing file matters too, it may appear. */
export function noteInputRead(file: string): void {
  linting.getStore()?.add(path.resolve(file));
}

/** Every file rules were made of in this process so far. */
export function ruleDependencies(): string[] {
  return [...ruleFiles].sort();
}

/** Runs a (synchronous) rule compilation and gives the files it read. */
export function withRuleReads<T>(build: () => T): { value: T; files: string[] } {
  const files = new Set<string>();
  compiling.push(files);
  try {
    return { value: build(), files: [...files].sort() };
  } finally {
    compiling.pop();
  }
}

/** Runs the lint of one file and gives the files its checks read. */
export async function withInputReads<T>(lint: () => Promise<T>): Promise<{ value: T; files: string[] }> {
  const files = new Set<string>();
  const value = await linting.run(files, lint);
  return { value, files: [...files].sort() };
}
