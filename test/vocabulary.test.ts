import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, adlintJson, tempProject, type JsonMessage } from './helpers/cli.js';

/**
 * The same violating copy for every bundled platform, written four ways: with the canonical
 * placement, with none (the platform's default placement, or a warning where it has none), with
 * an alias people write, and misspelt (a did-you-mean, then checked as the default).
 */
interface PlatformCase {
  platform: string;
  copy: string;
  rule: string;
  canonical: string;
  alias: string;
  typo: string;
  /** The did-you-mean for the typo. */
  suggests: string;
  /** The default placement, or null when the platform has none. */
  fallback: string | null;
  locale?: string;
}

const CASES: PlatformCase[] = [
  { platform: 'amazon', copy: 'copy:\n  title: "Aloe Serum - Free Shipping"\n', rule: 'amazon/title-promotional-phrases', canonical: 'listing', alias: 'detail page', typo: 'listng', suggests: 'listing', fallback: 'listing' },
  { platform: 'google-ads', copy: 'copy:\n  headlines: [Linen shirts]\n  descriptions: [Breathable linen, Free returns]\n', rule: 'google-ads/rsa-headline-count', canonical: 'search', alias: 'rsa', typo: 'serach', suggests: 'search', fallback: 'search' },
  { platform: 'google-merchant', copy: 'copy:\n  title: "Linen Shirt!"\n  description: A linen shirt.\n', rule: 'google-merchant/title-exclamation', canonical: 'listing', alias: 'shopping', typo: 'lisitng', suggests: 'listing', fallback: 'listing' },
  { platform: 'kuaishou', copy: `copy:\n  title: ${'亚麻衬衫透气舒适'.repeat(5)}\n`, rule: 'kuaishou/description-length', canonical: 'feed', alias: '信息流', typo: 'feef', suggests: 'feed', fallback: 'feed', locale: 'zh-CN' },
  { platform: 'linkedin', copy: `copy:\n  headline: "${'Ledgerly closes your books faster. '.repeat(6).trim()}"\n`, rule: 'linkedin/headline-length', canonical: 'feed', alias: 'sponsored content', typo: 'fead', suggests: 'feed', fallback: 'feed' },
  { platform: 'meta', copy: 'copy:\n  primary_text: "Breathable linen shirts in twelve colours, made from European flax. Free returns."\n', rule: 'meta/reels-primary-text-length', canonical: 'reels', alias: 'instagram reels', typo: 'reals', suggests: 'reels', fallback: null },
  { platform: 'oceanengine', copy: `copy:\n  title: ${'亚麻衬衫透气舒适'.repeat(5)}\n`, rule: 'oceanengine/title-length', canonical: 'feed', alias: '信息流', typo: 'feeed', suggests: 'feed', fallback: 'feed', locale: 'zh-CN' },
  { platform: 'pinterest', copy: 'copy:\n  title: "Smoothies that help you lose weight"\n', rule: 'pinterest/weight-loss-language', canonical: 'feed', alias: 'home feed', typo: 'fead', suggests: 'feed', fallback: 'feed' },
  { platform: 'snapchat', copy: 'copy:\n  headline: "Small-batch coffee at your door every week"\n', rule: 'snapchat/headline-length', canonical: 'snap_ads', alias: 'snap ad', typo: 'snap_adds', suggests: 'snap_ads', fallback: 'snap_ads' },
  { platform: 'tencent-ads', copy: `copy:\n  primary_text: ${'亚麻衬衫透气舒适'.repeat(6)}\n`, rule: 'tencent-ads/moments-text-length', canonical: 'feed', alias: '朋友圈', typo: 'fedd', suggests: 'feed', fallback: 'feed', locale: 'zh-CN' },
  { platform: 'tiktok', copy: `copy:\n  display_name: "${'Linen Shirts Official Store '.repeat(2).trim()}"\n`, rule: 'tiktok/display-name-length', canonical: 'in_feed', alias: 'for you feed', typo: 'in_fead', suggests: 'in_feed', fallback: 'in_feed' },
  { platform: 'x', copy: `copy:\n  primary_text: "${'Trail runners grip wet rock. '.repeat(12).trim()}"\n`, rule: 'x/post-text-length', canonical: 'timeline', alias: 'promoted tweet', typo: 'timelime', suggests: 'timeline', fallback: 'timeline' },
  { platform: 'xiaohongshu', copy: 'copy:\n  title: 这款亚麻衬衫真的太透气了夏天穿一整天都不闷热姐妹们冲\n', rule: 'xiaohongshu/note-title-length', canonical: 'note', alias: '笔记', typo: 'nott', suggests: 'note', fallback: 'note', locale: 'zh-CN' },
];

/** The Chinese platforms' cases: their packs speak Chinese. */
const chinese = (c: PlatformCase): boolean => c.locale === 'zh-CN';

const WAYS = ['canonical', 'none', 'alias', 'typo'] as const;
type Way = (typeof WAYS)[number];

function creative(c: PlatformCase, way: Way): string {
  const placement = way === 'none' ? null : c[way];
  return `platforms: [${c.platform}]\n${placement === null ? '' : `placement: "${placement}"\n`}locale: ${c.locale ?? 'en-US'}\n${c.copy}`;
}

const files = Object.fromEntries(CASES.flatMap((c) => WAYS.map((w) => [`${c.platform}/${w}.ad.yaml`, creative(c, w)])));
const dir = tempProject(files);
const run = adlintJson(['.'], { cwd: dir });
const byFile = new Map(run.results.map((r) => [path.relative(dir, r.filePath), r]));
const messagesOf = (c: PlatformCase, way: Way): JsonMessage[] => byFile.get(`${c.platform}/${way}.ad.yaml`)!.messages;
const ids = (ms: JsonMessage[]): string[] => ms.map((m) => m.ruleId);

describe('every bundled platform, placement written four ways', () => {
  it('covers every bundled platform pack', () => {
    const listed = JSON.parse(adlint(['rules', '--format', 'json']).stdout) as { id: string }[];
    const platforms = new Set(listed.map((r) => r.id.split('/')[0]!));
    platforms.delete('china-ad-law');
    expect(CASES.map((c) => c.platform).sort()).toEqual([...platforms].sort());
  });

  describe.each(CASES)('$platform', (c) => {
    it(`with the canonical placement "${c.canonical}": ${c.rule}`, () => {
      expect(ids(messagesOf(c, 'canonical'))).toContain(c.rule);
      expect(ids(messagesOf(c, 'canonical'))).not.toContain('adlint/unknown-placement');
    });

    it('with no placement: checked as the default placement, and said so; or a warning naming the placements', () => {
      const ms = messagesOf(c, 'none');
      if (c.fallback) {
        expect(ids(ms)).toContain(c.rule);
        const note = ms.find((m) => m.ruleId === 'adlint/default-placement')!;
        expect(note.severity).toBe('info');
        expect([note.messageId, note.data?.placement]).toEqual(['default-placement', c.fallback]);
        // A Chinese platform's pack says it in Chinese.
        expect(note.message).toContain(chinese(c) ? `默认版位“${c.fallback}` : `default placement "${c.fallback}"`);
        expect(ms.filter((m) => m.ruleId === 'adlint/default-placement')).toHaveLength(1);
      } else {
        expect(ids(ms)).not.toContain(c.rule);
        const warning = ms.find((m) => m.ruleId === 'adlint/no-placement')!;
        expect(warning.severity).toBe('warning');
        expect(warning.message).toMatch(new RegExp(`not checked; set \`placement\` to one of: .*${c.canonical}`));
      }
    });

    it(`with the alias "${c.alias}": the same finding, no placement warning`, () => {
      const ms = messagesOf(c, 'alias');
      expect(ids(ms)).toContain(c.rule);
      expect(ids(ms).filter((id) => /^adlint\/(unknown|default|no)-placement$/.test(id))).toEqual([]);
    });

    it(`misspelt "${c.typo}": a did-you-mean at the value, then the default placement's result`, () => {
      const ms = messagesOf(c, 'typo');
      const warning = ms.find((m) => m.ruleId === 'adlint/unknown-placement')!;
      expect(warning.severity).toBe('warning');
      expect(warning.field).toBe('placement');
      expect(warning.line).toBe(2);
      expect([warning.messageId, warning.data?.near]).toEqual(['unknown-placement', c.suggests]);
      expect(warning.message).toContain(chinese(c) ? `（是不是“${c.suggests}` : `(did you mean "${c.suggests}"?)`);
      if (c.fallback) {
        expect(warning.message).toContain(chinese(c) ? `已按默认版位“${c.fallback}` : `checked as its default placement "${c.fallback}"`);
        expect(ids(ms)).toContain(c.rule);
      } else expect(warning.message).toMatch(/placement-specific rules? (was|were) not checked/);
    });
  });
});

describe('categories as people write them', () => {
  const cases: { name: string; file: string; rule: string }[] = [
    { name: 'English alias "dietary supplement" on Meta', rule: 'meta/health-claims', file: 'platforms: [meta]\nplacement: feed\ncategory: dietary supplement\ncopy: { primary_text: "Our tea cures insomnia in a week." }\n' },
    { name: 'Chinese "保健品" on Meta', rule: 'meta/health-claims', file: 'platforms: [meta]\nplacement: feed\ncategory: 保健品\ncopy: { primary_text: "Our tea cures insomnia in a week." }\n' },
    { name: 'a kind, "Beer", reaches the alcohol rules (Google)', rule: 'google-ads/alcohol-sale-countries', file: 'platforms: [google-ads]\ncategory: Beer\ntargeting: { countries: [IN] }\n' },
    { name: '"白酒" is spirits, a kind of alcohol (China)', rule: 'china-ad-law/alcohol-claims', file: 'platforms: [oceanengine]\nlocale: zh-CN\ncategory: 白酒\ncopy: { title: 下班来一杯，解压又解乏 }\n' },
    { name: '"保健食品" gets the health-food statement rule', rule: 'china-ad-law/health-food-statement', file: 'platforms: [oceanengine]\nlocale: zh-CN\ncategory: 保健食品\ncopy: { title: 每天两粒，睡得更香 }\n' },
    { name: '"食品" gets the ordinary-food claim rule', rule: 'china-ad-law/food-health-claims', file: 'platforms: [oceanengine]\nlocale: zh-CN\ncategory: 食品\ncopy: { title: 每天一杯燕麦奶，增强免疫力 }\n' },
    { name: '"payday loans" is credit to Google\'s targeting rules', rule: 'google-ads/personalized-targeting-restricted', file: 'platforms: [google-ads]\ncategory: payday loans\ntargeting: { countries: [US], genders: [female] }\n' },
    { name: 'a declared special_ad_category implies the category for Google', rule: 'google-ads/personalized-targeting-restricted', file: 'platforms: [google-ads]\nspecial_ad_category: housing\ntargeting: { countries: [US], zip_codes: ["94103"] }\n' },
    { name: '… also over a campaign-wide `category: general`', rule: 'google-ads/personalized-targeting-restricted', file: 'platforms: [google-ads]\ncategory: general\nspecial_ad_category: employment\ntargeting: { countries: [CA], genders: [male] }\n' },
  ];
  const project = tempProject(Object.fromEntries(cases.map((c, i) => [`c${i}.ad.yaml`, c.file])));
  const results = adlintJson(['.'], { cwd: project }).results;
  const of = (i: number): JsonMessage[] => results.find((r) => r.filePath.endsWith(`c${i}.ad.yaml`))!.messages;

  it.each(cases.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => {
    expect(ids(of(i))).toContain(c.rule);
    expect(ids(of(i))).not.toContain('adlint/unknown-category');
  });

  it('an unknown category is a warning at its value with a did-you-mean; no category rule applies', () => {
    const p = tempProject({ 'a.ad.yaml': 'platforms: [meta]\nplacement: feed\ncategory: alchohol\ntargeting: { countries: [US] }\n' });
    const [r] = adlintJson(['a.ad.yaml'], { cwd: p }).results;
    const w = r!.messages.find((m) => m.ruleId === 'adlint/unknown-category')!;
    expect(w).toMatchObject({ severity: 'warning', field: 'category', line: 3, column: 11 });
    expect(w.message).toContain('unknown category "alchohol" (did you mean "alcohol"?)');
    expect(ids(r!.messages).some((id) => id.startsWith('meta/alcohol'))).toBe(false);
  });
});

describe('the two creatives that passed silently', () => {
  it('Amazon without placement: promotional title and disease claim', () => {
    const p = tempProject({ 'serum.ad.yaml': 'platforms: [amazon]\nlocale: en-US\ncopy: { title: "Aloe Serum - Free Shipping - #1 Best Seller", bullets: [Cures acne in 3 days] }\n' });
    const r = adlintJson(['serum.ad.yaml'], { cwd: p });
    expect(r.code).toBe(1);
    expect(ids(r.results[0]!.messages)).toEqual(expect.arrayContaining(['adlint/default-placement', 'amazon/title-promotional-phrases', 'amazon/disease-claims']));
  });

  it('Ocean Engine health food without placement: cure claim, contact detail, missing statement', () => {
    const p = tempProject({ 'sleep.ad.yaml': 'platforms: [oceanengine]\nlocale: zh-CN\ncategory: 保健食品\ncopy: { title: 每天两粒，根治失眠，加微信 abc12345 }\n' });
    const r = adlintJson(['sleep.ad.yaml'], { cwd: p });
    expect(r.code).toBe(1);
    expect(ids(r.results[0]!.messages)).toEqual(expect.arrayContaining(['china-ad-law/efficacy-guarantee', 'oceanengine/contact-wechat', 'china-ad-law/health-food-statement']));
    // stylish says so too, as a user sees it
    const stylish = adlint(['sleep.ad.yaml'], { cwd: p });
    expect(stylish.stdout).toContain('oceanengine/contact-wechat');
  });
});

describe('coverage', () => {
  it('JSON carries, per creative and platform, how many rules ran and why the others were skipped', () => {
    const p = tempProject({ 'a.ad.yaml': 'platforms: [amazon, meta]\ncopy: { title: Linen shirt }\n' });
    const [r] = adlintJson(['a.ad.yaml'], { cwd: p }).results;
    const [amazon, meta] = r!.coverage![0]!.platforms;
    expect(amazon).toMatchObject({ platform: 'amazon', placement: 'listing', placementSource: 'default', category: null });
    expect(amazon!.ran).toBeGreaterThan(0);
    expect(amazon!.ran + Object.values(amazon!.skipped).reduce((a, b) => a + b, 0)).toBe(amazon!.rules);
    expect(meta).toMatchObject({ platform: 'meta', placement: null, placementSource: 'none' });
  });

  it('a platform none of whose rules checked the creative says so, and --fail-on-unchecked fails on it', () => {
    // A creative with nothing but a name: no Snapchat rule has anything to check.
    const p = tempProject({ 'a.ad.yaml': 'platforms: [snapchat]\nlocale: en-US\nname: only a name\n' });
    const r = adlintJson(['a.ad.yaml'], { cwd: p });
    const note = r.results[0]!.messages.find((m) => m.ruleId === 'adlint/not-checked')!;
    expect(note).toMatchObject({ severity: 'info', platform: 'snapchat' });
    expect(note.message).toMatch(/^no snapchat rule checked this creative \(\d+ skipped: /);
    expect(r.code).toBe(0);
    const strict = adlint(['a.ad.yaml', '--fail-on-unchecked'], { cwd: p });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('checked by no rule (--fail-on-unchecked)');
    expect(strict.stdout).toContain('no snapchat rule checked this creative');
  });

  it('the HTML report shows "Not checked", never "Ready", for such a creative', () => {
    const p = tempProject({ 'a.ad.yaml': 'platforms: [snapchat]\nlocale: en-US\nname: only a name\n' });
    const html = adlint(['a.ad.yaml', '--format', 'html'], { cwd: p }).stdout;
    expect(html).toContain('data-platform="snapchat" data-state="unchecked"');
    expect(html).toContain('Not checked');
    expect(html).not.toContain('data-platform="snapchat" data-state="ready"');
  });

  it('the HTML report previews display limits at the default placement when none is written', () => {
    const text = 'Breathable linen shirts for summer days, washed soft. '.repeat(3);
    const limitsOf = (yaml: string): string[] => {
      const html = adlint(['a.ad.yaml', '--format', 'html'], { cwd: tempProject({ 'a.ad.yaml': yaml }) }).stdout;
      // Limits sit in a platform preview's legend (drawn fields) or under the copy (fields no preview draws).
      const legend = [...html.matchAll(/<li title="([^"]+)"><code>copy\./g)].map((m) => m[1]!);
      const listed = [...html.matchAll(/<ul class="limits">.*?<code>([^<]+)<\/code>/g)].map((m) => m[1]!);
      return [...new Set([...legend, ...listed])];
    };
    // TikTok checks a creative without placement as in-feed, whose ad text is cut at 100 width units.
    expect(limitsOf(`platforms: [tiktok]\ncopy:\n  primary_text: "${text}"\n`)).toEqual(['tiktok/ad-text-length']);
    expect(limitsOf(`platforms: [tiktok]\nplacement: in-feed\ncopy:\n  primary_text: "${text}"\n`)).toEqual(['tiktok/ad-text-length']);
  });

  it('--print-config lists every rule of every targeted platform, applied or skipped and why', () => {
    const p = tempProject({ 'a.ad.yaml': 'platforms: [google-ads]\nplacement: serach\ncategory: beer\ncopy: { headlines: [Linen shirts] }\n' });
    const text = adlint(['--print-config', 'a.ad.yaml'], { cwd: p });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('unknown google-ads placement "serach" (did you mean "search"?)');
    expect(text.stdout).toContain('google-ads: placement search (its default: none written), category beer');
    expect(text.stdout).toMatch(/ran {6}google-ads\/rsa-headline-count/);
    expect(text.stdout).toMatch(/skipped {2}google-ads\/pmax-headline-count {2}\(only for placements: performance_max\)/);
    expect(text.stdout).toMatch(/\d+ of \d+ rules ran; skipped: /);
    const json = JSON.parse(adlint(['--print-config', 'a.ad.yaml', '--format', 'json'], { cwd: p }).stdout) as { creatives: { platforms: { checks: { ruleId: string; ran: boolean; skipped?: string }[] }[] }[] };
    const checks = json.creatives[0]!.platforms[0]!.checks;
    expect(checks.find((c) => c.ruleId === 'google-ads/pmax-headline-count')).toMatchObject({ ran: false, skipped: 'placement' });
    expect(checks.find((c) => c.ruleId === 'google-ads/rsa-headline-count')).toMatchObject({ ran: true });
  });
});

describe('no hidden copy', () => {
  it('a schema error is reported at its field and the rest of the creative is still linted; "- #1" gets a quoting hint', () => {
    const text = 'platforms: [amazon]\ncopy:\n  title: Aloe Serum Free Shipping\n  descriptons: Cures acne fast\n  bullets:\n    - #1 best seller\n    - Cures acne in 3 days\n';
    const p = tempProject({ 'a.ad.yaml': text });
    const ms = adlintJson(['a.ad.yaml'], { cwd: p }).results[0]!.messages;
    expect(ms.find((m) => m.message.startsWith('unknown field "descriptons"'))!.message).toContain('(did you mean "descriptions"?)');
    const hash = ms.find((m) => m.field === null && m.line === 6)!;
    expect(hash.message).toContain('YAML reads "#1 best seller" as a comment');
    expect(hash.message).toContain('quote it: "#1 best seller"');
    expect(ids(ms)).toEqual(expect.arrayContaining(['amazon/title-promotional-phrases', 'amazon/disease-claims']));
  });

  it('a platform list mixing known and unknown ids: a did-you-mean error, the known one still linted', () => {
    const p = tempProject({ 'a.ad.yaml': 'platforms: [tiktk, amazon]\ncopy: { title: "Aloe Serum - Free Shipping" }\n' });
    const ms = adlintJson(['a.ad.yaml'], { cwd: p }).results[0]!.messages;
    expect(ms.find((m) => m.ruleId === 'adlint/unknown-platform')!.message).toContain('unknown platform "tiktk" (did you mean "tiktok"?)');
    expect(ids(ms)).toContain('amazon/title-promotional-phrases');
  });

  it('an empty placement or category is a warning, not a silent switch-off', () => {
    const p = tempProject({ 'a.ad.yaml': 'platforms: [amazon]\nplacement: ""\ncategory: ""\ncopy: { title: "Aloe Serum - Free Shipping" }\n' });
    const ms = adlintJson(['a.ad.yaml'], { cwd: p }).results[0]!.messages;
    expect(ms.find((m) => m.ruleId === 'adlint/unknown-placement')!.message).toMatch(/^placement is empty; amazon placements: .*; checked as its default placement "listing"/);
    expect(ms.find((m) => m.ruleId === 'adlint/unknown-category')!.message).toMatch(/^category is empty/);
    expect(ids(ms)).toContain('amazon/title-promotional-phrases');
  });
});
