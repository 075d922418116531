/**
 * Folds text for term matching and keeps, for every folded UTF-16 unit, the range of original
 * units it came from, so a hit in folded text points at the exact original characters.
 *
 * Folding: NFKC (fullwidth `ＦＲＥＥ` → `free`, half-width katakana → katakana) applied per base
 * character with its combining marks, then lower case; default-ignorable characters (zero-width
 * space and joiners, bidi marks, soft hyphen, variation selectors) are dropped; each whitespace
 * run becomes one space; and short runs of separators (whitespace, punctuation, symbols) between
 * two CJK characters are dropped, which defeats `最 佳`, `最*佳`, `第-一`. Clause punctuation
 * (`，。、；：！？`) is kept: text on either side of it belongs to different clauses.
 *
 * Hand-written because it is the product's core and no library keeps a per-unit source map
 * through NFKC, case folding and deletions. ASCII and common CJK take a fast path without
 * `normalize()`; measured at tens of MB/s (see docs/checks.md, "terms").
 */

export interface FoldedText {
  text: string;
  /** starts[i], ends[i]: the original UTF-16 range [start, end) folded unit i came from. */
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * How a folded code point takes part in matching: `Word` (Latin, Cyrillic, digits, combining
 * marks: words need boundaries), `Cjk` (Han, kana, Hangul: no word boundaries), `Space`,
 * `Separator` (punctuation and symbols).
 */
export const CharClass = { Word: 0, Cjk: 1, Space: 2, Separator: 3 } as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

/** The longest run of separators (in code points) dropped between two CJK characters. */
export const MAX_CJK_GAP = 4;

export function isCjk(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x3040 && cp <= 0x30ff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0x3005 && cp <= 0x3007) ||
    (cp >= 0x31f0 && cp <= 0x31ff) ||
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x3130 && cp <= 0x318f) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

/** Whether the text holds a CJK character (tells Chinese copy from Latin when no locale is set). */
export function hasCjk(text: string): boolean {
  for (const ch of text) if (isCjk(ch.codePointAt(0)!)) return true;
  return false;
}

const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE_RE = /^\s$/u;
/** Clause punctuation after folding (fullwidth forms fold to ASCII): never dropped between CJK. */
const CLAUSE_PUNCTUATION = new Set([0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x3001, 0x3002, 0xff61, 0xff64]);
const MARK_RE = /^[\p{M}\uff9e\uff9f]$/u;
const IGNORABLE_RE = /^\p{Default_Ignorable_Code_Point}$/u;
const classCache = new Map<number, CharClass>();

export function classOf(cp: number): CharClass {
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39)) return CharClass.Word;
    if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) return CharClass.Space;
    return CharClass.Separator;
  }
  if (isCjk(cp)) return CharClass.Cjk;
  let c = classCache.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = WORD_RE.test(ch) ? CharClass.Word : SPACE_RE.test(ch) ? CharClass.Space : CharClass.Separator;
    classCache.set(cp, c);
  }
  return c;
}

/**
 * A Unicode property of a code point, remembered: 0 not asked yet, 1 has it, 2 has not. The
 * regex test (and the string it needs) ran for every Chinese punctuation mark and quote of every
 * text, 12 % of a corpus run; a byte per BMP code point answers the second time on.
 */
function propertyTable(re: RegExp): (cp: number) => boolean {
  const bmp = new Uint8Array(0x10000);
  const astral = new Map<number, boolean>();
  return (cp) => {
    if (cp > 0xffff) {
      let v = astral.get(cp);
      if (v === undefined) astral.set(cp, (v = re.test(String.fromCodePoint(cp))));
      return v;
    }
    let v = bmp[cp]!;
    if (v === 0) bmp[cp] = v = re.test(String.fromCharCode(cp)) ? 1 : 2;
    return v === 1;
  };
}

const hasMarkProperty = propertyTable(MARK_RE);
const hasIgnorableProperty = propertyTable(IGNORABLE_RE);

function isMark(cp: number): boolean {
  if (cp < 0x300 || (cp >= 0x4e00 && cp <= 0x9fff)) return false;
  return hasMarkProperty(cp);
}

function isIgnorable(cp: number): boolean {
  if (cp < 0xad || (cp >= 0x4e00 && cp <= 0x9fff)) return false;
  return hasIgnorableProperty(cp);
}

/** Class of the folded code point that ends just before `at` / starts at `at`. */
export function classBefore(text: string, at: number): CharClass | null {
  if (at <= 0) return null;
  let cp = text.charCodeAt(at - 1);
  if (cp >= 0xdc00 && cp <= 0xdfff && at >= 2) {
    const hi = text.charCodeAt(at - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) cp = ((hi - 0xd800) << 10) + (cp - 0xdc00) + 0x10000;
  }
  return classOf(cp);
}

export function classAt(text: string, at: number): CharClass | null {
  return at < text.length ? classOf(text.codePointAt(at)!) : null;
}

/** The folded units before they become the folded string: one buffer for every call (grown when a text needs more). */
let unitScratch = new Uint16Array(1024);

/**
 * Growable typed arrays: plain arrays of numbers cost more in pushes and garbage on long texts.
 * The returned `starts` and `ends` are two halves of one buffer (one allocation per text, not
 * two); the units go to a scratch buffer shared by every call, as only the string is kept.
 */
class Output {
  length = 0;
  units: Uint16Array;
  private offsets: Int32Array;
  private capacity: number;

  constructor(capacity: number) {
    if (unitScratch.length < capacity) unitScratch = new Uint16Array(capacity);
    this.units = unitScratch;
    this.capacity = capacity;
    this.offsets = new Int32Array(capacity * 2);
  }

  private grow(): void {
    const size = this.capacity * 2 + 16;
    if (this.units.length < size) {
      const units = new Uint16Array(size);
      units.set(this.units.subarray(0, this.length));
      this.units = units;
      unitScratch = units;
    }
    const offsets = new Int32Array(size * 2);
    offsets.set(this.offsets.subarray(0, this.length));
    offsets.set(this.offsets.subarray(this.capacity, this.capacity + this.length), size);
    this.offsets = offsets;
    this.capacity = size;
  }

  pushUnit(u: number, start: number, end: number): void {
    if (this.length === this.capacity) this.grow();
    this.units[this.length] = u;
    this.offsets[this.length] = start;
    this.offsets[this.capacity + this.length] = end;
    this.length++;
  }

  push(s: string, start: number, end: number): void {
    for (let k = 0; k < s.length; k++) this.pushUnit(s.charCodeAt(k), start, end);
  }

  result(): FoldedText {
    let text = '';
    // fromCharCode with a spread would overflow the stack on 100 KB texts: build in chunks.
    for (let i = 0; i < this.length; i += 8192) {
      text += String.fromCharCode.apply(null, this.units.subarray(i, Math.min(i + 8192, this.length)) as unknown as number[]);
    }
    // Views, not copies: the buffer was made for this text (its length, +16) and is not reused.
    return { text, starts: this.offsets.subarray(0, this.length), ends: this.offsets.subarray(this.capacity, this.capacity + this.length) };
  }
}

/**
 * Separators seen since the last word or CJK character, as parallel arrays (a code point, or -1
 * for whitespace, and its original range): kept between calls, as folding runs on every text of
 * every creative and objects per space were most of its garbage.
 */
let pendCp = new Int32Array(64);
let pendStart = new Int32Array(64);
let pendEnd = new Int32Array(64);

function growPending(): void {
  const size = pendCp.length * 2;
  const cp = new Int32Array(size);
  cp.set(pendCp);
  const start = new Int32Array(size);
  start.set(pendStart);
  const end = new Int32Array(size);
  end.set(pendEnd);
  pendCp = cp;
  pendStart = start;
  pendEnd = end;
}

export function foldText(text: string): FoldedText {
  const out = new Output(text.length + 16);
  // Separators pending since the last word or CJK character: dropped between two CJK characters.
  let pending = 0;
  let pendingHasClause = false;
  let lastWasCjk = false;

  /** Writes the pending separators out, each whitespace run as one space mapped to the whole run. */
  const flush = (): void => {
    let spaceStart = -1;
    let spaceEnd = -1;
    for (let k = 0; k < pending; k++) {
      const cp = pendCp[k]!;
      if (cp === -1) {
        if (spaceStart === -1) spaceStart = pendStart[k]!;
        spaceEnd = pendEnd[k]!;
        continue;
      }
      if (spaceStart !== -1) out.pushUnit(0x20, spaceStart, spaceEnd);
      spaceStart = -1;
      if (cp <= 0xffff) out.pushUnit(cp, pendStart[k]!, pendEnd[k]!);
      else out.push(String.fromCodePoint(cp), pendStart[k]!, pendEnd[k]!);
    }
    if (spaceStart !== -1) out.pushUnit(0x20, spaceStart, spaceEnd);
    pending = 0;
    pendingHasClause = false;
  };

  const emitCodePoint = (cp: number, start: number, end: number): void => {
    const cls = classOf(cp);
    if (cls === CharClass.Space || cls === CharClass.Separator) {
      if (pending === pendCp.length) growPending();
      pendCp[pending] = cls === CharClass.Space ? -1 : cp;
      pendStart[pending] = start;
      pendEnd[pending] = end;
      pending++;
      if (CLAUSE_PUNCTUATION.has(cp)) pendingHasClause = true;
      return;
    }
    const isCjkChar = cls === CharClass.Cjk;
    if (pending) {
      if (lastWasCjk && isCjkChar && pending <= MAX_CJK_GAP && !pendingHasClause) {
        pending = 0;
      } else flush();
    }
    if (cp <= 0xffff) out.pushUnit(cp, start, end);
    else out.push(String.fromCodePoint(cp), start, end);
    lastWasCjk = isCjkChar;
  };

  const n = text.length;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    // ASCII and common Han followed by a character below U+0300 (no combining mark can follow):
    // the fast path, without codePointAt or normalize().
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if (next < 0x300 && (unit < 0x80 || (unit >= 0x4e00 && unit <= 0x9fff))) {
      const lower = unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit;
      if ((lower >= 0x61 && lower <= 0x7a) || (lower >= 0x30 && lower <= 0x39)) {
        // A Latin letter or digit (most of any text): emitCodePoint's Word case, inline.
        if (pending) flush();
        out.pushUnit(lower, i, i + 1);
        lastWasCjk = false;
      } else emitCodePoint(lower, i, i + 1);
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    let j = i + (cp > 0xffff ? 2 : 1);
    // A base character with its combining marks is one unit of normalization.
    while (j < n) {
      const mark = text.codePointAt(j)!;
      if (!isMark(mark)) break;
      j += mark > 0xffff ? 2 : 1;
    }
    if (j === i + 1 && cp < 0x80) {
      const lower = cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
      emitCodePoint(lower, i, j);
    } else if (j === i + 1 && cp >= 0x4e00 && cp <= 0x9fff) {
      emitCodePoint(cp, i, j);
    } else if (!isIgnorable(cp)) {
      const folded = text.slice(i, j).normalize('NFKC').toLowerCase();
      for (const ch of folded) emitCodePoint(ch.codePointAt(0)!, i, j);
    }
    i = j;
  }
  flush();
  return out.result();
}
