import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Creative, CreativeData } from './model/creative.js';
import { ConfigError, summarize, type FileResult, type LintMessage } from './model/message.js';
import { compileRule, type CompiledRule, type RuleSetting } from './packs/compile.js';
import { PackRegistry, bundledRulesDir } from './packs/registry.js';
import { readerFor } from './readers/index.js';
import { decodeText } from './readers/source-file.js';
import type { ReadProblem } from './readers/types.js';
import { LineIndex } from './text/line-index.js';
import { compareMessages, lintCreative, type ActiveRule } from './engine/lint.js';
import { spanOf } from './engine/positions.js';

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

export interface LinterOptions {
  /** Folders holding `<id>.yaml` packs; the bundled `rules/` by default. */
  rulesDirs?: string[];
}

/** What applies to one file, after config discovery and overrides. */
export interface FileSettings {
  /** Platforms forced for every creative (the CLI's --platform). */
  platforms?: string[];
  /** Platforms from config, used when a creative names none. */
  configPlatforms?: string[];
  rules?: Record<string, RuleSetting>;
  defaults?: CreativeData;
  maxFileSize?: number;
}

/**
 * The engine as a library: packs are loaded, validated and compiled once and reused for every
 * file; nothing here writes to a terminal or exits the process.
 */
export class Linter {
  readonly packs: PackRegistry;
  private readonly ruleSets = new Map<string, ActiveRule[]>();
  private readonly compiled = new Map<string, CompiledRule>();

  constructor(options: LinterOptions = {}) {
    this.packs = new PackRegistry(options.rulesDirs ?? [bundledRulesDir]);
  }

  /** Throws a ConfigError naming unknown platform ids and the known ones. */
  assertPlatforms(ids: readonly string[], where = ''): void {
    const unknown = ids.filter((id) => !this.packs.has(id));
    if (unknown.length) {
      throw new ConfigError(`${where}unknown platform${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}; known: ${this.packs.ids().join(', ')}`);
    }
  }

  /** Config may only name rules that exist (in packs that exist). */
  assertRuleSettings(settings: Record<string, RuleSetting>, file?: string): void {
    for (const key of Object.keys(settings)) {
      const slash = key.indexOf('/');
      const packId = key.slice(0, slash);
      const ruleId = key.slice(slash + 1);
      const where = file ? { file } : {};
      if (slash <= 0 || !this.packs.has(packId)) throw new ConfigError(`rules: unknown rule "${key}" (expected <pack>/<rule>)`, where);
      if (!this.packs.get(packId).rules.some((r) => r.id === ruleId)) throw new ConfigError(`rules: pack "${packId}" has no rule "${ruleId}"`, where);
    }
  }

  /** Every rule of the platforms' packs (and what they extend), compiled with config settings, each rule once. */
  activeRules(platforms: readonly string[], settings: Record<string, RuleSetting> = {}): ActiveRule[] {
    const key = `${platforms.join(',')}\u0000${JSON.stringify(settings)}`;
    let set = this.ruleSets.get(key);
    if (set) return set;
    const byId = new Map<string, ActiveRule>();
    for (const platform of platforms) {
      for (const pack of this.packs.chain(platform)) {
        pack.rules.forEach((rule, i) => {
          const id = `${pack.id}/${rule.id}`;
          const existing = byId.get(id);
          if (existing) {
            if (!existing.platforms.includes(platform)) existing.platforms.push(platform);
            return;
          }
          byId.set(id, { rule: this.compile(pack.id, i, settings[id]), platforms: [platform] });
        });
      }
    }
    set = [...byId.values()];
    this.ruleSets.set(key, set);
    return set;
  }

  private compile(packId: string, index: number, setting: RuleSetting | undefined): CompiledRule {
    const key = `${packId}#${index}#${JSON.stringify(setting ?? null)}`;
    let rule = this.compiled.get(key);
    if (!rule) {
      rule = compileRule(this.packs.get(packId), index, setting);
      this.compiled.set(key, rule);
    }
    return rule;
  }

  /** Lints a file from disk: size-limited, decoded strictly as UTF-8. */
  async lintFile(filePath: string, settings: FileSettings = {}): Promise<FileResult> {
    const limit = settings.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    let bytes: Buffer;
    try {
      const info = await stat(filePath);
      if (info.isDirectory()) return fileProblem(filePath, 'is a directory');
      if (info.size > limit) return fileProblem(filePath, `file is ${info.size} bytes, over the ${limit}-byte limit (max_file_size): not read`);
      bytes = await readFile(filePath);
    } catch (e) {
      return fileProblem(filePath, `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) return fileProblem(filePath, decoded.reason);
    return this.lintText(decoded.text, filePath, settings);
  }

  /** Lints text as if it were the file `filePath` (the name picks the reader). */
  async lintText(text: string, filePath: string, settings: FileSettings = {}): Promise<FileResult> {
    const reader = readerFor(filePath);
    if (!reader) return fileProblem(filePath, 'not a creative file (expected *.ad.yaml, *.ad.yml or *.ad.json)');
    const lines = new LineIndex(text);
    const result = await reader.read(text, filePath, { defaults: settings.defaults });
    const messages = result.problems.map((p) => problemMessage(p, lines));
    const baseDir = path.dirname(path.resolve(filePath));
    for (const creative of result.creatives) {
      const platforms = this.platformsFor(creative, settings, lines, messages);
      if (platforms.length === 0) continue;
      messages.push(...(await lintCreative(creative, this.activeRules(platforms, settings.rules), lines, baseDir)));
    }
    messages.sort(compareMessages);
    return summarize(filePath, messages);
  }

  /** The creative's platforms; unknown ids become messages at their value. */
  private platformsFor(creative: Creative, settings: FileSettings, lines: LineIndex, messages: LintMessage[]): string[] {
    if (settings.platforms?.length) return settings.platforms;
    const own = creative.data.platforms;
    const chosen = own?.length ? own : settings.configPlatforms ?? [];
    const known: string[] = [];
    chosen.forEach((id, i) => {
      if (this.packs.has(id)) {
        known.push(id);
        return;
      }
      const field = own?.length ? `platforms[${i}]` : null;
      messages.push(problemMessage({ ruleId: 'adlint/unknown-platform', category: 'schema', span: spanOf(creative, field), reason: `unknown platform "${id}"; known: ${this.packs.ids().join(', ')}` }, lines, field));
    });
    if (chosen.length === 0) {
      messages.push(problemMessage({ ruleId: 'adlint/no-platform', category: 'schema', span: creative.span, severity: 'warning', reason: 'no platform to check against: set `platforms` in the creative or config, or pass --platform' }, lines));
    }
    return known;
  }
}

function problemMessage(p: ReadProblem, lines: LineIndex, field: string | null = null): LintMessage {
  const from = lines.position(p.span[0]);
  const to = lines.position(Math.max(p.span[1], p.span[0]));
  return {
    ruleId: p.ruleId,
    severity: p.severity ?? 'error',
    message: p.reason,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    field,
    category: p.category,
    platform: null,
    source: null,
  };
}

function fileProblem(filePath: string, reason: string): FileResult {
  return summarize(filePath, [problemMessage({ ruleId: 'adlint/parse', category: 'parse', span: [0, 0], reason }, new LineIndex(''))]);
}
