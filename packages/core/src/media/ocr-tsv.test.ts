import { describe, expect, it } from 'vitest';
import { boxOf, wordsOf, type ImageTextSource } from '../model/image-text.js';
import { joinLines, parseTesseractTsv } from './ocr-tsv.js';

const HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const row = (block: number, line: number, word: number, [x, y, w, h]: number[], conf: number, text: string): string =>
  `5\t1\t${block}\t1\t${line}\t${word}\t${x}\t${y}\t${w}\t${h}\t${conf}\t${text}`;

const TSV = [
  HEADER,
  '1\t1\t0\t0\t0\t0\t0\t0\t800\t400\t-1\t',
  '4\t1\t1\t1\t1\t0\t42\t53\t511\t52\t-1\t',
  row(1, 1, 1, [42, 53, 60, 52], 96.9, '全网'),
  row(1, 1, 2, [111, 49, 69, 78], 95.3, '最'),
  row(1, 1, 3, [364, 53, 99, 51], 40.1, '低价'),
  row(1, 2, 1, [43, 160, 90, 44], 96.8, 'Call'),
  row(1, 2, 2, [142, 160, 88, 44], -1, ' '),
  row(1, 2, 3, [247, 164, 287, 37], 92.1, '13812345678'),
  '',
].join('\n');

describe('tesseract TSV', () => {
  it('groups words into lines: no space between Chinese words, one between others; offsets into the joined text', () => {
    const lines = parseTesseractTsv(TSV);
    expect(lines.map((l) => l.text)).toEqual(['全网最低价', 'Call 13812345678']);
    const text = joinLines(lines);
    expect(text).toBe('全网最低价\nCall 13812345678');
    for (const l of lines) for (const w of l.words) expect(text.slice(w.start, w.end)).not.toMatch(/\s/);
    expect(lines[0]!.confidence).toBe(Math.round((96.9 + 95.3 + 40.1) / 3));
    expect(lines[1]!.box).toEqual({ x: 43, y: 160, w: 491, h: 44 });
  });

  it('scales boxes back to the original picture and stamps a frame time', () => {
    const [first] = parseTesseractTsv(TSV, 2, 1.5);
    expect(first!.words[0]!.box).toEqual({ x: 84, y: 106, w: 120, h: 104, time: 1.5 });
  });

  it('a finding gets the box of the words it spans, and their least confidence decides', () => {
    const lines = parseTesseractTsv(TSV);
    const source: ImageTextSource = { media: 0, text: joinLines(lines), lines, minConfidence: 70 };
    expect(boxOf(source, [0, 3])).toEqual({ x: 42, y: 49, w: 138, h: 78 });
    expect(Math.min(...wordsOf(source, [2, 5]).map((w) => w.confidence))).toBe(40);
    expect(boxOf(source, [11, 22])).toEqual({ x: 247, y: 164, w: 287, h: 37 });
  });

  it('output without the expected columns gives no lines', () => {
    expect(parseTesseractTsv('garbage\nmore')).toEqual([]);
    expect(parseTesseractTsv('')).toEqual([]);
  });
});
