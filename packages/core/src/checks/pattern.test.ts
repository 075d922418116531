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
