import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlintJson, pointedText, tempProject } from './helpers/cli.js';

const ad = (landing: string, text: string, locale = 'en-US'): string =>
  `platforms: [tiktok]\nplacement: in_feed\nlocale: ${locale}\nlanding: ${landing}\ncopy:\n  primary_text: "${text}"\n`;

const completePage = `---\nlocale: en-US\n---\n# Spring sale\n\nLinen shirts $19.99, 50% off. Free shipping on every order.\n\n` +
  `Contact us: help@shop.example · Returns & refunds within 30 days · Privacy Policy · Terms of Service · Shop Goods LLC\n`;

describe('landing pages', () => {
  it('reports a missing refund policy at the landing: value, naming the page', () => {
    const dir = tempProject({
      'c/sale.ad.yaml': ad('./sale.landing.md', 'Linen shirts $19.99'),
      'c/sale.landing.md': completePage.replace('Returns & refunds within 30 days · ', ''),
    });
    const { results } = adlintJson(['c/sale.ad.yaml'], { cwd: dir });
    const messages = results[0]!.messages.filter((m) => m.ruleId === 'tiktok/landing-page-must-haves');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toContain('return/refund policy');
    expect(messages[0]!.message).toContain('./sale.landing.md');
    const text = readFileSync(path.join(dir, 'c/sale.ad.yaml'), 'utf8');
    expect(pointedText(text, messages[0]!)).toBe('./sale.landing.md');
  });

  it('reads Chinese must-haves (退换货, 隐私政策, 客服电话, 营业执照)', () => {
    const dir = tempProject({
      'a.ad.yaml': ad('a.landing.md', '亚麻衬衫', 'zh-CN'),
      'a.landing.md': '# 衬衫\n\n满199元包邮。七天无理由退换货。客服电话：400-123-4567。隐私政策 · 用户协议 · 营业执照：杭州某某服饰有限公司\n',
      'b.ad.yaml': ad('b.landing.md', '亚麻衬衫', 'zh-CN').replace('platforms: [tiktok]', 'platforms: [oceanengine]').replace('in_feed', 'feed'),
      'b.landing.md': '# 衬衫\n\n客服电话：400-123-4567。\n',
    });
    const { results } = adlintJson(['a.ad.yaml', 'b.ad.yaml'], { cwd: dir });
    const byFile = (f: string) => results.find((r) => r.filePath.endsWith(f))!.messages;
    expect(byFile('a.ad.yaml').filter((m) => m.ruleId.includes('landing'))).toEqual([]);
    expect(byFile('b.ad.yaml').map((m) => [m.ruleId, m.severity])).toContainEqual(['oceanengine/landing-return-policy', 'error']);
  });

  it('reports a missing page or one outside the project at landing:, and still lints the creative', () => {
    const outside = tempProject({ 'x.landing.md': completePage });
    const dir = tempProject({ 'missing.ad.yaml': ad('./nope.landing.md', 'Linen shirts 🙂') });
    writeFileSync(path.join(dir, 'outside.ad.yaml'), ad(path.relative(dir, path.join(outside, 'x.landing.md')), 'Linen shirts $5'));
    const { results } = adlintJson(['missing.ad.yaml', 'outside.ad.yaml'], { cwd: dir });
    const missing = results.find((r) => r.filePath.endsWith('missing.ad.yaml'))!.messages;
    expect(missing.filter((m) => m.message.startsWith('landing page not found'))).toHaveLength(1);
    expect(missing.some((m) => m.ruleId === 'tiktok/ad-text-emoji')).toBe(true);
    const out = results.find((r) => r.filePath.endsWith('outside.ad.yaml'))!.messages;
    expect(out.filter((m) => m.message.includes('outside the project'))).toHaveLength(1);
    expect(out[0]!.line).toBe(4);
  });
});

describe('ad ↔ landing consistency', () => {
  it('reports a price that is not on the page at the price in the ad', () => {
    const dir = tempProject({ 'sale.ad.yaml': ad('sale.landing.md', 'Linen shirts $24.99, 50% off, free shipping'), 'sale.landing.md': completePage });
    const { results } = adlintJson(['sale.ad.yaml'], { cwd: dir });
    const messages = results[0]!.messages.filter((m) => m.ruleId === 'tiktok/landing-offer-mismatch');
    expect(messages).toHaveLength(1);
    expect(pointedText(readFileSync(path.join(dir, 'sale.ad.yaml'), 'utf8'), messages[0]!)).toBe('$24.99');
    expect(messages[0]!.message).toContain('sale.landing.md');
  });

  it('normalises ¥/￥/元, fullwidth digits, thousands separators and 折 against % off', () => {
    const page = '# 衬衫\n\n到手价 1,299元，全场五折，买一送一，包邮。\n';
    const dir = tempProject({
      'ok.ad.yaml': ad('p.landing.md', '￥１２９９，50% off，买1送1，包邮', 'zh-CN'),
      'bad.ad.yaml': ad('p.landing.md', '¥99，3折，免费退换', 'zh-CN'),
      'p.landing.md': page,
    });
    const { results } = adlintJson(['ok.ad.yaml', 'bad.ad.yaml'], { cwd: dir });
    const mismatches = (f: string) => results.find((r) => r.filePath.endsWith(f))!.messages.filter((m) => m.ruleId === 'tiktok/landing-offer-mismatch');
    expect(mismatches('ok.ad.yaml')).toEqual([]);
    const text = readFileSync(path.join(dir, 'bad.ad.yaml'), 'utf8');
    expect(mismatches('bad.ad.yaml').map((m) => pointedText(text, m))).toEqual(['¥99', '3折', '免费退换']);
  });
});
