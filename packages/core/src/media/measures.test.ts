import { describe, expect, it } from 'vitest';
import { describeRatio, formatSize, matchRatio, parseRatio, parseSize } from './measures.js';

describe('ratios', () => {
  it('names ratios people recognise, else a decimal', () => {
    expect(describeRatio(1200, 900)).toBe('4:3');
    expect(describeRatio(1080, 1920)).toBe('9:16');
    expect(describeRatio(1200, 628)).toBe('1.91:1');
    expect(describeRatio(628, 1200)).toBe('1:1.91');
  });
  it('matches within a relative tolerance', () => {
    const allowed = ['1.91:1', '1:1'].map(parseRatio);
    expect(matchRatio(1200, 628, allowed, 0.01)?.label).toBe('1.91:1');
    expect(matchRatio(1000, 1020, allowed, 0.03)?.label).toBe('1:1');
    expect(matchRatio(1000, 1050, allowed, 0.03)).toBeNull();
  });
});

describe('sizes', () => {
  it('reads binary units as platforms mean them', () => {
    expect(parseSize('5120 KB')).toBe(5 * 1024 * 1024);
    expect(parseSize('30 MB')).toBe(30 * 1024 * 1024);
    expect(parseSize(1000)).toBe(1000);
    expect(formatSize(31.25 * 1024 * 1024)).toBe('31.3 MB');
    expect(formatSize(900)).toBe('900 B');
  });
});
