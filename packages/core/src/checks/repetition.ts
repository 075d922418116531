import { textItems } from '../model/fields.js';
import type { CheckType, FieldValue, Report } from '../model/check.js';

interface RepetitionParams {
  /** A word may appear at most this many times in one text. */
  max?: number;
  /** Words that may repeat freely; English articles, prepositions and conjunctions by default. */
  exempt?: string[];
  /** No two items of a list field may be the same (case and spacing ignored). */
  unique_items?: boolean;
}

// Amazon's title rule exempts prepositions, articles and conjunctions.
const ENGLISH_FUNCTION_WORDS = [
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'for', 'of', 'in', 'on', 'at', 'to', 'by',
  'with', 'from', 'into', 'onto', 'over', 'under', 'up', 'as', 'per', 'via', 'vs', 'x', '&',
];

let wordSegmenter: Intl.Segmenter | undefined;

const normalize = (s: string): string => s.normalize('NFKC').toLowerCase();

function repeatedWords(path: string, text: string, max: number, exempt: Set<string>): Report[] {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const counts = new Map<string, number>();
  const reports: Report[] = [];
  for (const s of wordSegmenter.segment(text)) {
    if (!s.isWordLike) continue;
    const word = normalize(s.segment);
    if (exempt.has(word)) continue;
    const n = (counts.get(word) ?? 0) + 1;
    counts.set(word, n);
    // Reported once per word, at the first occurrence past the limit.
    if (n === max + 1) reports.push({ field: path, range: [s.index, s.index + s.segment.length], messageId: 'repeated-word', data: { word: s.segment, found: s.segment, max } });
  }
  for (const r of reports) r.data!.count = counts.get(normalize(String(r.data!.word)))!;
  return reports;
}

function duplicateItems(field: FieldValue): Report[] {
  if (!Array.isArray(field.value)) return [];
  const first = new Map<string, number>();
  const reports: Report[] = [];
  field.value.forEach((item, i) => {
    if (typeof item !== 'string' || !item.trim()) return;
    const key = normalize(item).replace(/\s+/g, ' ').trim();
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else reports.push({ field: `${field.path}[${i}]`, messageId: 'duplicate-item', data: { found: item, first: `${field.path}[${seen}]` } });
  });
  return reports;
}

/** Repeated words within a text, and duplicate items across a list field. */
export const repetitionCheck: CheckType<RepetitionParams> = {
  id: 'repetition',
  description: 'A word repeated more than `max` times in a text (function words exempt), or the same item twice in a list field.',
  category: 'repetition',
  messages: {
    'repeated-word': { en: '"{{word}}" appears {{count}} times; at most {{max}} allowed', zh: '“{{word}}”出现了 {{count}} 次，最多 {{max}} 次' },
    'duplicate-item': { en: '"{{found}}" repeats {{first}}', zh: '“{{found}}”与 {{first}} 重复' },
  },
  paramsSchema: {
    properties: {
      max: { type: 'integer', minimum: 1 },
      exempt: { type: 'array', items: { type: 'string', minLength: 1 } },
      unique_items: { type: 'boolean' },
    },
    anyOf: [{ required: ['max'] }, { required: ['unique_items'] }],
  },
  compile(params) {
    const exempt = new Set((params.exempt ?? ENGLISH_FUNCTION_WORDS).map(normalize));
    return ({ fields }) => {
      const reports: Report[] = [];
      for (const field of fields) {
        if (params.unique_items) reports.push(...duplicateItems(field));
        if (params.max !== undefined) {
          for (const { path, text } of textItems(field)) reports.push(...repeatedWords(path, text, params.max, exempt));
        }
      }
      return reports;
    };
  },
};
