/** Turns a file's bytes into text, or says why it cannot be linted as text. */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array): DecodeResult {
  // A NUL in the first 8 KB is how git and most tools tell binary files.
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, reason: 'binary file: not a text creative' };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: 'file is not valid UTF-8' };
  }
}
