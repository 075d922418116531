import { eastAsianWidth } from 'get-east-asian-width';

export type LengthUnit = 'chars' | 'graphemes' | 'width' | 'bytes' | 'words';

let graphemeSegmenter: Intl.Segmenter | undefined;
let wordSegmenter: Intl.Segmenter | undefined;

/** Characters that never join a neighbour into one grapheme (Grapheme_Cluster_Break=Other or a plain control): printable ASCII and CJK ideographs. */
const isLoneGrapheme = (code: number): boolean => (code >= 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff);
const isAsciiAlnum = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
/** Chinese punctuation that ends a dictionary run: 。，、！？ */
const CJK_STOPS = new Set([0x3002, 0xff0c, 0x3001, 0xff01, 0xff1f]);
/**
 * A word always ends between a space and an ASCII letter or digit, and between a Chinese stop and
 * an ideograph: nothing joins them, and no dictionary (CJK) run is cut.
 */
const isWordSplit = (before: number, after: number): boolean =>
  (before === 0x20 && isAsciiAlnum(after)) || (CJK_STOPS.has(before) && after >= 0x4e00 && after <= 0x9fff);
const isGraphemeSplit = (before: number, after: number): boolean => isLoneGrapheme(before) && isLoneGrapheme(after);

/** Segments a chunk of about this many UTF-16 units at a time (see segmentsOf). */
const CHUNK = 1024;

/**
 * Intl.Segmenter's segments in chunks cut where a boundary is certain. V8's segment iterator
 * slows down with the length of the text (32,000 characters took 300 ms, 120,000 took 27 s
 * here), and length checks measure whole texts; chunks of ~1,000 keep it linear. Where no
 * certain boundary comes for a while (pure emoji or marks), the chunk grows until one does.
 */
function* segmentsOf(segmenter: Intl.Segmenter, text: string, canSplit: (before: number, after: number) => boolean): Generator<{ index: number; isWordLike?: boolean }> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + CHUNK, text.length);
    while (end < text.length && !canSplit(text.charCodeAt(end - 1), text.charCodeAt(end))) end++;
    for (const s of segmenter.segment(start === 0 && end === text.length ? text : text.slice(start, end))) yield { index: start + s.index, isWordLike: s.isWordLike };
    start = end;
  }
}

function graphemes(text: string): Generator<{ index: number }> {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmentsOf(graphemeSegmenter, text, isGraphemeSplit);
}

function words(text: string): Generator<{ index: number; isWordLike?: boolean }> {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  return segmentsOf(wordSegmenter, text, isWordSplit);
}

const codePoints = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

const MARK = /^\p{M}$/u;
/** Marks, format characters (ZWJ, ZWNJ, BOM), variation selectors and skin-tone modifiers: no column of their own. */
const NO_COLUMN = /^[\p{M}\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}\u{1F3FB}-\u{1F3FF}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
/** Marks after a base beyond which composing is not tried (Zalgo text): each further mark counts. */
const MAX_CLUSTER = 16;

/*
 * Characters and display width are counted code point by code point with a little state, not
 * per grapheme: Intl.Segmenter (which string-width uses too) took seconds on a 100,000-character
 * text here, and length checks measure every text of every creative.
 */

/**
 * Code points, composed where composing makes fewer: what most platforms mean by "characters".
 * A decomposed `é` (e + U+0301) is one character, as its composed form is; a form NFC would
 * expand (U+FB2A שׁ) stays one.
 */
function charCounter(): (ch: string) => number {
  let cluster = '';
  return (ch) => {
    if (cluster && cluster.length < MAX_CLUSTER && MARK.test(ch)) {
      const before = codePoints(cluster.normalize('NFC'));
      cluster += ch;
      return codePoints(cluster.normalize('NFC')) > before ? 1 : 0;
    }
    cluster = ch;
    return 1;
  };
}

/**
 * Display width: East Asian Wide and Fullwidth characters and emoji take 2 columns (Google Ads and
 * TikTok count them as 2); marks, joiners and variation selectors none; an emoji joined by ZWJ
 * none more (👨‍👩‍👧 is 2); VS16 makes a narrow pictograph (❤️) 2.
 */
function widthCounter(): (ch: string) => number {
  let afterJoiner = false;
  let narrowPictograph = false;
  return (ch) => {
    const cp = ch.codePointAt(0)!;
    const joined = afterJoiner && PICTOGRAPHIC.test(ch);
    afterJoiner = cp === 0x200d;
    if (joined) return 0;
    if (cp === 0xfe0f && narrowPictograph) {
      narrowPictograph = false;
      return 1;
    }
    if (NO_COLUMN.test(ch)) return 0;
    const w = eastAsianWidth(cp);
    narrowPictograph = w === 1 && PICTOGRAPHIC.test(ch);
    return w;
  };
}

function countWith(text: string, counter: (ch: string) => number): number {
  let n = 0;
  for (const ch of text) n += counter(ch);
  return n;
}

export function countChars(text: string): number {
  return text.normalize('NFC') === text ? codePoints(text) : countWith(text, charCounter());
}

export function countGraphemes(text: string): number {
  let n = 0;
  for (const _ of graphemes(text)) n++;
  return n;
}

export function countWidth(text: string): number {
  return countWith(text, widthCounter());
}

export function countBytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Words by Unicode segmentation, so CJK text counts its words rather than one run. */
export function countWords(text: string): number {
  let n = 0;
  for (const s of words(text)) if (s.isWordLike) n++;
  return n;
}

const COUNTERS: Record<LengthUnit, (text: string) => number> = {
  chars: countChars,
  graphemes: countGraphemes,
  width: countWidth,
  bytes: countBytes,
  words: countWords,
};

export function measure(text: string, unit: LengthUnit): number {
  return COUNTERS[unit](text);
}

/**
 * Per-class weights of code points, for platforms that count classes differently: Ocean Engine
 * titles count ASCII as half a character (`{ ascii: 0.5 }`), TikTok counts CJK as 2
 * (`{ wide: 2 }`). `wide` is East Asian Wide or Fullwidth; a class not given weighs `default` (1).
 */
export interface Weights {
  ascii?: number;
  wide?: number;
  default?: number;
}

export function weightOf(cp: number, weights: Weights): number {
  if (cp < 0x80 && weights.ascii !== undefined) return weights.ascii;
  if (weights.wide !== undefined && cp >= 0x80 && eastAsianWidth(cp) === 2) return weights.wide;
  return weights.default ?? 1;
}

/** Sum of the code points' weights, rounded to hundredths so 0.1 + 0.2 reads 0.3 in messages. */
export function measureWeighted(text: string, weights: Weights): number {
  let n = 0;
  for (const ch of text) n += weightOf(ch.codePointAt(0)!, weights);
  return Math.round(n * 100) / 100;
}

/** Where, in UTF-16 units, the weighted length passes `limit`: the start of the part to cut. */
export function offsetAfterWeighted(text: string, weights: Weights, limit: number): number {
  let n = 0;
  let i = 0;
  for (const ch of text) {
    n += weightOf(ch.codePointAt(0)!, weights);
    if (Math.round(n * 100) / 100 > limit) return i;
    i += ch.length;
  }
  return text.length;
}

/** Where, in UTF-16 units, the text passes `limit` in `unit`: the start of the part to cut. */
export function offsetAfter(text: string, unit: LengthUnit, limit: number): number {
  if (unit === 'words') {
    let n = 0;
    for (const s of words(text)) {
      if (s.isWordLike && ++n > limit) return s.index;
    }
    return text.length;
  }
  if (unit === 'graphemes') {
    let n = 0;
    for (const s of graphemes(text)) {
      if (++n > limit) return s.index;
    }
    return text.length;
  }
  const counter = unit === 'width' ? widthCounter() : unit === 'chars' ? charCounter() : (ch: string) => Buffer.byteLength(ch, 'utf8');
  let n = 0;
  let i = 0;
  for (const ch of text) {
    // A character that adds nothing (an accent, a joined emoji) stays with the one before the cut.
    const size = counter(ch);
    if (size > 0 && n + size > limit) return i;
    n += size;
    i += ch.length;
  }
  return text.length;
}

/** How a length is counted: the unit, per-class weights (unit `chars`), trimming, and the limit to cut at. */
export interface LengthMeasure {
  unit?: LengthUnit;
  weights?: Weights;
  trim?: boolean;
  max?: number;
  /** Each link counts this many units whatever its length (X counts its t.co links as 23). */
  url_length?: number;
}

// Links as X counts them (shortened to t.co): a scheme or `www.` start, up to whitespace, less
// trailing punctuation (the full stop after a link is text).
const LINK = /\b(?:https?:\/\/|www\.)\S*[^\s.,!?;:)\]'"]/giu;

interface Segment {
  start: number;
  end: number;
  units: number;
  link: boolean;
}

/** The value cut into plain runs and links, each with its length: links weigh `urlLength`. */
function segments(text: string, urlLength: number, count: (t: string) => number): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(LINK)) {
    if (m.index > at) out.push({ start: at, end: m.index, units: count(text.slice(at, m.index)), link: false });
    out.push({ start: m.index, end: m.index + m[0].length, units: urlLength, link: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ start: at, end: text.length, units: count(text.slice(at)), link: false });
  return out;
}

/**
 * A value's length as a platform counts it and, when it passes `max`, the UTF-16 offset in the
 * value where the part past the limit starts (`cut`) and where the counted text ends (`end`).
 */
export function measureLength(params: LengthMeasure, value: string): { actual: number; cut: number | null; end: number } {
  const unit = params.unit ?? 'chars';
  const { weights, max } = params;
  // Trimmed, offsets stay relative to the original value: `lead` is what the trim removed.
  const lead = params.trim ? value.length - value.trimStart().length : 0;
  const text = params.trim ? value.trim() : value;
  const count = (t: string): number => (weights ? measureWeighted(t, weights) : measure(t, unit));
  const offsetIn = (t: string, limit: number): number => (weights ? offsetAfterWeighted(t, weights, limit) : offsetAfter(t, unit, limit));
  if (params.url_length !== undefined) return measureWithLinks(text, lead, params.url_length, count, offsetIn, max);
  const actual = count(text);
  if (max === undefined || actual <= max) return { actual, cut: null, end: lead + text.length };
  return { actual, cut: lead + offsetIn(text, max), end: lead + text.length };
}

/** Length with links counted as `urlLength`; a cut that falls in a link cuts before the link. */
function measureWithLinks(
  text: string,
  lead: number,
  urlLength: number,
  count: (t: string) => number,
  offsetIn: (t: string, limit: number) => number,
  max: number | undefined,
): { actual: number; cut: number | null; end: number } {
  const parts = segments(text, urlLength, count);
  const actual = Math.round(parts.reduce((n, p) => n + p.units, 0) * 100) / 100;
  if (max === undefined || actual <= max) return { actual, cut: null, end: lead + text.length };
  let used = 0;
  for (const p of parts) {
    if (used + p.units > max) {
      const at = p.link ? p.start : p.start + offsetIn(text.slice(p.start, p.end), max - used);
      return { actual, cut: lead + at, end: lead + text.length };
    }
    used += p.units;
  }
  return { actual, cut: lead + text.length, end: lead + text.length };
}
