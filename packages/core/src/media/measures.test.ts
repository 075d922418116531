import { describe, expect, it } from 'vitest';
import { describeRatio, formatSize, inRatioRange, matchRatio, parseRatio, parseSize } from './measures.js';

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
  it('takes a range of ratios, each end widened by the tolerance, either end open', () => {
    const [tall, wide] = [parseRatio('1:2'), parseRatio('1.91:1')];
    expect(inRatioRange(1000, 1500, tall, wide, 0.01)).toBe(true);
    expect(inRatioRange(1000, 2000, tall, wide, 0)).toBe(true);
    expect(inRatioRange(1000, 2040, tall, wide, 0.01)).toBe(false);
    expect(inRatioRange(1000, 2015, tall, wide, 0.01)).toBe(true);
    expect(inRatioRange(1200, 628, tall, wide, 0)).toBe(false); // 1.9108:1: only the tolerance lets the usual 1200×628 in
    expect(inRatioRange(1200, 628, tall, wide, 0.01)).toBe(true);
    expect(inRatioRange(1600, 628, tall, wide, 0.03)).toBe(false);
    expect(inRatioRange(5000, 10, tall, undefined, 0)).toBe(true);
    expect(inRatioRange(10, 5000, undefined, wide, 0)).toBe(true);
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
