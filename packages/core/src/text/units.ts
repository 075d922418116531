import { eastAsianWidth } from 'get-east-asian-width';

export type LengthUnit = 'chars' | 'graphemes' | 'width' | 'bytes' | 'words';

let graphemeSegmenter: Intl.Segmenter | undefined;
let wordSegmenter: Intl.Segmenter | undefined;

/** Code points: what most platforms mean by "characters". */
export function countChars(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function countGraphemes(text: string): number {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let n = 0;
  for (const _ of graphemeSegmenter.segment(text)) n++;
  return n;
}

/** East Asian Wide and Fullwidth characters count 2 (Google Ads, TikTok); everything else 1. */
export function countWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += eastAsianWidth(ch.codePointAt(0)!);
  return n;
}

export function countBytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Words by Unicode segmentation, so CJK text counts its words rather than one run. */
export function countWords(text: string): number {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let n = 0;
  for (const s of wordSegmenter.segment(text)) if (s.isWordLike) n++;
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

/** Where, in UTF-16 units, the text passes `limit` in `unit`: the start of the part to cut. */
export function offsetAfter(text: string, unit: LengthUnit, limit: number): number {
  if (unit === 'words') {
    wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
    let n = 0;
    for (const s of wordSegmenter.segment(text)) {
      if (s.isWordLike && ++n > limit) return s.index;
    }
    return text.length;
  }
  if (unit === 'graphemes') {
    graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    let n = 0;
    for (const s of graphemeSegmenter.segment(text)) {
      if (++n > limit) return s.index;
    }
    return text.length;
  }
  let n = 0;
  let i = 0;
  for (const ch of text) {
    n += unit === 'chars' ? 1 : unit === 'width' ? eastAsianWidth(ch.codePointAt(0)!) : Buffer.byteLength(ch, 'utf8');
    if (n > limit) return i;
    i += ch.length;
  }
  return text.length;
}
