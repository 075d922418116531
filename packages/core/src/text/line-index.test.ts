import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index.js';

describe('LineIndex', () => {
  const text = 'ab\ncd\r\nef\rgh';
  const lines = new LineIndex(text);

  it('counts LF, CRLF and CR as one line end each, and clamps offsets to the text', () => {
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(2)).toEqual({ line: 1, column: 3 });
    expect(lines.position(3)).toEqual({ line: 2, column: 1 });
    expect(lines.position(7)).toEqual({ line: 3, column: 1 });
    expect(lines.position(10)).toEqual({ line: 4, column: 1 });
    expect(lines.position(-5)).toEqual({ line: 1, column: 1 });
    expect(lines.position(99)).toEqual({ line: 4, column: 3 });
  });

  it('turns a line and column back into the offset, both ways agreeing', () => {
    for (let at = 0; at <= text.length; at++) {
      const { line, column } = lines.position(at);
      // The CR of a CRLF has no position of its own: it reads as the end of its line.
      if (text[at - 1] === '\r' && text[at] === '\n') continue;
      expect(lines.offset(line, column)).toBe(at);
    }
  });

  it('gives a byte-order mark no column on line 1', () => {
    const bom = new LineIndex('\ufeffab\ncd');
    expect(bom.position(1)).toEqual({ line: 1, column: 1 });
    expect(bom.position(2)).toEqual({ line: 1, column: 2 });
    expect(bom.offset(1, 1)).toBe(1);
    expect(bom.position(4)).toEqual({ line: 2, column: 1 });
  });
});
