import { describe, expect, it } from 'vitest';
import { selectFields } from './fields.js';

const data = {
  copy: { headline: 'H', headlines: ['a', 'b'], body: 'x' },
  media: [{ path: 'a.jpg' }, { path: 'b.jpg' }],
};

describe('selectFields', () => {
  it('returns a missing plain path as undefined so absence can be reported', () => {
    expect(selectFields(data, ['copy.description'])).toEqual([{ path: 'copy.description', value: undefined }]);
  });
  it('expands [*] to each item and skips what does not exist', () => {
    expect(selectFields(data, ['copy.headlines[*]'])).toEqual([
      { path: 'copy.headlines[0]', value: 'a' },
      { path: 'copy.headlines[1]', value: 'b' },
    ]);
    expect(selectFields(data, ['copy.descriptions[*]'])).toEqual([]);
  });
  it('expands * to every present key', () => {
    expect(selectFields(data, ['copy.*']).map((f) => f.path)).toEqual(['copy.headline', 'copy.headlines', 'copy.body']);
  });
  it('walks through lists of objects', () => {
    expect(selectFields(data, ['media[*].path']).map((f) => f.value)).toEqual(['a.jpg', 'b.jpg']);
  });
  it('selects one item by index and de-duplicates overlapping selectors', () => {
    expect(selectFields(data, ['copy.headlines[1]', 'copy.headlines[*]']).map((f) => f.path)).toEqual(['copy.headlines[1]', 'copy.headlines[0]']);
  });
});
