import type { ValueWriter } from './types.js';

/** Fixes written into HTML text: only where the new text holds no markup, entity or line break, which would change what the page shows. */
export const htmlValueWriter: ValueWriter = {
  styles: ['HTML'],
  write(_text, edit) {
    return /[<>&\n\r]/.test(edit.text) ? null : edit.text;
  },
};
