import type { FoldedText } from './fold.js';

/**
 * Undoes the Latin evasions that TikTok and Google reject as "text problems" / "punctuation and
 * symbols": leetspeak inside a word (`S@le`, `FR33`) and one separator between every letter
 * (`S.a.L.e`, `c-u-r-e`, `g u a r a n t e e d`). Works on folded text (lower case, whitespace
 * runs already one space) and keeps the map back to the original characters.
 *
 * Precision comes first: a token is rewritten only when it is clearly obfuscated, so codes and
 * numbers (`v1.0`, `$10`, `A1`, `B2B`, `4K`, `COVID-19`, `e-mail`), emails and URLs stay as they
 * are; and the matcher reports a rewritten token only where a term matches it.
 */

/** Leetspeak look-alikes of ASCII letters. `2` and `6` are left out: `B2B`, `2FA`, `6G` are codes. */
const LEET: Record<number, number> = {};
for (const [from, to] of Object.entries({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '|': 'l', '+': 't' })) {
  LEET[from.charCodeAt(0)] = to.charCodeAt(0);
}
/** Punctuation that opens or closes a token without being part of it (`(S@le!)`). */
const LEADING = new Set([...'([{"\''].map((c) => c.charCodeAt(0)));
const TRAILING = new Set([...'.,;:!?)]}"\''].map((c) => c.charCodeAt(0)));

export interface Deobfuscated {
  /** The folded text with every obfuscated token rewritten, still mapped to the original. */
  folded: FoldedText;
  /** [start, end) pairs in `folded.text` of the rewritten tokens, in order. */
  spans: number[];
  /** origin[i]: the index in the input folded text of unit i, so hits of both texts compare. */
  origin: Int32Array;
}

const isLetter = (u: number): boolean => u >= 0x61 && u <= 0x7a;
/** Tokens are runs of printable ASCII other than space: CJK, other scripts and spaces end them. */
const inToken = (u: number): boolean => u > 0x20 && u < 0x7f;

/** A rewrite of [start, end) of the folded text: `units` replace it, each from folded index `from[k]`. */
export interface Edit {
  start: number;
  end: number;
  units: number[];
  from: number[];
}

/**
 * What every rewrite findEdits can make needs somewhere in the text (a superset, so the scan below
 * runs only where it can find something): a letter beside a leet character (`s@le`); a separator,
 * a letter or leet character and the same separator (`s.a.l.e`); or three single letters or leet
 * characters between single spaces, the first starting a token (`g u a r a n t e e d`). One native
 * regex pass instead of the token scan, which found nothing in nearly every text of a corpus.
 */
const MAY_BE_OBFUSCATED = /[a-z][013-57-9@$!|+]|[013-57-9@$!|+][a-z]|([!-\/:-`{-~])[a-z013-57-9@$!|+]\1|(?<![!-~])[([{"']*[a-z013-57-9@$!|+] [a-z013-57-9@$!|+] [a-z013-57-9@$!|+]/;

export function mayBeObfuscated(text: string): boolean {
  return MAY_BE_OBFUSCATED.test(text);
}

/** Kept for texts that may be obfuscated only: one text is asked by every matcher of a rule. */
const cache = new WeakMap<FoldedText, Deobfuscated | null>();

/** The de-obfuscated text, or null when nothing in it is obfuscated (the common case, and then no copy is made). */
export function deobfuscate(folded: FoldedText): Deobfuscated | null {
  if (!mayBeObfuscated(folded.text)) return null;
  let result = cache.get(folded);
  if (result === undefined) {
    result = build(folded, findEdits(folded.text));
    cache.set(folded, result);
  }
  return result;
}

/** The rewrites of the obfuscated tokens, in order (exported for the test that mayBeObfuscated misses none). */
export function findEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  // A run of one-character tokens separated by single spaces (`g u a r a n t e e d`).
  let run: number[] = [];
  const endRun = (): void => {
    if (run.length === 0) return;
    const edit = run.length >= 3 ? unitsEdit(text, run, run[0]!, run[run.length - 1]! + 1) : null;
    if (edit) edits.push(edit);
    run = [];
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!inToken(text.charCodeAt(i))) {
      // Only a single space continues a run of spaced letters; CJK or other characters end it.
      if (!(text.charCodeAt(i) === 0x20 && run.length)) endRun();
      i++;
      continue;
    }
    // Words of letters only are most tokens: one letter may start a spaced run, longer ones hide nothing.
    let end = i;
    let plain = true;
    for (let u = text.charCodeAt(end); end < n && inToken(u); u = text.charCodeAt(++end)) if (!isLetter(u)) plain = false;
    if (plain && end - i > 1) {
      endRun();
      i = end;
      continue;
    }
    let a = i;
    let b = end;
    while (a < b && LEADING.has(text.charCodeAt(a))) a++;
    while (b > a && TRAILING.has(text.charCodeAt(b - 1))) b--;
    const spaced = b - a === 1 && isUnit(text.charCodeAt(a), -1);
    if (spaced && (run.length === 0 || (a === i && run[run.length - 1]! + 1 === i - 1))) run.push(a);
    else {
      endRun();
      if (spaced) run.push(a);
      else if (b - a > 1) {
        // The address test slices and runs regexes: only for the rare token that looks obfuscated.
        // Separators first: in `s!a!l!e` the `!` separates, it does not stand for `i`.
        const edit = separated(text, a, b) ?? leet(text, a, b);
        if (edit && !isAddress(text, i, end)) edits.push(edit);
      }
    }
    // Trailing punctuation (`d!`) closes a run of spaced letters.
    if (b !== end) endRun();
    i = end;
  }
  endRun();
  return edits;
}

/** A letter, or a leet character other than the token's separator. */
function isUnit(u: number, separator: number): boolean {
  return isLetter(u) || (u !== separator && LEET[u] !== undefined);
}

/** Emails, URLs and handles are never obfuscated words. */
function isAddress(text: string, start: number, end: number): boolean {
  const token = text.slice(start, end);
  if (token.startsWith('@') || token.startsWith('#') || token.includes('://') || token.startsWith('www.')) return true;
  const at = token.indexOf('@');
  if (at !== -1 && token.indexOf('.', at) !== -1) return true;
  // A domain: a dot followed by at least two letters (`shop.com`); `s.a.l.e` has one-letter parts.
  return /\.[a-z]{2,}/.test(token) && !/[^a-z0-9.\-/_]/.test(token);
}

/** `s@le`, `fr33`: letters and leet characters only, mostly letters, at least two of them. */
function leet(text: string, a: number, b: number): Edit | null {
  let leets = 0;
  for (let k = a; k < b; k++) {
    const u = text.charCodeAt(k);
    if (isLetter(u)) continue;
    if (LEET[u] === undefined) return null;
    leets++;
  }
  if (leets === 0) return null;
  const from = [];
  for (let k = a; k < b; k++) from.push(k);
  return unitsEdit(text, from, a, b);
}

/** `s.a.l.e`, `c-u-r-e`: one and the same separator between every letter, three letters or more. */
function separated(text: string, a: number, b: number): Edit | null {
  if (b - a < 5 || (b - a) % 2 === 0) return null;
  const separator = text.charCodeAt(a + 1);
  if (isLetter(separator) || (separator >= 0x30 && separator <= 0x39)) return null;
  const from = [];
  for (let k = a; k < b; k += 2) {
    const u = text.charCodeAt(k);
    if (!isUnit(u, separator) || (k + 1 < b && text.charCodeAt(k + 1) !== separator)) return null;
    from.push(k);
  }
  return unitsEdit(text, from, a, b);
}

/**
 * Replaces [start, end) by the characters at `from`, leet mapped, when enough of them are letters:
 * at least two, and no fewer than the leet characters (`A1`, `4K`, `$10` stay as they are).
 */
function unitsEdit(text: string, from: number[], start: number, end: number): Edit | null {
  let letters = 0;
  const units = from.map((k) => {
    const u = text.charCodeAt(k);
    if (isLetter(u)) {
      letters++;
      return u;
    }
    return LEET[u]!;
  });
  if (letters < 2 || letters * 2 < units.length) return null;
  return { start, end, units, from };
}

/** Applies the edits; every rewritten unit keeps the original range of the character it replaces. */
function build(folded: FoldedText, edits: Edit[]): Deobfuscated | null {
  if (edits.length === 0) return null;
  const { text: source, starts, ends } = folded;
  let text = '';
  const newStarts: number[] = [];
  const newEnds: number[] = [];
  const origin: number[] = [];
  const spans: number[] = [];
  const copy = (from: number, to: number): void => {
    text += source.slice(from, to);
    for (let k = from; k < to; k++) {
      newStarts.push(starts[k]!);
      newEnds.push(ends[k]!);
      origin.push(k);
    }
  };
  let at = 0;
  for (const edit of edits) {
    copy(at, edit.start);
    spans.push(text.length, text.length + edit.units.length);
    text += String.fromCharCode(...edit.units);
    for (const k of edit.from) {
      newStarts.push(starts[k]!);
      newEnds.push(ends[k]!);
      origin.push(k);
    }
    at = edit.end;
  }
  copy(at, source.length);
  return { folded: { text, starts: Int32Array.from(newStarts), ends: Int32Array.from(newEnds) }, spans, origin: Int32Array.from(origin) };
}
