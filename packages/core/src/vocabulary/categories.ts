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

/**
 * The product categories of rules/categories.yaml: ids, parents and aliases. Rules name ids; a
 * rule naming a category applies to its descendants; creatives may write an id or an alias.
 */
export class CategoryTaxonomy {
  private readonly byId = new Map<string, CategoryInfo>();
  /** nameKey(id or alias) → id */
  private readonly byName = new Map<string, string>();

  constructor(readonly file: string, definitions: Record<string, CategoryDefinition>, at: (path: (string | number)[], atKey?: boolean) => { line: number; column: number } = () => ({ line: 1, column: 1 })) {
    const fail = (reason: string, where: (string | number)[], atKey = false): never => {
      throw new ConfigError(reason, { file, ...at(['categories', ...where], atKey) });
    };
    const ids = Object.keys(definitions);
    for (const id of ids) {
      const def = definitions[id]!;
      if (def.parent !== undefined && !(def.parent in definitions)) {
        fail(`category "${id}": unknown parent "${def.parent}"${didYouMeanHint(def.parent, ids)}`, [id, 'parent']);
      }
    }
    for (const id of ids) {
      const ancestors: string[] = [];
      for (let p = definitions[id]!.parent; p !== undefined; p = definitions[p]!.parent) {
        if (p === id || ancestors.includes(p)) fail(`category cycle: ${[id, ...ancestors, p].join(' -> ')}`, [id, 'parent']);
        ancestors.push(p);
      }
      const signalFiles = (definitions[id]!.signals ?? []).map((f, i) => {
        const abs = path.resolve(path.dirname(file), f);
        if (!existsSync(abs)) fail(`category "${id}": signal lexicon not found: ${f} (resolved to ${abs})`, [id, 'signals', i]);
        return abs;
      });
      this.byId.set(id, { id, ...definitions[id]!, ancestors, signalFiles });
    }
    const claim = (name: string, id: string, where: (string | number)[]): void => {
      const key = nameKey(name);
      const owner = this.byName.get(key);
      if (owner !== undefined && owner !== id) fail(`"${name}" names both "${owner}" and "${id}": an alias may belong to one category`, where);
      this.byName.set(key, id);
    };
    for (const id of ids) claim(id, id, [id]);
    for (const id of ids) (definitions[id]!.aliases ?? []).forEach((alias, i) => claim(alias, id, [id, 'aliases', i]));
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
