import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, adlintJson, tempProject } from './helpers/cli.js';

const PACK = (max: number): string => `id: p
name: P
version: "1"
rules:
  - id: short
    check: length
    severity: error
    applies: { fields: [copy.headline] }
    max: ${max}
    message: Headline is {{actual}} characters.
    source: s
    confidence: documented
    examples: { valid: [{ copy: { headline: ok } }], invalid: [{ copy: { headline: much too long for this } }] }
  - id: claims
    check: terms
    severity: warning
    lexicon: lexicons/claims.yaml
    message: "Claim: {{term}}."
    source: s
    confidence: documented
    examples: { valid: [{ copy: { headline: ok } }], invalid: [{ copy: { headline: the best } }] }
`;
const LEXICON = (term: string): string => `name: Claims\nterms:\n  - term: ${term}\n  - term: best\n`;

function project(): string {
  return tempProject({
    '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n',
    'p.yaml': PACK(5),
    'lexicons/claims.yaml': LEXICON('miracle'),
    'a.ad.yaml': 'copy:\n  headline: Far too long\nmedia:\n  - { path: img/a.png, role: main }\n',
    'b.ad.yaml': 'copy:\n  headline: ok\n',
    'img/a.png': 'first bytes',
  });
}

/** Rewrites every cached message so the next run shows whether it read the cache. */
function tamper(file: string): void {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  for (const entry of Object.values(doc.entries) as { messages: { message: string }[] }[]) {
    for (const m of entry.messages) m.message = 'FROM CACHE';
  }
  writeFileSync(file, JSON.stringify(doc));
}

const messagesOf = (dir: string, args: string[] = []): string[] =>
  adlintJson(['--cache', ...args], { cwd: dir }).results.flatMap((r) => r.messages.map((m) => m.message));

describe('--cache', () => {
  it('reuses results of unchanged files and gives the same report as without a cache', () => {
    const dir = project();
    const plain = adlint(['--format', 'json'], { cwd: dir });
    const cold = adlint(['--cache', '--format', 'json'], { cwd: dir });
    expect(existsSync(path.join(dir, '.adlintcache'))).toBe(true);
    const warm = adlint(['--cache', '--format', 'json'], { cwd: dir });
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
    tamper(path.join(dir, '.adlintcache'));
    expect(messagesOf(dir)).toEqual(['FROM CACHE']);
  });

  const invalidations: [string, (dir: string) => string[]][] = [
    ['the file changes', (dir) => (writeFileSync(path.join(dir, 'a.ad.yaml'), 'copy:\n  headline: Still too long\n'), [])],
    ['a medium it names changes', (dir) => (writeFileSync(path.join(dir, 'img/a.png'), 'other bytes'), [])],
    ['the pack changes', (dir) => (writeFileSync(path.join(dir, 'p.yaml'), PACK(6)), [])],
    ['a lexicon of the pack changes', (dir) => (writeFileSync(path.join(dir, 'lexicons/claims.yaml'), LEXICON('wonder')), [])],
    ['the config changes', (dir) => (writeFileSync(path.join(dir, '.adlint.yaml'), 'packs: [p.yaml]\nplatforms: [p]\ndefaults: { locale: en-US }\n'), [])],
    ['--platform changes', () => ['--platform', 'p,meta']],
  ];
  it.each(invalidations)('is not used when %s', (_name, change) => {
    const dir = project();
    adlint(['--cache'], { cwd: dir });
    tamper(path.join(dir, '.adlintcache'));
    // Without the change the cache answers, so what follows tests the change alone.
    expect(messagesOf(dir)).toEqual(['FROM CACHE']);
    const args = change(dir);
    const messages = messagesOf(dir, args);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages).not.toContain('FROM CACHE');
  });

  it.each([
    ['corrupt', 'not json {'],
    ['foreign', JSON.stringify({ version: '9.0.0', files: { 'a.ad.yaml': { hash: 'x' } } })],
    ['truncated', '{"magic":"adlint-cache","format":1,"run":"'],
  ])('ignores a %s cache file and replaces it with a valid one', (_name, content) => {
    const dir = project();
    const expected = adlint(['--format', 'json'], { cwd: dir });
    writeFileSync(path.join(dir, '.adlintcache'), content);
    const r = adlint(['--cache', '--format', 'json'], { cwd: dir });
    expect(r).toEqual(expected);
    expect(JSON.parse(readFileSync(path.join(dir, '.adlintcache'), 'utf8'))).toMatchObject({ magic: 'adlint-cache', entries: expect.any(Object) });
  });

  it('keeps entries of files a run did not lint (a hook lints a few files at a time)', () => {
    const dir = project();
    adlint(['--cache'], { cwd: dir });
    adlint(['--cache', 'b.ad.yaml'], { cwd: dir });
    const entries = Object.keys(JSON.parse(readFileSync(path.join(dir, '.adlintcache'), 'utf8')).entries);
    expect(entries.map((e) => path.basename(e)).sort()).toEqual(['a.ad.yaml', 'b.ad.yaml']);
  });

  it('--cache-location takes a file or a folder', () => {
    const dir = project();
    adlint(['--cache', '--cache-location', 'tmp/cache.json'], { cwd: dir });
    expect(existsSync(path.join(dir, 'tmp/cache.json'))).toBe(true);
    adlint(['--cache', '--cache-location', 'cachedir/'], { cwd: dir });
    expect(existsSync(path.join(dir, 'cachedir/.adlintcache'))).toBe(true);
    expect(existsSync(path.join(dir, '.adlintcache'))).toBe(false);
  });

  it('a cache that cannot be written is a warning, not a failure', () => {
    const dir = project();
    writeFileSync(path.join(dir, 'blocker'), '');
    const r = adlint(['--cache', '--cache-location', 'blocker/cache', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
    expect(r.stderr).toMatch(/^adlint: cannot write cache .*blocker\/cache: /);
  });
});
