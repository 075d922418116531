import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deobfuscate, findEdits, mayBeObfuscated } from './evasion.js';
import { foldText } from './fold.js';

/** The de-obfuscated text, or null when the text is left alone. */
function clear(text: string): string | null {
  return deobfuscate(foldText(text))?.folded.text ?? null;
}

describe('deobfuscate', () => {
  it('maps leetspeak inside a word', () => {
    expect(clear('Big S@le today')).toBe('big sale today');
    expect(clear('FR33 shipping')).toBe('free shipping');
    expect(clear('($ale!)')).toBe('(sale!)');
    expect(clear('全场ＦＲ３３送')).toBe('全场free送');
  });
  it('joins letters with one separator between every letter', () => {
    expect(clear('S.a.L.e now')).toBe('sale now');
    expect(clear('c-u-r-e.')).toBe('cure.');
    expect(clear('F.R.3.3')).toBe('free');
    expect(clear('s!a!l!e')).toBe('sale');
  });
  it('joins single letters separated by single spaces', () => {
    expect(clear('g u a r a n t e e d results!')).toBe('guaranteed results!');
    expect(clear('100% g u a r a n t e e d!')).toBe('100% guaranteed!');
  });
  it('maps every rewritten letter back to its original character', () => {
    const text = 'Now S.a.L.e!';
    const d = deobfuscate(foldText(text))!;
    expect(d.spans).toEqual([4, 8]);
    expect(text.slice(d.folded.starts[4]!, d.folded.ends[7]!)).toBe('S.a.L.e');
    expect([...d.origin.slice(4, 8)]).toEqual([4, 6, 8, 10]);
  });
  it('leaves codes, prices, versions, emails and URLs alone', () => {
    for (const text of ['v1.0', '$10', 'A1', 'B2B', '4K', 'COVID-19', 'e-mail', 'us$10', '1.2.3', 'e.g. this', 'x-ray', 'iPhone 15', '5 x 7 cm', 'Buy 1 get 1']) {
      expect(clear(text), text).toBeNull();
    }
    for (const text of ['s@le@shop.com', 'sale@fr33.com', 'https://fr33.example/s@le', 'www.fr33.com', 'fr33.shop', '@fr33', '#fr33']) {
      expect(clear(text), text).toBeNull();
    }
  });
  it('needs more letters than leet characters, and three spaced letters', () => {
    expect(clear('5@1e')).toBeNull();
    expect(clear('a b')).toBeNull();
    expect(clear('a, b, c')).toBeNull();
  });
  it('returns the same result for the same folded text (shared by every matcher of a rule)', () => {
    const f = foldText('S@le');
    expect(deobfuscate(f)).toBe(deobfuscate(f));
  });

  it('is looked for only where the pre-test says a rewrite may be: it misses none', () => {
    const pieces = [...'aeslxA0123456789@$!|+.-_()[]{}"\'/:#,;?%~'.split(''), ' ', '  ', '中', '\n', 'sale', 'www', 'b2b'];
    let rewritten = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof({ arbitrary: fc.constantFrom(...'aesl'), weight: 4 }, { arbitrary: fc.constantFrom(' ', '.', '-', '@', '1'), weight: 3 }, { arbitrary: fc.constantFrom(...pieces), weight: 3 }), { maxLength: 24 }).map((p) => p.join('')), (text) => {
        if (findEdits(text).length === 0) return;
        rewritten++;
        expect(mayBeObfuscated(text), text).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    // The generator makes obfuscated tokens often enough for the property to mean something.
    expect(rewritten).toBeGreaterThan(1000);
    for (const text of ['big s@le', 'fr33', '($ale!)', 's.a.l.e', 'c-u-r-e.', 'f.r.3.3', 's!a!l!e', 'g u a r a n t e e d', '("g u a!']) {
      expect(findEdits(text).length, text).toBeGreaterThan(0);
      expect(mayBeObfuscated(text), text).toBe(true);
    }
  });
  it('passes plain copy without looking further', () => {
    for (const text of ['linen shirts in twelve colours, from $10.', 'free shipping on orders over 99 yuan', '全场满270元包邮,本周下单享9天无理由退换。', 'buy 1 get 1 free', 'size s, m or l']) {
      expect(mayBeObfuscated(text), text).toBe(false);
    }
  });
});
