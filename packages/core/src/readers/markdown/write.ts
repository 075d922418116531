import type { ValueWriter } from '../types.js';

/** What starts a Markdown block (a list item, a quote, a heading, a thematic break) when a line begins with it. */
const BLOCK_START = /^\s*(?:[-+*>#=]|\d{1,9}[.)])(?:\s|$)|^\s*(?:-{3,}|={3,}|_{3,}|\*{3,})\s*$/;

/**
 * Fixes written into Markdown text: characters that would start markup are not written, nor, as
 * it may land at a line start, text that would turn a paragraph into a list, quote or heading
 * (`- `, `1. `); the fix loop's read-back check catches the rest.
 */
export const markdownValueWriter: ValueWriter = {
  styles: ['MARKDOWN'],
  write(_text, edit) {
    return /[\\`*_[\]<>#\n\r]/.test(edit.text) || BLOCK_START.test(edit.text) ? null : edit.text;
  },
};
