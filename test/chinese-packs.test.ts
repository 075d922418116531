import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { Linter, exampleCreative } from '@adlint/core';

/**
 * A Chinese pack speaks Chinese, every word: no check may splice an English sentence into its
 * messages (`…：WEBP is not an allowed format (JPEG, PNG)。…`). Each invalid example of every
 * Chinese pack is linted and its messages held to that; names (JPG, PNG, a file path) may stay.
 */
const linter = new Linter();
const zhPacks = linter.packs.ids().filter((id) => String(linter.packs.get(id).locale ?? '').startsWith('zh'));
/** Three Latin words in a row, separated by spaces: a sentence, not a name. */
const LATIN_SENTENCE = /[A-Za-z]+(?: [A-Za-z]+){2,}/;

describe('Chinese packs', () => {
  it('are found', () => {
    expect(zhPacks).toEqual(expect.arrayContaining(['oceanengine', 'tencent-ads', 'china-ad-law']));
  });

  it.each(zhPacks)('%s: the messages of its invalid examples hold no English sentence', async (id) => {
    const pack = linter.packs.get(id);
    const english: string[] = [];
    let count = 0;
    for (const { rule } of linter.activeRules([id]).filter((a) => a.rule.packId === id)) {
      for (const [i, example] of rule.definition.examples.invalid.entries()) {
        const file = path.join(path.dirname(pack.file), `${rule.definition.id}.invalid-${i}.ad.yaml`);
        const result = await linter.lintText(stringify(exampleCreative(example)), file, { platforms: [id] });
        for (const m of result.messages.filter((x) => x.ruleId === rule.id)) {
          count++;
          if (LATIN_SENTENCE.test(m.message)) english.push(`${m.ruleId}: ${m.message}`);
        }
      }
    }
    expect(count).toBeGreaterThan(0);
    expect(english).toEqual([]);
  });

  it('the sentence test catches what it is for', () => {
    expect(LATIN_SENTENCE.test('fixtures/a.webp：WEBP is not an allowed format (JPEG, PNG)。')).toBe(true);
    expect(LATIN_SENTENCE.test('fixtures/a.webp：图片格式为 WEBP。请上传 JPG 或 PNG。')).toBe(false);
  });
});
