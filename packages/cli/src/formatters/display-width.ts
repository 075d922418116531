/**
 * Characters that are each one grapheme of a fixed width: printable ASCII and the general
 * punctuation messages use (“” ‘’ – — …, one column: East Asian ambiguous, narrow as
 * string-width counts it), and CJK ideographs, kana, CJK and fullwidth punctuation (two columns).
 * No combining marks, variation selectors, joiners or emoji: nothing here joins a neighbour.
 */
const FIXED_WIDTH = /^[\x20-\x7E\u2010-\u2027\u3001-\u3029\u3030-\u303E\u3041-\u3096\u309B-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uFF01-\uFF60\uFFE0-\uFFE6]*$/;

let stringWidth: ((text: string) => number) | undefined;
let loading: Promise<void> | undefined;

/** Whether `displayWidth` can count the text without string-width. */
export const isFixedWidth = (text: string): boolean => FIXED_WIDTH.test(text);

/**
 * Loads string-width, for the texts `isFixedWidth` refuses. Building it (a grapheme segmenter and
 * four Unicode-property expressions) costs ~17 ms, so a run whose report has only fixed-width
 * text (almost every run) never does.
 */
export function loadStringWidth(): Promise<void> {
  return (loading ??= import('string-width').then((m) => {
    stringWidth = m.default;
  }));
}

export const stringWidthLoaded = (): boolean => stringWidth !== undefined;

/**
 * Columns a text takes in a terminal, as string-width counts them. Text made only of the
 * characters above (every Chinese message, English ones with typographic quotes) is counted here:
 * string-width segments it into graphemes and tests each against the RGI emoji set, whose first
 * use cost ~25 ms of a one-file run with Chinese messages. The tests compare the two for every
 * such character. Anything else needs string-width loaded (`loadStringWidth`) first.
 */
export function displayWidth(text: string): number {
  if (!FIXED_WIDTH.test(text)) {
    if (!stringWidth) throw new Error('displayWidth: string-width is not loaded (await loadStringWidth() first)');
    return stringWidth(text);
  }
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    width += unit <= 0x7e || (unit >= 0x2010 && unit <= 0x2027) ? 1 : 2;
  }
  return width;
}
