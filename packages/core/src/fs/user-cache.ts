import { mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * adlint's folder in this user's cache, shared by what is kept between runs (compiled lexicons,
 * the start-up code cache): `ADLINT_CACHE_DIR` when set (empty: keep nothing), else the
 * platform's cache folder (XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS,
 * %LOCALAPPDATA% on Windows) under `adlint`. This module imports nothing of adlint's own: the
 * CLI's launcher loads it before the bundle.
 */
export function userCacheRoot(env: NodeJS.ProcessEnv = process.env): string | null {
  const set = env.ADLINT_CACHE_DIR;
  if (set !== undefined) return set === '' ? null : path.resolve(set);
  const home = os.homedir();
  const base =
    process.platform === 'win32'
      ? (env.LOCALAPPDATA ?? (home ? path.join(home, 'AppData', 'Local') : null))
      : process.platform === 'darwin'
        ? home && path.join(home, 'Library', 'Caches')
        : (env.XDG_CACHE_HOME ?? (home ? path.join(home, '.cache') : null));
  return base ? path.join(base, 'adlint') : null;
}

/**
 * Stores `bytes` as `dir/name` through a temporary file renamed into place (a reader never sees
 * half an entry), then removes the oldest `.bin` entries past `keep`. Any failure (a read-only or
 * full disk) is swallowed: what is cached is only ever an optimisation.
 */
export function writeCacheEntry(dir: string, name: string, bytes: Uint8Array | readonly Uint8Array[], keep: number): void {
  try {
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, name);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, bytes instanceof Uint8Array ? bytes : Buffer.concat(bytes as Uint8Array[]));
    renameSync(temp, file);
    evictOldest(dir, keep);
  } catch {
    // A read-only or full disk: the next run does the work again.
  }
}

export function tryUnlink(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone, or not ours to remove.
  }
}

function evictOldest(dir: string, keep: number): void {
  const entries = readdirSync(dir).filter((n) => n.endsWith('.bin'));
  if (entries.length <= keep) return;
  const byAge = entries.map((n) => ({ file: path.join(dir, n), mtime: statSync(path.join(dir, n)).mtimeMs })).sort((a, b) => a.mtime - b.mtime);
  for (const e of byAge.slice(0, entries.length - keep)) tryUnlink(e.file);
}
