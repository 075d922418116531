import { parse } from 'yaml';
import type { Creative, Span, TextSource } from '../model/creative.js';
import type { Edit } from '../model/message.js';
import type { ValueEdit } from '../model/check.js';
import { selectFields } from '../model/fields.js';

/** The source span a report points at: the offending characters, else the field, else its nearest written ancestor. */
export function spanOf(creative: Creative, field: string | null, range?: [number, number]): Span {
  if (field === null) return creative.span;
  const text = creative.texts.get(field);
  if (text) return range ? valueRangeToSpan(text, range) : text.span;
  for (let p: string | null = field; p; p = parentPath(p)) {
    const span = creative.spans.get(p);
    if (span) return span;
  }
  return creative.span;
}

export function valueRangeToSpan(text: TextSource, [start, end]: [number, number]): Span {
  const map = text.map;
  if (!map) return text.span;
  const n = map.starts.length;
  if (n === 0) return [text.span[0], text.span[0]];
  if (end > start) return [map.starts[Math.min(start, n - 1)]!, map.ends[Math.min(end, n) - 1]!];
  const at = start < n ? map.starts[start]! : map.ends[n - 1]!;
  return [at, at];
}

export function parentPath(path: string): string | null {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut > 0 ? path.slice(0, cut) : null;
}

/**
 * A value edit as an edit of the file, escaped for the scalar's style. Returns null when the
 * replacement cannot be written safely in that style, so the caller offers no automatic fix.
 */
export function toFileEdit(text: TextSource, edit: ValueEdit, fileText?: string): Edit | null {
  if (!text.map) return null;
  const [s, e] = valueRangeToSpan(text, edit.range);
  // Every replaced unit must come from exactly one source character, so no escape is cut in half.
  for (let i = edit.range[0]; i < edit.range[1]; i++) {
    if (text.map.ends[i]! - text.map.starts[i]! !== 1) return null;
  }
  if (text.style === 'PLAIN' && fileText !== undefined) return plainEdit(text, edit, [s, e], fileText);
  const escaped = escapeFor(text.style, edit.text);
  return escaped === null ? null : { range: [s, e], text: escaped };
}

/**
 * Plain scalars have no escapes, and whether a character is safe depends on its neighbours
 * (`!` is fine mid-text, `#` only when not after a space). Rather than approximate YAML's rules,
 * the edited scalar is parsed again: the fix stands only if it yields exactly the intended value.
 */
function plainEdit(text: TextSource, edit: ValueEdit, [s, e]: [number, number], fileText: string): Edit | null {
  if (/[\n\r]/.test(edit.text)) return null;
  const [start, end] = text.span;
  const before = fileText.slice(start, end);
  const after = before.slice(0, s - start) + edit.text + before.slice(e - start);
  const value = parsePlain(before);
  const expected = typeof value === 'string' ? value.slice(0, edit.range[0]) + edit.text + value.slice(edit.range[1]) : null;
  return expected !== null && parsePlain(after) === expected ? { range: [s, e], text: edit.text } : null;
}

function parsePlain(source: string): unknown {
  try {
    return (parse(`v: ${source}\n`, { strict: true }) as { v?: unknown } | null)?.v;
  } catch {
    return undefined;
  }
}


/**
 * A fix of a number or boolean (`targeting.age_min: 18` → `21`): the value's whole source span is
 * replaced. Text values go through toFileEdit; anything else gets no automatic fix.
 */
export function scalarEdit(creative: Creative, field: string, edit: ValueEdit): Edit | null {
  const span = creative.spans.get(field);
  if (!span || !/^(-?\d+(\.\d+)?|true|false)$/.test(edit.text)) return null;
  const value = selectFields(creative.data, [field])[0]?.value;
  return typeof value === 'number' || typeof value === 'boolean' ? { range: span, text: edit.text } : null;
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
    case 'CSV_QUOTED':
      // Inside quotes a cell may hold delimiters and line breaks; a quote is written doubled.
      return value.replace(/"/g, '""');
    case 'CSV_PLAIN':
      // An unquoted cell ends at any delimiter adlint reads (comma, semicolon, tab) or line break, and a quote would start quoting.
      return /[,;\t"\r\n]/.test(value) ? null : value;
    case 'MARKDOWN':
      return /[\\`*_[\]<>#\n\r]/.test(value) ? null : value;
    case 'HTML':
      // Markup and entity characters would change what the page shows; a line break would collapse to a space.
      return /[<>&\n\r]/.test(value) ? null : value;
    default:
      return null;
  }
}
