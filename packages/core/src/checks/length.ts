import { measure, measureWeighted, offsetAfter, offsetAfterWeighted, type LengthUnit, type Weights } from '../text/units.js';
import { textItems } from '../engine/fields.js';
import type { CheckType, Report } from './types.js';

export interface LengthParams {
  min?: number;
  max?: number;
  unit?: LengthUnit;
  /** Per-class weights of code points (unit `chars` only): `{ ascii: 0.5 }`, `{ wide: 2 }`. */
  weights?: Weights;
  /** Count without leading and trailing whitespace (platforms that trim on upload). */
  trim?: boolean;
  /** Each link (`https://…`, `http://…`, `www.…`) counts this many units whatever its length (X: 23). */
  url_length?: number;
}

// Links as X counts them (shortened to t.co): a scheme or `www.` start, up to whitespace, less
// trailing punctuation (the full stop after a link is text).
const LINK = /\b(?:https?:\/\/|www\.)\S*[^\s.,!?;:)\]'"]/giu;

/** The value cut into plain runs and links, each with its length: links weigh `urlLength`. */
function segments(text: string, urlLength: number, count: (t: string) => number): { start: number; end: number; units: number; link: boolean }[] {
  const out: { start: number; end: number; units: number; link: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(LINK)) {
    if (m.index > at) out.push({ start: at, end: m.index, units: count(text.slice(at, m.index)), link: false });
    out.push({ start: m.index, end: m.index + m[0].length, units: urlLength, link: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ start: at, end: text.length, units: count(text.slice(at)), link: false });
  return out;
}

export const UNIT_NAMES: Record<LengthUnit, string> = {
  chars: 'characters',
  graphemes: 'characters',
  width: 'width units',
  bytes: 'bytes',
  words: 'words',
};

/** min/max length of each text value (each item of a list field), in the unit the platform counts. */
export const lengthCheck: CheckType<LengthParams> = {
  id: 'length',
  description: 'Minimum and maximum length of each text value, counted in chars, graphemes, width (CJK = 2), bytes or words.',
  category: 'length',
  paramsSchema: {
    properties: {
      min: { type: 'integer', minimum: 0 },
      max: { type: 'integer', minimum: 0 },
      unit: { enum: ['chars', 'graphemes', 'width', 'bytes', 'words'] },
      weights: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: { ascii: { type: 'number', minimum: 0 }, wide: { type: 'number', minimum: 0 }, default: { type: 'number', minimum: 0 } },
      },
      trim: { type: 'boolean' },
      url_length: { type: 'integer', minimum: 1 },
    },
    anyOf: [{ required: ['min'] }, { required: ['max'] }],
  },
  compile(params, rule) {
    const unit = params.unit ?? 'chars';
    const { min, max } = params;
    if (min !== undefined && max !== undefined && min > max) rule.fail(`min (${min}) is greater than max (${max})`, ['min']);
    if (params.weights && unit !== 'chars') rule.fail('`weights` apply to unit `chars` only', ['weights']);
    return ({ fields }) => {
      const reports: Report[] = [];
      for (const field of fields) {
        for (const item of textItems(field)) {
          const { path } = item;
          const { actual, cut, end } = measureValue(params, item.text);
          const data = { actual, unit: UNIT_NAMES[unit], min: min ?? 0, max: max ?? Infinity, over: 0, under: 0 };
          if (cut !== null && max !== undefined) {
            // Point at the characters past the limit: exactly what must go.
            const over = Math.round((actual - max) * 100) / 100;
            reports.push({ field: path, range: [cut, end], data: { ...data, max, over } });
          } else if (min !== undefined && actual < min) {
            reports.push({ field: path, data: { ...data, min, under: Math.round((min - actual) * 100) / 100 } });
          }
        }
      }
      return reports;
    };
  },
};

/**
 * A value's length as a length rule counts it and, when it passes `max`, the UTF-16 offset in the
 * value where the part past the limit starts (`cut`) and where the counted text ends (`end`).
 * Exported so reports preview truncation exactly where the check cuts.
 */
export function measureValue(params: LengthParams, value: string): { actual: number; cut: number | null; end: number } {
  const unit = params.unit ?? 'chars';
  const { weights, max } = params;
  // Trimmed, offsets stay relative to the original value: `lead` is what the trim removed.
  const lead = params.trim ? value.length - value.trimStart().length : 0;
  const text = params.trim ? value.trim() : value;
  const count = (t: string): number => (weights ? measureWeighted(t, weights) : measure(t, unit));
  if (params.url_length !== undefined) return measureWithLinks(text, lead, params.url_length, count, (t, limit) => (weights ? offsetAfterWeighted(t, weights, limit) : offsetAfter(t, unit, limit)), max);
  const actual = count(text);
  if (max === undefined || actual <= max) return { actual, cut: null, end: lead + text.length };
  const at = weights ? offsetAfterWeighted(text, weights, max) : offsetAfter(text, unit, max);
  return { actual, cut: lead + at, end: lead + text.length };
}

/** Length with links counted as `urlLength`; a cut that falls in a link cuts before the link. */
function measureWithLinks(
  text: string,
  lead: number,
  urlLength: number,
  count: (t: string) => number,
  offsetIn: (t: string, limit: number) => number,
  max: number | undefined,
): { actual: number; cut: number | null; end: number } {
  const parts = segments(text, urlLength, count);
  const actual = Math.round(parts.reduce((n, p) => n + p.units, 0) * 100) / 100;
  if (max === undefined || actual <= max) return { actual, cut: null, end: lead + text.length };
  let used = 0;
  for (const p of parts) {
    if (used + p.units > max) {
      const at = p.link ? p.start : p.start + offsetIn(text.slice(p.start, p.end), max - used);
      return { actual, cut: lead + at, end: lead + text.length };
    }
    used += p.units;
  }
  return { actual, cut: lead + text.length, end: lead + text.length };
}
