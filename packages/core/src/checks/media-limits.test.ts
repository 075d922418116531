import { describe, expect, it } from 'vitest';
import { testRule } from '../../test-helpers/check-context.js';
import { compileSizeLimits } from './media-limits.js';

describe('size limits', () => {
  const rule = testRule();
  it('refuses a ratio range whose minimum is wider than its maximum, and crossed long-side limits', () => {
    expect(() => compileSizeLimits({ min_ratio: '1.91:1', max_ratio: '1:2' }, rule)).toThrow('min_ratio (1.91:1) is wider than max_ratio (1:2) @ min_ratio');
    expect(() => compileSizeLimits({ min_long_side: 1000, max_long_side: 500 }, rule)).toThrow('min_long_side (1000) is greater than max_long_side (500) @ min_long_side');
  });
  it('reports no ratio when neither a list nor a range is given', () => {
    expect(compileSizeLimits({ min_width: 1 }, rule).check('media[0].path', 5000, 10, {})).toEqual([]);
  });
});
