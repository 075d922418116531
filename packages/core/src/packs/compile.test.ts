import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkTypes } from '../checks/index.js';
import { Linter } from '../linter.js';
import { isBuildCompiledLexicon } from '../matchers/compiled-lexicons.js';
import { namesOnlyBuildLexicons } from '../matchers/term-sources.js';
import { bundledRulesDir } from '../package-paths.js';

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
