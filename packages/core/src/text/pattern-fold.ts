import { CharClass, classOf, foldText, type FoldedText } from './fold.js';

/** The longest run of separators (in code points) read through between two digits. */
const MAX_DIGIT_GAP = 3;
/** Clause punctuation after folding: `13812345678，13912345678` are two numbers, not one. */
const CLAUSE = new Set([0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x3001, 0x3002, 0xff61, 0xff64]);

const isDigit = (u: number): boolean => u >= 0x30 && u <= 0x39;
const isLatinLetter = (u: number): boolean => u >= 0x61 && u <= 0x7a; // folded text is lower case

/**
 * Chinese numerals read as digits inside a phone-length run: `一三八…`, `幺三八…` (幺 is how 1
 * is read aloud in numbers) and the financial forms `壹贰叁…`. 十/百/千/万 are not digits, so
 * counted numbers (`十一月`, `一百件`) never form a run.
 */
const CHINESE_DIGIT = new Map<number, number>(
  [...'〇零一二三四五六七八九'].map((ch, d) => [ch.codePointAt(0)!, 0x30 + (d === 0 ? 0 : d - 1)] as [number, number])
    .concat([['幺'.codePointAt(0)!, 0x31]])
    .concat([...'壹贰叁肆伍陆柒捌玖'].map((ch, d) => [ch.codePointAt(0)!, 0x31 + d] as [number, number])),
);
/**
 * Fewest numerals and digits in a run before Chinese numerals in it are read as digits: the
 * shortest number the contact rules look for (a 7-digit landline). Shorter runs are ordinary
 * words (`一二三`, `三八节`, `二〇二四年`).
 */
const MIN_NUMERAL_RUN = 7;
/** An emoji and what dresses it: skin-tone modifiers, the emoji variation selector, the zero-width joiner. */
const EMOJI_PART_RE = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u200d]$/u;

/**
 * Text for a pattern that must see through how contact details are disguised: folded (see
 * fold.ts: fullwidth `１３８` reads `138`, separators between CJK characters dropped, so `微🔥信`
 * reads `微信`), and with short runs of spaces, dashes, dots, symbols or emoji between two digits
 * dropped (`138 1234 5678`, `138-1234-5678`, `1 3 8…`, `138🔥1234🔥5678` all read `13812345678`).
 * Chinese numerals in a phone-length run read as digits (`一三八一二三四五六七八`), and emoji
 * between two Latin letters are dropped (`v🌸x` reads `vx`). Every unit keeps the original range
 * it came from.
 */
export function foldForPattern(text: string): FoldedText {
  const folded = readNumeralsAndLetters(foldText(text));
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

/** The separator run (Space or Separator class, at most MAX_DIGIT_GAP code points, no clause punctuation) starting at `i`: its end, or -1. */
function separatorRunEnd(t: string, i: number): number {
  let j = i;
  let points = 0;
  while (j < t.length && points <= MAX_DIGIT_GAP) {
    const cp = t.codePointAt(j)!;
    const cls = classOf(cp);
    if (cls !== CharClass.Space && cls !== CharClass.Separator) break;
    if (CLAUSE.has(cp)) return -1;
    j += cp > 0xffff ? 2 : 1;
    points++;
  }
  return j > i && points <= MAX_DIGIT_GAP ? j : -1;
}

/**
 * Maps Chinese numerals to digits in runs of at least MIN_NUMERAL_RUN numerals and digits (short
 * separator runs allowed between them), and drops runs of emoji between two Latin letters. Both
 * keep one folded unit per original range (numerals are one UTF-16 unit, as digits are), so
 * positions stay exact.
 */
function readNumeralsAndLetters(folded: FoldedText): FoldedText {
  const t = folded.text;
  const units: number[] = [];
  for (let i = 0; i < t.length; i++) units.push(t.charCodeAt(i));
  const keep = new Uint8Array(t.length).fill(1);
  let changed = false;

  const isNumeric = (u: number): boolean => isDigit(u) || CHINESE_DIGIT.has(u);
  for (let i = 0; i < t.length; ) {
    if (!isNumeric(units[i]!)) {
      i++;
      continue;
    }
    // A run of numerals and digits, read through short separator runs.
    const positions: number[] = [];
    let j = i;
    while (j < t.length) {
      if (isNumeric(units[j]!)) {
        positions.push(j++);
        continue;
      }
      const end = separatorRunEnd(t, j);
      if (end < 0 || end >= t.length || !isNumeric(units[end]!)) break;
      j = end;
    }
    if (positions.length >= MIN_NUMERAL_RUN) {
      for (const p of positions) {
        const digit = CHINESE_DIGIT.get(units[p]!);
        if (digit !== undefined) {
          units[p] = digit;
          changed = true;
        }
      }
    }
    i = j;
  }

  for (let i = 1; i < t.length; i++) {
    if (!isLatinLetter(units[i - 1]!)) continue;
    let j = i;
    let points = 0;
    // Counts pictographs, not their modifiers and joiners: `v👍🏽x` is one emoji between letters.
    while (j < t.length && points <= MAX_DIGIT_GAP) {
      const cp = t.codePointAt(j)!;
      if (cp < 0xa9 || !EMOJI_PART_RE.test(String.fromCodePoint(cp))) break;
      if (cp !== 0xfe0f && cp !== 0x200d && !(cp >= 0x1f3fb && cp <= 0x1f3ff)) points++;
      j += cp > 0xffff ? 2 : 1;
    }
    if (j > i && points > 0 && points <= MAX_DIGIT_GAP && j < t.length && isLatinLetter(units[j]!)) {
      keep.fill(0, i, j);
      changed = true;
      i = j;
    }
  }

  if (!changed) return folded;
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < t.length; i++) {
    if (!keep[i]) continue;
    out += String.fromCharCode(units[i]!);
    starts.push(folded.starts[i]!);
    ends.push(folded.ends[i]!);
  }
  return { text: out, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
