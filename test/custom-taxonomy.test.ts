import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, adlintJson, tempProject } from './helpers/cli.js';

/** A seller's own pack: categories of its catalogue, and the names its team uses for placements. */
const SHOP_PACK = `id: my-shop
name: My shop's own rules
version: "1"
categories:
  cbd: { name: CBD products, aliases: [cbd oil, 大麻二酚] }
  kombucha: { name: Kombucha, parent: beverages, aliases: [康普茶] }
placement_aliases:
  tiktok: { in_feed: [for you feed, 信息流广告位] }
rules:
  - id: cbd-claims
    check: terms
    severity: error
    applies: { categories: [cbd] }
    terms: [cures anxiety]
    message: "CBD copy may not claim {{found}}."
    source: https://example.com/our-policy
    confidence: documented
    examples:
      invalid: [{ category: cbd, copy: { headline: CBD oil cures anxiety } }]
      valid: [{ category: cbd, copy: { headline: "CBD oil, lab tested" } }]
`;

function project(pack: string, ad: string): string {
  return tempProject({ '.adlint.yaml': 'packs: [my-shop.yaml]\n', 'my-shop.yaml': pack, 'ad.ad.yaml': ad });
}

describe('categories and placement aliases from a config pack', () => {
  it("a pack's categories are known to creatives by id or alias, and its category rules apply", () => {
    const dir = project(SHOP_PACK, 'platforms: [my-shop, meta]\ncategory: CBD Oil\ncopy:\n  headline: CBD oil cures anxiety\n');
    const { results, stderr } = adlintJson(['ad.ad.yaml'], { cwd: dir });
    expect(stderr).toBe('');
    const ids = results[0]!.messages.map((m) => m.ruleId);
    expect(ids).toContain('my-shop/cbd-claims');
    expect(ids).not.toContain('adlint/unknown-category');
  });

  it('a new kind of a bundled category gets the bundled rules of its parent', () => {
    const dir = project(SHOP_PACK, 'platforms: [oceanengine]\ncategory: 康普茶\ncopy:\n  title: 康普茶 发酵饮品 六瓶装\n');
    const json = JSON.parse(adlint(['--print-config', 'ad.ad.yaml', '--format', 'json'], { cwd: dir }).stdout) as { creatives: { notes: { ruleId: string }[]; platforms: { category: string; checks: { ruleId: string; ran: boolean }[] }[] }[] };
    const [creative] = json.creatives;
    expect(creative!.notes.map((n) => n.ruleId)).not.toContain('adlint/unknown-category');
    expect(creative!.platforms[0]!.category).toBe('kombucha');
    // china-ad-law's food rules (on `food`, the parent of beverages) run on it.
    const foodRule = creative!.platforms[0]!.checks.find((c) => c.ruleId === 'china-ad-law/food-health-claims');
    expect(foodRule).toMatchObject({ ran: true });
  });

  it("a pack's placement aliases reach the platform it names", () => {
    const long = 'Breathable linen shirts for summer days, washed soft. '.repeat(3);
    const dir = project(SHOP_PACK, `platforms: [tiktok]\nplacement: For You feed\ncopy:\n  primary_text: "${long}"\n`);
    const ids = adlintJson(['ad.ad.yaml'], { cwd: dir }).results[0]!.messages.map((m) => m.ruleId);
    expect(ids).not.toContain('adlint/unknown-placement');
    expect(ids).toContain('tiktok/ad-text-length');
  });

  it('adlint test-packs runs the examples of such a pack with its categories', () => {
    const r = adlint(['test-packs'], { cwd: project(SHOP_PACK, 'copy:\n  headline: Hi\n') });
    expect(r.stdout).toContain('✔ my-shop: 2/2 examples');
    expect(r.code).toBe(0);
  });

  it('a category id or alias already taken is a pack error naming both files', () => {
    const taken = SHOP_PACK.replace('aliases: [cbd oil, 大麻二酚]', 'aliases: [cbd oil, craft beer]');
    const r = adlint(['ad.ad.yaml'], { cwd: project(taken, 'platforms: [meta]\ncopy:\n  headline: Hi\n') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/my-shop\.yaml:\d+:\d+: "craft beer" names both "beer" \(in .*rules[/\\]categories\.yaml\) and "cbd": an alias may belong to one category/);
    const redefined = SHOP_PACK.replace('  kombucha:', '  alcohol: { name: Booze }\n  kombucha:');
    const r2 = adlint(['ad.ad.yaml'], { cwd: project(redefined, 'platforms: [meta]\ncopy:\n  headline: Hi\n') });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/my-shop\.yaml:6:3: category "alcohol" is already defined in .*categories\.yaml/);
  });

  it("a placement alias another placement has, or an unknown placement or platform, is a pack error in the adding pack", () => {
    const lint = (pack: string) => adlint(['ad.ad.yaml'], { cwd: project(pack, 'platforms: [tiktok]\ncopy:\n  headline: Hi\n') });
    const taken = lint(SHOP_PACK.replace('[for you feed, 信息流广告位]', '[for you feed, topview]'));
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/my-shop\.yaml:8:\d+: placement alias "topview" for tiktok's "in_feed" already names its placement "\w+" \(in .*tiktok\.yaml\)/);
    const unknown = lint(SHOP_PACK.replace('tiktok: { in_feed:', 'tiktok: { in_fed:'));
    expect(unknown.stderr).toMatch(/placement_aliases: tiktok has no placement "in_fed" \(did you mean "in_feed"\?\)/);
    const platform = lint(SHOP_PACK.replace('  tiktok: {', '  tiktk: {'));
    expect(platform.stderr).toMatch(/my-shop\.yaml:8:3: placement_aliases: unknown platform "tiktk" \(did you mean "tiktok"\?\)/);
    expect(path.basename(platform.stderr.split(':')[1] ?? '')).toBe('my-shop.yaml');
  });
});
