import fc from 'fast-check';
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
  it('finds what a naive search finds, built or rebuilt from its tables, over many patterns', () => {
    const piece = fc.constantFrom('a', 'b', 'ab', '最', '佳', '😀', '\ud83d', ' ');
    const word = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (patterns, text) => {
        const naive: [string, number][] = [];
        for (let end = 1; end <= text.length; end++) for (const p of patterns) if (text.endsWith(p, end)) naive.push([p, end]);
        const sorted = (found: [string, number][]) => [...found].sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
        expect(sorted(all(patterns, text))).toEqual(sorted(naive));
        const rebuilt = new AhoCorasick(new AhoCorasick(patterns).tables());
        const count = rebuilt.scan(text);
        const again: [string, number][] = [];
        for (let k = 0; k < count; k++) again.push([patterns[rebuilt.matches[2 * k]!]!, rebuilt.matches[2 * k + 1]!]);
        expect(again).toEqual(all(patterns, text));
      }),
      { numRuns: 500 },
    );
  });
});
