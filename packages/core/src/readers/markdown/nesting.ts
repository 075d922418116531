import type { Span } from '../../model/creative.js';

/** Deeper than any real listing or landing page; past it, parsing time grows steeply. */
export const MAX_NESTING = 100;

/**
 * The first line whose container prefix (`>` quote markers, `-`/`*`/`+`/`1.` list markers and
 * indentation) nests deeper than MAX_NESTING, as a span of that prefix; null when none does.
 * The parser itself does not overflow on deep nesting, but its time grows with depth squared
 * (5,000 nested list levels take tens of seconds), so such files are refused up front.
 */
export function deepestNesting(text: string): Span | null {
  let lineStart = 0;
  while (lineStart < text.length) {
    let i = lineStart;
    let markers = 0;
    let columns = 0;
    for (;;) {
      const c = text[i];
      // Indentation before the first marker nests by columns; blanks between markers do not add depth.
      if (c === ' ') columns += markers === 0 ? 1 : 0;
      else if (c === '\t') columns += markers === 0 ? 4 : 0;
      else if (c === '>') markers++;
      else if ((c === '-' || c === '*' || c === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t')) markers++;
      else if (c !== undefined && c >= '0' && c <= '9') {
        let k = i;
        while (k < i + 9 && text[k]! >= '0' && text[k]! <= '9') k++;
        if ((text[k] !== '.' && text[k] !== ')') || (text[k + 1] !== ' ' && text[k + 1] !== '\t')) break;
        markers++;
        i = k;
      } else break;
      i++;
    }
    // Each nested level needs a marker or at least two columns of indentation.
    if (markers + (columns >> 1) > MAX_NESTING) return [lineStart, i];
    const next = text.indexOf('\n', i);
    if (next < 0) break;
    lineStart = next + 1;
  }
  return null;
}
