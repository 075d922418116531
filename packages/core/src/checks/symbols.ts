import { textItems } from '../model/fields.js';
import type { CheckType, Report } from '../model/check.js';

interface SymbolsParams {
  /** Characters not allowed (code points), e.g. Amazon titles: `!$?_{}^¬¦`. */
  forbid?: string;
  /** `forbid`: no emoji at all; `allow` (default): emoji limited only by `max_emoji`. */
  emoji?: 'allow' | 'forbid';
  max_emoji?: number;
}

/**
 * Emoji as Unicode's RGI set (`\p{RGI_Emoji}`, ZWJ families, flags and keycaps as one emoji),
 * built into V8 with the `v` flag since Node 20: the same data the emoji-regex package compiles,
 * with no dependency to keep current. Built with `new RegExp` because TypeScript's ES2022 target
 * does not know the `v` flag. Built on first use: constructing it costs ~9 ms, paid by every
 * start-up (a pre-commit hook) when it sat at module top level.
 */
let emojiPattern: RegExp | undefined;
/**
 * Every RGI emoji holds one of these: a pictograph, a regional indicator (flags), a skin tone or
 * the keycap mark (checked for every code point, alone and with U+FE0F or U+20E3). A text with
 * none has no emoji, and this small class costs nothing to compile.
 */
const MAY_HOLD_EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u20E3]/u;
const emojiRegExp = (): RegExp => (emojiPattern ??= new RegExp('\\p{RGI_Emoji}', 'gv'));

/** Character-set rules: forbidden characters, and emoji forbidden or limited in number. */
export const symbolsCheck: CheckType<SymbolsParams> = {
  id: 'symbols',
  description: 'Forbidden characters, and emoji forbidden or limited to a maximum count.',
  category: 'symbols',
  messages: {
    forbidden: { en: '"{{found}}" is not allowed', zh: '不得使用“{{found}}”' },
    emoji: { en: '{{count}} emoji; at most {{max}} allowed', zh: '共 {{count}} 个表情符号，最多 {{max}} 个' },
  },
  paramsSchema: {
    properties: {
      forbid: { type: 'string', minLength: 1 },
      emoji: { enum: ['allow', 'forbid'] },
      max_emoji: { type: 'integer', minimum: 0 },
    },
    anyOf: [{ required: ['forbid'] }, { required: ['emoji'] }, { required: ['max_emoji'] }],
  },
  compile(params, rule) {
    if (params.emoji === 'forbid' && params.max_emoji !== undefined) rule.fail('`max_emoji` means nothing when emoji are forbidden', ['max_emoji']);
    const forbid = new Set(params.forbid ?? '');
    const maxEmoji = params.emoji === 'forbid' ? 0 : params.max_emoji;
    return ({ fields }) => {
      const reports: Report[] = [];
      for (const field of fields) {
        for (const { path, text } of textItems(field)) {
          if (forbid.size) {
            let i = 0;
            for (const ch of text) {
              if (forbid.has(ch)) reports.push({ field: path, range: [i, i + ch.length], messageId: 'forbidden', data: { found: ch, kind: 'forbidden' } });
              i += ch.length;
            }
          }
          if (maxEmoji !== undefined) {
            // Only a text that may hold an emoji pays for compiling the property regex (~30 ms): Chinese copy is not ASCII.
            const emoji = MAY_HOLD_EMOJI.test(text) ? [...text.matchAll(emojiRegExp())] : [];
            // Every emoji past the limit is reported, each at its own characters.
            for (const m of emoji.slice(maxEmoji)) {
              reports.push({ field: path, range: [m.index, m.index + m[0].length], messageId: 'emoji', data: { found: m[0], kind: 'emoji', count: emoji.length, max: maxEmoji } });
            }
          }
        }
      }
      return reports;
    };
  },
};
