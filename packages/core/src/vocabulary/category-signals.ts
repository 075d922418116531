import type { Creative } from '../model/creative.js';
import type { ReadProblem } from '../readers/types.js';
import { TermMatcher, selectLongest, type TermEntry } from '../matchers/terms.js';
import { foldText } from '../text/fold.js';
import { valueRangeToSpan } from '../engine/positions.js';
import type { CategoryTaxonomy } from './categories.js';

const matchers = new WeakMap<CategoryTaxonomy, { matcher: TermMatcher; categoryOf: string[] } | null>();

/** One matcher for every category's signals (one pass over each text), built once per taxonomy. */
function signalMatcher(taxonomy: CategoryTaxonomy): { matcher: TermMatcher; categoryOf: string[] } | null {
  let m = matchers.get(taxonomy);
  if (m === undefined) {
    const entries: TermEntry[] = [];
    const categoryOf: string[] = [];
    for (const id of taxonomy.ids()) {
      for (const signal of taxonomy.info(id)!.signals ?? []) {
        entries.push(signal);
        categoryOf.push(id);
      }
    }
    m = entries.length ? { matcher: new TermMatcher(entries), categoryOf } : null;
    matchers.set(taxonomy, m);
  }
  return m;
}

/**
 * The product tells the category when the field does not. When the copy plainly names a
 * regulated product class (a signal of rules/categories.yaml: "vodka", "vape", "保健食品") and
 * the creative does not declare that class, this says so at the words; a creative with no
 * category (or `general`) is then checked as that class, so the rules that follow from the
 * product itself apply. A declared category that is another class is kept and only warned about.
 */
export function categorySignals(creative: Creative, taxonomy: CategoryTaxonomy): ReadProblem[] {
  const signals = signalMatcher(taxonomy);
  if (!signals) return [];
  const declared = creative.data.category;
  const related = (a: string, b: string): boolean => taxonomy.isA(a, b) || taxonomy.isA(b, a);
  let first: { category: string; field: string; span: [number, number]; found: string } | undefined;
  const seen = new Set<string>();
  const problems: ReadProblem[] = [];
  for (const [field, text] of [...creative.texts].filter(([f]) => f.startsWith('copy.')).sort((a, b) => a[1].span[0] - b[1].span[0])) {
    const value = valueAt(creative, field);
    if (typeof value !== 'string' || value === '') continue;
    for (const hit of selectLongest(signals.matcher.find(foldText(value)))) {
      const category = signals.categoryOf[signals.matcher.entries.indexOf(hit.entry)]!;
      if (declared !== undefined && declared !== 'general' && related(declared, category)) continue;
      if (seen.has(category)) continue;
      seen.add(category);
      const span = valueRangeToSpan(text, [hit.start, hit.end]);
      first ??= { category, field, span, found: value.slice(hit.start, hit.end) };
      const found = value.slice(hit.start, hit.end);
      const name = taxonomy.info(category)!.name;
      const then = declared === undefined || declared === 'general'
        ? (first.category === category ? `checked as \`${category}\`` : `checked as \`${first.category}\` (the first class named)`)
        : `checked as the declared \`${declared}\``;
      problems.push({ ruleId: 'adlint/category-signal', category: 'schema', severity: 'warning', field, span, reason: `"${found}" reads as an ad for ${name.charAt(0).toLowerCase()}${name.slice(1)}: declare \`category: ${category}\` so its rules apply (${then})` });
    }
  }
  if (first && (declared === undefined || declared === 'general')) creative.data.category = first.category;
  return problems;
}

function valueAt(creative: Creative, field: string): unknown {
  let v: unknown = creative.data;
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) v = (v as Record<string, unknown> | undefined)?.[m[1] ?? Number(m[2])];
  return v;
}
