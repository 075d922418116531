import type { RecognisedLine, RecognisedWord, TextBox } from '../model/image-text.js';
import { hasCjk } from '../text/fold.js';

/**
 * Tesseract's TSV output (`tesseract … tsv`: one row per page, block, paragraph, line and word,
 * with its box and, for words, a confidence) as lines of text with their words' boxes. `scale`
 * maps the recognised picture's pixels back to the original's (the picture may have been shrunk).
 * Offsets in the lines are into the lines joined with "\n".
 */
export function parseTesseractTsv(tsv: string, scale = 1, time?: number): RecognisedLine[] {
  const rows = tsv.split('\n');
  const header = rows.shift()?.split('\t') ?? [];
  const col = (name: string) => header.indexOf(name);
  const [level, block, par, line, left, top, width, height, conf, text] = ['level', 'block_num', 'par_num', 'line_num', 'left', 'top', 'width', 'height', 'conf', 'text'].map(col) as number[];
  if ([level, block, par, line, left, top, width, height, conf, text].some((c) => c! < 0)) return [];
  const byLine = new Map<string, { text: string; box: TextBox; conf: number }[]>();
  for (const row of rows) {
    const cells = row.split('\t');
    if (cells[level!] !== '5') continue;
    const word = (cells[text!] ?? '').trim();
    const confidence = Number(cells[conf!]);
    if (!word || !(confidence >= 0)) continue;
    const box: TextBox = {
      x: Math.round(Number(cells[left!]) * scale),
      y: Math.round(Number(cells[top!]) * scale),
      w: Math.round(Number(cells[width!]) * scale),
      h: Math.round(Number(cells[height!]) * scale),
    };
    if (time !== undefined) box.time = time;
    const key = `${cells[block!]}.${cells[par!]}.${cells[line!]}`;
    let words = byLine.get(key);
    if (!words) byLine.set(key, (words = []));
    words.push({ text: word, box, conf: confidence });
  }
  const lines: RecognisedLine[] = [];
  let offset = 0;
  for (const words of byLine.values()) {
    let lineText = '';
    const placed: RecognisedWord[] = [];
    for (const w of words) {
      // Chinese has no spaces between words; the engine's word split inside it is not the writer's.
      if (lineText && !(endsCjk(lineText) && hasCjk(w.text[0]!))) lineText += ' ';
      placed.push({ start: offset + lineText.length, end: offset + lineText.length + w.text.length, box: w.box, confidence: Math.round(w.conf) });
      lineText += w.text;
    }
    const xs = words.map((w) => w.box);
    const x = Math.min(...xs.map((b) => b.x));
    const y = Math.min(...xs.map((b) => b.y));
    const box: TextBox = { x, y, w: Math.max(...xs.map((b) => b.x + b.w)) - x, h: Math.max(...xs.map((b) => b.y + b.h)) - y };
    if (time !== undefined) box.time = time;
    const confidence = Math.round(words.reduce((s, w) => s + w.conf, 0) / words.length);
    lines.push({ text: lineText, start: offset, end: offset + lineText.length, box, confidence, words: placed });
    offset += lineText.length + 1;
  }
  return lines;
}

function endsCjk(text: string): boolean {
  const last = String.fromCodePoint(text.codePointAt(text.length - 1)!);
  // A trailing surrogate pair is read from its start.
  const ch = /[\udc00-\udfff]/.test(last) ? String.fromCodePoint(text.codePointAt(text.length - 2)!) : last;
  return hasCjk(ch);
}

/** The lines' text as one field value. */
export function joinLines(lines: readonly RecognisedLine[]): string {
  return lines.map((l) => l.text).join('\n');
}
