import { measure, offsetAfter, type LengthUnit } from '../text/units.js';
import { textItems } from '../engine/fields.js';
import type { CheckType, Report } from './types.js';

interface LengthParams {
  min?: number;
  max?: number;
  unit?: LengthUnit;
}

const UNIT_NAMES: Record<LengthUnit, string> = {
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
    },
    anyOf: [{ required: ['min'] }, { required: ['max'] }],
  },
  compile(params, rule) {
    const unit = params.unit ?? 'chars';
    const { min, max } = params;
    if (min !== undefined && max !== undefined && min > max) rule.fail(`min (${min}) is greater than max (${max})`, ['min']);
    return ({ fields }) => {
      const reports: Report[] = [];
      for (const field of fields) {
        for (const { path, text } of textItems(field)) {
          const actual = measure(text, unit);
          const data = { actual, unit: UNIT_NAMES[unit], min: min ?? 0, max: max ?? Infinity, over: 0, under: 0 };
          if (max !== undefined && actual > max) {
            // Point at the characters past the limit: exactly what must go.
            reports.push({ field: path, range: [offsetAfter(text, unit, max), text.length], data: { ...data, max, over: actual - max } });
          } else if (min !== undefined && actual < min) {
            reports.push({ field: path, data: { ...data, min, under: min - actual } });
          }
        }
      }
      return reports;
    };
  },
};
