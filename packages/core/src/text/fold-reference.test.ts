import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharClass, classOf, foldText, MAX_CJK_GAP } from './fold.js';

/**
 * Folding as its doc comment states it, written plainly: every base character with its combining
 * marks normalized on its own (NFKC, lower case), default-ignorables dropped, whitespace runs one
 * space, short separator runs between CJK characters dropped. foldText's fast paths (a table per
 * unit, ranges not written while every unit stays in place) must give exactly this.
 */
function referenceFold(text: string): { text: string; starts: number[]; ends: number[] } {
  const units: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const put = (s: string, start: number, end: number): void => {
    for (let k = 0; k < s.length; k++) {
      units.push(s.charCodeAt(k));
      starts.push(start);
      ends.push(end);
    }
  };
  let pending: { cp: number; start: number; end: number }[] = [];
  let lastWasCjk = false;
  const flush = (): void => {
    let space: [number, number] | null = null;
    for (const p of pending) {
      if (p.cp === -1) {
        space = space ? [space[0], p.end] : [p.start, p.end];
        continue;
      }
      if (space) put(' ', space[0], space[1]);
      space = null;
      put(String.fromCodePoint(p.cp), p.start, p.end);
    }
    if (space) put(' ', space[0], space[1]);
    pending = [];
  };
  const clause = new Set([...',;:!?\u3001\u3002\uff61\uff64'].map((c) => c.codePointAt(0)!));
  const mark = /^[\p{M}\uff9e\uff9f]$/u;
  const ignorable = /^\p{Default_Ignorable_Code_Point}$/u;
  const cps = [...text];
  let at = 0;
  for (let k = 0; k < cps.length; ) {
    let cluster = cps[k]!;
    let next = k + 1;
    while (next < cps.length && mark.test(cps[next]!)) cluster += cps[next++]!;
    const start = at;
    const end = at + cluster.length;
    if (!ignorable.test(cps[k]!)) {
      for (const ch of cluster.normalize('NFKC').toLowerCase()) {
        const cp = ch.codePointAt(0)!;
        const cls = classOf(cp);
        if (cls === CharClass.Space || cls === CharClass.Separator) {
          pending.push({ cp: cls === CharClass.Space ? -1 : cp, start, end });
          continue;
        }
        const cjk = cls === CharClass.Cjk;
        if (lastWasCjk && cjk && pending.length > 0 && pending.length <= MAX_CJK_GAP && !pending.some((p) => clause.has(p.cp))) pending = [];
        else flush();
        put(ch, start, end);
        lastWasCjk = cjk;
      }
    }
    at = end;
    k = next;
  }
  flush();
  return { text: String.fromCharCode(...units), starts, ends };
}

/** Characters where a fast path could go wrong, mixed with plain Latin and Chinese. */
const TRICKY = [
  ...'aZ9 .,-*!?:;',
  '最', '佳', '好', '。', '，', '、', '：', '！', '　', '“', '”', '·',
  'Ｆ', 'ｒ', '３', '－', 'ｶ', 'ﾞ', 'ﾟ', '㍿', '①', 'ﬁ', 'İ', 'Σ', 'ß',
  '\u0301', '\u0308', '\u20dd', '\ufe0f', '\u{e0100}',
  '\u200b', '\u200c', '\u200d', '\u200e', '\u00ad', '\u2060', '\ufeff',
  '\t', '\n', '\r\n', '\u00a0', '\u3000',
  '😀', '👩', '𠀋', '\u{1d400}', '\ud800', '\udc00',
  'ᄀ', 'ᅡ', '가', 'ア', 'か', '\u3099',
];
const trickyText = fc.array(fc.constantFrom(...TRICKY), { maxLength: 40 }).map((parts) => parts.join(''));

function folded(text: string): { text: string; starts: number[]; ends: number[] } {
  const f = foldText(text);
  return { text: f.text, starts: [...f.starts], ends: [...f.ends] };
}

describe('foldText against the plain reference', () => {
  it('gives the same text and map on texts of tricky characters', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        expect(folded(text)).toEqual(referenceFold(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same text and map on any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        expect(folded(text)).toEqual(referenceFold(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('maps a text folded in place unit for unit, and leaves the place at the first unit out of place', () => {
    // Folded in place: no range written while folding, the map made when read.
    expect(folded('Big SALE，全场包邮。')).toEqual({ text: 'big sale,全场包邮。', starts: [...Array(14).keys()], ends: [...Array(14).keys()].map((k) => k + 1) });
    // A combining mark, a surrogate pair, a zero-width joiner, a whitespace run, a dropped CJK gap:
    // each puts the units after it out of place, and the units before it keep their own ranges.
    for (const [text, expected] of [
      ['ab cafe\u0301 x', 'ab café x'],
      ['ab 😀 x', 'ab 😀 x'],
      ['ab\u200dcd', 'abcd'],
      ['ab  cd', 'ab cd'],
      ['ab 最 佳 x', 'ab 最佳 x'],
      ['ab ㍿ x', 'ab 株式会社 x'],
    ] as const) {
      expect(folded(text).text).toBe(expected);
      expect(folded(text)).toEqual(referenceFold(text));
      expect(folded(text).starts.slice(0, 2)).toEqual([0, 1]);
    }
    // A dropped character at the very end leaves every unit in place.
    expect(folded('ab\u200b')).toEqual({ text: 'ab', starts: [0, 1], ends: [1, 2] });
  });

  it('maps in-place texts of any length, past the shared map and back', () => {
    for (const n of [1, 1500, 70_000, 3]) {
      const f = foldText('Ab'.repeat(n));
      expect([f.starts.length, f.ends.length]).toEqual([2 * n, 2 * n]);
      expect([f.starts[0], f.ends[0], f.starts[2 * n - 1], f.ends[2 * n - 1]]).toEqual([0, 1, 2 * n - 1, 2 * n]);
    }
  });

  it('folds a text after one that grew the buffers, and after one that left separators pending', () => {
    const long = `${'Ｆ'.repeat(5000)}${'-'.repeat(200)}  `;
    expect(folded(long)).toEqual(referenceFold(long));
    // Longer than the shared writer holds (its own buffers), and growing past its length (㍿ is 4 units).
    const huge = `最 佳${'ab '.repeat(22_000)}${'㍿'.repeat(300)}`;
    expect(folded(huge)).toEqual(referenceFold(huge));
    expect(folded('最 佳')).toEqual(referenceFold('最 佳'));
    expect(folded('A')).toEqual({ text: 'a', starts: [0], ends: [1] });
  });
});
