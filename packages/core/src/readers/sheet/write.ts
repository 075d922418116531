import type { ValueWriter } from '../types.js';

/** Fixes written into CSV/TSV cells. */
export const sheetValueWriter: ValueWriter = {
  styles: ['CSV_QUOTED', 'CSV_PLAIN'],
  write(text, edit) {
    // Inside quotes a cell may hold delimiters and line breaks; a quote is written doubled.
    if (text.style === 'CSV_QUOTED') return edit.text.replace(/"/g, '""');
    // An unquoted cell ends at any delimiter adlint reads (comma, semicolon, tab) or line break, and a quote would start quoting.
    return /[,;\t"\r\n]/.test(edit.text) ? null : edit.text;
  },
};
