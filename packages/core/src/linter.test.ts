import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from './linter.js';
import { resolveFoldersOnce } from './fs/project-root.js';

describe('Linter.lintFile', () => {
  const linter = new Linter();

  it('reports a file it cannot read as a parse message at 1:1', async () => {
    const result = await linter.lintFile(path.join(tmpdir(), 'adlint-missing', 'x.ad.yaml'));
    expect(result.errorCount).toBe(1);
    expect(result.messages[0]).toMatchObject({ ruleId: 'adlint/parse', line: 1, column: 1, message: 'cannot read file: ENOENT' });
  });

  it('reports a folder given as a file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'adlint-dir-'));
    expect((await linter.lintFile(dir)).messages[0]!.message).toBe('is a directory');
  });

  it('applies config defaults under the creative and platforms from config', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'adlint-defaults-'));
    const file = path.join(dir, 'a.ad.yaml');
    writeFileSync(file, 'copy:\n  primary_text: "Breathable linen shirts in twelve colours, made from European flax. Free returns."\n');
    const result = await linter.lintFile(file, { configPlatforms: ['meta'], defaults: { placement: 'reels' } });
    expect(result.messages.map((m) => m.ruleId)).toEqual(['meta/reels-primary-text-length']);
  });

  it('warns when a creative has no platform to check against', async () => {
    const result = await linter.lintText('copy: { headline: x }\n', 'a.ad.yaml');
    expect(result.messages).toMatchObject([{ ruleId: 'adlint/no-platform', severity: 'warning', line: 1, column: 1 }]);
  });

  it('stamps each message with the creative it is about, and none on problems with the file', async () => {
    const file = 'creatives:\n  - { platforms: [meta], copy: { headline: ok } }\n  - { platforms: [nope], copy: { headline: ok } }\n';
    const result = await linter.lintText(file, 'a.ad.yaml');
    expect(result.messages.find((m) => m.ruleId === 'adlint/unknown-platform')).toMatchObject({ creative: 1, line: 3 });
    const unreadable = await linter.lintText('copy: [', 'a.ad.yaml');
    expect(unreadable.messages[0]).toMatchObject({ ruleId: 'adlint/parse' });
    expect(unreadable.messages[0]).not.toHaveProperty('creative');
  });
});

describe('Linter.activeRules', () => {
  it('one set per platforms and settings, whether the settings are the same object or an equal one', () => {
    const linter = new Linter();
    const off = { 'meta/headline-length': 'off' as const };
    const base = linter.activeRules(['meta']);
    expect(linter.activeRules(['meta'], {})).toBe(base);
    const withOff = linter.activeRules(['meta'], off);
    expect(withOff).not.toBe(base);
    expect(linter.activeRules(['meta'], off)).toBe(withOff);
    expect(linter.activeRules(['meta'], { ...off })).toBe(withOff);
    const severity = (set: typeof base): unknown => set.find((a) => a.rule.id === 'meta/headline-length')?.rule.severity;
    expect([severity(base), severity(withOff)]).toEqual(['warning', 'off']);
    // The same settings object for other platforms is another set.
    expect(linter.activeRules(['meta', 'tiktok'], off)).not.toBe(withOff);
  });
});

describe('Linter.landingLinks with keepSources', () => {
  it('the lint that follows takes each file read by the pass once, then reads from disk again', async () => {
    const linter = new Linter();
    const dir = mkdtempSync(path.join(tmpdir(), 'adlint-kept-'));
    const file = path.join(dir, 'a.ad.yaml');
    writeFileSync(file, 'platforms: [nope]\n');
    await linter.landingLinks([{ file, settings: {} }], { keepSources: true });
    // Edited after the pass: the lint reports what the pass read (one read per file), once.
    writeFileSync(file, 'platforms: [nope2]\n');
    const unknown = async (): Promise<string | undefined> => (await linter.lintFile(file)).messages.find((m) => m.ruleId === 'adlint/unknown-platform')?.message;
    expect(await unknown()).toMatch(/"nope"/);
    expect(await unknown()).toMatch(/"nope2"/);
    // Not kept without the option, nor after forgetKeptSources.
    await linter.landingLinks([{ file, settings: {} }]);
    writeFileSync(file, 'platforms: [nope3]\n');
    expect(await unknown()).toMatch(/"nope3"/);
    await linter.landingLinks([{ file, settings: {} }], { keepSources: true });
    linter.forgetKeptSources();
    writeFileSync(file, 'platforms: [nope4]\n');
    expect(await unknown()).toMatch(/"nope4"/);
  });

  it('kept files are decoded by the lint: one not UTF-8 is reported as such, a linking one still found', async () => {
    const linter = new Linter();
    const dir = mkdtempSync(path.join(tmpdir(), 'adlint-kept-bytes-'));
    const bad = path.join(dir, 'bad.ad.yaml');
    writeFileSync(bad, Buffer.from([0x63, 0x6f, 0x70, 0x79, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    const linking = path.join(dir, 'a.ad.yaml');
    writeFileSync(linking, 'platforms: [meta]\nlanding: ./Page.LANDING.md\ncopy: { headline: ok }\n');
    const links = await linter.landingLinks([{ file: bad, settings: {} }, { file: linking, settings: {} }], { keepSources: true });
    expect([...links.keys()]).toEqual([path.join(dir, 'Page.LANDING.md')]);
    expect((await linter.lintFile(bad)).messages[0]).toMatchObject({ ruleId: 'adlint/parse', line: 1, column: 1 });
    expect((await linter.lintFile(bad)).messages[0]!.message).toMatch(/UTF-8/);
    writeFileSync(linking, 'platforms: [nope]\n');
    // Taken from what the pass kept, not read again.
    expect((await linter.lintFile(linking)).messages.some((m) => m.ruleId === 'adlint/unknown-platform')).toBe(false);
  });
});

describe('Linter.lintFile with folders resolved once (a CLI run)', () => {
  it('a file that is a link out of the project is still not read; a link within it and a plain file are', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'adlint-once-'));
    const project = path.join(base, 'project');
    mkdirSync(path.join(project, '.git'), { recursive: true });
    mkdirSync(path.join(base, 'outside'));
    const secret = path.join(base, 'outside', 'secret.ad.yaml');
    writeFileSync(secret, 'platforms: [SECRET-PLATFORM]\n');
    writeFileSync(path.join(project, 'plain.ad.yaml'), 'platforms: [plain-one]\n');
    symlinkSync(secret, path.join(project, 'out.ad.yaml'));
    symlinkSync(path.join(project, 'plain.ad.yaml'), path.join(project, 'in.ad.yaml'));
    const linter = new Linter();
    const said = async (name: string): Promise<string> => (await linter.lintFile(path.join(project, name))).messages.map((m) => m.message).join(' | ');
    resolveFoldersOnce(true);
    try {
      for (let i = 0; i < 2; i++) {
        expect(await said('out.ad.yaml')).toMatch(/links outside the project/);
        expect(await said('out.ad.yaml')).not.toContain('SECRET');
        expect(await said('in.ad.yaml')).toMatch(/plain-one/);
        expect(await said('plain.ad.yaml')).toMatch(/plain-one/);
      }
    } finally {
      resolveFoldersOnce(false);
    }
  });
});
