import { worded, type WordedProblem } from '../model/wording.js';
import { FILE_PROBLEMS } from './file-problems.js';

/** The encodings adlint reads (UTF-16 only with a byte-order mark, as spreadsheet tools export it). */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Turns a file's bytes into text, or says why it cannot be linted as text. Without `encoding`, the text was UTF-8. */
export type DecodeResult = { ok: true; text: string; encoding?: SourceEncoding } | ({ ok: false } & WordedProblem);

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array): DecodeResult {
  // A NUL in the first 8 KB is how git and most tools tell binary files.
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, ...worded(FILE_PROBLEMS, 'binary-file', {}) };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, ...worded(FILE_PROBLEMS, 'not-utf8', {}) };
  }
}

/** The bytes of `text` in the encoding it was read from, so a fixed file keeps its encoding (the BOM is part of the text). */
export function encodeText(text: string, encoding: SourceEncoding = 'utf-8'): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  return encoding === 'utf-16le' ? le : le.swap16();
}
