import { textItems } from '../model/fields.js';
import { compilePattern, patternParamsSchema, type PatternParams } from '../matchers/pattern.js';
import type { CheckType, Report } from '../model/check.js';

/** Text that must not appear, as a regular expression (phone numbers, emails, "click here"). */
export const patternCheck: CheckType<PatternParams> = {
  id: 'pattern',
  description: 'Forbidden text matched by a regular expression, guarded against catastrophic backtracking; named groups feed the message.',
  category: 'pattern',
  messages: { pattern: { en: '"{{found}}" is not allowed', zh: '不得出现“{{found}}”' } },
  paramsSchema: { properties: patternParamsSchema, required: ['pattern'] },
  compile(params, rule) {
    const pattern = compilePattern(params, rule);
    return ({ fields }) => {
      const reports: Report[] = [];
      for (const field of fields) {
        for (const { path, text } of textItems(field)) {
          for (const hit of pattern.find(text)) {
            reports.push({ field: path, range: [hit.start, hit.end], data: { ...hit.groups, match: hit.match, found: hit.match } });
          }
        }
      }
      return reports;
    };
  },
};
