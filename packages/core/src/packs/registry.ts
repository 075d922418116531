import { readdirSync } from 'node:fs';
import path from 'node:path';
import { bundledRulesDir } from '../package-paths.js';
import { isInside } from '../fs/project-root.js';
import { CATEGORIES_FILE, type CategorySource } from '../vocabulary/categories.js';
import { addPlacementAliases, validatePackVocabulary } from '../vocabulary/terms.js';
import { didYouMeanHint } from '../text/did-you-mean.js';
import { nameKey } from '../vocabulary/names.js';
import { validatePackPreview } from './preview.js';
import { ConfigError, ConfigProblems } from '../model/message.js';
import { locate } from '../schema/yaml-locate.js';
import { loadYamlFile } from '../schema/yaml-file.js';
import type { Pack } from '../model/pack.js';

export { bundledRulesDir };

/**
 * Finds, loads and validates packs by id (`<dir>/<id>.yaml`) or by file. Each pack is read and
 * validated once per process, however many files are linted.
 */
export class PackRegistry {
  private readonly byId = new Map<string, Pack>();
  private readonly files = new Map<string, string>();
  /** Packs added from config `packs:`, by id: they may extend the taxonomy and other platforms' placements. */
  private readonly added = new Map<string, Pack>();
  /** nameKey(id or alias) → pack id; built on first need (it reads every pack). */
  private names: Map<string, string> | undefined;

  constructor(private readonly dirs: string[] = [bundledRulesDir]) {
    for (const dir of dirs) {
      let entries: string[];
      try {
        entries = readdirSync(dir);
      } catch {
        continue;
      }
      for (const name of entries) {
        // The category taxonomy sits beside the packs but is not one.
        if (name === CATEGORIES_FILE) continue;
        const m = /^([a-z0-9][a-z0-9-]*)\.ya?ml$/.exec(name);
        if (m && !this.files.has(m[1]!)) this.files.set(m[1]!, path.join(dir, name));
      }
    }
  }

  /** Adds a pack file (from config `packs:`); returns its id. */
  addFile(file: string): string {
    const pack = loadPackFile(path.resolve(file));
    const known = this.files.get(pack.id);
    // A bundled pack is known by its file before it is loaded: a config pack with its id would
    // replace it silently, so both must be told apart by id.
    if (known && path.resolve(known) !== path.resolve(file)) {
      const owner = path.dirname(known) === bundledRulesDir ? `adlint's bundled pack ${pack.id}` : known;
      throw new ConfigError(`pack id "${pack.id}" is already taken by ${owner}: give this pack another id (it may \`extends: [${pack.id}]\` to build on it)`, { file, ...where(pack, ['id']) });
    }
    this.files.set(pack.id, path.resolve(file));
    this.byId.set(pack.id, pack);
    this.names = undefined;
    if (!this.added.has(pack.id)) {
      this.added.set(pack.id, pack);
      for (const [platform, aliases] of Object.entries(pack.placement_aliases ?? {})) {
        if (!this.has(platform)) throw new ConfigError(`placement_aliases: unknown platform "${platform}"${didYouMeanHint(platform, this.ids())}`, { file: pack.file, ...where(pack, ['placement_aliases', platform], true) });
        addPlacementAliases(this.get(platform), pack, aliases);
      }
    }
    return pack.id;
  }

  /** The categories that packs from config add to the taxonomy, with where each is written. */
  addedCategories(): CategorySource[] {
    return [...this.added.values()].filter((p) => p.categories).map((p) => ({ file: p.file, definitions: p.categories!, at: (at, atKey) => where(p, ['categories', ...at], atKey) }));
  }

  /**
   * The pack id that a platform name as written stands for: an id, or an alias a pack declares
   * (`douyin`, `抖音` → oceanengine), in any case or width. Exact ids cost nothing; the first
   * other name reads every pack's aliases. An alias two packs claim is a pack error naming both.
   */
  resolve(name: string): string | undefined {
    if (this.files.has(name)) return name;
    return this.nameIndex().get(nameKey(name));
  }

  /** Every pack id and platform alias, for did-you-mean. */
  platformNames(): string[] {
    return [...this.ids(), ...this.ids().flatMap((id) => this.get(id).aliases ?? [])];
  }

  private nameIndex(): Map<string, string> {
    if (this.names) return this.names;
    const names = new Map<string, string>();
    for (const id of this.ids()) names.set(nameKey(id), id);
    for (const id of this.ids()) {
      const pack = this.get(id);
      (pack.aliases ?? []).forEach((alias, i) => {
        const key = nameKey(alias);
        const owner = names.get(key);
        if (owner !== undefined && owner !== id) {
          const other = nameKey(owner) === key ? 'the id of pack' : 'an alias of pack';
          throw new ConfigError(`platform alias "${alias}" of pack "${id}" is already ${other} "${owner}" (${this.files.get(owner)}): an alias may name one platform`, { file: pack.file, ...where(pack, ['aliases', i]) });
        }
        names.set(key, id);
      });
    }
    this.names = names;
    return names;
  }

  ids(): string[] {
    return [...this.files.keys()].sort();
  }

  /** The packs read so far (for `--debug`): those the run has needed. */
  loaded(): Pack[] {
    return [...this.byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  has(id: string): boolean {
    return this.files.has(id);
  }

  get(id: string): Pack {
    let pack = this.byId.get(id);
    if (pack) return pack;
    const file = this.files.get(id);
    if (!file) throw new ConfigError(`unknown pack "${id}"; known packs: ${this.ids().join(', ')}`);
    pack = loadPackFile(file);
    if (pack.id !== id) throw new ConfigError(`pack id "${pack.id}" does not match its file name "${id}"`, { file, ...where(pack, ['id']) });
    this.byId.set(id, pack);
    return pack;
  }

  /** The pack and everything it extends, ancestors first, each once. */
  chain(id: string): Pack[] {
    const out: Pack[] = [];
    const done = new Set<string>();
    const visit = (pid: string, trail: string[]): void => {
      if (trail.includes(pid)) {
        const from = this.get(trail[trail.length - 1]!);
        const idx = (from.extends ?? []).indexOf(pid);
        throw new ConfigError(`extends cycle: ${[...trail, pid].join(' -> ')}`, { file: from.file, ...where(from, ['extends', idx]) });
      }
      if (done.has(pid)) return;
      const pack = this.get(pid);
      (pack.extends ?? []).forEach((parent, i) => {
        if (!this.has(parent)) {
          throw new ConfigError(`extends unknown pack "${parent}"`, { file: pack.file, ...where(pack, ['extends', i]) });
        }
        visit(parent, [...trail, pid]);
      });
      done.add(pid);
      out.push(pack);
    };
    visit(id, []);
    return out;
  }
}

/** Line and column of a node in a pack file, for pack errors. */
export function where(pack: Pack, at: (string | number)[], atKey = false): { line: number; column: number } {
  const [start] = locate(pack.doc, at, atKey);
  return pack.lines.position(start);
}

export function loadPackFile(file: string): Pack {
  const yaml = loadYamlFile(file, 'pack', 'pack');
  const lines = yaml.lines;
  const pack = { ...(yaml.data as Omit<Pack, 'file' | 'doc' | 'lines'>), file, lines } as Pack;
  // The positioned document is needed only to point at a problem: built on first use.
  Object.defineProperty(pack, 'doc', { get: yaml.doc, enumerable: false });
  // Not enumerable either: a pack's data (`adlint print-config`, test snapshots) is what its file says.
  Object.defineProperty(pack, 'prebuilt', { value: yaml.prebuilt && isInside(bundledRulesDir, file), enumerable: false });
  Object.defineProperty(pack, 'validated', { value: yaml.validated, enumerable: false });
  const seen = new Map<string, number>();
  const problems = new ConfigProblems();
  pack.rules.forEach((rule, i) => {
    if (seen.has(rule.id)) {
      const [start] = locate(pack.doc, ['rules', i, 'id']);
      problems.add(new ConfigError(`duplicate rule id "${rule.id}"`, { file, ...lines.position(start) }));
    }
    seen.set(rule.id, i);
  });
  problems.attempt(() => validatePackVocabulary(pack));
  problems.attempt(() => validatePackPreview(pack));
  problems.done();
  return pack;
}
