import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, adlintJson, tempProject } from './helpers/cli.js';
import { tinyPng } from './fixtures/bad-media.mjs';
import { testPack } from './helpers/packs.js';

/** The image rule both test packs carry: a PNG named as the main image. */
const PNG_RULE = `  - id: png
    check: image
    severity: error
    applies: { roles: [main] }
    formats: [png]
    message: "{{problem}}"
    source: s
    confidence: documented
    examples: { valid: [{}], invalid: [{}] }
`;
const PACK = (max: number): string => testPack(`  - id: short
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
${PNG_RULE}`);
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
    expect(messagesOf(dir)).toEqual(['FROM CACHE', 'FROM CACHE']);
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
    expect(messagesOf(dir)).toEqual(['FROM CACHE', 'FROM CACHE']);
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

  it('trusts an unchanged size, time and inode without hashing again, but not a file modified just now', () => {
    const dir = project();
    const hourAgo = new Date(Date.now() - 3600_000);
    for (const f of ['a.ad.yaml', 'b.ad.yaml']) utimesSync(path.join(dir, f), hourAgo, hourAgo);
    adlint(['--cache'], { cwd: dir });
    const stamps = () => Object.fromEntries(Object.entries(JSON.parse(readFileSync(path.join(dir, '.adlintcache'), 'utf8')).entries as Record<string, { stamp?: string }>).map(([f, e]) => [path.basename(f), e.stamp]));
    expect(stamps()).toEqual({ 'a.ad.yaml': expect.stringMatching(/^\d+:[\d.]+:\d+$/), 'b.ad.yaml': expect.stringMatching(/^\d+:[\d.]+:\d+$/) });
    tamper(path.join(dir, '.adlintcache'));
    expect(messagesOf(dir)).toEqual(['FROM CACHE', 'FROM CACHE']);
    // The same size, a new time: hashed, changed, linted afresh; too recent for its stamp to be kept.
    writeFileSync(path.join(dir, 'a.ad.yaml'), readFileSync(path.join(dir, 'a.ad.yaml'), 'utf8').replace('Far too long', 'Far too LONG'));
    const fresh = messagesOf(dir);
    expect(fresh).toContain('Headline is 12 characters.');
    expect(fresh).not.toContain('FROM CACHE');
    expect(stamps()['a.ad.yaml']).toBeUndefined();
    expect(stamps()['b.ad.yaml']).toEqual(expect.stringMatching(/^\d+:/));
  });

  it("trusts the stamps of packs and lexicons that have not changed, and notices one that has", () => {
    const dir = project();
    const hourAgo = new Date(Date.now() - 3600_000);
    for (const f of ['.adlint.yaml', 'p.yaml', 'lexicons/claims.yaml', 'a.ad.yaml', 'b.ad.yaml', 'img/a.png']) utimesSync(path.join(dir, f), hourAgo, hourAgo);
    adlint(['--cache'], { cwd: dir });
    const rules = JSON.parse(readFileSync(path.join(dir, '.adlintcache'), 'utf8')).rules as string[][];
    expect(rules.find(([f]) => f!.endsWith('claims.yaml'))).toEqual([path.join(dir, 'lexicons/claims.yaml'), expect.stringMatching(/^[0-9a-f]{64}$/), expect.stringMatching(/^\d+:[\d.]+:\d+$/)]);
    tamper(path.join(dir, '.adlintcache'));
    expect(messagesOf(dir)).toEqual(['FROM CACHE', 'FROM CACHE']);
    writeFileSync(path.join(dir, 'lexicons/claims.yaml'), LEXICON('too'));
    const fresh = messagesOf(dir);
    expect(fresh).not.toContain('FROM CACHE');
    expect(fresh).toContain('Claim: too.');
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

describe('--cache keys on every file a result depended on', () => {
  const CONDITIONAL_PACK = `id: c
name: C
version: "1"
roles:
  main: { description: "The main image." }
rules:
  - id: claim-needs-terms
    check: conditional
    severity: error
    when: { lexicon: lexicons/cond.yaml }
    then: { fields: [copy.description], present: true }
    message: A claim needs its terms in the description.
    source: s
    confidence: documented
    examples: { valid: [{ copy: { headline: ok } }], invalid: [{ copy: { headline: free gift } }] }
${PNG_RULE}`;
  const GOOD_PAGE = `---\nlocale: en-US\n---\n# Spring sale\n\nLinen shirts $19.99, 50% off. Free shipping on every order.\n\n` +
    `Contact us: help@shop.example · Returns & refunds within 30 days · Privacy Policy · Terms of Service · Shop Goods LLC\n`;
  const png = tinyPng();

  const scenarios: [string, Record<string, string | Buffer>, (dir: string) => void][] = [
    ['a lexicon named only inside a conditional', {
      '.adlint.yaml': 'packs: [c.yaml]\nplatforms: [c]\n',
      'c.yaml': CONDITIONAL_PACK,
      'lexicons/cond.yaml': 'name: Cond\nterms:\n  - term: miracle\n',
      'a.ad.yaml': 'copy:\n  headline: free gift inside\n',
    }, (dir) => writeFileSync(path.join(dir, 'lexicons/cond.yaml'), 'name: Cond\nterms:\n  - term: free gift\n')],
    ['a linked landing page', {
      'a.ad.yaml': 'platforms: [tiktok]\nplacement: in_feed\nlocale: en-US\nlanding: ./sale.landing.md\ncopy:\n  primary_text: Linen shirts $19.99\n',
      'sale.landing.md': GOOD_PAGE,
    }, (dir) => writeFileSync(path.join(dir, 'sale.landing.md'), GOOD_PAGE.replace('Returns & refunds within 30 days · ', '').replace('Privacy Policy · ', ''))],
    ['an image named in a Markdown body', {
      '.adlint.yaml': 'packs: [c.yaml]\nplatforms: [c]\n',
      'c.yaml': CONDITIONAL_PACK,
      'lexicons/cond.yaml': 'name: Cond\nterms:\n  - term: miracle\n',
      'a.listing.md': '---\nlocale: en-US\n---\n# Linen shirt\n\n![Front](front.png "main")\n',
      'front.png': png,
    }, (dir) => writeFileSync(path.join(dir, 'front.png'), 'not a png any more')],
    ['an image named in config defaults.media', {
      '.adlint.yaml': 'packs: [c.yaml]\nplatforms: [c]\ndefaults:\n  media:\n    - { path: img/logo.png, role: main }\n',
      'c.yaml': CONDITIONAL_PACK,
      'lexicons/cond.yaml': 'name: Cond\nterms:\n  - term: miracle\n',
      'a.ad.yaml': 'copy:\n  headline: ok\n',
      'img/logo.png': png,
    }, (dir) => writeFileSync(path.join(dir, 'img/logo.png'), 'not a png any more')],
  ];

  it('reads no unchanged file to look for landing links, and follows a link written since', () => {
    const ad = (extra: string): string => `platforms: [tiktok]\nplacement: in_feed\nlocale: en-US\n${extra}copy:\n  primary_text: Linen shirts $19.99\n`;
    const dir = tempProject({
      'a.ad.yaml': ad(''),
      'b.ad.yaml': ad(''),
      'sale.landing.md': GOOD_PAGE.replace('Returns & refunds within 30 days · ', '').replace('Privacy Policy · ', ''),
    });
    const hourAgo = new Date(Date.now() - 3600_000);
    for (const f of ['a.ad.yaml', 'b.ad.yaml', 'sale.landing.md']) utimesSync(path.join(dir, f), hourAgo, hourAgo);
    const unlinked = adlint(['--format', 'json'], { cwd: dir });
    expect(adlint(['--cache', '--format', 'json'], { cwd: dir })).toEqual(unlinked);
    const warm = adlint(['--cache', '--format', 'json', '--debug'], { cwd: dir });
    expect(warm.stdout).toBe(unlinked.stdout);
    expect(warm.stderr).toMatch(/: 3 reused, 0 linted; 2 unchanged files known to link no landing page, not read for links\n/);
    // a.ad.yaml now links the page: it is read again, and the page is checked as the ad's page.
    writeFileSync(path.join(dir, 'a.ad.yaml'), ad('landing: ./sale.landing.md\n'));
    const linked = adlint(['--format', 'json'], { cwd: dir });
    const page = (r: { stdout: string }) => (JSON.parse(r.stdout) as { filePath: string; messages: unknown[] }[]).find((f) => f.filePath.endsWith('sale.landing.md'))!.messages;
    expect(page(linked)).not.toEqual(page(unlinked));
    const after = adlint(['--cache', '--format', 'json', '--debug'], { cwd: dir });
    expect(after.stdout).toBe(linked.stdout);
    expect(after.stderr).toMatch(/; 1 unchanged file known to link no landing page, not read for links\n/);
  });

  it('a run that reuses every result leaves the cache file as it was', () => {
    const dir = project();
    const hourAgo = new Date(Date.now() - 3600_000);
    for (const f of ['a.ad.yaml', 'b.ad.yaml', 'img/a.png']) utimesSync(path.join(dir, f), hourAgo, hourAgo);
    const cold = adlint(['--cache', '--format', 'json'], { cwd: dir });
    const file = path.join(dir, '.adlintcache');
    const written = readFileSync(file, 'utf8');
    utimesSync(file, hourAgo, hourAgo);
    const stamp = statSync(file).mtimeMs;
    expect(adlint(['--cache', '--format', 'json'], { cwd: dir })).toEqual(cold);
    expect(statSync(file).mtimeMs).toBe(stamp);
    expect(readFileSync(file, 'utf8')).toBe(written);
    // A file changed: the cache is written again, with its new result.
    writeFileSync(path.join(dir, 'b.ad.yaml'), 'copy:\n  headline: much too long\n');
    expect(adlint(['--cache', '--format', 'json'], { cwd: dir }).stdout).toContain('Headline is 13 characters.');
    expect(statSync(file).mtimeMs).not.toBe(stamp);
    expect(messagesOf(dir)).toContain('Headline is 13 characters.');
  });

  it.each(scenarios)('re-lints after a change to %s: the same report as a run without cache', (_name, files, change) => {
    const dir = tempProject(files);
    const before = adlint(['--format', 'json'], { cwd: dir });
    expect(adlint(['--cache', '--format', 'json'], { cwd: dir })).toEqual(before);
    change(dir);
    const fresh = adlint(['--format', 'json'], { cwd: dir });
    // The change matters: without it the test would prove nothing.
    expect(fresh.stdout).not.toBe(before.stdout);
    expect(adlint(['--cache', '--format', 'json'], { cwd: dir })).toEqual(fresh);
  });

  /** Rewrites the cache file with `poison` applied to its document. */
  const poisoned = (poison: (doc: { entries: Record<string, { deps: unknown[]; messages: unknown[] }> }) => void) => {
    const dir = project();
    adlint(['--cache'], { cwd: dir });
    const file = path.join(dir, '.adlintcache');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    poison(doc);
    writeFileSync(file, JSON.stringify(doc));
    return dir;
  };

  it.each([
    ['a message that is null', (d: { entries: Record<string, { messages: unknown[] }> }) => Object.values(d.entries).forEach((e) => (e.messages = [null]))],
    ['a message without position', (d: { entries: Record<string, { messages: unknown[] }> }) => Object.values(d.entries).forEach((e) => (e.messages = [{ ruleId: 'x', message: 'x' }]))],
    ['messages that are not a list', (d: { entries: Record<string, { messages: unknown }> }) => Object.values(d.entries).forEach((e) => (e.messages = 'x'))],
    ['a dependency on /dev/zero', (d: { entries: Record<string, { deps: unknown[] }> }) => Object.values(d.entries).forEach((e) => e.deps.push(['/dev/zero', 'x']))],
    ['a dependency on the number 0 (a file descriptor)', (d: { entries: Record<string, { deps: unknown[] }> }) => Object.values(d.entries).forEach((e) => e.deps.push([0, 'x']))],
    ['an entry that is null', (d: { entries: Record<string, unknown> }) => Object.keys(d.entries).forEach((k) => (d.entries[k] = null))],
  ])('discards an entry with %s and lints afresh, within seconds', (_name, poison) => {
    const dir = poisoned(poison as never);
    const expected = adlint(['--format', 'json'], { cwd: dir });
    const started = Date.now();
    const r = adlint(['--cache', '--format', 'json'], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r).toEqual(expected);
    // Replaced by a valid cache: the next run answers from it.
    expect(adlint(['--cache', '--format', 'json'], { cwd: dir })).toEqual(expected);
  });
});
