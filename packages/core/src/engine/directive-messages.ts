import type { Wordings } from '../model/wording.js';

/**
 * What adlint says about the `adlint-disable…` comments in a file, by message id, in every
 * language: worded in the language of the platforms the file is checked for, as its other notes.
 * Directive names and rule ids are code and stay as written.
 */
export const DIRECTIVE_MESSAGES = {
  'unknown-directive': {
    en: 'unknown directive "{{directive}}"; expected one of: {{kinds}}',
    zh: '未知的指令 `{{directive}}`；应为以下之一：{{kinds}}',
  },
  'unknown-rule': {
    en: '{{directive}} names unknown rule "{{rule}}" (expected <pack>/<rule>)',
    zh: '`{{directive}}` 中的规则 `{{rule}}` 不存在（应写成 <规则包>/<规则>，如 oceanengine/title-length）',
  },
  'empty-reason': {
    en: '{{directive}}: nothing after "--"; write why the rule is silenced here (e.g. "-- clinical study on file, ref 2026-014")',
    zh: '`{{directive}}`：“--” 后面没有写原因；请写明这里为什么关闭规则（如 “-- 已备案临床试验报告，编号 2026-014”）',
  },
  'reason-required': {
    en: '{{directive}} needs a reason (requireDisableReason): add " -- why" after the rule ids',
    zh: '`{{directive}}` 需要写明原因（requireDisableReason）：请在规则 id 后加上 “-- 原因”',
  },
  unused: {
    en: 'unused {{directive}} directive: nothing was reported here',
    zh: '`{{directive}}` 指令没有用到：这里没有任何问题被报告',
  },
  'unused-for': {
    en: 'unused {{directive}} directive for {{rules}}: nothing was reported here',
    zh: '`{{directive}}` 指令没有用到：{{rules}} 在这里没有报告任何问题',
  },
  'unused-rule': {
    en: 'unused "{{rule}}" in {{directive}} directive: it reported nothing here',
    zh: '`{{directive}}` 中的 `{{rule}}` 没有用到：这条规则在这里没有报告任何问题',
  },
} as const satisfies Wordings;

export type DirectiveMessageId = keyof typeof DIRECTIVE_MESSAGES;
