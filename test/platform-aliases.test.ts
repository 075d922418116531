import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { adlint, adlintJson, tempProject, type JsonMessage } from './helpers/cli.js';

const ids = (messages: JsonMessage[]): string[] => [...new Set(messages.map((m) => m.ruleId))].sort();
const platformsOf = (messages: JsonMessage[]): string[] => [...new Set(messages.map((m) => m.platform ?? m.ruleId.split('/')[0]!).filter((p) => p !== 'adlint'))].sort();

describe('platform aliases', () => {
  it('a creative may name platforms as people do: each is read as its pack id, with an info at the name', () => {
    const dir = tempProject({ 'ad.ad.yaml': 'platforms: [抖音, Facebook, 小红书]\ncopy:\n  title: 全网最低价\n  headline: Spring sale\n' });
    const { results } = adlintJson(['ad.ad.yaml'], { cwd: dir });
    const messages = results[0]!.messages;
    const aliases = messages.filter((m) => m.ruleId === 'adlint/platform-alias');
    // Chinese packs name themselves in Chinese (their display name), every word of it.
    expect(aliases.every((m) => m.messageId === 'platform-alias')).toBe(true);
    expect(aliases.map((m) => [m.field, m.severity, m.message])).toEqual([
      ['platforms[0]', 'info', '平台“抖音”即巨量引擎：按 `oceanengine` 检查'],
      ['platforms[1]', 'info', 'platform "Facebook" is Meta (Facebook and Instagram): checked as `meta`'],
      ['platforms[2]', 'info', '平台“小红书”即小红书聚光：按 `xiaohongshu` 检查'],
    ]);
    // The rules of each platform ran: 最低价 is an absolute claim under the law both Chinese packs extend.
    expect(ids(messages)).toContain('china-ad-law/absolute-terms');
    expect((results[0] as unknown as { coverage: { platforms: { platform: string }[] }[] }).coverage[0]!.platforms.map((p) => p.platform)).toEqual(['oceanengine', 'meta', 'xiaohongshu']);
    expect(messages.filter((m) => m.ruleId === 'adlint/unknown-platform')).toEqual([]);
  });

  it('a misspelt platform is an error with a did-you-mean that knows the aliases; the known platforms are still linted', () => {
    const dir = tempProject({ 'ad.ad.yaml': 'platforms: [douyn, tiktok, wechat]\ncopy:\n  title: 全网最低价\n' });
    const { code, results } = adlintJson(['ad.ad.yaml'], { cwd: dir });
    expect(code).toBe(1);
    const unknown = results[0]!.messages.filter((m) => m.ruleId === 'adlint/unknown-platform');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.message).toMatch(/^unknown platform "douyn" \(did you mean "douyin", that is "oceanengine"\?\); known: /);
    expect(unknown[0]!.field).toBe('platforms[0]');
    expect(platformsOf(results[0]!.messages)).toEqual(expect.arrayContaining(['tencent-ads', 'tiktok']));
  });

  it('--platform and config accept aliases too', () => {
    const dir = tempProject({ 'ad.ad.yaml': 'copy:\n  title: 全网最低价\n', '.adlint.yaml': 'platforms: [巨量引擎]\n' });
    const fromConfig = adlintJson(['ad.ad.yaml'], { cwd: dir });
    expect(fromConfig.stderr).toBe('');
    expect(ids(fromConfig.results[0]!.messages)).toContain('china-ad-law/absolute-terms');
    const fromFlag = adlintJson(['ad.ad.yaml', '--platform', 'kuaishou,快手'], { cwd: dir });
    expect(fromFlag.stderr).toBe('');
    expect(ids(fromFlag.results[0]!.messages)).toContain('china-ad-law/absolute-terms');
    const typo = adlint(['ad.ad.yaml', '--platform', 'fcebook'], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/--platform: unknown platform "fcebook" \(did you mean "facebook", that is "meta"\?\)/);
  });

  it('an alias two packs claim is a pack error naming both', () => {
    const pack = 'id: my-douyin\nname: My Douyin shop rules\nplatform: my-douyin\naliases: [Douyin]\nversion: 1.0.0\nrules: []\n';
    const dir = tempProject({ 'packs/my-douyin.yaml': pack, '.adlint.yaml': 'packs: [packs/my-douyin.yaml]\n', 'ad.ad.yaml': 'platforms: [douyin]\ncopy:\n  title: 新品上市\n' });
    const r = adlint(['ad.ad.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    // Whichever pack is read second is the one at fault; the message names both files.
    expect(r.stderr).toMatch(/platform alias "douyin" of pack "(my-douyin|oceanengine)" is already an alias of pack "(oceanengine|my-douyin)" .*: an alias may name one platform/i);
    expect(r.stderr).toContain(path.join(dir, 'packs/my-douyin.yaml'));
    expect(r.stderr).toContain(path.join('rules', 'oceanengine.yaml'));
  });
});
