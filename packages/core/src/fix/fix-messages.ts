import type { Wording, Wordings } from '../model/wording.js';

/**
 * What `--fix` says when it withholds a fix or cannot write a file (`adlint/fix`), by message id,
 * worded in the language of the packs whose rules the fixes came from. `{{reasons}}` of
 * `withheld` is a list of the reasons below, each worded in the same language.
 */
export const FIX_MESSAGES = {
  withheld: { en: 'fixes by {{rules}} not applied: {{reasons}}', zh: '未应用 {{rules}} 的自动修复：{{reasons}}' },
  'read-only': { en: 'file is read-only: not fixed', zh: '文件只读：未修复' },
  'changed-on-disk': { en: 'file changed on disk while it was being fixed: not overwritten', zh: '修复期间文件在磁盘上被改动：未覆盖' },
  'hard-links': { en: 'file has {{links}} hard links, which replacing it would break: not fixed', zh: '文件有 {{links}} 个硬链接，替换文件会断开它们：未修复' },
  'other-owner': { en: 'file belongs to another user, which replacing it would change: not fixed', zh: '文件属于其他用户，替换文件会改变属主：未修复' },
  'write-failed': { en: 'cannot write fixed file: {{code}}', zh: '无法写入修复后的文件：{{code}}' },
} as const satisfies Wordings;

/** Why a fix was withheld: the fixed text would not read back as the fix meant (fix/verify.ts). */
export const FIX_REFUSALS = {
  'not-parsable': { en: 'the file does not parse as a whole', zh: '文件整体无法解析' },
  unparsable: { en: 'it would leave the file unparsable', zh: '修复后文件将无法解析' },
  'changes-nothing': { en: 'it changes nothing', zh: '修复不会改变任何内容' },
  'creative-count': { en: 'the file would hold {{after}} creatives instead of {{before}}', zh: '文件将有 {{after}} 个创意，而不是 {{before}} 个' },
  'other-value': { en: '{{where}} would change too', zh: '{{where}}也会被改动' },
  'control-character': { en: '{{where}} would hold a control character', zh: '{{where}}会含有控制字符' },
  'not-replacement': { en: '{{where}} would not read back as the replacement', zh: '{{where}}读回后不是替换后的文字' },
  'type-change': { en: '{{where}} would change its type', zh: '{{where}}的类型会改变' },
  'item-count': { en: '{{where}} would hold {{after}} items instead of {{before}}', zh: '{{where}}将有 {{after}} 项，而不是 {{before}} 项' },
  'fields-change': { en: '{{where}} would change its fields ({{fields}})', zh: '{{where}}的字段会改变（{{fields}}）' },
} as const satisfies Wordings;

/** `{{where}}` of a refusal: the field's path, or what stands for the whole value. */
export const FIX_PLACES = {
  field: { en: '{{path}}', zh: '{{path}} ' },
  value: { en: 'a value', zh: '某个值' },
  creative: { en: 'the creative', zh: '创意' },
} as const satisfies Record<string, Wording>;
