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
 * does not know the `v` flag.
 */
const EMOJI = new RegExp('\\p{RGI_Emoji}', 'gv');
/**
 * Every RGI emoji holds a non-ASCII pictograph or emoji component (keycaps their U+FE0F U+20E3,
 * flags their regional indicators, ZWJ and tag sequences a pictograph): checked over every code
 * point, alone and with FE0F, 20E3, a skin tone or as a tag sequence. A text without one holds no
 * emoji, and is spared EMOJI, whose first use compiles for ~20 ms (a pre-commit hook's budget).
 */
const MAY_HOLD_EMOJI = /(?![\x00-\x7f])[\p{Extended_Pictographic}\p{Emoji_Component}]/u;

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
            // ASCII text holds no RGI emoji; skipping it spares compiling the property regex (~15 ms) in most runs.
            const emoji = MAY_HOLD_EMOJI.test(text) ? [...text.matchAll(EMOJI)] : [];
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
