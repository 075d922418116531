/**
 * Positions in a file's text for formats that count differently from adlint's 1-based UTF-16
 * columns: reviewdog counts UTF-8 bytes, and fixes are UTF-16 offsets into the whole text.
 */
export class TextPositions {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** 1-based line and UTF-16 column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /** The 1-based UTF-8 byte column of a 1-based UTF-16 column on a line. */
  utf8Column(line: number, column: number): number {
    const start = this.starts[line - 1];
    if (start === undefined) return column;
    return Buffer.byteLength(this.text.slice(start, start + column - 1), 'utf8') + 1;
  }
}
