import type { Creative } from '../model/creative.js';
import type { ReadProblem } from '../readers/types.js';
import { spanOf } from '../engine/positions.js';
import type { CategoryTaxonomy } from './categories.js';
import { worded, type MessageData } from '../model/wording.js';
import { VOCABULARY_PARTS, VOCABULARY_PROBLEMS, categoryName } from './problems.js';

/**
 * Meta's special ad categories and the taxonomy ids they mean: a declared special ad category
 * implies the category when none is written, or only `general` (no regulated class, often a
 * campaign-wide default), so Google's rules (keyed on category ids) see it and the copy's housing
 * words are not taken for an undeclared class.
 * Not the other way: `special_ad_category` is the advertiser's declaration to Meta, and Meta's
 * rules check that it is made (meta/special-category-declared).
 */
const SPECIAL_AD_CATEGORIES: readonly { special: string; category: string }[] = [
  { special: 'housing', category: 'housing' },
  { special: 'employment', category: 'employment' },
  { special: 'credit', category: 'credit' },
  { special: 'financial_products', category: 'financial_services' },
  { special: 'social_issues', category: 'politics' },
];

/**
 * Replaces the creative's `category` as written (`Beer`, `dietary supplement`, `保健食品`) by its
 * taxonomy id, derives `category` from a declared `special_ad_category` when none is written, and
 * returns a warning for a category that names nothing (its rules cannot be applied).
 */
export function normaliseCategory(creative: Creative, taxonomy: CategoryTaxonomy): ReadProblem[] {
  const data = creative.data;
  const problems: ReadProblem[] = [];
  if (typeof data.category === 'string') {
    const written = data.category;
    const id = taxonomy.resolve(written);
    if (id) data.category = id;
    else {
      const top = taxonomy.ids().filter((c) => !taxonomy.info(c)!.parent);
      const near = /"(.*)"/.exec(taxonomy.hint(written))?.[1];
      const data: MessageData = { written, known: top.join(', '), known_names: top.map((c) => categoryName(c, taxonomy.info(c)!.aliases)).join('、'), ...(near ? { near, near_name: categoryName(near, taxonomy.info(near)?.aliases) } : {}) };
      const w = written.trim() === '' ? worded(VOCABULARY_PROBLEMS, 'empty-category', {}) : worded(VOCABULARY_PROBLEMS, 'unknown-category', data, { near_hint: near ? VOCABULARY_PARTS.near : undefined });
      problems.push({ ruleId: 'adlint/unknown-category', category: 'schema', severity: 'warning', span: spanOf(creative, 'category'), ...w, field: 'category' });
      delete data.category;
    }
  }
  const special = data.special_ad_category;
  if ((data.category === undefined || data.category === 'general') && typeof special === 'string') {
    const implied = SPECIAL_AD_CATEGORIES.find((s) => s.special === special.toLowerCase());
    if (implied) data.category = implied.category;
  }
  return problems;
}
