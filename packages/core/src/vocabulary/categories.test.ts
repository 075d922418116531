import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledRulesDir } from '../package-paths.js';
import { CATEGORIES_FILE, loadCategoryTaxonomy } from './categories.js';

const bundled = loadCategoryTaxonomy(path.join(bundledRulesDir, CATEGORIES_FILE));

function taxonomyFile(text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'adlint-categories-'));
  const file = path.join(dir, CATEGORIES_FILE);
  writeFileSync(file, text);
  return file;
}

describe('bundled category taxonomy', () => {
  it.each([
    ['beer', 'beer'], ['Beer', 'beer'], ['alcoholic beverages', 'alcohol'], ['白酒', 'spirits'],
    ['dietary supplement', 'supplements'], ['Dietary-Supplements', 'supplements'], ['vitamins', 'supplements'],
    ['保健食品', 'health_food'], ['保健品', 'health_food'], ['蓝帽子', 'health_food'], ['食品', 'food'],
    ['化妆品', 'cosmetics'], ['特殊化妆品', 'special_cosmetics'], ['教育培训', 'education'], ['医疗器械', 'medical_devices'],
    ['finance', 'financial_services'], ['financial_products', 'financial_services'], ['pharma', 'drugs'],
    ['vape', 'e_cigarettes'], ['payday loans', 'payday_loans'], ['real estate', 'housing'], ['ｂｅｅｒ', 'beer'],
  ])('"%s" is %s', (written, id) => {
    expect(bundled.resolve(written)).toBe(id);
  });

  it('a rule on a parent reaches its descendants, not the other way round', () => {
    expect(bundled.isA('beer', 'alcohol')).toBe(true);
    expect(bundled.isA('payday_loans', 'financial_services')).toBe(true);
    expect(bundled.isA('health_food', 'food')).toBe(true);
    expect(bundled.isA('alcohol', 'beer')).toBe(false);
    expect(bundled.isA('supplements', 'health_food')).toBe(false);
  });

  it('suggests the id nearest to a misspelling, and nothing for an unrelated word', () => {
    expect(bundled.hint('alchohol')).toBe(' (did you mean "alcohol"?)');
    expect(bundled.hint('suplements')).toBe(' (did you mean "supplements"?)');
    expect(bundled.hint('spaceship')).toBe('');
  });

  it('has the canonical ids the packs use', () => {
    for (const id of ['general', 'alcohol', 'tobacco', 'weapons', 'medical', 'supplements', 'health_food', 'food', 'weight_loss', 'cosmetics', 'financial_services', 'get_rich_quick', 'housing', 'employment', 'education', 'gambling', 'dating', 'adult', 'politics']) {
      expect(bundled.has(id), id).toBe(true);
    }
  });
});

describe('taxonomy file problems are errors at their position', () => {
  it('a cycle', () => {
    const file = taxonomyFile('version: 1\ncategories:\n  a: { name: A, parent: b }\n  b: { name: B, parent: a }\n');
    expect(() => loadCategoryTaxonomy(file)).toThrow(`${file}:3:25: category cycle: a -> b -> a`);
  });
  it('an unknown parent, with a did-you-mean', () => {
    const file = taxonomyFile('version: 1\ncategories:\n  alcohol: { name: Alcohol }\n  beer: { name: Beer, parent: alcohl }\n');
    expect(() => loadCategoryTaxonomy(file)).toThrow(`${file}:4:31: category "beer": unknown parent "alcohl" (did you mean "alcohol"?)`);
  });
  it('an alias claimed by two categories names both', () => {
    const file = taxonomyFile('version: 1\ncategories:\n  wine: { name: Wine, aliases: [vino] }\n  spirits: { name: Spirits, aliases: [Vino] }\n');
    expect(() => loadCategoryTaxonomy(file)).toThrow(`${file}:4:39: "Vino" names both "wine" and "spirits"`);
  });
  it('a schema problem', () => {
    const file = taxonomyFile('version: 1\ncategories:\n  Wine: { name: Wine }\n');
    expect(() => loadCategoryTaxonomy(file)).toThrow(file);
  });
});
