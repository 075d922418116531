import { hasCjk } from '../text/fold.js';
import type { Wordings } from '../model/wording.js';
import type { TermVocabulary } from './terms.js';

/**
 * What adlint says about the vocabulary a creative writes (a placement or media role the platform
 * does not have, no placement at all), by message id, in every language: worded in the language
 * of the platform concerned, so a creative for 巨量引擎 without a placement is told in Chinese.
 * `{{near_hint}}` and `{{outcome}}` are filled from VOCABULARY_PARTS.
 */
export const VOCABULARY_PROBLEMS = {
  'default-placement': {
    en: 'no placement: checked as {{platform}}\'s default placement "{{placement}}" (set `placement` to check another: {{placements}})',
    zh: '未写版位：已按{{platform_name}}的默认版位“{{placement_name}}”检查（要检查其他版位，请设置 `placement`：{{placement_names}}）',
  },
  'no-placement': {
    en: 'no placement: {{rules}} {{platform}} rules for specific placements were not checked; set `placement` to one of: {{placements}}',
    zh: '未写版位：{{platform_name}}有 {{rules}} 条针对特定版位的规则未检查；请把 `placement` 设为其中之一：{{placement_names}}',
  },
  'no-placement-one': {
    en: 'no placement: 1 {{platform}} rule for specific placements was not checked; set `placement` to one of: {{placements}}',
    zh: '未写版位：{{platform_name}}有 1 条针对特定版位的规则未检查；请把 `placement` 设为其中之一：{{placement_names}}',
  },
  'unknown-placement': {
    en: 'unknown {{platform}} placement "{{written}}"{{near_hint}}; its placements: {{placements}}; {{outcome}}',
    zh: '{{platform_name}}没有“{{written}}”这个版位{{near_hint}}；可用的版位：{{placement_names}}；{{outcome}}',
  },
  'empty-placement': {
    en: 'placement is empty; {{platform}} placements: {{placements}}; {{outcome}}',
    zh: '版位（`placement`）为空；{{platform_name}}的版位：{{placement_names}}；{{outcome}}',
  },
  'unknown-role': {
    en: 'unknown {{platform}} media role "{{written}}"{{near_hint}}; its roles: {{roles}}; rules for specific roles skip this file',
    zh: '{{platform_name}}没有“{{written}}”这个素材用途{{near_hint}}；可用的用途：{{role_names}}；针对特定用途的规则跳过了这个文件',
  },
  'unknown-platform': {
    en: 'unknown platform "{{written}}"{{near_hint}}; known: {{known}}',
    zh: '没有“{{written}}”这个平台{{near_hint}}；可用的平台：{{known_names}}',
  },
  'platform-alias': {
    en: 'platform "{{written}}" is {{platform_name}}: checked as `{{platform}}`',
    zh: '平台“{{written}}”即{{platform_name}}：按 `{{platform}}` 检查',
  },
  'no-platform': {
    en: 'no platform to check against: set `platforms` in the creative or config, or pass --platform',
    zh: '没有可检查的平台：请在创意或 .adlint.yaml 中设置 `platforms`（如 platforms: [oceanengine]），或运行时加 --platform',
  },
  'no-platform-landing': {
    en: 'landing page has no platform to check against, so no rule checked it: set `platforms` in its frontmatter, name it in an ad\'s `landing:` and lint them together (the page inherits the ad\'s platforms and category), set platforms in config, or pass --platform',
    zh: '落地页没有可检查的平台，广告法规则没有检查本页：请在本页 frontmatter 写 platforms（如 platforms: [oceanengine]），或在投放广告里写 landing: 指向本页并一起检查（本页继承广告的平台和类别），或在 .adlint.yaml 中设置 platforms，或运行时加 --platform。',
  },
  'unknown-category': {
    en: 'unknown category "{{written}}"{{near_hint}}: no category rule was applied; known: {{known}} and their kinds (docs/creatives.md)',
    zh: '没有“{{written}}”这个类别{{near_hint}}：未应用任何类别规则；可用的类别：{{known_names}}及其细分类别（见 docs/creatives.md）',
  },
  'empty-category': {
    en: 'category is empty: no category rule was applied; remove it or name the product class',
    zh: '类别（`category`）为空：未应用任何类别规则；请删掉它，或写明产品类别',
  },
} as const satisfies Wordings;

/** The clauses VOCABULARY_PROBLEMS are made of: a did-you-mean, and what became of the rules. */
export const VOCABULARY_PARTS = {
  near: { en: ' (did you mean "{{near}}"?)', zh: '（是不是“{{near_name}}”？）' },
  'near-alias': { en: ' (did you mean "{{near_written}}", that is "{{near}}"?)', zh: '（是不是“{{near_written}}”，即 {{near_name}}？）' },
  'checked-as-default': { en: 'checked as its default placement "{{placement}}"', zh: '已按默认版位“{{placement_name}}”检查' },
  'rules-not-checked': { en: '{{rules}} placement-specific rules were not checked', zh: '有 {{rules}} 条针对特定版位的规则未检查' },
  'rule-not-checked': { en: '1 placement-specific rule was not checked', zh: '有 1 条针对特定版位的规则未检查' },
  'no-rule-depends': { en: 'no rule depends on it', zh: '没有规则依赖版位' },
} as const satisfies Wordings;

/**
 * What adlint says when the copy tells a category the creative does not declare
 * (`adlint/category-from-copy`, `adlint/category-mention`), in the creative's own language (its
 * locale, else whether its copy is Chinese). `{{a_name}}` is the class's English name with its
 * article, `{{name_zh}}` its Chinese name; the clauses are CATEGORY_SIGNAL_PARTS.
 */
export const CATEGORY_SIGNAL_PROBLEMS = {
  'category-from-copy': {
    en: '"{{found}}"{{also_hint}} reads as {{a_name}} ad{{declared_hint}}: declare `category: {{category}}` (checked with the {{category}} rules{{as_well_hint}})',
    zh: '"{{found}}"{{also_hint}}表明这是{{name_zh}}广告，但{{declared_hint}}：请写明 `category: {{category}}`（已按{{name_zh}}的规则一并检查）',
  },
  'category-mention': {
    en: '"{{found}}" is mentioned once: if this is {{a_name}} ad, declare `category: {{category}}` (its rules were not applied on one mention)',
    zh: '文案提到"{{found}}"：如果这是{{name_zh}}广告，请写明 `category: {{category}}`（仅凭一处提及未按{{name_zh}}的规则检查）',
  },
} as const satisfies Wordings;

/** The clauses of CATEGORY_SIGNAL_PROBLEMS: the other words of the class, and the category declared (or none). */
export const CATEGORY_SIGNAL_PARTS = {
  also: { en: ' (and {{also_en}})', zh: '（以及{{also_zh}}）' },
  declared: { en: ', not {{declared}}', zh: '声明的类别是 {{declared}}' },
  undeclared: { en: '', zh: '未声明类别' },
  asWell: { en: ' as well as the {{declared}} ones', zh: '' },
} as const satisfies Wordings;

/**
 * A placement or role as a Chinese reader knows it: the id a creative writes, with the first
 * Chinese alias the pack gives it (`feed（信息流）`); the id alone when it has none.
 */
export function termName(terms: TermVocabulary, id: string): string {
  const alias = terms.definitions[id]?.aliases?.find(hasCjk);
  return alias ? `${id}（${alias}）` : id;
}

/** A category as a Chinese reader knows it: its id with its first Chinese alias (`alcohol（酒）`). */
export function categoryName(id: string, aliases: readonly string[] | undefined): string {
  const alias = aliases?.find(hasCjk);
  return alias ? `${id}（${alias}）` : id;
}

/** Every term by its name, in a Chinese list. */
export function termNames(terms: TermVocabulary): string {
  return terms.ids().map((id) => termName(terms, id)).join('、');
}
