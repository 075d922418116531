import { describe, expect, it } from 'vitest';
import { readRecords, type SheetRecord, type SheetSyntaxError } from './records.js';

async function all(text: string, from = 0, delimiter = ',', chunk?: number): Promise<(SheetRecord | SheetSyntaxError)[]> {
  const out: (SheetRecord | SheetSyntaxError)[] = [];
  for await (const r of readRecords(text, from, delimiter, chunk)) out.push(r);
  return out;
}

describe('readRecords', () => {
  it('gives each record its UTF-16 range, line break included, past multi-byte characters', async () => {
    const text = 'é😀,b\r\n"x\r\ny",中\n\nlast';
    const records = (await all(text)) as SheetRecord[];
    expect(records.map((r) => [r.cells, text.slice(r.start, r.end)])).toEqual([
      [['é😀', 'b'], 'é😀,b\r\n'],
      [['x\r\ny', '中'], '"x\r\ny",中\n'],
      [[''], '\n'],
      [['last'], 'last'],
    ]);
  });

  it('starts after a BOM and keeps offsets into the whole text', async () => {
    const [first] = (await all('\uFEFFa;b\n', 1, ';')) as SheetRecord[];
    expect(first).toEqual({ cells: ['a', 'b'], start: 1, end: 5 });
  });

  it('keeps the same ranges whatever the slices the text is handed over in (surrogate pairs are not split)', async () => {
    const row = (i: number): string => `${i},"😀 ""q""\n😀",é中\r\n`;
    const text = Array.from({ length: 40 }, (_, i) => row(i)).join('');
    for (const chunk of [1, 3, 7, 64]) {
      const records = (await all(text, 0, ',', chunk)) as SheetRecord[];
      expect(records).toHaveLength(40);
      records.forEach((r, i) => expect(text.slice(r.start, r.end)).toBe(row(i)));
    }
  });

  it('ends with an error at the quote that is never closed', async () => {
    const text = 'a,b\n1,2\n3,"open\n4,5\n';
    const out = await all(text);
    expect(out.slice(0, 2).map((r) => (r as SheetRecord).cells)).toEqual([['a', 'b'], ['1', '2']]);
    expect(out[2]).toEqual({ syntaxError: { span: [10, 11], id: 'sheet-unclosed-quote' } });
    expect(out).toHaveLength(3);
  });
});
