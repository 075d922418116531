import { describe, expect, it } from 'vitest';
import { AhoCorasick } from './aho-corasick.js';

function all(patterns: string[], text: string): [string, number][] {
  const out: [string, number][] = [];
  new AhoCorasick(patterns).scan(text, (i, end) => out.push([patterns[i]!, end]));
  return out;
}

describe('AhoCorasick', () => {
  it('finds every occurrence, overlaps included, in one pass', () => {
    expect(all(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([['she', 4], ['he', 4], ['hers', 6]]);
  });
  it('follows failure links across partial matches', () => {
    expect(all(['abcd', 'bce'], 'abce')).toEqual([['bce', 4]]);
    expect(all(['aab'], 'aaab')).toEqual([['aab', 4]]);
  });
  it('matches CJK and astral characters as UTF-16 units', () => {
    expect(all(['最佳', '佳', '😀x'], '最佳😀x')).toEqual([['最佳', 2], ['佳', 2], ['😀x', 5]]);
  });
  it('reports nothing for an empty text', () => {
    expect(all(['a'], '')).toEqual([]);
  });
});
