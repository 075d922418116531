import { textItems } from '../model/fields.js';
import type { CheckType, Report } from '../model/check.js';

interface PunctuationParams {
  /** Report runs of two or more of these characters (`!!`, `?!`); `true` means `!?`. */
  repeated?: boolean | string;
  /** Characters not allowed at all in the field (e.g. `!` in a headline). */
  forbid?: string;
  /** Report spaces before `, . ! ? ; :` (English typography). */
  space_before?: boolean;
  /** Report brackets and quotes left unclosed or closed without being opened. */
  balanced?: boolean;
}

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '（': '）', '【': '】', '〈': '〉' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));

/** Fullwidth `！` repeats like `!`: characters are compared after NFKC. */
const fold = (c: string): string => c.normalize('NFKC');

function repeatedRuns(text: string, set: Set<string>, report: (start: number, end: number, found: string) => void): void {
  let i = 0;
  while (i < text.length) {
    if (!set.has(fold(text[i]!))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && set.has(fold(text[j]!))) j++;
    if (j - i >= 2) report(i, j, text.slice(i, j));
    i = j;
  }
}

function unbalanced(text: string): number[] {
  const stack: number[] = [];
  const bad: number[] = [];
  let straightQuote = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      straightQuote = straightQuote === -1 ? i : -1;
    } else if (PAIRS[c]) {
      stack.push(i);
    } else if (CLOSERS.has(c)) {
      const open = stack[stack.length - 1];
      if (open !== undefined && PAIRS[text[open]!] === c) stack.pop();
      else bad.push(i);
    }
  }
  if (straightQuote !== -1) bad.push(straightQuote);
  return [...bad, ...stack].sort((a, b) => a - b);
}

/** Punctuation rules: repeated marks (with a fix collapsing them), forbidden marks, spaces before marks, unbalanced pairs. */
export const punctuationCheck: CheckType<PunctuationParams> = {
  id: 'punctuation',
  description: 'Repeated punctuation (fix: collapse), forbidden characters, spaces before punctuation (fix: remove), unbalanced brackets and quotes.',
  category: 'punctuation',
  messages: {
    repeated: { en: '"{{found}}": repeated punctuation', zh: '“{{found}}”：标点符号重复' },
    forbidden: { en: '"{{found}}" is not allowed here', zh: '此处不得使用“{{found}}”' },
    'space-before': { en: 'space before punctuation', zh: '标点符号前有多余的空格' },
    unbalanced: { en: '"{{found}}" is not closed or not opened', zh: '“{{found}}”没有配对' },
  },
  paramsSchema: {
    properties: {
      repeated: { anyOf: [{ type: 'boolean' }, { type: 'string', minLength: 1 }] },
      forbid: { type: 'string', minLength: 1 },
      space_before: { type: 'boolean' },
      balanced: { type: 'boolean' },
    },
    anyOf: [{ required: ['repeated'] }, { required: ['forbid'] }, { required: ['space_before'] }, { required: ['balanced'] }],
  },
  compile(params) {
    const repeated = params.repeated === true ? new Set(['!', '?']) : typeof params.repeated === 'string' ? new Set([...params.repeated].map(fold)) : null;
    const forbid = params.forbid ? new Set([...params.forbid].map(fold)) : null;
    return ({ fields }) => {
      const reports: Report[] = [];
      for (const field of fields) {
        for (const { path, text } of textItems(field)) {
          const at = (start: number, end: number, kind: 'repeated' | 'forbidden' | 'space before' | 'unbalanced', extra: Partial<Report> = {}): void => {
            reports.push({ field: path, range: [start, end], messageId: kind.replace(' ', '-'), data: { found: text.slice(start, end), kind }, ...extra });
          };
          if (repeated) {
            repeatedRuns(text, repeated, (s, e, found) => at(s, e, 'repeated', { fix: { range: [s, e], text: found[0]! } }));
          }
          if (forbid) {
            for (let i = 0; i < text.length; i++) if (forbid.has(fold(text[i]!))) at(i, i + 1, 'forbidden');
          }
          if (params.space_before) {
            for (const m of text.matchAll(/(?<=\S)[ \t]+(?=[,.!?;:](?:\s|$))/g)) at(m.index, m.index + m[0].length, 'space before', { fix: { range: [m.index, m.index + m[0].length], text: '' } });
          }
          if (params.balanced) for (const i of unbalanced(text)) at(i, i + 1, 'unbalanced');
        }
      }
      return reports;
    };
  },
};
