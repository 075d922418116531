import type { CheckType, Report } from './types.js';

interface CountParams {
  min?: number;
  max?: number;
}

/** Number of items in a list field (a string counts as one, a missing field as none). */
export const countCheck: CheckType<CountParams> = {
  id: 'count',
  description: 'Minimum and maximum number of items in a list field (headlines, bullets, images).',
  category: 'count',
  paramsSchema: {
    properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } },
    anyOf: [{ required: ['min'] }, { required: ['max'] }],
  },
  compile(params, rule) {
    const { min, max } = params;
    if (min !== undefined && max !== undefined && min > max) rule.fail(`min (${min}) is greater than max (${max})`, ['min']);
    return ({ fields }) => {
      const reports: Report[] = [];
      for (const field of fields) {
        const actual = Array.isArray(field.value) ? field.value.length : field.value === undefined || field.value === null ? 0 : 1;
        const data = { actual, min: min ?? 0, max: max ?? Infinity };
        if (max !== undefined && actual > max) {
          // The first item past the limit is where the list goes wrong.
          reports.push({ field: Array.isArray(field.value) ? `${field.path}[${max}]` : field.path, data: { ...data, max, over: actual - max } });
        } else if (min !== undefined && actual < min) {
          reports.push({ field: field.path, data: { ...data, min, under: min - actual } });
        }
      }
      return reports;
    };
  },
};
