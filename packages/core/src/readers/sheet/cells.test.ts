import { describe, expect, it } from 'vitest';
import { cellText, cellValue, locateCells, unclosedQuote } from './cells.js';
import { detectDelimiter } from './delimiter.js';

const values = (text: string, delimiter = ','): string[] | null => locateCells(text, 0, text.length, delimiter)?.map((c) => cellValue(text, c)) ?? null;

describe('locateCells', () => {
  it('splits plain, quoted, escaped and empty cells, ending at the line break', () => {
    const text = 'a,"b ""q"" c",,"x,y"\r\n';
    expect(locateCells(text, 0, text.length, ',')).toEqual([
      { start: 0, end: 1, quoted: false },
      { start: 2, end: 13, quoted: true },
      { start: 14, end: 14, quoted: false },
      { start: 15, end: 20, quoted: true },
    ]);
    expect(values(text)).toEqual(['a', 'b "q" c', '', 'x,y']);
  });

  it('keeps line breaks inside quotes and an empty last cell', () => {
    expect(values('"line 1\r\nline 2",\n')).toEqual(['line 1\r\nline 2', '']);
    expect(values('a\tb\t', '\t')).toEqual(['a', 'b', '']);
  });

  it('takes a quote inside an unquoted cell literally, as the parser does with relaxed quotes', () => {
    expect(values('5" screen,2\n')).toEqual(['5" screen', '2']);
  });

  it('returns null when the record has more than a line break after its cells', () => {
    expect(locateCells('a,b\nc,d\n', 0, 8, ',')).toBeNull();
  });
});

describe('cellText', () => {
  it('maps each value unit to its characters: a doubled quote is two', () => {
    const text = 'x,"a""b"\n';
    const [, cell] = locateCells(text, 0, text.length, ',')!;
    const { value, map } = cellText(text, cell!);
    expect(value).toBe('a"b');
    expect([...map.starts]).toEqual([3, 4, 6]);
    expect([...map.ends]).toEqual([4, 6, 7]);
  });

  it('maps an unquoted cell one to one', () => {
    const text = 'ab;cd';
    const cells = locateCells(text, 0, text.length, ';')!;
    expect([...cellText(text, cells[1]!).map.starts]).toEqual([3, 4]);
  });
});

describe('unclosedQuote', () => {
  it('finds the opening quote that is never closed, past closed ones', () => {
    const text = 'a,"ok"\nb,"open,\nc\n';
    expect(unclosedQuote(text, 0, ',')).toBe(9);
  });

  it('does not take a quote inside an unquoted cell for an opening one', () => {
    expect(unclosedQuote('5" x,"y\n', 0, ',')).toBe(5);
  });
});

describe('detectDelimiter', () => {
  it('picks the delimiter that splits the first line most, ignoring quoted ones', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3\n', 0, ',')).toBe(';');
    expect(detectDelimiter('a\tb\t"c,d,e"\n', 0, ',')).toBe('\t');
    expect(detectDelimiter('\n\na,b\n', 0, '\t')).toBe(',');
  });

  it('falls back to the file kind on a tie or a single column', () => {
    expect(detectDelimiter('title\nx\n', 0, '\t')).toBe('\t');
    expect(detectDelimiter('a,b;c\n', 0, ';')).toBe(';');
  });
});
