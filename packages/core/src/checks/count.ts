import type { CheckType, Report } from '../model/check.js';

interface CountParams {
  min?: number;
  max?: number;
  /** Count only the list's items whose `role` is one of these (`media` entries per role). */
  roles?: string[];
}

/** Whether a list item is an object whose `role` is listed (case-insensitive, as `applies.roles`). */
function hasRole(item: unknown, roles: readonly string[]): boolean {
  const role = typeof item === 'object' && item !== null ? (item as { role?: unknown }).role : undefined;
  return typeof role === 'string' && roles.some((r) => r.toLowerCase() === role.toLowerCase());
}

/**
 * Number of items in a list field (a string counts as one, a missing field as none). With
 * `roles`, only the items of those roles count: a parameter rather than a selector filter, so
 * the field-selector grammar stays paths and wildcards, and `media` still resolves to one list
 * whose count can be zero.
 */
export const countCheck: CheckType<CountParams> = {
  id: 'count',
  description: 'Minimum and maximum number of items in a list field (headlines, bullets, images), optionally only the items of some roles.',
  category: 'count',
  messages: {
    'too-many': { en: '{{actual}} items; the maximum is {{max}} (remove {{over}})', zh: '共 {{actual}} 项，最多 {{max}} 项，请删掉 {{over}} 项' },
    'too-few': { en: '{{actual}} items; the minimum is {{min}} (add {{under}})', zh: '只有 {{actual}} 项，至少须有 {{min}} 项，请补充 {{under}} 项' },
  },
  paramsSchema: {
    properties: {
      min: { type: 'integer', minimum: 0 },
      max: { type: 'integer', minimum: 0 },
      roles: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    },
    anyOf: [{ required: ['min'] }, { required: ['max'] }],
  },
  compile(params, rule) {
    const { min, max, roles } = params;
    if (min !== undefined && max !== undefined && min > max) rule.fail(`min (${min}) is greater than max (${max})`, ['min']);
    return ({ fields }) => {
      const reports: Report[] = [];
      for (const field of fields) {
        const items = Array.isArray(field.value) ? field.value : field.value === undefined || field.value === null ? [] : [field.value];
        // Indices into the list of the items that count, so a report can point at one of them.
        const counted = items.flatMap((item, i) => (!roles || hasRole(item, roles) ? [i] : []));
        const actual = counted.length;
        const data = { actual, min: min ?? 0, max: max ?? Infinity, ...(roles && { roles: roles.join(', ') }) };
        if (max !== undefined && actual > max) {
          // The first counted item past the limit is where the list goes wrong.
          reports.push({ field: Array.isArray(field.value) ? `${field.path}[${counted[max]}]` : field.path, messageId: 'too-many', data: { ...data, max, over: actual - max } });
        } else if (min !== undefined && actual < min) {
          reports.push({ field: field.path, messageId: 'too-few', data: { ...data, min, under: min - actual } });
        }
      }
      return reports;
    };
  },
};
