import type { CreativeData } from '../model/creative.js';
import type { FieldValue } from '../model/check.js';
import type { Applies } from '../model/pack.js';

/** The creative dimension that keeps a rule from applying (reported in coverage as the reason it was skipped). */
export type SkipReason = 'placement' | 'category' | 'special_ad_category' | 'locale' | 'country';

/**
 * Whether a rule's `applies` conditions hold for a creative (every listed dimension must match).
 * `inferred` are categories the copy tells beside the declared one (vocabulary/category-signals).
 */
export function ruleApplies(applies: Applies, data: CreativeData, inferred: readonly string[] = []): boolean {
  return skipReason(applies, data, inferred) === null;
}

/** The first `applies` dimension the creative does not meet, or null when the rule applies. */
export function skipReason(applies: Applies, data: CreativeData, inferred: readonly string[] = []): SkipReason | null {
  const categories = [data.category, ...inferred];
  if (applies.placements && !inList(data.placement, applies.placements)) return 'placement';
  if (applies.categories && !categories.some((c) => inList(c, applies.categories!))) return 'category';
  if (applies.special_ad_categories && !inList(data.special_ad_category, applies.special_ad_categories)) return 'special_ad_category';
  if (applies.locales && !localeIn(data.locale, applies.locales)) return 'locale';
  if (applies.countries && !(data.targeting?.countries ?? []).some((c) => inList(c, applies.countries!))) return 'country';
  const not = applies.not;
  if (not) {
    if (not.placements && inList(data.placement, not.placements)) return 'placement';
    if (not.categories && categories.some((c) => inList(c, not.categories!))) return 'category';
    if (not.locales && localeIn(data.locale, not.locales)) return 'locale';
    if (not.countries && (data.targeting?.countries ?? []).some((c) => inList(c, not.countries!))) return 'country';
  }
  return null;
}

function inList(value: string | undefined, list: string[]): boolean {
  return value !== undefined && list.some((v) => v.toLowerCase() === value.toLowerCase());
}

/** `zh` matches `zh-CN` and `zh-TW`; `zh-CN` matches only itself (case-insensitive, BCP 47). */
export function localeIn(locale: string | undefined, list: string[]): boolean {
  if (!locale) return false;
  const l = locale.toLowerCase();
  return list.some((p) => {
    const q = p.toLowerCase();
    return l === q || l.startsWith(`${q}-`);
  });
}

/**
 * `applies.roles` narrows media fields to the entries of those roles (`media[2].path` belongs to
 * `media[2]`, whose `role` decides); fields outside `media` are kept.
 */
export function fieldsForRoles(fields: FieldValue[], data: CreativeData, roles: string[]): FieldValue[] {
  return fields.filter((f) => {
    const m = /^media\[(\d+)\]/.exec(f.path);
    if (!m) return true;
    return inList(data.media?.[Number(m[1])]?.role, roles);
  });
}
