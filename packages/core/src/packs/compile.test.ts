import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkTypes } from '../checks/index.js';
import { Linter } from '../linter.js';
import { isBuildCompiledLexicon } from '../matchers/compiled-lexicons.js';
import { namesOnlyBuildLexicons } from '../matchers/term-sources.js';
import { bundledRulesDir } from '../package-paths.js';
import { currentKey, schemaKey } from '../schema/validate.js';
import { yamlCacheFile } from '../schema/yaml-file.js';
import { ruleSchemaFor } from './compile.js';

const termsCheck = checkTypes.get('terms')!;
const absolute = 'copy: { title: 全网最好用的保湿面霜 }\n';

describe('bundled rules compile on first use', () => {
  afterEach(() => vi.restoreAllMocks());

  it('builds a bundled rule’s check when a creative first needs it, and only once', async () => {
    const linter = new Linter();
    // Needs the build's caches (dist/yaml-cache, dist/lexicon-cache): `pnpm test` builds first.
    expect(linter.packs.get('china-ad-law').prebuilt).toBe(true);
    const compile = vi.spyOn(termsCheck, 'compile');
    const rules = linter.activeRules(['oceanengine']);
    expect(rules.filter((a) => a.rule.check.id === 'terms').length).toBeGreaterThan(3);
    expect(compile).not.toHaveBeenCalled();
    const first = await linter.lintText(absolute, 'a.ad.yaml', { platforms: ['oceanengine'] });
    expect(first.messages.map((m) => m.ruleId)).toContain('china-ad-law/absolute-terms');
    const built = compile.mock.calls.length;
    expect(built).toBeGreaterThan(0);
    const again = await linter.lintText(absolute, 'b.ad.yaml', { platforms: ['oceanengine'] });
    expect(again.messages).toEqual(first.messages.map((m) => ({ ...m })));
    expect(compile).toHaveBeenCalledTimes(built);
  });

  it('compiles at once a rule that config gives parameters, so their problems stop the run before any file is linted', () => {
    const compile = vi.spyOn(termsCheck, 'compile');
    expect(() => new Linter().activeRules(['oceanengine'], { 'china-ad-law/absolute-terms': { terms: ['最', '最'] } })).toThrow(/china-ad-law\/absolute-terms: .*duplicate/);
    expect(compile).toHaveBeenCalled();
  });

  it('compiles at once a pack outside the bundled rules, even a byte-for-byte copy of a bundled one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'adlint-pack-copy-'));
    cpSync(path.join(bundledRulesDir, 'china-ad-law.yaml'), path.join(dir, 'china-ad-law.yaml'));
    cpSync(path.join(bundledRulesDir, 'lexicons'), path.join(dir, 'lexicons'), { recursive: true });
    const linter = new Linter({ rulesDirs: [dir] });
    expect(linter.packs.get('china-ad-law').prebuilt).toBe(false);
    const compile = vi.spyOn(termsCheck, 'compile');
    const terms = linter.activeRules(['china-ad-law']).filter((a) => a.rule.check.id === 'terms');
    expect(compile).toHaveBeenCalledTimes(terms.length);
  });

  it('takes a lexicon for compiled only when it is a bundled one with the bytes the build compiled, named at any depth', () => {
    const pack = path.join(bundledRulesDir, 'some-pack.yaml');
    expect(namesOnlyBuildLexicons({ lexicon: 'lexicons/zh-urgency.yaml' }, pack)).toBe(true);
    expect(namesOnlyBuildLexicons({ when: { lexicon: ['lexicons/zh-urgency.yaml'] }, then: { lexicon: 'lexicons/zh-superstition.yaml' } }, pack)).toBe(true);
    expect(namesOnlyBuildLexicons({ then: { lexicon: ['lexicons/zh-urgency.yaml', 'lexicons/no-such.yaml'] } }, pack)).toBe(false);
    expect(namesOnlyBuildLexicons({ terms: ['最'] }, pack)).toBe(true);
    // The same file name next to a project's pack is the project's own lexicon.
    const dir = mkdtempSync(path.join(tmpdir(), 'adlint-lexicon-copy-'));
    cpSync(path.join(bundledRulesDir, 'lexicons'), path.join(dir, 'lexicons'), { recursive: true });
    expect(namesOnlyBuildLexicons({ lexicon: 'lexicons/zh-urgency.yaml' }, path.join(dir, 'pack.yaml'))).toBe(false);
    const bytes = readFileSync(path.join(bundledRulesDir, 'lexicons', 'zh-urgency.yaml'));
    expect(isBuildCompiledLexicon(bytes)).toBe(true);
    expect(isBuildCompiledLexicon(Buffer.concat([bytes, Buffer.from('\n')]))).toBe(false);
  });
});

describe('a rule’s parameters the build validated', () => {
  // A pack whose one rule has a parameter its check refuses (`max` must be a number).
  const text = 'id: trusted-pack\nversion: "1"\nrules:\n  - id: headline\n    check: length\n    severity: error\n    max: thirty\n    message: Too long.\n';
  const lengthKey = currentKey('rule:length', () => ruleSchemaFor(checkTypes.get('length')!));
  let entry: string | undefined;
  afterEach(() => {
    if (entry) rmSync(entry, { force: true });
    entry = undefined;
  });

  /** A linter reading only this pack, with a build-time cache entry for its bytes that lists `validated`. */
  function linterWithEntry(validated: string[]): { linter: Linter; file: string } {
    const dir = mkdtempSync(path.join(tmpdir(), 'adlint-trusted-pack-'));
    const file = path.join(dir, 'trusted-pack.yaml');
    writeFileSync(file, text);
    entry = yamlCacheFile(text);
    const data = { id: 'trusted-pack', version: '1', rules: [{ id: 'headline', check: 'length', severity: 'error', max: 'thirty', message: 'Too long.' }] };
    writeFileSync(entry, JSON.stringify({ validated, data }));
    return { linter: new Linter({ rulesDirs: [dir] }), file };
  }

  it('are not validated again when config gives no setting for the rule', () => {
    const { linter } = linterWithEntry([schemaKey('pack'), lengthKey]);
    expect(linter.activeRules(['trusted-pack']).map((a) => a.rule.id)).toEqual(['trusted-pack/headline']);
  });

  it('are validated when config gives any setting, a bare severity included, with the problem at its file:line:column', () => {
    for (const setting of ['warning', { severity: 'warning' }] as const) {
      const { linter, file } = linterWithEntry([schemaKey('pack'), lengthKey]);
      expect(() => linter.activeRules(['trusted-pack'], { 'trusted-pack/headline': setting })).toThrow(`${file}:7:10: rule trusted-pack/headline: max must be integer`);
    }
  });

  it('are validated when the build did not validate them against the check’s current schema', () => {
    for (const validated of [[schemaKey('pack')], [schemaKey('pack'), lengthKey.replace(/@.*/, '@000000000000')]]) {
      const { linter, file } = linterWithEntry(validated);
      expect(() => linter.activeRules(['trusted-pack']), validated.join()).toThrow(`${file}:7:10: rule trusted-pack/headline: max must be integer`);
    }
  });

  it('of a bundled rule are validated as config overrides them', () => {
    const linter = new Linter();
    expect(linter.packs.get('google-ads').validated?.has(lengthKey)).toBe(true);
    const file = path.join(bundledRulesDir, 'google-ads.yaml');
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l === '  - id: rsa-headline-length') + 1;
    expect(() => linter.activeRules(['google-ads'], { 'google-ads/rsa-headline-length': { max: 'thirty' } })).toThrow(new RegExp(`^${file}:${line + 8}:\\d+: rule google-ads/rsa-headline-length: .*\\(after config overrides\\)`));
  });
});
