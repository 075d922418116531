import { textItems } from '../model/fields.js';
import type { CheckType, Report } from '../model/check.js';

interface WhitespaceParams {
  double_spaces?: boolean;
  /** Leading and trailing whitespace. */
  edges?: boolean;
  tabs?: boolean;
}

/** Stray whitespace, each with a mechanical fix: collapse runs, trim edges, tabs to spaces. Every kind is on unless set false. */
export const whitespaceCheck: CheckType<WhitespaceParams> = {
  id: 'whitespace',
  description: 'Double spaces (fix: one space), leading/trailing whitespace (fix: trim), tabs (fix: a space).',
  category: 'whitespace',
  messages: {
    leading: { en: 'leading whitespace', zh: '开头有多余的空白' },
    trailing: { en: 'trailing whitespace', zh: '结尾有多余的空白' },
    'double-space': { en: 'double space', zh: '连续多个空格' },
    tab: { en: 'tab character', zh: '含有制表符' },
  },
  paramsSchema: {
    properties: { double_spaces: { type: 'boolean' }, edges: { type: 'boolean' }, tabs: { type: 'boolean' } },
  },
  compile(params) {
    const { double_spaces = true, edges = true, tabs = true } = params;
    return ({ fields }) => {
      const reports: Report[] = [];
      for (const field of fields) {
        for (const { path, text } of textItems(field)) {
          const add = (start: number, end: number, kind: 'leading' | 'trailing' | 'double space' | 'tab', replacement: string): void => {
            reports.push({ field: path, range: [start, end], messageId: kind.replace(' ', '-'), data: { kind, found: text.slice(start, end) }, fix: { range: [start, end], text: replacement } });
          };
          const lead = edges ? text.length - text.trimStart().length : 0;
          const trail = edges && text.trim() ? text.length - text.trimEnd().length : 0;
          if (lead) add(0, lead, 'leading', '');
          if (trail) add(text.length - trail, text.length, 'trailing', '');
          const inner = text.slice(lead, text.length - trail);
          if (double_spaces) {
            for (const m of inner.matchAll(/[ \u00a0]{2,}/g)) add(lead + m.index, lead + m.index + m[0].length, 'double space', ' ');
          }
          if (tabs) {
            for (const m of inner.matchAll(/\t/g)) add(lead + m.index, lead + m.index + 1, 'tab', ' ');
          }
        }
      }
      return reports;
    };
  },
};
