import { Buffer } from 'node:buffer';

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
  /** starts[i], ends[i]: the original UTF-16 range [start, end) folded unit i came from. Read-only (maps may be shared). */
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


/**
 * How a BMP unit folds when no combining mark follows it, learnt the first time it is seen: 0 not
 * known yet, IGNORED (dropped), COMPLEX (a surrogate, or it folds to several units: the general
 * path), else the folded unit | (its class + 1) << 16 | CLAUSE_BIT. Folding called normalize()
 * and made a string for every fullwidth comma of every Chinese text; one array read answers now.
 */
const singleFold = new Int32Array(0x10000);
const IGNORED = -1;
const COMPLEX = -2;
const CLAUSE_BIT = 1 << 20;
/** Classes + 1 as singleFold stores them. */
const WORD_1 = CharClass.Word + 1;
const CJK_1 = CharClass.Cjk + 1;
const SPACE_1 = CharClass.Space + 1;

function learnSingleFold(u: number): number {
  let v = COMPLEX;
  // ASCII folds to itself but for case, common Han have no compatibility form and no case: asking
  // normalize() for each cost more than all the rest (and its first call loads ICU's tables).
  if (u < 0x80) {
    const f = u >= 0x41 && u <= 0x5a ? u + 32 : u;
    v = f | ((classOf(f) + 1) << 16) | (CLAUSE_PUNCTUATION.has(f) ? CLAUSE_BIT : 0);
  } else if (u >= 0x4e00 && u <= 0x9fff) v = u | (CJK_1 << 16);
  else if (u >= 0xd800 && u <= 0xdfff) {
    // A surrogate: the general path reads the code point.
  } else if (isIgnorable(u)) v = IGNORED;
  else {
    const folded = String.fromCharCode(u).normalize('NFKC').toLowerCase();
    const f = folded.charCodeAt(0);
    if (folded.length === 1 && (f < 0xd800 || f > 0xdfff)) v = f | ((classOf(f) + 1) << 16) | (CLAUSE_PUNCTUATION.has(f) ? CLAUSE_BIT : 0);
  }
  singleFold[u] = v;
  return v;
}

/** Whether the host stores a Uint16Array little-endian, as Buffer's utf16le decoding reads it. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The folded text as it is written: units, their original ranges and the pending separators, in
 * buffers kept from call to call (folding runs on every text of every creative; per-call arrays
 * and closures were most of its cost and garbage). While every folded unit k comes from original
 * unit k alone (`identity`, nearly every text), the ranges are not written at all.
 */
class FoldWriter {
  length = 0;
  identity = true;
  units: Uint16Array;
  private unitBytes: Buffer;
  private starts: Int32Array;
  private ends: Int32Array;
  /** Separators seen since the last word or CJK character: a code point, or -1 for whitespace, and its original range. */
  private pendCp = new Int32Array(64);
  private pendStart = new Int32Array(64);
  private pendEnd = new Int32Array(64);
  private pending = 0;
  private pendingHasClause = false;
  private lastWasCjk = false;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.unitBytes = Buffer.from(this.units.buffer);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** Starts a text of `n` units: room for its units is made now, not by doubling as it is written. */
  reset(n: number): void {
    if (this.units.length < n + 16) this.grow(n + 16);
    this.length = 0;
    this.identity = true;
    this.pending = 0;
    this.pendingHasClause = false;
    this.lastWasCjk = false;
  }

  private grow(size: number): void {
    const units = new Uint16Array(size);
    units.set(this.units);
    this.units = units;
    this.unitBytes = Buffer.from(units.buffer);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.ends = ends;
  }

  push(unit: number, start: number, end: number): void {
    const k = this.length;
    if (k === this.units.length) this.grow(k * 2);
    if (this.identity && (start !== k || end !== k + 1)) {
      // The first unit out of place: write the ranges the units before it had implicitly.
      for (let m = 0; m < k; m++) {
        this.starts[m] = m;
        this.ends[m] = m + 1;
      }
      this.identity = false;
    }
    if (!this.identity) {
      this.starts[k] = start;
      this.ends[k] = end;
    }
    this.units[k] = unit;
    this.length = k + 1;
  }

  /** A word or CJK character: drops the separators before it when both sides are CJK, else writes them. */
  character(cp: number, start: number, end: number, cjk: boolean): void {
    if (this.pending) {
      if (this.lastWasCjk && cjk && this.pending <= MAX_CJK_GAP && !this.pendingHasClause) this.pending = 0;
      else this.flush();
    }
    if (cp <= 0xffff) this.push(cp, start, end);
    else {
      this.push(0xd800 + ((cp - 0x10000) >> 10), start, end);
      this.push(0xdc00 + ((cp - 0x10000) & 0x3ff), start, end);
    }
    this.lastWasCjk = cjk;
  }

  /** A separator (a code point) or whitespace (-1), held until the next character tells whether it is dropped. */
  separator(cp: number, start: number, end: number, clause: boolean): void {
    if (this.pending === this.pendCp.length) this.growPending();
    this.pendCp[this.pending] = cp;
    this.pendStart[this.pending] = start;
    this.pendEnd[this.pending] = end;
    this.pending++;
    if (clause) this.pendingHasClause = true;
  }

  private growPending(): void {
    const size = this.pendCp.length * 2;
    const cp = new Int32Array(size);
    cp.set(this.pendCp);
    const start = new Int32Array(size);
    start.set(this.pendStart);
    const end = new Int32Array(size);
    end.set(this.pendEnd);
    this.pendCp = cp;
    this.pendStart = start;
    this.pendEnd = end;
  }

  /** Writes the pending separators out, each whitespace run as one space mapped to the whole run. */
  flush(): void {
    let spaceStart = -1;
    let spaceEnd = -1;
    for (let k = 0; k < this.pending; k++) {
      const cp = this.pendCp[k]!;
      if (cp === -1) {
        if (spaceStart === -1) spaceStart = this.pendStart[k]!;
        spaceEnd = this.pendEnd[k]!;
        continue;
      }
      if (spaceStart !== -1) this.push(0x20, spaceStart, spaceEnd);
      spaceStart = -1;
      if (cp <= 0xffff) this.push(cp, this.pendStart[k]!, this.pendEnd[k]!);
      else {
        this.push(0xd800 + ((cp - 0x10000) >> 10), this.pendStart[k]!, this.pendEnd[k]!);
        this.push(0xdc00 + ((cp - 0x10000) & 0x3ff), this.pendStart[k]!, this.pendEnd[k]!);
      }
    }
    if (spaceStart !== -1) this.push(0x20, spaceStart, spaceEnd);
    this.pending = 0;
    this.pendingHasClause = false;
  }

  result(): FoldedText {
    const n = this.length;
    let text = '';
    // Buffer's utf16le decoding makes the string in one native call, ~6× faster than fromCharCode.apply.
    if (LITTLE_ENDIAN) text = this.unitBytes.toString('utf16le', 0, n * 2);
    else for (let i = 0; i < n; i += 8192) text += String.fromCharCode.apply(null, this.units.subarray(i, Math.min(i + 8192, n)) as unknown as number[]);
    if (this.identity) return new FoldResult(text, null, null);
    // One buffer for both halves of the map: one allocation per text, not two.
    const map = new Int32Array(n * 2);
    map.set(this.starts.subarray(0, n));
    map.set(this.ends.subarray(0, n), n);
    return new FoldResult(text, map.subarray(0, n), map.subarray(n));
  }
}

/**
 * The map of a text folded in place, shared by every such text: unit k comes from [k, k + 1), so
 * `starts` is [0, n) of it and `ends` [1, n + 1). Filling a map per text with a hit cost as much as
 * scanning it. Never written once filled: folded maps are read-only.
 */
let inPlace = new Int32Array(0);
/** Texts longer than this get their own map, so one huge text does not stay in memory as a map. */
const SHARED_IN_PLACE_MAX = 1 << 16;

function inPlaceMap(n: number): Int32Array {
  if (inPlace.length > n) return inPlace;
  const size = n < SHARED_IN_PLACE_MAX ? Math.min(SHARED_IN_PLACE_MAX, Math.max(1024, n * 2)) : n + 1;
  const map = new Int32Array(size);
  for (let k = 0; k < size; k++) map[k] = k;
  if (n < SHARED_IN_PLACE_MAX) inPlace = map;
  return map;
}

/**
 * A folded text whose map, when folding kept every unit in place, is taken on first use: only
 * a text with a hit reads it, and nearly every text folds in place.
 */
class FoldResult implements FoldedText {
  constructor(
    readonly text: string,
    private startsOf: Int32Array | null,
    private endsOf: Int32Array | null,
  ) {}

  get starts(): Int32Array {
    if (this.startsOf === null) this.mapInPlace();
    return this.startsOf!;
  }

  get ends(): Int32Array {
    if (this.endsOf === null) this.mapInPlace();
    return this.endsOf!;
  }

  private mapInPlace(): void {
    const n = this.text.length;
    const map = inPlaceMap(n);
    this.startsOf = map.subarray(0, n);
    this.endsOf = map.subarray(1, n + 1);
  }
}

/** The writer every text up to this length shares; a longer one gets its own, so its buffers do not stay in memory. */
const SHARED_WRITER_MAX = 1 << 16;
const writer = new FoldWriter(1024);

/** Writes one folded code point: a character, or a separator held back (see FoldWriter). */
function emitCodePoint(w: FoldWriter, cp: number, start: number, end: number): void {
  const cls = classOf(cp);
  if (cls === CharClass.Space || cls === CharClass.Separator) w.separator(cls === CharClass.Space ? -1 : cp, start, end, CLAUSE_PUNCTUATION.has(cp));
  else w.character(cp, start, end, cls === CharClass.Cjk);
}

/**
 * The general path: the code point at `i` with the combining marks after it, normalized as one;
 * returns where the next one starts.
 */
function foldCluster(w: FoldWriter, text: string, i: number): number {
  const n = text.length;
  const cp = text.codePointAt(i)!;
  let j = i + (cp > 0xffff ? 2 : 1);
  while (j < n) {
    const mark = text.codePointAt(j)!;
    if (!isMark(mark)) break;
    j += mark > 0xffff ? 2 : 1;
  }
  if (!isIgnorable(cp)) {
    const folded = text.slice(i, j).normalize('NFKC').toLowerCase();
    for (const ch of folded) emitCodePoint(w, ch.codePointAt(0)!, i, j);
  }
  return j;
}

export function foldText(text: string): FoldedText {
  const n = text.length;
  const w = n <= SHARED_WRITER_MAX ? writer : new FoldWriter(n + 16);
  w.reset(n);
  let i = 0;
  while (i < n) {
    // The fast path: a BMP unit no combining mark follows folds on its own, as singleFold says.
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if (next < 0x300 || !isMark(next >= 0xd800 && next <= 0xdbff ? text.codePointAt(i + 1)! : next)) {
      const unit = text.charCodeAt(i);
      let v = singleFold[unit]!;
      if (v === 0) v = learnSingleFold(unit);
      if (v > 0) {
        const cls = (v >> 16) & 0xf;
        if (cls === WORD_1 || cls === CJK_1) w.character(v & 0xffff, i, i + 1, cls === CJK_1);
        else w.separator(cls === SPACE_1 ? -1 : v & 0xffff, i, i + 1, (v & CLAUSE_BIT) !== 0);
        i++;
        continue;
      }
      if (v === IGNORED) {
        i++;
        continue;
      }
    }
    i = foldCluster(w, text, i);
  }
  w.flush();
  return w.result();
}

// The fast path's branches taken at load (cases, digits, a whitespace run, separators, CJK, a
// dropped CJK gap, clause punctuation), in ASCII and common Han only, so without ICU or Unicode
// property regexes: the optimizing compiler then sees them all the first time it compiles
// foldText, where otherwise each branch first taken on the hundredth text threw the compiled code
// away (about 10 ms each in a corpus run). A dozen calls: V8 keeps no type feedback before that.
for (let k = 0; k < 12; k++) foldText('Aa  1-b 最 佳,好\t最');
