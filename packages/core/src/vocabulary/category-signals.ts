import type { Creative, Span } from '../model/creative.js';
import type { ReadProblem } from '../readers/types.js';
import { selectFields, textItems } from '../model/fields.js';
import { valueRangeToSpan } from '../engine/positions.js';
import { loadLexicon } from '../matchers/lexicon.js';
import { TermMatcherSet, selectLongest, type TermHit } from '../matchers/terms.js';
import { foldText, hasCjk } from '../text/fold.js';
import type { CategoryTaxonomy } from './categories.js';
import type { CompiledRule } from '../model/pack.js';
import { fillTemplate, worded, type WordedProblem } from '../model/wording.js';
import { CATEGORY_SIGNAL_PARTS, CATEGORY_SIGNAL_PROBLEMS } from './problems.js';

/** A category the copy tells: the class, the words that tell it and where they are. */
export interface InferredCategory {
  category: string;
  found: string;
  field: string;
  span: Span;
}

/** Fields that name the product: a weak word ("wine", 啤酒) in one of them is the product, not a passing mention. */
const NAMING_FIELDS = new Set(['title', 'subtitle', 'headline', 'headlines', 'long_headline', 'long_headlines', 'business_name', 'brand_name', 'display_name']);

interface Hit {
  category: string;
  found: string;
  field: string;
  span: Span;
  weak: boolean;
  naming: boolean;
}

interface Signals {
  /** Per signal lexicon, in the taxonomy's order: the class it tells. */
  categories: string[];
  /** Every class's lexicons, found in one scan of each text. */
  set: TermMatcherSet;
}

const signalSets = new WeakMap<CategoryTaxonomy, Signals>();

/** Each category's signal lexicons, compiled once per taxonomy (a lexicon's automaton is shared with the rules that read it). */
function signalsOf(taxonomy: CategoryTaxonomy): Signals {
  let signals = signalSets.get(taxonomy);
  if (!signals) {
    const lists = taxonomy.ids().flatMap((id) => taxonomy.info(id)!.signalFiles.map((file) => ({ category: id, matcher: loadLexicon(file).matcher })));
    signals = { categories: lists.map((l) => l.category), set: new TermMatcherSet(lists.map((l) => l.matcher)) };
    signalSets.set(taxonomy, signals);
  }
  return signals;
}

/**
 * The product tells the category when the field does not. The copy is read with the product
 * lexicons that rules/categories.yaml names as each class's `signals` (the same files the product
 * rules read, near misses included). A class the creative does not declare (nor a kind or parent
 * of it) is inferred when the copy plainly names its product: a word not marked `weak` anywhere,
 * or a weak one in a headline or title or beside another word of the class. That is a warning at
 * the first such words, and the class's rules then apply beside the declared category's. A weak
 * word alone ("pairs well with wine") is an info note: the rules are not applied on a mention.
 *
 * Given `gated` (the categories some rule of the run applies to or is kept from, see
 * gatedCategories), only those classes are told: for any other class inferring would change no
 * rule, and "checked with the X rules" would not be true. With none, the copy is not read at all.
 */
export function inferCategories(creative: Creative, taxonomy: CategoryTaxonomy, gated?: ReadonlySet<string>): { inferred: InferredCategory[]; problems: ReadProblem[] } {
  if (gated?.size === 0) return { inferred: [], problems: [] };
  const signals = signalsOf(taxonomy);
  if (signals.categories.length === 0) return { inferred: [], problems: [] };
  const declared = creative.data.category;
  const regulated = declared !== undefined && declared !== 'general' ? declared : undefined;
  const related = (id: string): boolean => regulated !== undefined && (taxonomy.isA(regulated, id) || taxonomy.isA(id, regulated));
  const byCategory = new Map<string, Hit[]>();
  const items = selectFields(creative.data, ['copy.*']).flatMap(textItems);
  for (const { path, text } of items) {
    const source = creative.texts.get(path);
    if (!source || text === '') continue;
    const folded = foldText(text);
    const naming = NAMING_FIELDS.has(path.replace(/^copy\./, '').replace(/\[\d+\]$/, ''));
    // Longest first across every class, gated or not: "rifle scopes" is an accessory, not a "rifle".
    const categoryOf = new Map<TermHit, string>();
    const found: TermHit[] = [];
    for (const { hit, source: list } of signals.set.find(folded)) {
      const category = signals.categories[list]!;
      if (related(category)) continue;
      categoryOf.set(hit, category);
      found.push(hit);
    }
    for (const hit of selectLongest(found)) {
      const category = categoryOf.get(hit)!;
      if (gated && !gated.has(category)) continue;
      const list = byCategory.get(category) ?? [];
      list.push({ category, found: text.slice(hit.start, hit.end), field: path, span: valueRangeToSpan(source, [hit.start, hit.end]), weak: hit.entry.weak === true, naming });
      byCategory.set(category, list);
    }
  }
  const chinese = isChinese(creative);
  const inferred: InferredCategory[] = [];
  const mentions: Hit[] = [];
  for (const list of byCategory.values()) {
    list.sort((a, b) => a.span[0] - b.span[0]);
    const plain = list.find((h) => !h.weak || h.naming) ?? (list.length > 1 ? list[0] : undefined);
    if (plain) inferred.push({ category: plain.category, found: plain.found, field: plain.field, span: plain.span });
    else mentions.push(list[0]!);
  }
  inferred.sort((a, b) => a.span[0] - b.span[0]);
  const problems: ReadProblem[] = [];
  // Kinds of one class (firearms, ammunition, accessories) are one finding that names the class they share.
  const groups = new Map<string, InferredCategory[]>();
  for (const i of inferred) {
    const root = taxonomy.info(i.category)!.ancestors.at(-1) ?? i.category;
    groups.set(root, [...(groups.get(root) ?? []), i]);
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    const category = group.length === 1 ? first.category : commonAncestor(taxonomy, group.map((g) => g.category));
    const data = { found: first.found, category, a_name: article(categoryName(taxonomy, category, false)), name_zh: categoryName(taxonomy, category, true), also_en: group.slice(1).map((g) => `"${g.found}"`).join(', '), also_zh: group.slice(1).map((g) => `"${g.found}"`).join('、'), declared: regulated ?? '' };
    const problem = worded(CATEGORY_SIGNAL_PROBLEMS, 'category-from-copy', data, {
      also_hint: group.length > 1 ? CATEGORY_SIGNAL_PARTS.also : undefined,
      declared_hint: regulated ? CATEGORY_SIGNAL_PARTS.declared : CATEGORY_SIGNAL_PARTS.undeclared,
      as_well_hint: regulated ? CATEGORY_SIGNAL_PARTS.asWell : undefined,
    });
    const reason = inLanguage(problem, chinese);
    problems.push({ ruleId: 'adlint/category-from-copy', category: 'schema', severity: 'warning', field: first.field, span: first.span, messageId: problem.messageId, data, reason });
  }
  for (const only of mentions) {
    const data = { found: only.found, category: only.category, a_name: article(categoryName(taxonomy, only.category, false)), name_zh: categoryName(taxonomy, only.category, true) };
    const reason = inLanguage(worded(CATEGORY_SIGNAL_PROBLEMS, 'category-mention', data), chinese);
    problems.push({ ruleId: 'adlint/category-mention', category: 'schema', severity: 'info', field: only.field, span: only.span, messageId: 'category-mention', data, reason });
  }
  return { inferred, problems };
}

/**
 * The problem in the creative's language (its locale, else whether its copy is Chinese): the
 * wording is filled here and not handed on, as the file's messages follow its platforms' language.
 */
function inLanguage(problem: WordedProblem, chinese: boolean): string {
  return fillTemplate(problem.wording[chinese ? 'zh' : 'en'], problem.data);
}

/** The nearest category that every one of `ids` is a kind of (they share a root). */
function commonAncestor(taxonomy: CategoryTaxonomy, ids: string[]): string {
  const lineage = (id: string): string[] => [id, ...taxonomy.info(id)!.ancestors];
  return lineage(ids[0]!).find((candidate) => ids.every((id) => taxonomy.isA(id, candidate)))!;
}

function isChinese(creative: Creative): boolean {
  const locale = creative.data.locale?.toLowerCase();
  if (locale) return locale === 'zh' || locale.startsWith('zh-');
  return hasCjk(Object.values(creative.data.copy ?? {}).flat().join(''));
}

function categoryName(taxonomy: CategoryTaxonomy, id: string, chinese: boolean): string {
  const info = taxonomy.info(id)!;
  if (chinese) return info.name_zh ?? info.name;
  // "E-cigarettes and vapes" reads as "an e-cigarettes and vapes ad"; names are lower-cased but acronyms kept.
  return info.name.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
}

function article(name: string): string {
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
}

const gatedBy = new WeakMap<readonly { rule: CompiledRule }[], ReadonlySet<string>>();

/**
 * The categories these rules (active rules, cached per list) are about: those a rule that is on
 * applies to (`applies.categories`, a conditional's `when.categories`), is kept from
 * (`applies.not.categories`) or takes as its own when declared (the product check's
 * `categories`), kinds included (the lists are expanded when the rule is compiled). For any other
 * category, what the copy tells changes nothing the rules do.
 */
export function gatedCategories(rules: readonly { rule: CompiledRule }[]): ReadonlySet<string> {
  let set = gatedBy.get(rules);
  if (!set) {
    const ids = new Set<string>();
    const list = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);
    for (const { rule } of rules) {
      if (rule.severity === 'off') continue;
      const { when, categories } = rule.definition as { when?: { categories?: unknown }; categories?: unknown };
      for (const id of [...list(rule.applies.categories), ...list(rule.applies.not?.categories), ...list(when?.categories), ...list(categories)]) ids.add(id);
    }
    set = ids;
    gatedBy.set(rules, set);
  }
  return set;
}
