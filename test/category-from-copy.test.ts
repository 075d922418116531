import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { adlint, adlintJson, pointedText, tempProject, type JsonMessage } from './helpers/cli.js';
import { testPack } from './helpers/packs.js';

/** Lints one creative as a seller writes it (no placement, often no category). */
function lint(yaml: string): { messages: JsonMessage[]; pointed: (m: JsonMessage) => string } {
  const dir = tempProject({ 'ad.ad.yaml': yaml });
  const { results, stderr } = adlintJson(['ad.ad.yaml'], { cwd: dir });
  expect(stderr).toBe('');
  const text = readFileSync(path.join(dir, 'ad.ad.yaml'), 'utf8');
  return { messages: results[0]!.messages, pointed: (m) => pointedText(text, m) };
}

const byRule = (messages: JsonMessage[], id: string): JsonMessage[] => messages.filter((m) => m.ruleId === id);
const ruleIds = (messages: JsonMessage[]): string[] => [...new Set(messages.map((m) => m.ruleId))].sort();

describe('the product tells the category when the field does not', () => {
  it('an undeclared beer ad is told so at the words and checked with the alcohol rules', () => {
    const { messages, pointed } = lint('platforms: [meta]\ncopy:\n  headline: Hoppy craft beer club\n  primary_text: Twelve IPAs delivered monthly.\n');
    const [told] = byRule(messages, 'adlint/category-from-copy');
    expect(told).toMatchObject({ severity: 'warning', field: 'copy.headline', line: 3 });
    expect(pointed(told!)).toBe('craft beer');
    expect(told!.message).toBe('"craft beer" reads as an alcohol ad: declare `category: alcohol` (checked with the alcohol rules)');
    expect(told).toMatchObject({ messageId: 'category-from-copy', data: { found: 'craft beer', category: 'alcohol' } });
    expect(ruleIds(messages)).toEqual(expect.arrayContaining(['meta/alcohol-minimum-age', 'meta/alcohol-country-required']));
  });

  it('the same ad with its category declared is not told, and the same alcohol rules run', () => {
    const { messages } = lint('platforms: [meta]\ncategory: craft beer\ncopy:\n  headline: Hoppy craft beer club\n');
    expect(byRule(messages, 'adlint/category-from-copy')).toEqual([]);
    expect(ruleIds(messages)).toContain('meta/alcohol-minimum-age');
  });

  it('an undeclared 蓝帽子 product is told in Chinese and checked with the health-food rules', () => {
    const { messages, pointed } = lint('platforms: [oceanengine]\ncopy:\n  title: 蓝帽子 鱼油软胶囊\n  description: 增强免疫力，每天两粒。\n');
    const [told] = byRule(messages, 'adlint/category-from-copy');
    expect(pointed(told!)).toBe('蓝帽子');
    expect(told!.message).toBe('"蓝帽子"表明这是保健食品广告，但未声明类别：请写明 `category: health_food`（已按保健食品的规则一并检查）');
    expect(ruleIds(messages)).toContain('china-ad-law/health-food-statement');
  });

  it('a declared category of another class keeps its rules and gains the class the copy names', () => {
    const { messages } = lint('platforms: [meta]\ncategory: food\ncopy:\n  headline: Vodka gift set\n');
    expect(byRule(messages, 'adlint/category-from-copy')[0]!.message).toBe('"Vodka" reads as an alcohol ad, not food: declare `category: alcohol` (checked with the alcohol rules as well as the food ones)');
    expect(ruleIds(messages)).toContain('meta/alcohol-minimum-age');
  });

  it('a misspelt category is reported and the copy still tells the class', () => {
    const { messages } = lint('platforms: [meta]\ncategory: alchohol\ncopy:\n  headline: Single malt whisky, 12 years\n');
    expect(byRule(messages, 'adlint/unknown-category')[0]!.message).toMatch(/unknown category "alchohol" \(did you mean "alcohol"\?\)/);
    expect(byRule(messages, 'adlint/category-from-copy')).toHaveLength(1);
    expect(ruleIds(messages)).toContain('meta/alcohol-minimum-age');
  });

  it('one passing mention in body copy is a note, not a category: the alcohol rules do not run', () => {
    const { messages, pointed } = lint('platforms: [meta]\ncopy:\n  headline: Aged cheddar board\n  primary_text: Pairs well with wine.\n');
    const [note] = byRule(messages, 'adlint/category-mention');
    expect(note!.severity).toBe('info');
    expect(pointed(note!)).toBe('wine');
    expect(note).toMatchObject({ messageId: 'category-mention', data: { found: 'wine', category: 'alcohol' } });
    expect(byRule(messages, 'adlint/category-from-copy')).toEqual([]);
    expect(messages.filter((m) => m.ruleId.startsWith('meta/alcohol'))).toEqual([]);
  });

  it('the same weak word in a headline, or twice, is the product', () => {
    expect(byRule(lint('platforms: [meta]\ncopy:\n  headline: Wine of the month\n').messages, 'adlint/category-from-copy')).toHaveLength(1);
    expect(byRule(lint('platforms: [meta]\ncopy:\n  primary_text: Beer for dads. Beer for grads.\n').messages, 'adlint/category-from-copy')).toHaveLength(1);
  });

  it('kinds of one class are one finding that names the class they share', () => {
    const { messages } = lint('platforms: [meta]\ncopy:\n  primary_text: Rifle scopes, suppressors and 9mm ammo, shipped to your door.\n');
    const told = byRule(messages, 'adlint/category-from-copy');
    expect(told).toHaveLength(1);
    expect(told[0]!.message).toMatch(/^"Rifle scopes" \(and "9mm ammo"\) reads as a weapons ad: declare `category: weapons`/);
  });

  it('near misses tell nothing', () => {
    const copy = 'Cordless glue gun in gunmetal grey. Root beer floats, ginger ale, wine-red throws and champagne gold frames.';
    expect(lint(`platforms: [meta, google-ads]\ncopy:\n  headline: Spring gifts\n  primary_text: "${copy}"\n`).messages.filter((m) => m.ruleId.startsWith('adlint/category'))).toEqual([]);
    const zh = lint('platforms: [oceanengine]\ncopy:\n  title: 海景酒店 双人套餐\n  description: 含防晒衣、红酒杯和烟花秀门票，本品不是保健食品。\n').messages;
    expect(zh.filter((m) => m.ruleId.startsWith('adlint/category'))).toEqual([]);
  });

  it('housing and job ads are told from the copy, and the special ad category rules run on them', () => {
    const rental = lint('platforms: [meta]\ntargeting: { countries: [US] }\ncopy:\n  headline: Homes for sale in Austin\n').messages;
    expect(byRule(rental, 'adlint/category-from-copy')[0]).toMatchObject({ data: { found: 'Homes for sale', category: 'housing' } });
    expect(ruleIds(rental)).toContain('meta/special-category-declared');
    const job = lint('platforms: [google-ads]\ntargeting: { countries: [US], genders: [female] }\ncopy:\n  headline: Now hiring warehouse staff\n').messages;
    expect(byRule(job, 'adlint/category-from-copy')[0]).toMatchObject({ data: { found: 'Now hiring', category: 'employment' } });
    const zh = lint('platforms: [oceanengine]\ncopy:\n  title: 热销楼盘 预约看房\n  description: 地铁口学区房，升值潜力大。\n').messages;
    expect(byRule(zh, 'adlint/category-from-copy')[0]!.message).toBe('"热销楼盘"表明这是房地产广告，但未声明类别：请写明 `category: housing`（已按房地产的规则一并检查）');
    expect(ruleIds(zh)).toContain('china-ad-law/real-estate-claims');
  });

  it('near misses of housing and jobs tell nothing: holiday lets, office space, furniture, career advice, taxis', () => {
    for (const headline of ['Vacation home for rent in Maui', 'Office space for rent downtown', 'Hotel rooms for rent tonight', 'Commercial property for sale', 'Cozy sofa for your studio apartment', 'House music for your house party', 'Career advice that works', 'Thinking of hiring a plumber?', 'Steve Jobs: the biography', 'No vacancies this weekend', 'A blender that does the job']) {
      const found = lint(`platforms: [meta]\ntargeting: { countries: [US] }\ncopy:\n  headline: "${headline}"\n`).messages;
      expect(found.filter((m) => m.ruleId.startsWith('adlint/category')), headline).toEqual([]);
    }
    for (const title of ['出租车司机专用坐垫', '新房装修除甲醛 一次搞定', '租房好物 小户型沙发', '三亚民宿 短租特惠', '样板间同款吊灯']) {
      const found = lint(`platforms: [oceanengine]\ncopy:\n  title: ${title}\n`).messages;
      expect(found.filter((m) => m.ruleId.startsWith('adlint/category')), title).toEqual([]);
    }
  });

  it('--print-config shows the inferred category and where the copy tells it', () => {
    const dir = tempProject({ 'ad.ad.yaml': 'platforms: [meta]\ncopy:\n  headline: Hoppy craft beer club\n' });
    const json = JSON.parse(adlint(['--print-config', 'ad.ad.yaml', '--format', 'json'], { cwd: dir }).stdout) as { creatives: { inferredCategories: unknown[]; platforms: { category: string; categorySource: string }[] }[] };
    expect(json.creatives[0]!.inferredCategories).toEqual([{ category: 'alcohol', found: 'craft beer', field: 'copy.headline', line: 3, column: 19 }]);
    expect(json.creatives[0]!.platforms[0]).toMatchObject({ category: 'alcohol', categorySource: 'inferred' });
    const text = adlint(['--print-config', 'ad.ad.yaml'], { cwd: dir }).stdout;
    expect(text).toContain(`category alcohol inferred from copy at ${path.join(dir, 'ad.ad.yaml')}:3:19 ("craft beer" in copy.headline)`);
    expect(text).toContain('meta: no placement, category alcohol (inferred from the copy: none written)');
  });

  it('a category no rule of the run is about is not inferred: declaring it would change nothing', () => {
    const claims = `  - id: claims
    check: terms
    severity: warning
    terms: [best]
    message: "Claim: {{term}}."
    source: s
    confidence: documented
    examples: { valid: [{ copy: { headline: ok } }], invalid: [{ copy: { headline: the best } }] }
`;
    const ageRule = `  - id: alcohol-age
    check: required
    severity: error
    applies: { categories: [alcohol], fields: [targeting.age_min] }
    message: Alcohol ads need a minimum age.
    source: s
    confidence: documented
    examples: { valid: [{ category: beer, targeting: { age_min: 21 } }], invalid: [{ category: beer }] }
`;
    const run = (rules: string) => {
      const dir = tempProject({
        '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n',
        'p.yaml': testPack(rules),
        'ad.ad.yaml': 'copy:\n  headline: The best craft beer club\n  primary_text: Pairs well with rifle scopes and wine.\n',
      });
      const { results, stderr } = adlintJson(['ad.ad.yaml'], { cwd: dir });
      expect(stderr).toBe('');
      return results[0]!;
    };
    const ungated = run(claims);
    expect(ungated.messages.map((m) => m.ruleId)).toEqual(['p/claims']);
    expect(ungated.coverage![0]!.inferredCategories).toEqual([]);
    // With a rule on alcohol, the beer is told (and the rule runs); the weapon accessory, whose class no rule is about, is not.
    const gated = run(claims + ageRule);
    expect(gated.messages.map((m) => `${m.ruleId} ${m.severity}`).sort()).toEqual(['adlint/category-from-copy warning', 'p/alcohol-age error', 'p/claims warning']);
    expect(gated.coverage![0]!.inferredCategories).toEqual([expect.objectContaining({ category: 'alcohol', found: 'craft beer' })]);
  });

  it('examples/undeclared-category shows what its README says', () => {
    const { results } = adlintJson(['examples/undeclared-category']);
    const byFile = new Map(results.map((r) => [path.basename(r.filePath), r.messages.map((m) => `${m.ruleId} ${m.severity}`)]));
    expect(byFile.get('cheese-board.ad.yaml')).toEqual(['adlint/category-mention info']);
    expect(byFile.get('craft-beer-club.ad.yaml')).toEqual(['adlint/platform-alias info', 'adlint/category-from-copy warning', 'meta/alcohol-minimum-age error', 'meta/alcohol-minimum-age-reported warning']);
    expect(byFile.get('fish-oil.ad.yaml')).toEqual(expect.arrayContaining(['china-ad-law/health-food-statement error', 'adlint/platform-alias info', 'adlint/category-from-copy warning']));
    expect(byFile.get('apartment-listing.ad.yaml')).toEqual(['meta/special-category-declared error', 'adlint/category-from-copy warning']);
  });
});
