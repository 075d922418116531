import { measureLength, type LengthUnit, type Weights } from '../text/units.js';
import { textItems } from '../model/fields.js';
import type { CheckType, Report } from '../model/check.js';
import type { Language, Wording } from '../model/wording.js';

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

/** How messages name each unit (`{{unit}}`). */
export const UNIT_NAMES: Record<LengthUnit, Wording> = {
  chars: { en: 'characters', zh: '个字符' },
  graphemes: { en: 'characters', zh: '个字符' },
  width: { en: 'width units', zh: '个宽度单位' },
  bytes: { en: 'bytes', zh: '字节' },
  words: { en: 'words', zh: '个词' },
};

const unitName = (unit: LengthUnit, language: Language): string => UNIT_NAMES[unit][language];

/** min/max length of each text value (each item of a list field), in the unit the platform counts. */
export const lengthCheck: CheckType<LengthParams> = {
  id: 'length',
  description: 'Minimum and maximum length of each text value, counted in chars, graphemes, width (CJK = 2), bytes or words.',
  category: 'length',
  messages: {
    'too-long': { en: '{{actual}} {{unit}}; the maximum is {{max}} (cut {{over}})', zh: '共 {{actual}} {{unit}}，上限为 {{max}}，请删掉 {{over}}' },
    'too-short': { en: '{{actual}} {{unit}}; the minimum is {{min}} (add {{under}})', zh: '只有 {{actual}} {{unit}}，至少须为 {{min}}，请补充 {{under}}' },
  },
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
  preview: {
    limit: (params, text) => (params.max === undefined ? null : { max: params.max, unit: unitName(params.unit ?? 'chars', 'en'), ...measureLength(params, text) }),
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
          const { actual, cut, end } = measureLength(params, item.text);
          const data = { actual, unit: unitName(unit, rule.language), min: min ?? 0, max: max ?? Infinity, over: 0, under: 0 };
          if (cut !== null && max !== undefined) {
            // Point at the characters past the limit: exactly what must go.
            const over = Math.round((actual - max) * 100) / 100;
            reports.push({ field: path, range: [cut, end], messageId: 'too-long', data: { ...data, max, over } });
          } else if (min !== undefined && actual < min) {
            reports.push({ field: path, messageId: 'too-short', data: { ...data, min, under: Math.round((min - actual) * 100) / 100 } });
          }
        }
      }
      return reports;
    };
  },
};
