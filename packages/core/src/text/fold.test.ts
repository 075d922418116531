import { describe, expect, it } from 'vitest';
import { foldText } from './fold.js';

/** The original text each folded unit came from, joined: shows the map at a glance. */
function origin(text: string, from: number, to: number): string {
  const f = foldText(text);
  return text.slice(f.starts[from]!, f.ends[to - 1]!);
}

describe('foldText', () => {
  it('folds case and width (NFKC), keeping a map to the original units', () => {
    const f = foldText('ＦＲＥＥ Ship');
    expect(f.text).toBe('free ship');
    expect([...f.starts.slice(0, 4)]).toEqual([0, 1, 2, 3]);
    expect(origin('ＦＲＥＥ Ship', 5, 9)).toBe('Ship');
  });
  it('folds half-width katakana, voiced marks included', () => {
    expect(foldText('ｶﾞｲﾄﾞ').text).toBe('ガイド');
    expect(origin('ｶﾞｲﾄﾞ', 0, 1)).toBe('ｶﾞ');
  });
  it('drops separators and zero-width characters between CJK characters', () => {
    for (const evasion of ['最 佳', '最*佳', '最\u200b佳', '最 . 佳', '最　佳', '最\n佳']) {
      expect(foldText(evasion).text).toBe('最佳');
      expect(origin(evasion, 0, 2)).toBe(evasion);
    }
    expect(foldText('第-一').text).toBe('第一');
  });
  it('keeps separators that are too long a run to be an evasion, or not between CJK', () => {
    expect(foldText('最 - - - 佳').text).toBe('最 - - - 佳');
    expect(foldText('free, 最佳').text).toBe('free, 最佳');
    expect(foldText('a-b').text).toBe('a-b');
  });
  it('keeps clause punctuation between CJK characters: the two sides are different clauses', () => {
    expect(foldText('这是最。佳能').text).toBe('这是最。佳能');
    expect(foldText('第，一').text).toBe('第,一');
  });
  it('collapses any whitespace run to one space mapped to the whole run', () => {
    const f = foldText('clinically \t\n proven');
    expect(f.text).toBe('clinically proven');
    expect(origin('clinically \t\n proven', 10, 11)).toBe(' \t\n ');
  });
  it('drops zero-width, bidi and soft-hyphen characters inside Latin words', () => {
    expect(foldText('fr\u200bee\u00ad \u200eoffer').text).toBe('free offer');
  });
  it('composes combining marks with their base', () => {
    const f = foldText('cafe\u0301!');
    expect(f.text).toBe('café!');
    expect(origin('cafe\u0301!', 3, 4)).toBe('e\u0301');
  });
  it('survives lone surrogates, emoji ZWJ sequences and RTL marks', () => {
    expect(foldText('a\ud800b').text).toBe('a\ud800b');
    expect(foldText('👩‍👩‍👧 ok').text).toBe('👩👩👧 ok');
    expect(foldText('\u202bשלום\u202c').text).toBe('שלום');
  });
  it('keeps a long run of separators whole, each unit mapped to its own character', () => {
    const run = '-*'.repeat(150);
    const f = foldText(`a${run}  \t b`);
    expect(f.text).toBe(`a${run} b`);
    expect(origin(`a${run}  \t b`, 1, 301)).toBe(run);
    expect(origin(`a${run}  \t b`, 301, 302)).toBe('  \t ');
    expect(foldText('最🔥佳').text).toBe('最佳');
    expect(foldText('Ａ🔥Ｂ').text).toBe('a🔥b');
  });
  it('maps every unit of a text that folds to several times its length (NFKC ㍿ → 株式会社)', () => {
    const f = foldText('㍿'.repeat(100));
    expect(f.text).toBe('株式会社'.repeat(100));
    expect(f.starts.length).toBe(400);
    expect([f.starts[0], f.ends[0], f.starts[399], f.ends[399]]).toEqual([0, 1, 99, 100]);
    // The next text starts afresh, whatever the last one left in the shared buffers.
    expect(foldText('Ab').text).toBe('ab');
  });
  it('folds a 100 KB paragraph', () => {
    const big = '最佳 free 免费送！'.repeat(10_000);
    const f = foldText(big);
    expect(f.text.slice(0, 14)).toBe('最佳 free 免费送!最佳');
    expect(f.starts.length).toBe(f.text.length);
  });
});
