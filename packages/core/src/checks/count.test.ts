import { describe, expect, it } from 'vitest';
import { testInput, testRule } from '../../test-helpers/check-context.js';
import { countCheck } from './count.js';

const media = (...roles: string[]) => ({ media: roles.map((role, i) => ({ path: `img/${i}.png`, role })) });

describe('count check', () => {
  it('counts list items, a string as one and a missing field as none', async () => {
    const run = countCheck.compile({ min: 2, max: 3 }, testRule());
    expect(await run(testInput({ copy: { headlines: ['a', 'b'] } }, ['copy.headlines']))).toEqual([]);
    expect(await run(testInput({ copy: { headlines: 'a' } }, ['copy.headlines']))).toEqual([{ field: 'copy.headlines', messageId: 'too-few', data: { actual: 1, min: 2, max: 3, under: 1 } }]);
    expect(await run(testInput({}, ['copy.headlines']))).toEqual([{ field: 'copy.headlines', messageId: 'too-few', data: { actual: 0, min: 2, max: 3, under: 2 } }]);
  });
  it('with roles, counts only the items of those roles and points at the first one too many', async () => {
    const run = countCheck.compile({ min: 1, max: 2, roles: ['landscape'] }, testRule());
    expect(await run(testInput(media('square', 'landscape', 'logo'), ['media']))).toEqual([]);
    expect(await run(testInput(media('square', 'logo'), ['media']))).toEqual([{ field: 'media', messageId: 'too-few', data: { actual: 0, min: 1, max: 2, roles: 'landscape', under: 1 } }]);
    expect(await run(testInput({}, ['media']))).toEqual([{ field: 'media', messageId: 'too-few', data: { actual: 0, min: 1, max: 2, roles: 'landscape', under: 1 } }]);
    // The third landscape image is media[4]: the square and the logo in between do not count.
    expect(await run(testInput(media('landscape', 'square', 'LANDSCAPE', 'logo', 'landscape'), ['media']))).toEqual([
      { field: 'media[4]', messageId: 'too-many', data: { actual: 3, min: 1, max: 2, roles: 'landscape', over: 1 } },
    ]);
  });
  it('refuses min above max at load', () => {
    expect(() => countCheck.compile({ min: 3, max: 2 }, testRule())).toThrow('min (3) is greater than max (2) @ min');
  });
});
