import type { Creative } from '../model/creative.js';
import type { LintMessage } from '../model/message.js';
import type { LineIndex } from '../text/line-index.js';
import { isValidSelector, parseSelector } from '../model/fields.js';
import { spanOf } from './positions.js';
import { RUN_MESSAGES } from './run-messages.js';
import { fillTemplate, type Language } from '../model/wording.js';

/** Longest text value checked in full; beyond it only the first characters are (documented in docs/limits.md). */
export const DEFAULT_MAX_TEXT_LENGTH = 100_000;
/** Time one file may take before its remaining creatives are reported unchecked. */
export const DEFAULT_MAX_FILE_SECONDS = 60;

/**
 * Cuts every text value longer than `limit` to its first `limit` characters before rules run, so
 * no check's cost depends on an unbounded paste; each cut is reported where the unchecked part
 * starts. Positions stay exact: the kept text is a prefix of the written one.
 */
export function capTextLengths(creative: Creative, limit: number, lines: LineIndex, language: Language = 'en'): LintMessage[] {
  const messages: LintMessage[] = [];
  for (const field of creative.texts.keys()) {
    // A key written with `[` or `.` in it (an unknown field) has no selector: no rule reads it.
    if (!isValidSelector(field)) continue;
    const holder = parentAndKey(creative.data, field);
    const value = holder?.parent[holder.key as never] as unknown;
    if (!holder || typeof value !== 'string' || value.length <= limit) continue;
    (holder.parent as Record<string | number, unknown>)[holder.key] = value.slice(0, limit);
    const [start, end] = spanOf(creative, field, [limit, value.length]);
    const from = lines.position(start);
    const to = lines.position(end);
    const data = { field, length: value.length, limit };
    messages.push({
      ruleId: 'adlint/limit', messageId: 'text-cut', data, severity: 'warning', category: 'length', field, platform: null, source: null,
      message: fillTemplate(RUN_MESSAGES['text-cut'][language], data),
      line: from.line, column: from.column, endLine: to.line, endColumn: to.column,
    });
  }
  return messages;
}

/** The object or list holding a field path's value, and its key there. */
function parentAndKey(data: unknown, field: string): { parent: object; key: string | number } | null {
  const steps = parseSelector(field);
  let node: unknown = data;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const key = 'key' in step ? step.key : 'index' in step ? step.index : null;
    if (key === null || typeof node !== 'object' || node === null) return null;
    if (i === steps.length - 1) return { parent: node, key };
    node = (node as Record<string | number, unknown>)[key];
  }
  return null;
}
