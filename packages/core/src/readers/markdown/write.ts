import type { ValueWriter } from '../types.js';

/** Fixes written into Markdown text: characters that would start markup are not written. */
export const markdownValueWriter: ValueWriter = {
  styles: ['MARKDOWN'],
  write(_text, edit) {
    return /[\\`*_[\]<>#\n\r]/.test(edit.text) ? null : edit.text;
  },
};
