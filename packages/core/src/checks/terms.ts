import { textItems } from '../model/fields.js';
import { compileTerms, termsParamsSchema, type TermsParams } from '../matchers/term-sources.js';
import { matchCase } from '../matchers/terms.js';
import type { CheckType, Report } from '../model/check.js';
import { replaceLabel } from './suggestion-labels.js';

/** Banned or discouraged terms from inline lists and lexicon files, found in one pass per text. */
export const termsCheck: CheckType<TermsParams> = {
  id: 'terms',
  description: 'Banned or discouraged terms and phrases (inline or from lexicon files): case-, width- and evasion-insensitive, CJK-aware, with exceptions and replacements.',
  category: 'claim',
  messages: { terms: { en: '"{{found}}" is not allowed', zh: '不得使用“{{found}}”' } },
  paramsSchema: {
    properties: termsParamsSchema,
    anyOf: [{ required: ['terms'] }, { required: ['lexicon'] }],
  },
  compile(params, rule) {
    const terms = compileTerms(params, rule);
    return ({ fields }) => {
      const reports: Report[] = [];
      for (const field of fields) {
        for (const { path, text } of textItems(field)) {
          for (const hit of terms.find(text)) {
            const found = text.slice(hit.start, hit.end);
            const range: [number, number] = [hit.start, hit.end];
            const { entry } = hit;
            const report: Report = {
              field: path,
              range,
              data: { term: entry.term, found, replacement: entry.replacement ?? entry.suggestions?.join(', ') ?? '', note: entry.note ?? '' },
            };
            if (entry.replacement !== undefined) report.fix = { range, text: matchCase(entry.replacement, found) };
            if (entry.suggestions) {
              report.suggestions = entry.suggestions.map((s) => {
                const replacement = matchCase(s, found);
                return { desc: replaceLabel(found, replacement, rule.language), edit: { range, text: replacement } };
              });
            }
            reports.push(report);
          }
        }
      }
      return reports;
    };
  },
};
