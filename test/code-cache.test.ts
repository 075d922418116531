import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, type CliRun } from './helpers/cli.js';

// The launcher's V8 code cache (packages/cli/src/launch/code-cache.ts), seen as a user sees it:
// `--debug` says what became of it, and the report never depends on it.

const FILE = 'examples/spring-sale/google/search-dresses.ad.yaml';
const ENTRY_NAME = new RegExp(`^[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.bin$`);

function run(cache: string, args = [FILE, '--format', 'json']): CliRun {
  return adlint([...args, '--debug'], { env: { ADLINT_CACHE_DIR: cache } });
}

function note(r: CliRun): string | undefined {
  return r.stderr.split('\n').find((l) => l.includes('start-up code cache'));
}

function freshCache(): string {
  return mkdtempSync(path.join(tmpdir(), 'adlint-code-cache-'));
}

/** The one entry in the cache folder. */
function entryOf(cache: string): string {
  const names = readdirSync(path.join(cache, 'code'));
  expect(names).toHaveLength(1);
  expect(names[0]).toMatch(ENTRY_NAME);
  return path.join(cache, 'code', names[0]!);
}

describe('the start-up code cache', () => {
  it('is written by the first run and used by the next, which reports the same', () => {
    const cache = freshCache();
    const first = run(cache);
    expect(note(first)).toMatch(/start-up code cache .*code.*: none yet, written at exit$/);
    const entry = entryOf(cache);
    expect(statSync(entry).size).toBeGreaterThan(100_000);
    const second = run(cache);
    expect(note(second)).toMatch(/: used$/);
    expect(second.code).toBe(first.code);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stdout).toContain('"ruleId"');
  });

  it('an entry damaged on disk is never run, one V8 refuses or made for another bundle is not used; each is written again', () => {
    const cache = freshCache();
    const expected = run(cache).stdout;
    const entry = entryOf(cache);
    const good = readFileSync(entry);

    // Bytes deep in V8's data changed (a disk error): V8 itself would run them, the digest does not let it.
    const damaged = Buffer.from(good);
    for (let i = damaged.length >> 1; i < (damaged.length >> 1) + 64; i++) damaged[i]! ^= 0xff;
    writeFileSync(entry, damaged);
    const afterDamage = run(cache);
    expect(note(afterDamage)).toMatch(/: damaged, not used, written again at exit$/);
    expect(afterDamage.stdout).toBe(expected);
    expect(note(run(cache))).toMatch(/: used$/);

    // Other V8 flags (here from NODE_OPTIONS): V8 refuses the data; the run is unaffected.
    const otherFlags = adlint([FILE, '--format', 'json', '--debug'], { env: { ADLINT_CACHE_DIR: cache, NODE_OPTIONS: '--max-old-space-size=900' } });
    expect(note(otherFlags)).toMatch(/: refused by V8 .*, written again at exit$/);
    expect(otherFlags.stdout).toBe(expected);

    // Made for a bundle of another size or time (edited in place): not this bundle's entry.
    const otherBundle = readFileSync(entry);
    otherBundle.writeDoubleLE(otherBundle.readDoubleLE(20) - 1000, 20);
    writeFileSync(entry, otherBundle);
    expect(note(run(cache))).toMatch(/: none yet, written at exit$/);
    expect(note(run(cache))).toMatch(/: used$/);

    // Cut short: not an entry.
    writeFileSync(entry, good.subarray(0, 20));
    const cut = run(cache);
    expect(note(cut)).toMatch(/: none yet, written at exit$/);
    expect(cut.stdout).toBe(expected);
  });

  it('an entry made by a run that used little of adlint (`--version`) is replaced after a lint', () => {
    const cache = freshCache();
    expect(adlint(['--version'], { env: { ADLINT_CACHE_DIR: cache } }).code).toBe(0);
    const entry = entryOf(cache);
    const small = statSync(entry).size;
    expect(note(run(cache))).toMatch(/: used$/);
    const grown = statSync(entry).size;
    expect(grown).toBeGreaterThan(small * 1.25);
    // The lint's own entry is kept by the next lint.
    const before = statSync(entry).mtimeMs;
    expect(note(run(cache))).toMatch(/: used$/);
    expect(statSync(entry).mtimeMs).toBe(before);
  });

  it('an empty ADLINT_CACHE_DIR keeps nothing', () => {
    const r = run('');
    expect(note(r)).toMatch(/start-up code cache: off /);
    expect(r.stdout).toContain('"ruleId"');
  });

  it('a cache folder that cannot be made costs nothing but speed', () => {
    // A file where the folder would be: no folder can be made under it (root ignores permissions, this does not).
    const blocker = path.join(freshCache(), 'not-a-folder');
    writeFileSync(blocker, 'x');
    const first = run(blocker);
    expect(first.stderr.split('\n').filter((l) => l && !l.startsWith('adlint:debug'))).toEqual([]);
    expect(note(first)).toMatch(/: none yet, written at exit$/);
    expect(run(blocker).stdout).toBe(first.stdout);
    expect(readFileSync(blocker, 'utf8')).toBe('x');
  });

  it.skipIf(process.platform === 'win32')('a pipe planted as the entry is not read (the run would block) and is replaced', () => {
    const cache = freshCache();
    run(cache);
    const entry = entryOf(cache);
    execFileSync('rm', [entry]);
    execFileSync('mkfifo', [entry]);
    const r = adlint([FILE, '--debug'], { env: { ADLINT_CACHE_DIR: cache }, timeout: 20_000 });
    expect(r.code).not.toBe(-1);
    expect(note(r)).toMatch(/: none yet, written at exit$/);
    expect(statSync(entry).isFile()).toBe(true);
  });
});
