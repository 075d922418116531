import type { CoverageSkip } from '../model/coverage.js';
import type { Wording, Wordings } from '../model/wording.js';

/**
 * adlint's own notes about a run (a creative no rule checked, a file stopped at its time limit, a
 * text cut at its length limit), by message id, in every language: worded in the language of the
 * platforms concerned, so a creative checked only for Chinese platforms hears them in Chinese.
 */
export const RUN_MESSAGES = {
  'not-checked': {
    en: 'no {{platform}} rule checked this creative ({{rules}} skipped: {{reasons}})',
    zh: '没有一条{{platform_name}}规则检查了这个创意（{{rules}} 条都被跳过：{{reasons}}）',
  },
  stopped: {
    en: 'stopped after {{seconds}} s (max_file_seconds): this creative and the ones after it were not checked',
    zh: '已检查 {{seconds}} 秒（max_file_seconds），停止检查：这个创意及其后的创意未检查',
  },
  'text-cut': {
    en: '{{field}} is {{length}} characters; only the first {{limit}} were checked (max_text_length)',
    zh: '{{field}} 有 {{length}} 个字符，只检查了前 {{limit}} 个（max_text_length）',
  },
} as const satisfies Wordings;

/** How a coverage note words each reason a rule was skipped (`3 for other placements`, `3 条用于其他版位`). */
export const SKIP_WORDS: Record<CoverageSkip, Wording> = {
  placement: { en: 'for other placements', zh: '用于其他版位' },
  category: { en: 'for other categories', zh: '用于其他类别' },
  special_ad_category: { en: 'for other special ad categories', zh: '用于其他特殊广告类别' },
  locale: { en: 'for other locales', zh: '用于其他语言区域' },
  country: { en: 'for other countries', zh: '用于其他国家/地区' },
  off: { en: 'switched off', zh: '已关闭' },
  field: { en: 'with nothing to check in their fields', zh: '所查字段没有内容' },
};
