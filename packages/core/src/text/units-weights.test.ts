import { describe, expect, it } from 'vitest';
import { measureWeighted, offsetAfterWeighted } from './units.js';

describe('weighted length', () => {
  it('counts ASCII as half, as Ocean Engine titles do', () => {
    expect(measureWeighted('春季sale', { ascii: 0.5 })).toBe(4);
    expect(measureWeighted('abc', { ascii: 0.5 })).toBe(1.5);
  });
  it('counts wide characters as 2, as TikTok does, others by default', () => {
    expect(measureWeighted('春季Sale！', { wide: 2 })).toBe(10);
    expect(measureWeighted('é😀', { wide: 2, default: 1 })).toBe(3);
  });
  it('finds where the weighted length passes the limit', () => {
    expect(offsetAfterWeighted('春季sale', { ascii: 0.5 }, 3)).toBe(4);
    expect(offsetAfterWeighted('😀😀', { default: 1 }, 1)).toBe(2);
    expect(offsetAfterWeighted('abc', { ascii: 0.5 }, 2)).toBe(3);
  });
});
