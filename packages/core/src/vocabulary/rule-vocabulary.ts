import { MESSAGE_CATEGORIES } from '../model/message.js';
import type { Applies, Pack, RuleDefinition } from '../model/pack.js';
import { didYouMeanHint } from '../text/did-you-mean.js';
import type { CategoryTaxonomy } from './categories.js';
import { deadSelectorPart } from '../schema/creative-fields.js';
import { packPlacements, packRoles, type TermVocabulary } from './terms.js';

type Fail = (reason: string, at?: (string | number)[]) => never;

/**
 * Checks the names a rule uses against the shared vocabulary and returns its `applies` and
 * parameters with category lists expanded to their descendants (a rule on `alcohol` matches
 * `beer`), so matching stays an exact comparison of canonical ids. An unknown name is a pack
 * error at its position with a did-you-mean: a misspelt category would silently switch a rule off.
 */
export function resolveRuleVocabulary(definition: RuleDefinition, pack: Pack, taxonomy: CategoryTaxonomy, fail: Fail): RuleDefinition {
  checkTerms(definition.applies?.placements, packPlacements(pack), 'placement', ['applies', 'placements'], fail);
  checkTerms(definition.applies?.not?.placements, packPlacements(pack), 'placement', ['applies', 'not', 'placements'], fail);
  checkTerms((definition.when as { placements?: string[] } | undefined)?.placements, packPlacements(pack), 'placement', ['when', 'placements'], fail);
  checkTerms(definition.applies?.roles, packRoles(pack), 'role', ['applies', 'roles'], fail);
  const selectorLists: [unknown, (string | number)[]][] = [
    [definition.applies?.fields, ['applies', 'fields']],
    [(definition.when as { fields?: unknown } | undefined)?.fields, ['when', 'fields']],
    [(definition.then as { fields?: unknown } | undefined)?.fields, ['then', 'fields']],
  ];
  for (const [list, at] of selectorLists) {
    if (!Array.isArray(list)) continue;
    list.forEach((selector, i) => {
      if (typeof selector !== 'string') return;
      const dead = deadSelectorPart(selector);
      if (dead !== null) fail(`field selector "${selector}" selects nothing: a creative has no field "${dead}" (fields are listed in docs/creatives.md)`, [...at, i]);
    });
  }
  if (definition.category !== undefined && !(MESSAGE_CATEGORIES as readonly string[]).includes(definition.category)) {
    fail(`unknown message category "${definition.category}"${didYouMeanHint(definition.category, MESSAGE_CATEGORIES)}; known: ${MESSAGE_CATEGORIES.join(', ')}`, ['category']);
  }
  const expand = (list: string[] | undefined, at: (string | number)[]): string[] | undefined => {
    if (!list) return undefined;
    list.forEach((id, i) => {
      if (!taxonomy.has(id)) {
        const alias = taxonomy.resolve(id);
        const why = alias ? ` ("${id}" is an alias: packs name the id "${alias}")` : taxonomy.hint(id);
        fail(`unknown category "${id}"${why}; categories are listed in rules/categories.yaml`, [...at, i]);
      }
    });
    return taxonomy.ids().filter((id) => list.some((ancestor) => taxonomy.isA(id, ancestor)));
  };
  const applies: Applies | undefined = definition.applies && {
    ...definition.applies,
    ...(definition.applies.categories && { categories: expand(definition.applies.categories, ['applies', 'categories']) }),
    ...(definition.applies.not && {
      not: { ...definition.applies.not, ...(definition.applies.not.categories && { categories: expand(definition.applies.not.categories, ['applies', 'not', 'categories']) }) },
    }),
  };
  const when = definition.when as { categories?: string[] } | undefined;
  const resolved: RuleDefinition = { ...definition, ...(applies && { applies }) };
  if (when && typeof when === 'object' && Array.isArray(when.categories)) {
    resolved.when = { ...when, categories: expand(when.categories, ['when', 'categories']) };
  }
  // A check's own category list (the product check's declared classes) is expanded the same way.
  const own = (definition as { categories?: unknown }).categories;
  if (Array.isArray(own)) (resolved as { categories?: string[] }).categories = expand(own as string[], ['categories']);
  return resolved;
}

/** Names a rule gates on must be the pack's declared ids (not aliases): a typo would switch the rule off. */
function checkTerms(list: string[] | undefined, vocabulary: TermVocabulary | null, kind: 'placement' | 'role', at: (string | number)[], fail: Fail): void {
  if (!list) return;
  list.forEach((name, i) => {
    if (!vocabulary) fail(`the rule gates on ${kind} "${name}" but the pack declares no \`${kind}s:\``, [...at, i]);
    if (vocabulary!.has(name)) return;
    const alias = vocabulary!.resolve(name);
    const near = alias ? undefined : vocabulary!.nearest(name);
    const why = alias ? ` ("${name}" is an alias: rules name the id "${alias}")` : near ? ` (did you mean "${near}"?)` : '';
    fail(`unknown ${kind} "${name}"${why}; the pack's ${kind}s: ${vocabulary!.ids().join(', ')}`, [...at, i]);
  });
}
