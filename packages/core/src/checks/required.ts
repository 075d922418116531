import type { CheckType, Report } from '../model/check.js';

/** The field must be present and not empty (a blank string or an empty list counts as empty). */
export const requiredCheck: CheckType<Record<string, never>> = {
  id: 'required',
  description: 'The field must be present and non-empty.',
  category: 'required',
  messages: { required: { en: '{{field}} is missing or empty', zh: '缺少 {{field}} 或内容为空' } },
  paramsSchema: { properties: {} },
  compile() {
    return ({ fields }) => {
      const reports: Report[] = [];
      for (const field of fields) {
        if (isEmpty(field.value)) reports.push({ field: field.path, data: { field: field.path } });
      }
      return reports;
    };
  },
};

export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0 || value.every(isEmpty);
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}
