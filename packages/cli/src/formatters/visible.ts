/**
 * Control and bidirectional-override characters from a creative (field names, values, file
 * names) would act on the terminal: ESC starts sequences that set the title or clear the screen,
 * CR and BS overwrite what was printed, a right-to-left override reorders it. They are shown as
 * escapes instead (`\x1B`, `\u202E`), so what the reader sees is what the file holds. Tab and
 * plain text pass unchanged.
 */
// C0 controls but tab, DEL, C1 controls, the bidi embeddings, overrides, isolates and marks.
const INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function visible(text: string): string {
  return text.replace(INVISIBLE, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
