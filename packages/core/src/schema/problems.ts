import type { ErrorObject } from 'ajv';
import { type MessageData, type Wording, type Wordings } from '../model/wording.js';

/**
 * What the creative schema finds wrong with a creative (an unknown field, a value of the wrong
 * type), by message id, in every language, so a creative checked for Chinese platforms is told in
 * Chinese with its field names as code. The English wording repeats ajv's own words
 * (`{{detail}}`); pack and config errors, which pack authors read, are English only.
 * `{{subject}}`, `{{in_parent}}`, `{{near_hint}}` and `{{type_name}}` are filled from SCHEMA_PARTS.
 */
export const SCHEMA_PROBLEMS = {
  'unknown-field': { en: 'unknown field "{{name}}"{{near_hint}}{{in_parent}}', zh: '未知字段 `{{name}}`{{in_parent}}{{near_hint}}' },
  'missing-field': { en: 'missing required field "{{name}}"{{in_parent}}', zh: '缺少必填字段 `{{name}}`{{in_parent}}' },
  'not-allowed': { en: '{{subject}} must be one of: {{allowed}}', zh: '{{subject}}只能是以下之一：{{allowed}}' },
  'needs-one-of': { en: 'needs at least one of: {{names}}', zh: '至少要写以下字段之一：{{names}}' },
  'wrong-type': { en: '{{subject}} must be {{type_name}}', zh: '{{subject}}应为{{type_name}}' },
  'out-of-range': { en: '{{subject}} {{detail}}', zh: '{{subject}}应 {{comparison}} {{limit}}' },
  'too-few-items': { en: '{{subject}} {{detail}}', zh: '{{subject}}至少要有 {{limit}} 项' },
  'too-many-items': { en: '{{subject}} {{detail}}', zh: '{{subject}}最多只能有 {{limit}} 项' },
  'too-short': { en: '{{subject}} {{detail}}', zh: '{{subject}}至少要有 {{limit}} 个字符' },
  'too-long': { en: '{{subject}} {{detail}}', zh: '{{subject}}最多只能有 {{limit}} 个字符' },
  'bad-pattern': { en: '{{subject}} {{detail}}', zh: '{{subject}}的写法不对（应符合 {{pattern}}）' },
  'bad-format': { en: '{{subject}} {{detail}}', zh: '{{subject}}不是有效的 {{format}}' },
  'not-constant': { en: '{{subject}} {{detail}}', zh: '{{subject}}只能是 {{allowed}}' },
  'duplicate-items': { en: '{{subject}} {{detail}}', zh: '{{subject}}中有重复的项' },
  invalid: { en: '{{subject}} {{detail}}', zh: '{{subject}}的值不符合创意文件的格式（见 docs/creatives.md）' },
  'more-not-shown': { en: 'more schema problems not shown (at most {{max}} a file)', zh: '还有更多格式问题未列出（每个文件最多列出 {{max}} 条）' },
} as const satisfies Wordings;

export type SchemaProblemId = keyof typeof SCHEMA_PROBLEMS;

/** The clauses SCHEMA_PROBLEMS are made of. */
export const SCHEMA_PARTS = {
  field: { en: '{{field}}', zh: '字段 `{{field}}` ' },
  document: { en: 'the document', zh: '文件顶层' },
  'in-parent': { en: ' in {{parent}}', zh: '（位于 `{{parent}}`）' },
  near: { en: ' (did you mean "{{near}}"?)', zh: '：是不是 `{{near}}`？' },
  'comment-hint': {
    en: ': YAML reads "{{comment}}" as a comment (a # after a space starts one), so the value is empty; quote it: "{{quoted}}"',
    zh: '：YAML 把 `{{comment}}` 当成了注释（空格后的 # 开始注释），所以值是空的；请加上英文双引号："{{quoted}}"',
  },
} as const satisfies Wordings;

/** JSON types as a reader of each language calls them. */
const TYPE_NAMES: Readonly<Record<string, Wording>> = {
  string: { en: 'string', zh: '文本' },
  number: { en: 'number', zh: '数字' },
  integer: { en: 'integer', zh: '整数' },
  boolean: { en: 'boolean', zh: 'true 或 false' },
  array: { en: 'array', zh: '列表' },
  object: { en: 'object', zh: '映射（键: 值）' },
  null: { en: 'null', zh: '空值' },
};

/** A schema problem's id, the data it is worded from and the clauses that fill its slots. */
export interface SchemaWording {
  messageId: SchemaProblemId;
  data: MessageData;
  parts: Record<string, Wording | undefined>;
}

/** How one ajv error is worded; `field` is its path as users write it (`copy.headlines[0]`), '' for the document. */
export function schemaWording(e: ErrorObject, field: string): SchemaWording {
  const p = e.params as Record<string, unknown>;
  const subject = field ? SCHEMA_PARTS.field : SCHEMA_PARTS.document;
  const data: MessageData = { field, detail: e.message ?? 'is invalid' };
  const limited = (messageId: SchemaProblemId): SchemaWording => ({ messageId, data: { ...data, limit: Number(p.limit) }, parts: { subject } });
  switch (e.keyword) {
    case 'type': {
      const types = String(p.type).split(',');
      // ajv's words in English (`must be string,number`); each type by its name in the others.
      const type_name = { en: types.join(','), zh: types.map((t) => TYPE_NAMES[t]?.zh ?? t).join('或') };
      return { messageId: 'wrong-type', data: { ...data, type: String(p.type) }, parts: { subject, type_name } };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { messageId: 'out-of-range', data: { ...data, comparison: String(p.comparison), limit: Number(p.limit) }, parts: { subject } };
    case 'minItems':
      return limited('too-few-items');
    case 'maxItems':
      return limited('too-many-items');
    case 'minLength':
      return limited('too-short');
    case 'maxLength':
      return limited('too-long');
    case 'pattern':
      return { messageId: 'bad-pattern', data: { ...data, pattern: String(p.pattern) }, parts: { subject } };
    case 'format':
      return { messageId: 'bad-format', data: { ...data, format: String(p.format) }, parts: { subject } };
    case 'const':
      return { messageId: 'not-constant', data: { ...data, allowed: String(p.allowedValue) }, parts: { subject } };
    case 'uniqueItems':
      return { messageId: 'duplicate-items', data, parts: { subject } };
    default:
      return { messageId: 'invalid', data, parts: { subject } };
  }
}
