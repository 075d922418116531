import { describe, expect, it } from 'vitest';
import { testInput, testRule } from '../../test-helpers/check-context.js';
import { patternCheck } from './pattern.js';

describe('pattern check', () => {
  it('reports each match with named groups as data', async () => {
    const run = patternCheck.compile({ pattern: '(?<phone>\\(?\\d{3}\\)?[ .-]?\\d{3}[ .-]?\\d{4})' }, testRule());
    const [r] = await run(testInput({ copy: { headline: 'Call 555-123-4567 now' } }));
    expect(r).toEqual({ field: 'copy.headline', range: [5, 17], data: { phone: '555-123-4567', match: '555-123-4567', found: '555-123-4567' } });
  });
  it('is case-insensitive by default; flags replace the default', async () => {
    const text = testInput({ copy: { headline: 'CLICK HERE' } });
    expect(await patternCheck.compile({ pattern: 'click here' }, testRule())(text)).toHaveLength(1);
    expect(await patternCheck.compile({ pattern: 'click here', flags: 'u' }, testRule())(text)).toHaveLength(0);
  });
  it('refuses unsafe, invalid and empty-matching patterns at load', () => {
    expect(() => patternCheck.compile({ pattern: '(?=a)(a+)+$' }, testRule())).toThrow(/backtrack catastrophically .* @ pattern$/);
    // Run by RE2, which cannot backtrack, the same nesting is safe.
    expect(() => patternCheck.compile({ pattern: '(a+)+$' }, testRule())).not.toThrow();
    expect(() => patternCheck.compile({ pattern: '(' }, testRule())).toThrow(/invalid regular expression.* @ pattern$/);
    expect(() => patternCheck.compile({ pattern: 'x*' }, testRule())).toThrow('pattern matches the empty string, so it would match every text @ pattern');
  });
  it('caps the text before matching, so 100 KB paragraphs cost little', async () => {
    const run = patternCheck.compile({ pattern: '\\bfree\\b', max_length: 100 }, testRule());
    expect(await run(testInput({ copy: { body: `${'x '.repeat(50_000)}free` } }))).toEqual([]);
    expect(await run(testInput({ copy: { body: 'free' } }))).toHaveLength(1);
  });
});

describe('pattern check with fold', () => {
  const phone = patternCheck.compile({ pattern: '\\b1[3-9]\\d{9}\\b', fold: true, not_preceded_by: ['订单号'] }, testRule());
  it('reads fullwidth digits and digits split by spaces, dashes and emoji, and points at the original characters', async () => {
    for (const text of ['电话１３８１２３４５６７８', '电话 138 1234 5678', '电话1-3-8-1-2-3-4-5-6-7-8', '电话138🔥1234🔥5678']) {
      const [r] = await phone(testInput({ copy: { body: text } }));
      expect(r?.range?.[0]).toBe(text.search(/[1１]/u));
      expect(r?.range?.[1]).toBe(text.length);
      expect(r?.data?.found).toBe(text.slice(r!.range![0]));
    }
  });
  it('keeps numbers apart at clause punctuation and after the words that cancel a match', async () => {
    expect(await phone(testInput({ copy: { body: '订单号：13812345678' } }))).toEqual([]);
    expect(await phone(testInput({ copy: { body: '已售1380件，好评12345条' } }))).toEqual([]);
    expect(await phone(testInput({ copy: { body: '13812345678，13912345678' } }))).toHaveLength(2);
  });
});

describe('pattern check with fold: Chinese numerals and emoji between letters', () => {
  const phone = patternCheck.compile({ pattern: '\\b1[3-9]\\d{9}\\b', fold: true }, testRule());
  const wechat = patternCheck.compile({ pattern: '\\bvx[:\\s]*[a-z][-_a-z0-9]{5,19}\\b', fold: true }, testRule());
  it('reads Chinese numerals in a phone-length run as digits, and points at the original characters', async () => {
    for (const text of ['电话一三八一二三四五六七八', '打幺三八 幺二三四 五六七八', '热线壹叁捌壹贰叁肆伍陆柒捌', '电话138一二三四5678']) {
      const [r] = await phone(testInput({ copy: { body: text } }));
      const start = text.search(/[一幺壹1]/u);
      expect(r?.range?.[0]).toBe(start);
      expect(r?.data?.found).toBe(text.slice(start));
    }
  });
  it('leaves numerals alone in ordinary words, dates and counted numbers', async () => {
    for (const text of ['一二三，木头人', '三八节一三八元福利', '二〇二四年十一月十一日上新', '一三八号公路边的小店', '第一二三名各奖一百元']) {
      expect(await phone(testInput({ copy: { body: text } }))).toEqual([]);
    }
  });
  it('drops emoji between two Latin letters, not spaces or punctuation', async () => {
    for (const text of ['加v🌸x：shop_2024good', 'V❤️X beauty_888', 'v👍🏽x：kefu_007']) {
      expect(await wechat(testInput({ copy: { body: text } }))).toHaveLength(1);
    }
    for (const text of ['v x shop_2024good', 'v-x shop_2024good', 'I ❤ NY tees']) {
      expect(await wechat(testInput({ copy: { body: text } }))).toEqual([]);
    }
  });
});
