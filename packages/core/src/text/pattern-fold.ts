import { CharClass, classOf, foldText, type FoldedText } from './fold.js';

/** The longest run of separators (in code points) read through between two digits. */
const MAX_DIGIT_GAP = 3;
/** Clause punctuation after folding: `13812345678，13912345678` are two numbers, not one. */
const CLAUSE = new Set([0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x3001, 0x3002, 0xff61, 0xff64]);

const isDigit = (u: number): boolean => u >= 0x30 && u <= 0x39;

/**
 * Text for a pattern that must see through how contact details are disguised: folded (see
 * fold.ts: fullwidth `１３８` reads `138`, separators between CJK characters dropped, so `微🔥信`
 * reads `微信`), and with short runs of spaces, dashes, dots, symbols or emoji between two digits
 * dropped (`138 1234 5678`, `138-1234-5678`, `1 3 8…`, `138🔥1234🔥5678` all read `13812345678`).
 * Every unit keeps the original range it came from.
 */
export function foldForPattern(text: string): FoldedText {
  const folded = foldText(text);
  const t = folded.text;
  const keep = new Uint8Array(t.length).fill(1);
  let dropped = false;
  for (let i = 1; i < t.length; i++) {
    if (!isDigit(t.charCodeAt(i - 1))) continue;
    // A run of separators after a digit: dropped when a digit follows and the run is short.
    let j = i;
    let points = 0;
    let clause = false;
    while (j < t.length && points <= MAX_DIGIT_GAP) {
      const cp = t.codePointAt(j)!;
      const cls = classOf(cp);
      if (cls !== CharClass.Space && cls !== CharClass.Separator) break;
      if (CLAUSE.has(cp)) clause = true;
      j += cp > 0xffff ? 2 : 1;
      points++;
    }
    if (j > i && points <= MAX_DIGIT_GAP && !clause && j < t.length && isDigit(t.charCodeAt(j))) {
      keep.fill(0, i, j);
      dropped = true;
      i = j;
    }
  }
  if (!dropped) return folded;
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < t.length; i++) {
    if (!keep[i]) continue;
    out += t[i];
    starts.push(folded.starts[i]!);
    ends.push(folded.ends[i]!);
  }
  return { text: out, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
