import { textItems } from '../model/fields.js';
import { isEnglishWord } from '../text/english-words.js';
import type { CheckType, Report } from '../model/check.js';
import { writeLabel } from './suggestion-labels.js';

interface SubstitutionParams {
  /** Tokens written as they must be: brands and model names (`7UP`, `B4U`). */
  allow?: string[];
}

/** Digits and symbols and the letters they look like: `fl@wers`, `S@le`, `f1owers`, `t1me`, `FR33`. */
const LOOK_ALIKE: Record<string, string[]> = {
  '0': ['o'], '1': ['l', 'i'], '3': ['e'], '4': ['a'], '5': ['s'], '7': ['t'], '8': ['b'], '9': ['g'],
  '@': ['a', 'o'], $: ['s'], '!': ['i'], '|': ['l', 'i'],
};

// A run of letters, digits and look-alike symbols; other punctuation and spaces end it.
const TOKEN = /[\p{L}\p{N}@$!|]+/gu;

/** Every plain reading of the token (a few: most look-alikes read one way). */
function readings(token: string): string[] {
  let out = [''];
  for (const ch of token.toLowerCase()) {
    const as = LOOK_ALIKE[ch] ?? [ch];
    out = out.flatMap((prefix) => as.map((a) => prefix + a));
    if (out.length > 16) return out;
  }
  return out;
}

/** The spelling with letters in the token's case pattern: `FR33` → `FREE`, `fl@wers` → `flowers`. */
function withCase(token: string, word: string): string {
  const letters = [...token].filter((c) => c.toLowerCase() !== c.toUpperCase());
  const upper = letters.length > 0 && letters.every((c) => c === c.toUpperCase());
  if (upper) return word.toUpperCase();
  return token[0] === token[0]?.toUpperCase() && /\p{L}/u.test(token[0] ?? '') ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/**
 * Character substitution as Google's editorial policy names it (`fl@wers`, `f1owers`) and sellers
 * write it (`FR33`, `S@le`, `B3ST`): a token of letters and look-alike digits or symbols that reads
 * as an English word once they are read as letters, while the token itself is no word. The
 * dictionary decides, so model codes (`A7III`, `MP3`, `XR77`), prices, versions and emails pass.
 */
export const substitutionCheck: CheckType<SubstitutionParams> = {
  id: 'substitution',
  description: 'Letters replaced by look-alike digits or symbols (fl@wers, f1owers, FR33, S@le) where the plain spelling is an English word; codes, prices and versions pass.',
  category: 'symbols',
  messages: { substitution: { en: '"{{found}}" spells a word with look-alike characters; write "{{suggestion}}"', zh: '“{{found}}”用形似的数字或符号代替字母，请写作“{{suggestion}}”' } },
  paramsSchema: { properties: { allow: { type: 'array', items: { type: 'string', minLength: 1 } } } },
  compile(params, rule) {
    const allow = new Set((params.allow ?? []).map((a) => a.toLowerCase()));
    return ({ fields }) => {
      const reports: Report[] = [];
      for (const field of fields) {
        for (const { path, text } of textItems(field)) {
          for (const m of text.matchAll(TOKEN)) {
            // Exclamation marks around a word are punctuation, not letters (`S@le!`, `!!`).
            const lead = /^!*/.exec(m[0])![0].length;
            const token = m[0].slice(lead).replace(/!+$/, '');
            const start = m.index + lead;
            const letters = [...token].filter((c) => /\p{L}/u.test(c)).length;
            const swaps = [...token].filter((c) => LOOK_ALIKE[c] !== undefined).length;
            if (swaps === 0 || letters < 2 || letters < swaps || allow.has(token.toLowerCase())) continue;
            // Digits that look like no letter (`B2B`, `H264`) make a code, not a spelling.
            if (/[^\p{L}0134579@$!|8]/u.test(token)) continue;
            // An email or handle is an address, not a word.
            if (token.includes('@') && (text[start + token.length] === '.' || token.startsWith('@'))) continue;
            if (isEnglishWord(token.toLowerCase())) continue;
            const word = readings(token).find((w) => isEnglishWord(w));
            if (!word) continue;
            const range: [number, number] = [start, start + token.length];
            const suggestion = withCase(token, word);
            reports.push({ field: path, range, data: { found: token, suggestion }, suggestions: [{ desc: writeLabel(suggestion, rule.language), edit: { range, text: suggestion } }] });
          }
        }
      }
      return reports;
    };
  },
};
