import { describe, expect, it } from 'vitest';
import { measure, offsetAfter } from './units.js';

describe('measure', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(measure('😀ab', 'chars')).toBe(3);
  });
  it('counts graphemes for ZWJ emoji and combining marks', () => {
    expect(measure('👩‍👩‍👧e\u0301', 'graphemes')).toBe(2);
  });
  it('counts East Asian wide and fullwidth characters as 2', () => {
    expect(measure('春季Sale', 'width')).toBe(8);
    expect(measure('ＡＢ', 'width')).toBe(4);
    expect(measure('ｱｲ', 'width')).toBe(2);
  });
  it('counts UTF-8 bytes', () => {
    expect(measure('aé春', 'bytes')).toBe(6);
  });
  it('counts words, CJK included', () => {
    expect(measure('Buy linen shirts now', 'words')).toBe(4);
    expect(measure('', 'words')).toBe(0);
  });
});

describe('offsetAfter finds the first character past a limit', () => {
  it('in chars', () => {
    expect(offsetAfter('abcdef', 'chars', 4)).toBe(4);
    expect(offsetAfter('abc', 'chars', 4)).toBe(3);
  });
  it('in width: a wide character that straddles the limit is past it', () => {
    expect(offsetAfter('ab春季', 'width', 3)).toBe(2);
  });
  it('in bytes with astral characters', () => {
    expect(offsetAfter('a😀b', 'bytes', 4)).toBe(1);
  });
});

describe('characters people see as one', () => {
  const family = '👨‍👩‍👧'; // three emoji joined by ZWJ: one grapheme
  const decomposed = 'Cafe\u0301'; // "Café" with a combining acute accent

  it('counts an emoji ZWJ sequence as one grapheme of width 2', () => {
    expect(measure(family, 'graphemes')).toBe(1);
    expect(measure(family, 'width')).toBe(2);
    expect(measure(`Hi ${family}`, 'width')).toBe(5);
  });

  it('counts a decomposed é as one character of width 1, as its composed form', () => {
    expect(measure(decomposed, 'chars')).toBe(4);
    expect(measure(decomposed, 'width')).toBe(4);
    expect(measure('Café', 'chars')).toBe(4);
    expect(measure(decomposed, 'graphemes')).toBe(4);
  });

  it('never cuts a character from its accent or an emoji sequence apart', () => {
    expect(offsetAfter(`${decomposed}!`, 'chars', 3)).toBe(3);
    expect(offsetAfter(`${decomposed}!`, 'chars', 4)).toBe(decomposed.length);
    expect(offsetAfter(`ab${family}c`, 'width', 3)).toBe(2);
    expect(offsetAfter(`ab${family}c`, 'width', 4)).toBe(2 + family.length);
  });
});
