import { parse } from 'yaml';
import type { Span, TextSource } from '../model/creative.js';
import type { ValueEdit } from '../model/check.js';
import type { ValueWriter } from './types.js';

/** Fixes written into YAML scalars (manifests and Markdown front matter), escaped for the scalar's style. */
export const yamlValueWriter: ValueWriter = {
  styles: ['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'],
  write(text, edit, span, fileText) {
    if (text.style === 'PLAIN' && fileText !== undefined) return plainEdit(text, edit, span, fileText);
    return escapeFor(text.style, edit.text);
  },
};

/**
 * Plain scalars have no escapes, and whether a character is safe depends on its neighbours
 * (`!` is fine mid-text, `#` only when not after a space). Rather than approximate YAML's rules,
 * the edited scalar is parsed again: the fix stands only if it yields exactly the intended value.
 */
function plainEdit(text: TextSource, edit: ValueEdit, [s, e]: Span, fileText: string): string | null {
  // Parsed alone the scalar cannot show what a flow collection around it makes of `,` `[` `]` `{` `}`.
  if (/[\n\r,[\]{}]/.test(edit.text)) return null;
  const [start, end] = text.span;
  const before = fileText.slice(start, end);
  const after = before.slice(0, s - start) + edit.text + before.slice(e - start);
  const value = parsePlain(before);
  const expected = typeof value === 'string' ? value.slice(0, edit.range[0]) + edit.text + value.slice(edit.range[1]) : null;
  return expected !== null && parsePlain(after) === expected ? edit.text : null;
}

function parsePlain(source: string): unknown {
  try {
    return (parse(`v: ${source}\n`, { strict: true }) as { v?: unknown } | null)?.v;
  } catch {
    return undefined;
  }
}

function escapeFor(style: TextSource['style'], value: string): string | null {
  switch (style) {
    case 'QUOTE_DOUBLE':
      return value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    case 'QUOTE_SINGLE':
      return /[\n\r]/.test(value) ? null : value.replace(/'/g, "''");
    case 'PLAIN':
      // Characters that could end or reinterpret a plain scalar are not written into one.
      return /[\n\r#:'"{}[\],&*!|>%@`]/.test(value) ? null : value;
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      return /[\n\r]/.test(value) ? null : value;
    default:
      return null;
  }
}
