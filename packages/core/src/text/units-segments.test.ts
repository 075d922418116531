import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measure, offsetAfter } from './units.js';

/** What Intl.Segmenter says of the whole text at once: the reference the chunked counting must equal. */
function reference(text: string, granularity: 'grapheme' | 'word'): { count: number; starts: number[] } {
  const starts: number[] = [];
  let count = 0;
  for (const s of new Intl.Segmenter(undefined, { granularity }).segment(text)) {
    if (granularity === 'word' && !s.isWordLike) continue;
    count++;
    starts.push(s.index);
  }
  return { count, starts };
}

// Pieces whose joins test every rule a chunk boundary could break: CR LF, marks, ZWJ emoji and
// skin tones, flags, Arabic prepend, Devanagari conjuncts, halfwidth voiced marks, Chinese runs and stops.
const PIECES = ['a', 'Zb', ' ', '  ', '9', '\r\n', '\r', '\n', 'e\u0301', '\u0301', '👩‍👩‍👧', '👍🏽', '🇨🇳', '\u0600', 'क्ष', 'ｶﾞ', '\u200d', '中', '文字', '。', '，', '！', '？', '、', 'ʻ', "'", '.', 'x\u20e3'];
const text = (minPieces: number) => fc.array(fc.constantFrom(...PIECES), { minLength: minPieces, maxLength: 3000, size: 'max' }).map((p) => p.join(''));

describe('graphemes and words are counted in chunks exactly as Intl.Segmenter counts the whole text', () => {
  it.each([
    ['graphemes', 'grapheme', 4000],
    ['words', 'word', 2000],
  ] as const)('%s: count and the offset past any limit', (unit, granularity, maxLimit) => {
    fc.assert(
      fc.property(text(300), fc.nat(maxLimit), (t, limit) => {
        const ref = reference(t, granularity);
        expect(measure(t, unit)).toBe(ref.count);
        expect(offsetAfter(t, unit, limit)).toBe(ref.starts[limit] ?? t.length);
      }),
      { numRuns: 60 },
    );
  });

  it('a 120,000-character text is counted (the whole-text iterator took 27 s on it)', () => {
    const long = 'Linen shirt 中文字 '.repeat(7500);
    expect(measure(long, 'graphemes')).toBe(long.length);
    expect(measure(long, 'words')).toBe(reference(long.slice(0, 16 * 100), 'word').count * 75);
  });
});
