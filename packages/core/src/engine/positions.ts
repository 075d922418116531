import type { Creative, Span, TextSource } from '../model/creative.js';
import type { Edit } from '../model/message.js';
import type { ValueEdit } from '../model/check.js';
import { selectFields } from '../model/fields.js';
import { writerFor } from '../readers/index.js';

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
 * A value edit as an edit of the file, written by its format's reader (readers/index.ts `writerFor`). Returns null when the
 * replacement cannot be written safely in that style, so the caller offers no automatic fix.
 */
export function toFileEdit(text: TextSource, edit: ValueEdit, fileText?: string): Edit | null {
  if (!text.map) return null;
  const [s, e] = valueRangeToSpan(text, edit.range);
  // Every replaced unit must come from exactly one source character, so no escape is cut in half.
  for (let i = edit.range[0]; i < edit.range[1]; i++) {
    if (text.map.ends[i]! - text.map.starts[i]! !== 1) return null;
  }
  // No ad copy means a control character (other than tab and line breaks): no format's fix writes one, escaped or not.
  if (CONTROL.test(edit.text)) return null;
  const written = writerFor(text.style)?.write(text, edit, [s, e], fileText) ?? null;
  return written === null ? null : { range: [s, e], text: written };
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

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
