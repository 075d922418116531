import type { CreativeData } from './creative.js';
import type { FieldValue } from './check.js';

/**
 * Resolves field selectors against a creative: `copy.headline`, `copy.headlines[*]` (each item),
 * `copy.headlines[2]`, `copy.*` (every copy field present), `media[*].path`. A selector without
 * wildcards always yields one value, `undefined` when the field is missing, so `required` and
 * `count` can see absence; wildcards yield only what exists.
 */
export function selectFields(data: CreativeData, selectors: readonly string[]): FieldValue[] {
  const out: FieldValue[] = [];
  const seen = new Set<string>();
  for (const selector of selectors) {
    for (const fv of resolve(data, parseSelector(selector))) {
      if (seen.has(fv.path)) continue;
      seen.add(fv.path);
      out.push(fv);
    }
  }
  return out;
}

type Step = { key: string } | { anyKey: true } | { index: number } | { anyIndex: true };

const cache = new Map<string, Step[]>();

export function parseSelector(selector: string): Step[] {
  let steps = cache.get(selector);
  if (steps) return steps;
  steps = [];
  for (const part of selector.split('.')) {
    const m = /^([^[\]]*)((?:\[(?:\*|\d+)\])*)$/.exec(part);
    if (!m) throw new Error(`invalid field selector "${selector}"`);
    if (m[1] === '*') steps.push({ anyKey: true });
    else if (m[1]) steps.push({ key: m[1] });
    for (const idx of m[2]!.matchAll(/\[(\*|\d+)\]/g)) {
      steps.push(idx[1] === '*' ? { anyIndex: true } : { index: Number(idx[1]) });
    }
  }
  cache.set(selector, steps);
  return steps;
}

export function isValidSelector(selector: string): boolean {
  try {
    parseSelector(selector);
    return true;
  } catch {
    return false;
  }
}

function resolve(root: unknown, steps: Step[]): FieldValue[] {
  let current: { path: string; value: unknown; wild: boolean }[] = [{ path: '', value: root, wild: false }];
  for (const step of steps) {
    const next: typeof current = [];
    for (const c of current) {
      const v = c.value;
      if ('key' in step) {
        const child = isObject(v) ? v[step.key] : undefined;
        if (child === undefined && c.wild) continue;
        next.push({ path: c.path ? `${c.path}.${step.key}` : step.key, value: child, wild: c.wild });
      } else if ('anyKey' in step) {
        if (!isObject(v)) continue;
        for (const [k, child] of Object.entries(v)) {
          if (child !== undefined) next.push({ path: c.path ? `${c.path}.${k}` : k, value: child, wild: true });
        }
      } else if ('index' in step) {
        const child = Array.isArray(v) ? v[step.index] : undefined;
        if (child === undefined && c.wild) continue;
        next.push({ path: `${c.path}[${step.index}]`, value: child, wild: c.wild });
      } else if (Array.isArray(v)) {
        v.forEach((child, i) => next.push({ path: `${c.path}[${i}]`, value: child, wild: true }));
      }
    }
    current = next;
  }
  return current.map(({ path, value }) => ({ path, value }));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A field's text values: a string is one, a list of strings is one per item. */
export function textItems(field: FieldValue): { path: string; text: string }[] {
  if (typeof field.value === 'string') return [{ path: field.path, text: field.value }];
  if (Array.isArray(field.value)) {
    return field.value.flatMap((item, i) => (typeof item === 'string' ? [{ path: `${field.path}[${i}]`, text: item }] : []));
  }
  return [];
}
