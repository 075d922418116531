import { textItems } from '../model/fields.js';
import type { CheckType, Report } from '../model/check.js';

interface CapitalizationParams {
  /** Words written as they must be: acronyms, brands, coupon codes (`ASAP`, `USA`, `iPhone`). */
  allow?: string[];
  /** ALL CAPS words shorter than this (in letters) are not reported. */
  min_length?: number;
  /** Report gimmicky mixed case (`FlOwErS`). */
  mixed_case?: boolean;
  /** Offer the Title Case spelling as an automatic fix rather than a suggestion. */
  title_case_fix?: boolean;
}

// Letters, marks, digits and in-word apostrophes: one word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

function toTitle(word: string): string {
  const [first = '', ...rest] = word;
  return first.toUpperCase() + rest.join('').toLowerCase();
}

/** Lower-to-upper changes inside a word: `FlOwErS` has 3, `iPhone` and `McDonald` 1. */
function caseSwitches(word: string): number {
  let n = 0;
  let prevLower = false;
  for (const ch of word) {
    const upper = ch !== ch.toLowerCase();
    const lower = ch !== ch.toUpperCase();
    if (upper && prevLower) n++;
    prevLower = lower;
  }
  return n;
}

/** Excessive capitalization as ad platforms define it: ALL CAPS words and gimmicky MiXeD case. */
export const capitalizationCheck: CheckType<CapitalizationParams> = {
  id: 'capitalization',
  description: 'Words in ALL CAPS (beyond allowed acronyms and brands) and gimmicky mixed case; Title Case offered as the fix or suggestion.',
  category: 'capitalization',
  paramsSchema: {
    properties: {
      allow: { type: 'array', items: { type: 'string', minLength: 1 } },
      min_length: { type: 'integer', minimum: 2 },
      mixed_case: { type: 'boolean' },
      title_case_fix: { type: 'boolean' },
    },
  },
  compile(params) {
    const allow = new Set(params.allow ?? []);
    const minLength = params.min_length ?? 3;
    const mixed = params.mixed_case ?? true;
    return ({ fields }) => {
      const reports: Report[] = [];
      for (const field of fields) {
        for (const { path, text } of textItems(field)) {
          for (const m of text.matchAll(WORD)) {
            const word = m[0];
            if (allow.has(word)) continue;
            const letters = [...word].filter((c) => c.toLowerCase() !== c.toUpperCase());
            const allCaps = letters.length >= minLength && letters.every((c) => c !== c.toLowerCase());
            const gimmicky = mixed && caseSwitches(word) >= 2;
            if (!allCaps && !gimmicky) continue;
            const range: [number, number] = [m.index, m.index + word.length];
            const title = toTitle(word);
            const edit = { range, text: title };
            reports.push({
              field: path,
              range,
              data: { word, found: word, kind: allCaps ? 'all caps' : 'mixed case', suggestion: title },
              ...(params.title_case_fix ? { fix: edit } : { suggestions: [{ desc: `Write "${title}"`, edit }] }),
            });
          }
        }
      }
      return reports;
    };
  },
};
