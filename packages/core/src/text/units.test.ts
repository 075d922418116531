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
