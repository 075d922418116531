/** Converts UTF-16 offsets in a file's text to 1-based line/column, the way editors count. */
export class LineIndex {
  // Found on first use: every pack, lexicon and config read gets an index, and most are never asked for a position.
  private lineStarts: number[] | undefined;

  constructor(readonly text: string) {}

  private get starts(): number[] {
    return (this.lineStarts ??= lineStarts(this.text));
  }

  /** Editors do not show a byte-order mark, so it takes no column on line 1. */
  private get bomWidth(): number {
    return this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  position(offset: number): { line: number; column: number } {
    const starts = this.starts;
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    const bom = lo === 0 && clamped > 0 ? this.bomWidth : 0;
    return { line: lo + 1, column: clamped - starts[lo]! + 1 - bom };
  }

  offset(line: number, column: number): number {
    const starts = this.starts;
    const index = Math.max(0, Math.min(line - 1, starts.length - 1));
    const start = (starts[index] ?? 0) + (index === 0 ? this.bomWidth : 0);
    return Math.min(start + column - 1, this.text.length);
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
