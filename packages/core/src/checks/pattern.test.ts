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
    expect(() => patternCheck.compile({ pattern: '(a+)+$' }, testRule())).toThrow(/backtrack catastrophically .* @ pattern$/);
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
