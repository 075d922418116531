import { describe, expect, it } from 'vitest';
import { encodeText } from '../source-file.js';
import { decodeSheet } from './decode.js';

const utf16le = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

describe('decodeSheet', () => {
  it('reads UTF-16 LE and BE with a BOM, keeping the BOM as U+FEFF', () => {
    expect(decodeSheet(utf16le('a\tb\r\n'))).toEqual({ ok: true, text: '\uFEFFa\tb\r\n', encoding: 'utf-16le' });
    const be = Buffer.from([0xfe, 0xff, 0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00]);
    expect(decodeSheet(be)).toEqual({ ok: true, text: '\uFEFFA\u{1F600}', encoding: 'utf-16be' });
  });

  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeSheet(Buffer.from('\uFEFFé,b'))).toEqual({ ok: true, text: '\uFEFFé,b', encoding: 'utf-8' });
    expect(decodeSheet(Buffer.from('a,b'))).toMatchObject({ ok: true, text: 'a,b' });
  });

  it('tells an Excel workbook renamed to .csv to be exported as CSV', () => {
    const xlsx = decodeSheet(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    expect(xlsx).toMatchObject({ ok: false });
    expect(!xlsx.ok && xlsx.reason).toMatch(/Excel workbook \(\.xlsx\).*export the sheet as CSV/);
    const xls = decodeSheet(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]));
    expect(!xls.ok && xls.reason).toMatch(/legacy Excel workbook \(\.xls\)/);
  });

  it('refuses binary data and text in other encodings', () => {
    expect(decodeSheet(Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]))).toMatchObject({ ok: false, reason: expect.stringMatching(/^binary file/) });
    expect(decodeSheet(Buffer.from([0x61, 0x2c, 0xe9, 0x0a]))).toMatchObject({ ok: false, reason: expect.stringMatching(/^file is not valid UTF-8/) });
    expect(decodeSheet(Buffer.from([0xff, 0xfe, 0x41]))).toMatchObject({ ok: false, reason: expect.stringMatching(/^file is not valid UTF-16LE/) });
  });
});

describe('encodeText', () => {
  it('writes text back to the bytes it was read from', () => {
    const le = utf16le('Headline 1\r\nSpring "Sale" 😀\r\n');
    const be = Buffer.from(le).swap16();
    for (const bytes of [le, be, Buffer.from('\uFEFFa,b\n'), Buffer.from('a,b\n')]) {
      const decoded = decodeSheet(bytes);
      if (!decoded.ok) throw new Error(decoded.reason);
      expect(encodeText(decoded.text, decoded.encoding).equals(bytes)).toBe(true);
    }
  });
});
