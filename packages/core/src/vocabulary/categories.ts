import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../model/message.js';
import { bundledRulesDir } from '../package-paths.js';
import { loadYamlFile } from '../schema/yaml-file.js';
import { didYouMeanHint } from '../text/did-you-mean.js';
import { nameKey } from './names.js';

/** The taxonomy's file name inside a rules folder (so it is never read as a pack). */
export const CATEGORIES_FILE = 'categories.yaml';

export interface CategoryDefinition {
  name: string;
  /** The name in Chinese, for messages to Chinese creatives. */
  name_zh?: string;
  /** Product lexicons (relative to the taxonomy file) whose words in copy name a product of this class. */
  signals?: string[];
  parent?: string;
  description?: string;
  source?: string;
  aliases?: string[];
}

export interface CategoryInfo extends CategoryDefinition {
  id: string;
  /** `signals` as absolute paths. */
  signalFiles: string[];
  /** Parent, grandparent, … up to the root. */
  ancestors: string[];
}

type Locate = (path: (string | number)[], atKey?: boolean) => { line: number; column: number };

/** Categories from one file: the taxonomy or a pack. `at` places a path under its `categories:`. */
export interface CategorySource {
  file: string;
  definitions: Record<string, CategoryDefinition>;
  at: Locate;
}

/**
 * The product categories of rules/categories.yaml: ids, parents and aliases. Rules name ids; a
 * rule naming a category applies to its descendants; creatives may write an id or an alias.
 */
export class CategoryTaxonomy {
  private readonly byId = new Map<string, CategoryInfo>();
  /** nameKey(id or alias) → id */
  private readonly byName = new Map<string, string>();

  /** Where each category was defined: the taxonomy file, or a pack that adds categories. */
  private readonly origins: CategorySource[];

  constructor(readonly file: string, definitions: Record<string, CategoryDefinition>, at: Locate = () => ({ line: 1, column: 1 }), additions: readonly CategorySource[] = []) {
    this.origins = [{ file, definitions, at: (where, atKey) => at(['categories', ...where], atKey) }, ...additions];
    const originOf = new Map<string, CategorySource>();
    const all: Record<string, CategoryDefinition> = {};
    const failIn = (source: CategorySource) => (reason: string, where: (string | number)[], atKey = false): never => {
      throw new ConfigError(reason, { file: source.file, ...source.at(where, atKey) });
    };
    for (const source of this.origins) {
      for (const [id, def] of Object.entries(source.definitions)) {
        const earlier = originOf.get(id);
        if (earlier) failIn(source)(`category "${id}" is already defined in ${earlier.file}: a pack may add categories, not redefine them (name another id, or add an alias in your own category)`, [id], true);
        originOf.set(id, source);
        all[id] = def;
      }
    }
    const ids = Object.keys(all);
    const fail = (id: string) => failIn(originOf.get(id)!);
    for (const id of ids) {
      const def = all[id]!;
      if (def.parent !== undefined && !(def.parent in all)) {
        fail(id)(`category "${id}": unknown parent "${def.parent}"${didYouMeanHint(def.parent, ids)}`, [id, 'parent']);
      }
    }
    for (const id of ids) {
      const ancestors: string[] = [];
      for (let p = all[id]!.parent; p !== undefined; p = all[p]!.parent) {
        if (p === id || ancestors.includes(p)) fail(id)(`category cycle: ${[id, ...ancestors, p].join(' -> ')}`, [id, 'parent']);
        ancestors.push(p);
      }
      const signalFiles = (all[id]!.signals ?? []).map((f, i) => {
        const abs = path.resolve(path.dirname(originOf.get(id)!.file), f);
        if (!existsSync(abs)) fail(id)(`category "${id}": signal lexicon not found: ${f} (resolved to ${abs})`, [id, 'signals', i]);
        return abs;
      });
      this.byId.set(id, { id, ...all[id]!, ancestors, signalFiles });
    }
    const claim = (name: string, id: string, where: (string | number)[]): void => {
      const key = nameKey(name);
      const owner = this.byName.get(key);
      if (owner !== undefined && owner !== id) {
        const elsewhere = originOf.get(owner) !== originOf.get(id) ? ` (in ${originOf.get(owner)!.file})` : '';
        fail(id)(`"${name}" names both "${owner}"${elsewhere} and "${id}": an alias may belong to one category`, where);
      }
      this.byName.set(key, id);
    };
    for (const id of ids) claim(id, id, [id]);
    for (const id of ids) (all[id]!.aliases ?? []).forEach((alias, i) => claim(alias, id, [id, 'aliases', i]));
  }

  /** This taxonomy with the categories packs add (config `packs:` with `categories:`); collisions are errors in the pack. */
  extendedWith(additions: readonly CategorySource[]): CategoryTaxonomy {
    if (additions.length === 0) return this;
    const [base] = this.origins;
    return new CategoryTaxonomy(base!.file, base!.definitions, (where, atKey) => base!.at(where.slice(1), atKey), [...this.origins.slice(1), ...additions]);
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  info(id: string): CategoryInfo | undefined {
    return this.byId.get(id);
  }

  /** The id that a category as written (an id or alias, in any case or width) stands for. */
  resolve(written: string): string | undefined {
    return this.byName.get(nameKey(written));
  }

  /** Whether `id` is `ancestor` or one of its descendants. */
  isA(id: string, ancestor: string): boolean {
    return id === ancestor || (this.byId.get(id)?.ancestors.includes(ancestor) ?? false);
  }

  /** Every id and alias, for did-you-mean. */
  names(): string[] {
    return [...this.ids(), ...[...this.byId.values()].flatMap((c) => c.aliases ?? [])];
  }

  /** The id nearest to an unknown name, for a did-you-mean hint: ` (did you mean "alcohol"?)` or ''. */
  hint(written: string): string {
    const nearest = didYouMeanHint(written, this.names());
    const m = /"(.*)"/.exec(nearest);
    if (!m) return '';
    const id = this.resolve(m[1]!)!;
    return ` (did you mean "${id}"?)`;
  }
}

const loaded = new Map<string, CategoryTaxonomy>();

/** Reads and validates a taxonomy file (once per process); problems are ConfigErrors at file:line:column. */
export function loadCategoryTaxonomy(file: string): CategoryTaxonomy {
  const cached = loaded.get(file);
  if (cached) return cached;
  const yaml = loadYamlFile(file, 'category taxonomy', 'categories');
  const taxonomy = new CategoryTaxonomy(file, (yaml.data as { categories: Record<string, CategoryDefinition> }).categories, yaml.position);
  loaded.set(file, taxonomy);
  return taxonomy;
}

/** The taxonomy of the first rules folder that has one, else the bundled one. */
export function taxonomyFor(rulesDirs: readonly string[]): CategoryTaxonomy {
  for (const dir of rulesDirs) {
    const file = path.join(dir, CATEGORIES_FILE);
    try {
      return loadCategoryTaxonomy(file);
    } catch (e) {
      if (e instanceof ConfigError && /cannot read category taxonomy: ENOENT/.test(e.message)) continue;
      throw e;
    }
  }
  return loadCategoryTaxonomy(path.join(bundledRulesDir, CATEGORIES_FILE));
}
