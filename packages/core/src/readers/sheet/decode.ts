import { TextDecoder } from 'node:util';
import type { DecodeResult, SourceEncoding } from '../source-file.js';
import { FILE_PROBLEMS } from '../file-problems.js';
import { worded } from '../../model/wording.js';

/** Signatures of spreadsheet workbooks that people rename to .csv. */
const WORKBOOKS: { magic: number[]; id: 'sheet-is-xlsx' | 'sheet-is-xls' }[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], id: 'sheet-is-xlsx' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], id: 'sheet-is-xls' },
];

const decoders: Record<SourceEncoding, TextDecoder> = {
  'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }),
};

/**
 * A sheet's bytes as text: UTF-8 (with or without BOM) or UTF-16 with a BOM, as Google Ads Editor
 * exports. The BOM stays in the text (as U+FEFF at offset 0, like UTF-8 creatives) so offsets,
 * columns and a fixed file's bytes all agree with what was read.
 */
export function decodeSheet(bytes: Uint8Array): DecodeResult {
  for (const { magic, id } of WORKBOOKS) {
    if (magic.every((b, i) => bytes[i] === b)) return { ok: false, ...worded(FILE_PROBLEMS, id, {}) };
  }
  const encoding: SourceEncoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  // A NUL in the first 8 KB is how git and most tools tell binary files; UTF-16 text has NULs of its own.
  if (encoding === 'utf-8' && bytes.subarray(0, 8192).includes(0)) return { ok: false, ...worded(FILE_PROBLEMS, 'sheet-is-binary', {}) };
  try {
    return { ok: true, text: decoders[encoding].decode(bytes), encoding };
  } catch {
    return { ok: false, ...(encoding === 'utf-8' ? worded(FILE_PROBLEMS, 'sheet-not-utf8', {}) : worded(FILE_PROBLEMS, 'sheet-bad-encoding', { encoding: encoding.toUpperCase() })) };
  }
}
