import { describe, expect, it } from 'vitest';
import { testInput, testRule } from '../../test-helpers/check-context.js';
import { productCheck } from './product.js';

const vape = { terms: [{ term: 'vape', forms: ['vapes', 'vape pens'], note: 'e-cigarettes' }], categories: ['tobacco', 'e_cigarettes'] };

describe('product check', () => {
  it('reports product words in the copy with what they are', async () => {
    const run = productCheck.compile(vape, testRule());
    const reports = await run(testInput({ copy: { headline: 'Disposable vape pens', body: 'New vapes weekly' } }));
    expect(reports.map((r) => [r.field, r.range, r.data!.subject])).toEqual([
      ['copy.headline', [11, 20], '"vape pens" (e-cigarettes)'],
      ['copy.body', [4, 9], '"vapes" (e-cigarettes)'],
    ]);
  });
  it('reports a declared category once, on the category, whatever the copy says', async () => {
    const run = productCheck.compile(vape, testRule());
    const reports = await run(testInput({ category: 'E_Cigarettes', copy: { headline: 'Disposable vape pens' } }));
    expect(reports).toEqual([{ field: 'category', data: { found: 'E_Cigarettes', category: 'E_Cigarettes', note: 'declared category', subject: 'category: E_Cigarettes' } }]);
  });
  it('stays silent on other categories and on near misses', async () => {
    const run = productCheck.compile({ ...vape, terms: [{ term: 'cigar', exceptions: ['cigar box guitar'] }] }, testRule());
    expect(await run(testInput({ category: 'music', copy: { body: 'Cigar box guitar kits' } }))).toEqual([]);
  });
});
