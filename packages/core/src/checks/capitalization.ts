import { textItems } from '../model/fields.js';
import type { CheckType, Report } from '../model/check.js';
import type { Language } from '../model/wording.js';
import { writeLabel } from './suggestion-labels.js';
import { capsKind } from '../text/initialisms.js';

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

/** Capitals then two or more small letters (`RUNning`); plural initialisms (`LEDs`, `MHz`) have one. */
const SHOUTED_START = /^\p{Lu}{2,}\p{Ll}{2,}/u;

interface Flagged {
  start: number;
  end: number;
  word: string;
  kind: 'all caps' | 'mixed case';
}

/**
 * Excessive capitalization as ad platforms define it: ALL CAPS words and gimmicky MiXeD case.
 * Initialisms are not shouting, and which token is one comes from the English dictionary
 * (text/initialisms.ts), not a hand list: NASA, SPF, LED and HDMI are spelled in capitals there;
 * a short token that is no English word (HDR, OLED, UPF) is an abbreviation or code; a token with
 * digits is a model code (USB3, MP3); a token that is both (NOW, PRO, LED) is shouting only next
 * to a shouted word ("SHOP NOW", not "LED lights"). Platforms judge the whole field, so each
 * text value is one finding naming its words, with one fix that rewrites them all.
 */
export const capitalizationCheck: CheckType<CapitalizationParams> = {
  id: 'capitalization',
  description: 'Words in ALL CAPS (initialisms told apart with the English dictionary, plus allowed brands) and gimmicky mixed case: one finding per text naming its words, Title Case as the fix or suggestion.',
  category: 'capitalization',
  messages: { capitalization: { en: '"{{found}}" uses {{kind}}; write "{{suggestion}}"', zh: '“{{found}}”的大小写不规范，请写作“{{suggestion}}”' } },
  paramsSchema: {
    properties: {
      allow: { type: 'array', items: { type: 'string', minLength: 1 } },
      min_length: { type: 'integer', minimum: 2 },
      mixed_case: { type: 'boolean' },
      title_case_fix: { type: 'boolean' },
    },
  },
  compile(params, { language }) {
    const allow = new Set(params.allow ?? []);
    const minLength = params.min_length ?? 3;
    const mixed = params.mixed_case ?? true;
    return ({ fields }) => {
      const reports: Report[] = [];
      for (const field of fields) {
        for (const { path, text } of textItems(field)) {
          // Every word in order, so an ambiguous one can be judged by its neighbours.
          const tokens: (Flagged & { state: 'shout' | 'ambiguous' | 'mixed' | 'ok' })[] = [];
          for (const m of text.matchAll(WORD)) {
            const word = m[0];
            const at = { start: m.index, end: m.index + word.length, word, kind: 'all caps' as const };
            const letters = [...word].filter((c) => c.toLowerCase() !== c.toUpperCase());
            const allCaps = letters.length >= minLength && letters.every((c) => c !== c.toLowerCase());
            if (allow.has(word) || (allCaps && /\p{N}/u.test(word))) tokens.push({ ...at, state: 'ok' });
            else if (allCaps) {
              const kind = capsKind(letters.join(''));
              tokens.push({ ...at, state: kind === 'word' ? 'shout' : kind === 'ambiguous' ? 'ambiguous' : 'ok' });
            } else if (mixed && (caseSwitches(word) >= 2 || SHOUTED_START.test(word))) tokens.push({ ...at, kind: 'mixed case', state: 'mixed' });
            else tokens.push({ ...at, state: 'ok' });
          }
          // An ambiguous word (NOW, PRO) shouts next to a shouted word ("SHOP NOW"), not alone ("LED lights").
          for (let changed = true; changed; ) {
            changed = false;
            tokens.forEach((t, i) => {
              if (t.state === 'ambiguous' && (tokens[i - 1]?.state === 'shout' || tokens[i + 1]?.state === 'shout')) {
                t.state = 'shout';
                changed = true;
              }
            });
          }
          const flagged: Flagged[] = tokens.filter((t) => t.state === 'shout' || t.state === 'mixed').map(({ start, end, word, kind }) => ({ start, end, word, kind }));
          if (flagged.length === 0) continue;
          reports.push(report(path, text, flagged, params.title_case_fix === true, language));
        }
      }
      return reports;
    };
  },
};

function report(path: string, text: string, flagged: Flagged[], asFix: boolean, language: Language): Report {
  const start = flagged[0]!.start;
  const end = flagged[flagged.length - 1]!.end;
  let suggestion = '';
  let at = start;
  for (const f of flagged) {
    suggestion += text.slice(at, f.start) + toTitle(f.word);
    at = f.end;
  }
  const range: [number, number] = [start, end];
  const edit = { range, text: suggestion };
  const kinds = [...new Set(flagged.map((f) => f.kind))];
  const words = flagged.map((f) => f.word);
  return {
    field: path,
    range,
    data: { word: words[0]!, words: words.join(', '), found: words.join(', '), count: words.length, kind: kinds.join(' and '), suggestion },
    ...(asFix ? { fix: edit } : { suggestions: [{ desc: writeLabel(suggestion, language), edit }] }),
  };
}
