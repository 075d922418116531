import type { ReadOptions } from '../readers/types.js';
import type { LintMessage } from '../model/message.js';
import { readItems, readerFor } from '../readers/index.js';
import { worded, type MessageData, type WordedProblem } from '../model/wording.js';
import { FIX_PLACES, FIX_REFUSALS } from './fix-messages.js';

/** A refusal about the value at `at` ('' is the whole value, or the creative where `whole` says so). */
function refusal(id: keyof typeof FIX_REFUSALS, at: string, data: MessageData = {}, whole: 'value' | 'creative' = 'value'): WordedProblem {
  return worded(FIX_REFUSALS, id, { path: at, ...data }, { where: at ? FIX_PLACES.field : FIX_PLACES[whole] });
}

/**
 * Whether fixed text holds what the fixes meant, read back the way adlint reads it. A fix is an
 * edit of the file's bytes, and what those bytes mean depends on their surroundings: `, ` in a
 * flow sequence makes two items of one, `- ` or `1. ` at a line start turns a Markdown paragraph
 * into a list, ` #` starts a YAML comment, a control character is written raw. Escaping each
 * context covers the cases foreseen; reading the result back covers the rest: the creatives must
 * keep their shape (same keys, same list lengths, same types), only the fields the fixes name may
 * change, each to a value holding its replacement, and no control character may appear.
 */
export async function readBack(text: string, filePath: string, settings: unknown): Promise<unknown[] | null> {
  const reader = readerFor(filePath);
  if (!reader) return null;
  // The linter's settings hold what reading needs (config defaults, a sheet's mapping).
  const { defaults, sheet } = (settings ?? {}) as ReadOptions;
  const creatives: unknown[] = [];
  for await (const item of readItems(reader, text, filePath, { defaults, sheet })) {
    if ('creative' in item) creatives.push(item.creative.data);
  }
  return creatives;
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Null when `after` is what applying `applied` to `before` should give; else what went wrong. */
export function verifyFixed(before: unknown[], after: unknown[], applied: readonly LintMessage[]): WordedProblem | null {
  if (before.length !== after.length) return worded(FIX_REFUSALS, 'creative-count', { after: after.length, before: before.length });
  const fields = new Set(applied.map((m) => m.field).filter((f): f is string => f !== null));
  const changes: { path: string; old: string; now: string }[] = [];
  for (let i = 0; i < before.length; i++) {
    const problem = compare(before[i], after[i], '', changes);
    if (problem) return problem;
  }
  for (const c of changes) {
    if (!fields.has(c.path) && ![...fields].some((f) => c.path.startsWith(`${f}.`) || c.path.startsWith(`${f}[`))) return refusal('other-value', c.path);
    if (CONTROL.test(c.now) && !CONTROL.test(c.old)) return refusal('control-character', c.path);
  }
  for (const m of applied) {
    const inserted = m.fix?.text ?? '';
    // Where the replacement was written without escapes, the value read back must contain it.
    if (!m.field || !inserted || /[\\'"]/.test(inserted)) continue;
    const mine = changes.filter((c) => c.path === m.field);
    if (mine.length && !mine.some((c) => c.now.includes(inserted))) return refusal('not-replacement', m.field);
  }
  return null;
}

function compare(a: unknown, b: unknown, at: string, changes: { path: string; old: string; now: string }[]): WordedProblem | null {
  if (typeof a === 'string' && typeof b === 'string') {
    if (a !== b) changes.push({ path: at, old: a, now: b });
    return null;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return refusal('type-change', at);
    if (a.length !== b.length) return refusal('item-count', at, { after: b.length, before: a.length });
    for (let i = 0; i < a.length; i++) {
      const problem = compare(a[i], b[i], `${at}[${i}]`, changes);
      if (problem) return problem;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    if (ka.join('\u0000') !== kb.join('\u0000')) return refusal('fields-change', at, { fields: (kb.filter((k) => !ka.includes(k)).join(', ') || ka.filter((k) => !kb.includes(k)).join(', ')) }, 'creative');
    for (const k of ka) {
      const problem = compare((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], at ? `${at}.${k}` : k, changes);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof a !== typeof b) return refusal('type-change', at);
  if (a !== b) changes.push({ path: at, old: String(a), now: String(b) });
  return null;
}
