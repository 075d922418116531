import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, adlintJson, bin, pointedText, tempProject } from './helpers/cli.js';

const BAD = 'platforms: [meta]\ncopy: { headline: Breathable Linen Shirts for Every Summer Weekend }\n';
const GOOD = 'platforms: [meta]\ncopy: { headline: Linen }\n';

describe('--stdin', () => {
  it('lints standard input as the named file: its reader, its config, its path in the report', () => {
    const dir = tempProject({ 'campaign/.adlint.yaml': 'platforms: [meta]\n' });
    const text = 'copy:\n  headline: Breathable Linen Shirts for Every Summer Weekend\n';
    const { code, results } = adlintJson(['--stdin', '--stdin-filename', 'campaign/new.ad.yaml'], { cwd: dir, input: text });
    expect(code).toBe(0);
    expect(results).toHaveLength(1);
    expect(results[0]!.filePath).toBe(path.join(dir, 'campaign/new.ad.yaml'));
    const m = results[0]!.messages.find((x) => x.ruleId === 'meta/headline-length')!;
    expect(m).toMatchObject({ line: 2, column: 53 });
    expect(pointedText(text, m)).toBe(' Weekend');
  });

  it('the name picks the JSON reader; positions are in the JSON text', () => {
    const dir = tempProject({});
    const text = '{\n  "platforms": ["meta"],\n  "copy": { "headline": "Breathable Linen Shirts for Every Summer Weekend" }\n}\n';
    const { results } = adlintJson(['--stdin', '--stdin-filename', 'x.ad.json'], { cwd: dir, input: text });
    const m = results[0]!.messages.find((x) => x.ruleId === 'meta/headline-length')!;
    expect(m).toMatchObject({ line: 3 });
    expect(pointedText(text, m)).toBe(' Weekend');
  });

  it('stylish output names the file given by --stdin-filename', () => {
    const dir = tempProject({});
    const r = adlint(['--stdin', '--stdin-filename', 'drafts/a.ad.yaml', '--platform', 'google-ads'], { cwd: dir, input: 'placement: search\ncopy: { headlines: [a] }\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('drafts/a.ad.yaml');
  });
});

describe('--ignore-path and --no-ignore', () => {
  const files = {
    '.adlint.yaml': 'ignore: ["drafts/**"]\n',
    '.adlintignore': 'old/\n',
    'custom.ignore': 'live/\n',
    'drafts/a.ad.yaml': BAD,
    'old/b.ad.yaml': BAD,
    'live/c.ad.yaml': BAD,
    'node_modules/x/d.ad.yaml': BAD,
  };
  const linted = (args: string[], dir: string): string[] => adlintJson(args, { cwd: dir }).results.map((r) => path.relative(dir, r.filePath));

  it('--ignore-path replaces .adlintignore', () => {
    const dir = tempProject(files);
    expect(linted(['.'], dir)).toEqual(['live/c.ad.yaml']);
    expect(linted(['.', '--ignore-path', 'custom.ignore'], dir)).toEqual(['old/b.ad.yaml']);
  });

  it('--no-ignore lints what ignore files and config patterns skip, but never node_modules', () => {
    const dir = tempProject(files);
    expect(linted(['.', '--no-ignore'], dir)).toEqual(['drafts/a.ad.yaml', 'live/c.ad.yaml', 'old/b.ad.yaml']);
  });

  it('a missing --ignore-path file is exit 2', () => {
    const dir = tempProject(files);
    expect(adlint(['.', '--ignore-path', 'nope'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'adlint: ignore file not found: nope\n' });
  });
});

describe('--shard', () => {
  const names = Array.from({ length: 7 }, (_, i) => `c${i}/x.ad.yaml`);
  const dir = tempProject(Object.fromEntries(names.map((n) => [n, BAD])));
  const shard = (s: string): string[] => adlintJson(['--shard', s], { cwd: dir }).results.map((r) => path.relative(dir, r.filePath));

  it('splits the sorted file list into disjoint, balanced, repeatable parts that cover every file', () => {
    const parts = ['1/3', '2/3', '3/3'].map(shard);
    expect(parts.map((p) => p.length)).toEqual([3, 2, 2]);
    expect(parts.flat().sort()).toEqual(names);
    expect(shard('2/3')).toEqual(parts[1]);
    expect(shard('1/1')).toEqual(names);
  });

  it.each(['3/2', '0/2', '1/0', 'a/b', '2'])('--shard %s is exit 2', (value) => {
    const r = adlint(['--shard', value], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`option '--shard <i/n>' argument '${value}' is invalid. expected <i>/<n> with 1 <= i <= n`);
  });

  it('cannot be combined with --stdin', () => {
    expect(adlint(['--stdin', '--shard', '1/2'], { cwd: dir, input: GOOD })).toMatchObject({ code: 2, stderr: expect.stringContaining('--shard') });
  });
});

describe('progress line', () => {
  const many = tempProject(Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`f${String(i).padStart(3, '0')}.ad.yaml`, GOOD])));
  /** Runs adlint under `script`, which gives it a terminal; the environment is clean of CI variables. */
  const inTerminal = (args: string[], env: Record<string, string> = {}): string => {
    const command = [process.execPath, bin, ...args].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: many,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: many, TERM: 'dumb', NO_COLOR: '1', ...env },
    });
    if (r.error) throw new Error(`script (util-linux, Debian's bsdutils) is needed for this test: ${r.error.message}`);
    return r.stdout;
  };

  it('shows on a terminal for long runs, then clears itself', () => {
    const out = inTerminal([]);
    expect(out).toMatch(/adlint: \d+\/120 files/);
    expect(out).toContain('\r\x1b[K');
  });

  it('never in CI, with machine-readable output, or when stderr is not a terminal', () => {
    expect(inTerminal([], { CI: 'true' })).not.toContain('files');
    expect(inTerminal(['--format', 'json'])).not.toContain('files');
    expect(adlint([], { cwd: many }).stderr).toBe('');
  });
});
