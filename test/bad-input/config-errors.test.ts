import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin } from '../helpers/cli.js';

/**
 * Bad configs and packs stop the run with exit 2 and one line naming the file (and position).
 * Each case needs its own project, so the runs are spawned at once rather than one after another.
 */
const PACK_HEAD = 'id: p\nname: P\nversion: "1"\n';
const RULE = (extra: string): string => `rules:\n  - { id: r, check: pattern, severity: error, ${extra}, message: m, source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }\n`;

interface ConfigCase {
  name: string;
  files: Record<string, string>;
  args?: string[];
  /** The stderr line, `adlint: <file>:<line>:<col>: <reason>` where a file is involved. */
  stderr: RegExp;
  setup?: (dir: string) => void;
}

const CASES: ConfigCase[] = [
  { name: 'config not YAML', files: { '.adlint.yaml': 'platforms: [meta\n' }, stderr: /^adlint: .*\.adlint\.yaml:2:1: / },
  { name: 'config with unknown key', files: { '.adlint.yaml': 'platforms: [meta]\nplatfroms: [x]\n' }, stderr: /^adlint: .*\.adlint\.yaml:2:1: .*platfroms/ },
  { name: 'config with wrong type', files: { '.adlint.yaml': 'platforms: meta\n' }, stderr: /^adlint: .*\.adlint\.yaml:1:\d+: / },
  { name: 'config names an unknown platform', files: { '.adlint.yaml': 'platforms: [myspace]\n' }, stderr: /^adlint: .*\.adlint\.yaml.*unknown platform "myspace"/ },
  { name: 'config names an unknown rule', files: { '.adlint.yaml': 'platforms: [meta]\nrules: { meta/nope: off }\n' }, stderr: /^adlint: .*\.adlint\.yaml.*no rule "nope"/ },
  { name: 'config points at a missing pack', files: { '.adlint.yaml': 'packs: [missing.yaml]\nplatforms: [meta]\n' }, stderr: /^adlint: .*missing\.yaml/ },
  { name: 'config is a folder', files: { '.adlint.yaml/x': '' }, stderr: /^adlint: .*\.adlint\.yaml.*(EISDIR|directory)/ },
  { name: 'config is binary', files: { '.adlint.yaml': '\u0000\u0001\u0002' }, stderr: /^adlint: .*\.adlint\.yaml/ },
  { name: '--config file missing', files: {}, args: ['--config', 'nope.yaml'], stderr: /^adlint: .*nope\.yaml/ },
  // Both used to be skipped silently, so the files were linted without the config and passed.
  { name: 'config link loop', files: {}, setup: (d) => symlinkSync('.adlint.yaml', path.join(d, '.adlint.yaml')), stderr: /^adlint: .*\.adlint\.yaml.*ELOOP/ },
  { name: 'config dangling link', files: {}, setup: (d) => symlinkSync('gone.yaml', path.join(d, '.adlint.yaml')), stderr: /^adlint: .*\.adlint\.yaml.*ENOENT/ },
  { name: 'pack with schema error', files: { '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n', 'p.yaml': `${PACK_HEAD}rules:\n  - { id: r, check: nope }\n` }, stderr: /^adlint: .*p\.yaml:5:\d+: / },
  { name: 'pack not YAML', files: { '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n', 'p.yaml': 'id: [p\n' }, stderr: /^adlint: .*p\.yaml:2:1: / },
  { name: 'pack with an unsafe regex', files: { '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n', 'p.yaml': PACK_HEAD + RULE('pattern: "(?=a)(a+)+$"') }, stderr: /^adlint: .*p\.yaml:5:\d+: .*backtrack/ },
  { name: 'pack with an invalid regex', files: { '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n', 'p.yaml': PACK_HEAD + RULE('pattern: "(unclosed"') }, stderr: /^adlint: .*p\.yaml:5:\d+: .*invalid regular expression/ },
  {
    name: 'packs that extend each other',
    files: { '.adlint.yaml': 'packs: [a.yaml, b.yaml]\nplatforms: [a]\n', 'a.yaml': 'id: a\nname: A\nversion: "1"\nextends: [b]\nrules: []\n', 'b.yaml': 'id: b\nname: B\nversion: "1"\nextends: [a]\nrules: []\n' },
    stderr: /^adlint: .*(a|b)\.yaml:4:\d+: extends cycle/,
  },
  { name: 'pack extends an unknown pack', files: { '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n', 'p.yaml': `${PACK_HEAD}extends: [ghost]\nrules: []\n` }, stderr: /^adlint: .*p\.yaml:4:\d+: extends unknown pack "ghost"/ },
  {
    name: 'pack names a missing lexicon',
    files: { '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n', 'p.yaml': `${PACK_HEAD}rules:\n  - { id: r, check: terms, severity: error, lexicon: nowhere.yaml, message: m, source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }\n` },
    stderr: /^adlint: .*p\.yaml:5:\d+: .*nowhere\.yaml/,
  },
  { name: 'missing ignore file', files: {}, args: ['--ignore-path', 'no-such-ignore'], stderr: /^adlint: .*no-such-ignore/ },
];

function run(dir: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const outcomes = new Map<string, { code: number | null; stdout: string; stderr: string }>();

beforeAll(async () => {
  await Promise.all(
    CASES.map(async (c) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'adlint-bad-config-'));
      for (const [name, content] of Object.entries({ ...c.files, 'a.ad.yaml': 'copy: { headline: Linen }\n' })) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), content);
      }
      c.setup?.(dir);
      outcomes.set(c.name, await run(dir, ['a.ad.yaml', ...(c.args ?? [])]));
    }),
  );
}, 60_000);

describe('bad configs and packs', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: exit 2, one line naming the file', (_name, c) => {
    const r = outcomes.get(c.name)!;
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(c.stderr);
    // One line, no stack trace.
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
