import { describe, expect, it } from 'vitest';
import { AhoCorasick } from './aho-corasick.js';

function all(patterns: string[], text: string, from?: number, to?: number): [string, number][] {
  const automaton = new AhoCorasick(patterns);
  const count = automaton.scan(text, from, to);
  const out: [string, number][] = [];
  for (let k = 0; k < count; k++) out.push([patterns[automaton.matches[2 * k]!]!, automaton.matches[2 * k + 1]!]);
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
  it('scans a window of the text as if it were the whole text, ends given in the text', () => {
    expect(all(['he', 'she', 'hers'], 'ushers', 2, 6)).toEqual([['he', 4], ['hers', 6]]);
    expect(all(['he', 'she', 'hers'], 'ushers', 1, 5)).toEqual([['she', 4], ['he', 4]]);
    expect(all(['ab'], 'abab', 1, 3)).toEqual([]);
  });
  it('keeps every match of a text with more than its buffer holds', () => {
    const found = all(['a', 'aa'], 'a'.repeat(500));
    expect(found.length).toBe(999);
    expect(found.slice(-2)).toEqual([['aa', 500], ['a', 500]]);
  });
});
