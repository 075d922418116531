import { describe, expect, it } from 'vitest';
import { adlint, adlintJson, tempProject } from './helpers/cli.js';

/** The rules that reported in one creative of a bundled platform, in order. */
function rulesFired(platform: string, copy: string, extra = ''): string[] {
  const dir = tempProject({ 'a.ad.yaml': `platforms: [${platform}]\nplacement: feed\n${extra}copy:\n${copy}` });
  return adlintJson(['a.ad.yaml'], { cwd: dir }).results[0]!.messages.map((m) => m.ruleId).filter((id) => !id.startsWith('adlint/'));
}

describe('a rule that supersedes another speaks once where both would fire', () => {
  it('TikTok: "Number 1 … on TikTok" is the promised-results error alone; "Number 1" elsewhere is still the warning', () => {
    expect(rulesFired('tiktok', '  primary_text: Number 1 essence on TikTok\n')).toEqual(['tiktok/promised-results']);
    expect(rulesFired('tiktok', '  primary_text: The number 1 serum for dry skin.\n')).toEqual(['tiktok/misleading-claims']);
  });

  it('a WeChat ID is one contact error, not also a diversion warning at 加微信; 加微信 without an ID is still the warning', () => {
    for (const platform of ['oceanengine', 'kuaishou', 'xiaohongshu', 'tencent-ads']) {
      expect(rulesFired(platform, '  primary_text: 加微信：shop_2024good 领优惠\n'), platform).toEqual([`${platform}/contact-wechat`]);
      expect(rulesFired(platform, '  primary_text: 加微信领优惠\n'), platform).toContain(`${platform}/contact-diversion`);
    }
  });

  it('China ad law: 销量冠军 is the absolute-terms error alone; 冠军 in another field is still the warning', () => {
    const fired = rulesFired('oceanengine', '  title: 年度销量冠军羽绒服\n  primary_text: 冠军级品质\n');
    expect(fired).toEqual(['china-ad-law/absolute-terms', 'china-ad-law/extreme-words']);
  });

  it('the superseded rule speaks when config turns the superseding rule off', () => {
    const dir = tempProject({
      '.adlint.yaml': 'platforms: [tiktok]\nrules:\n  tiktok/promised-results: off\n',
      'a.ad.yaml': 'placement: in_feed\ncopy:\n  primary_text: Number 1 essence on TikTok\n',
    });
    expect(adlintJson(['a.ad.yaml'], { cwd: dir }).results[0]!.messages.map((m) => m.ruleId)).toContain('tiktok/misleading-claims');
  });

  const customPack = (supersedes: string): string => `id: p
name: P
version: "1"
rules:
  - id: strict
    check: terms
    severity: error
    terms: ["best price ever"]
    message: "strict {{found}}"
    source: s
    confidence: documented
    supersedes: [${supersedes}]
    examples: { valid: [{ copy: { title: ok } }], invalid: [{ copy: { title: best price ever } }] }
  - id: loose
    check: terms
    severity: warning
    terms: [best]
    message: "loose {{found}}"
    source: s
    confidence: documented
    examples: { valid: [{ copy: { title: ok } }], invalid: [{ copy: { title: best } }] }
`;

  it('in a custom pack: only overlapping findings on the same field are dropped', () => {
    const dir = tempProject({
      '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n',
      'p.yaml': customPack('loose'),
      'a.ad.yaml': 'copy:\n  title: best price ever, the best\n  description: best price ever\n',
    });
    const messages = adlintJson(['a.ad.yaml'], { cwd: dir }).results[0]!.messages.filter((m) => !m.ruleId.startsWith('adlint/'));
    expect(messages.map((m) => [m.ruleId, m.field, m.column])).toEqual([
      ['p/strict', 'copy.title', 10],
      ['p/loose', 'copy.title', 31],
      ['p/strict', 'copy.description', 16],
    ]);
  });

  it('a name that is not another rule of the pack is a pack error at its position, with a did-you-mean', () => {
    for (const [written, expected] of [['lose', /p\.yaml:12:18: rule p\/strict: supersedes: "lose" is not another rule of pack p \(did you mean "loose"\?\)/], ['strict', /p\.yaml:12:18: rule p\/strict: supersedes: "strict" is not another rule of pack p/]] as const) {
      const dir = tempProject({ '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n', 'p.yaml': customPack(written), 'a.ad.yaml': 'copy: { title: x }\n' });
      const r = adlint(['a.ad.yaml'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(expected);
    }
  });
});
