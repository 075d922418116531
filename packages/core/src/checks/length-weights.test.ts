import { describe, expect, it } from 'vitest';
import { testInput, testRule } from '../../test-helpers/check-context.js';
import { lengthCheck } from './length.js';

describe('length with weights and trim', () => {
  it('reports the weighted length and points at what to cut', async () => {
    const run = lengthCheck.compile({ max: 3, weights: { ascii: 0.5 } }, testRule());
    const [r] = await run(testInput({ copy: { title: '春季sale特' } }));
    expect(r).toMatchObject({ field: 'copy.title', range: [4, 7], data: { actual: 5, max: 3, over: 2 } });
  });
  it('trims before counting and keeps offsets in the original value', async () => {
    const run = lengthCheck.compile({ max: 3, trim: true }, testRule());
    expect(await run(testInput({ copy: { title: '  abc  ' } }))).toEqual([]);
    const [r] = await run(testInput({ copy: { title: '  abcd ' } }));
    expect(r).toMatchObject({ range: [5, 6], data: { actual: 4, over: 1 } });
  });
  it('refuses weights with a unit other than chars', () => {
    expect(() => lengthCheck.compile({ max: 3, unit: 'bytes', weights: { ascii: 1 } }, testRule())).toThrow('`weights` apply to unit `chars` only @ weights');
  });
  it('counts each link as url_length units, and cuts before a link that passes the limit', async () => {
    const run = lengthCheck.compile({ max: 30, unit: 'width', url_length: 23 }, testRule());
    const long = 'https://www.example.com/collections/spring-2026/linen-shirts?utm_source=x';
    expect(await run(testInput({ copy: { body: `Linen ${long}` } }))).toEqual([]);
    const [r] = await run(testInput({ copy: { body: `Linen shirts ${long}.` } }));
    expect(r).toMatchObject({ range: [13, 13 + long.length + 1], data: { actual: 37, over: 7 } });
    const [w] = await run(testInput({ copy: { body: `See www.example.com/linen and our summer range today` } }));
    expect(w).toMatchObject({ data: { actual: 54 } });
  });
});
