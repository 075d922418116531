import type { LineIndex } from '@adlint/core';

/**
 * reviewdog counts columns in UTF-8 bytes: the 1-based byte column of adlint's 1-based UTF-16
 * column on a line (measured from the same line starts, and past a BOM, as the messages are).
 */
export function utf8Column(lines: LineIndex, line: number, column: number): number {
  const start = lines.offset(line, 1);
  return Buffer.byteLength(lines.text.slice(start, start + column - 1), 'utf8') + 1;
}
