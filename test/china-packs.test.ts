import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlintJson, pointedText, tempProject } from './helpers/cli.js';

/** A Douyin feed ad of a 二类电商 seller and its cash-on-delivery landing page, as they are written. */
const feedAd = (extra = ''): string => `platforms: [oceanengine]
placement: feed
locale: zh-CN
category: home
landing: ./pillow.landing.md
${extra}copy:
  title: 记忆棉颈椎枕，贴合颈部曲线
  primary_text: 慢回弹记忆棉，高低两面可选，支持货到付款。
`;

const codPage = `---
placement: landing_page
---

# 记忆棉颈椎枕 · 货到付款

【系统通知】您的优惠红包即将过期，今晚24点前下单第二件半价。

某三甲医院康复科主任推荐，治愈率高达90%，无任何副作用。

2023年天猫颈椎枕类目销量第一。明天最低气温-5℃，枕芯最高12厘米，活动最后一天。

客服电话：400-123-4567。七天无理由退换。
`;

const byFile = (results: { filePath: string }[], name: string) => results.find((r) => path.basename(r.filePath) === name);

describe('二类电商: a Douyin ad and its cash-on-delivery landing page', () => {
  it('lints the page an ad links under the law, at positions in the .landing.md, even when only the ad is named', () => {
    const dir = tempProject({ 'feed.ad.yaml': feedAd(), 'pillow.landing.md': codPage });
    const { code, results } = adlintJson(['feed.ad.yaml'], { cwd: dir });
    expect(code).toBe(1);
    const page = byFile(results, 'pillow.landing.md');
    expect(page, 'the linked page is linted with the ad').toBeDefined();
    const found = page!.messages.map((m) => [m.ruleId, m.severity, m.line, pointedText(codPage, m)]);
    expect(found).toEqual(expect.arrayContaining([
      ['china-ad-law/fake-system-notice', 'error', 7, '【系统通知'],
      ['china-ad-law/fake-system-notice', 'error', 7, '红包即将过期'],
      ['china-ad-law/doctor-endorsement', 'error', 9, '主任推荐'],
      ['china-ad-law/efficacy-guarantee', 'error', 9, '治愈率'],
      ['china-ad-law/safety-guarantee', 'error', 9, '无任何副作用'],
      ['china-ad-law/sourced-ranking', 'warning', 11, '2023年天猫颈椎枕类目销量第一'],
    ]));
    // Weather, specs and dates with 最 are facts; the page's phone number is its service contact.
    expect(page!.messages.filter((m) => m.ruleId === 'china-ad-law/absolute-terms')).toEqual([]);
    expect(page!.messages.filter((m) => m.ruleId.includes('contact'))).toEqual([]);
    // The page names no company: said once, at the ad's landing:, in Chinese.
    const ad = byFile(results, 'feed.ad.yaml')!;
    const company = ad.messages.filter((m) => m.ruleId === 'oceanengine/landing-company');
    expect(company).toHaveLength(1);
    expect(company[0]!.severity).toBe('error');
    expect(pointedText(feedAd(), company[0]!)).toBe('./pillow.landing.md');
    expect(company[0]!.message).toContain('营业执照');
    expect(page!.messages.filter((m) => m.ruleId.startsWith('oceanengine/landing-'))).toEqual([]);
  });

  it('lints a linked page once when the folder is linted, with the category the ad declares', () => {
    const dir = tempProject({ 'feed.ad.yaml': feedAd().replace('category: home', 'category: health_food'), 'pillow.landing.md': codPage });
    const { results } = adlintJson(['.'], { cwd: dir });
    expect(results.filter((r) => r.filePath.endsWith('pillow.landing.md'))).toHaveLength(1);
    const page = byFile(results, 'pillow.landing.md')!;
    expect(page.messages.map((m) => m.ruleId)).toContain('china-ad-law/health-food-statement');
  });

  it('tells a standalone Chinese page with no platform, in Chinese, what to set', () => {
    const dir = tempProject({ 'lone.landing.md': '# 颈椎枕\n\n效果最好，治愈率98%。\n' });
    const { code, results } = adlintJson(['.'], { cwd: dir });
    expect(code).toBe(0);
    const [m] = results[0]!.messages;
    expect(m!.ruleId).toBe('adlint/no-platform');
    expect(m!.message).toMatch(/^落地页没有可检查的平台.*platforms.*landing:/u);
  });
});

describe('contact details in Chinese feed ads', () => {
  const ad = (platform: string, placement: string, text: string): string =>
    `platforms: [${platform}]\nplacement: ${placement}\nlocale: zh-CN\ncategory: home\ncopy:\n  title: 记忆棉颈椎枕，两面可选\n  primary_text: "${text}"\n`;
  const evasions = ['下单电话１３８１２３４５６７８', '咨询 138 1234 5678', '打138🔥1234🔥5678立减', '薇信号：meimei520', '有问题➕v：kefu_007', 'V：shop666888', '扣扣：１２３ ４５６ ７８９', '咨询一三八一二三四五六七八', '下单打幺三八 幺二三四 五六七八', '加v🌸x：shop_2024good', 'V❤️X：beauty_888'];
  const nearMisses = ['现价¥99，原价199元包邮', '活动时间2024-11-11至2024-11-13', '订单号：13812345678', '已售 1380 件，好评 12345 条', '型号VX2000PRO，七天无理由退换', '支持微信支付和货到付款', '一二三，木头人！三八节福利价99元', '二〇二四年十一月十一日开售，一百件起批', '身高一三八厘米以上选XL码', 'V❤️X联名款，两色可选'];

  it.each([['oceanengine', 'feed'], ['kuaishou', 'feed'], ['tencent-ads', 'feed'], ['xiaohongshu', 'note']])('%s: every disguised number is an error, prices, dates and model numbers are not', (platform, placement) => {
    const files: Record<string, string> = {};
    evasions.forEach((t, i) => (files[`bad-${i}.ad.yaml`] = ad(platform, placement, t)));
    nearMisses.forEach((t, i) => (files[`ok-${i}.ad.yaml`] = ad(platform, placement, t)));
    const { results } = adlintJson(['.'], { cwd: tempProject(files) });
    for (const r of results) {
      const contact = r.messages.filter((m) => /\/contact-(phone|wechat|qq)$/.test(m.ruleId));
      if (path.basename(r.filePath).startsWith('bad-')) expect(contact.map((m) => m.severity), r.filePath).toEqual(['error']);
      else expect(contact, r.filePath).toEqual([]);
    }
  });
});

describe('alcohol and minors', () => {
  it('an alcohol ad set with targeting but no minimum age is told so in Chinese, not "not set"', () => {
    const dir = tempProject({ 'a.ad.yaml': 'platforms: [oceanengine]\ncategory: 白酒\ntargeting: { genders: [male] }\ncopy:\n  primary_text: 清香型，52度500ml。理性饮酒。\n' });
    const m = adlintJson(['.'], { cwd: dir }).results[0]!.messages.find((x) => x.ruleId === 'china-ad-law/alcohol-minors-targeting');
    expect(m).toMatchObject({ messageId: 'min-age-not-set', field: 'targeting.age_min' });
    expect(m!.message).toBe('酒类广告的投放人群没有设置最低年龄，可能触达未成年人（广告法第二十三条、第四十条；未成年人保护法第五十九条）。请在 targeting 中把 age_min 设为 18 岁或以上。');
  });

  it.each([['oceanengine', '白酒'], ['kuaishou', '啤酒'], ['tencent-ads', '葡萄酒'], ['xiaohongshu', 'alcohol']])('%s: alcohol (%s) targeted below 18 is an error', (platform, category) => {
    const dir = tempProject({ 'a.ad.yaml': `platforms: [${platform}]\ncategory: ${category}\nlocale: zh-CN\ntargeting: { age_min: 16 }\ncopy:\n  primary_text: 清香型，52度500ml。理性饮酒。\n` });
    const { results } = adlintJson(['.'], { cwd: dir });
    const m = results[0]!.messages.find((x) => x.ruleId === 'china-ad-law/alcohol-minors-targeting');
    expect(m?.severity).toBe('error');
    expect(m?.field).toBe('targeting.age_min');
  });
});

it('an alcohol creative targeted at 18+ or without targeting in the file is not reported', () => {
  const dir = tempProject({
    'adult.ad.yaml': 'platforms: [oceanengine]\ncategory: 白酒\nlocale: zh-CN\ntargeting: { age_min: 18 }\ncopy:\n  primary_text: 清香型白酒，52度。理性饮酒。\n',
    'untargeted.ad.yaml': 'platforms: [oceanengine]\ncategory: 白酒\nlocale: zh-CN\ncopy:\n  primary_text: 清香型白酒，52度。理性饮酒。\n',
  });
  const { results } = adlintJson(['.'], { cwd: dir });
  expect(results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'china-ad-law/alcohol-minors-targeting')).toEqual([]);
});

it('the industry-qualification reminder names the platform as its users know it (巨量引擎), not by its pack id', () => {
  const dir = tempProject({ 'a.ad.yaml': 'platforms: [oceanengine]\ncategory: 保健食品\ncopy:\n  primary_text: 蛋白粉\n' });
  const m = adlintJson(['.'], { cwd: dir }).results[0]!.messages.find((x) => x.ruleId === 'oceanengine/industry-qualification');
  expect(m!.message).toMatch(/^提醒：巨量引擎对该行业/);
  expect(m!.message).not.toMatch(/oceanengine/i);
  expect(m!.data).toMatchObject({ platform: 'oceanengine', platform_name: '巨量引擎' });
});
