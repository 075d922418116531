import { existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { CreativeData } from '../model/creative.js';
import type { RuleSetting } from '../model/pack.js';
import type { FileSettings } from '../linter.js';
import type { MediaAssignment } from '../readers/bare-media.js';
import { deepMerge } from '../readers/manifest.js';
import type { SheetSettings } from '../readers/sheet/mapping.js';
import { loadYamlFile } from '../schema/yaml-file.js';
import { ConfigError } from '../model/message.js';
import { OUTSIDE_HINT, mayRead, projectRoot } from '../fs/project-root.js';
import { absolutePath } from '../fs/absolute.js';

/**
 * The config cascade shared by every front end (the CLI, the language server): `.adlint.yaml`
 * files found upwards from a file, merged with their overrides into one file's settings.
 */
export const CONFIG_NAMES = ['.adlint.yaml', '.adlint.yml'];

interface ConfigOverride {
  files: string | string[];
  platforms?: string[];
  rules?: Record<string, RuleSetting>;
  defaults?: CreativeData;
}

/** One config file as written, with paths made absolute. */
export interface ConfigFile {
  file: string;
  dir: string;
  root?: boolean;
  requireDisableReason?: boolean;
  platforms?: string[];
  packs?: string[];
  rules?: Record<string, RuleSetting>;
  defaults?: CreativeData;
  ignore?: string[];
  max_file_size?: number;
  max_text_length?: number;
  max_file_seconds?: number;
  /** `false`, or how text in media is read. */
  ocr?: boolean | { min_confidence?: number; frames?: number };
  overrides?: ConfigOverride[];
  /** Folders of media that no manifest describes, assigned to platforms and placements. */
  media?: (MediaAssignment & { files: string | string[] })[];
  /** How matching CSV/TSV sheets are read: mapping, columns, platforms, placement, delimiter. */
  sheets?: (SheetSettings & { files: string | string[] })[];
  /** Where a key or value is written in the file, for errors found after loading (unknown rule ids). */
  positionOf?: (path: (string | number)[], atKey?: boolean) => { line: number; column: number };
}

/** Reads and validates one `.adlint.yaml`; errors are config errors with file:line:column. */
export function loadConfigFile(file: string): ConfigFile {
  const loaded = loadYamlFile(file, 'config', 'config', { empty: {} });
  const data = loaded.data as Record<string, unknown>;
  const dir = path.dirname(path.resolve(file));
  const config: ConfigFile = { ...(data as Omit<ConfigFile, 'file' | 'dir'>), file: path.resolve(file), dir };
  config.packs = config.packs?.map((p) => path.resolve(dir, p));
  const root = projectRoot(dir);
  config.packs?.forEach((pack, i) => {
    if (!mayRead(root, pack)) throw new ConfigError(`pack ${String(data.packs && (data.packs as string[])[i])} is outside the project (${root}): ${OUTSIDE_HINT}`, { file, ...loaded.position(['packs', i]) });
  });
  if (config.rules) config.rules = eslintSeverities(config.rules);
  for (const o of config.overrides ?? []) if (o.rules) o.rules = eslintSeverities(o.rules);
  config.positionOf = loaded.position;
  return config;
}

/** `warn` is ESLint's word for a warning; people bring their habits, so it means `warning` here too. */
function eslintSeverities(rules: Record<string, RuleSetting>): Record<string, RuleSetting> {
  const word = (s: unknown): unknown => (s === 'warn' ? 'warning' : s);
  return Object.fromEntries(Object.entries(rules).map(([id, setting]) => [id,
    typeof setting === 'object' && setting !== null && 'severity' in setting ? { ...setting, severity: word(setting.severity) } : word(setting)] as [string, RuleSetting]));
}

/**
 * Finds the configs that apply to a file: `.adlint.yaml` in its folder and every parent, nearest
 * last, stopping at one with `root: true`. With `--config`, that one file alone.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, ConfigFile | null>();
  private readonly chains = new Map<string, ConfigFile[]>();
  private readonly matchers = new Map<string, (p: string) => boolean>();
  /** Settings of folders whose files all have the same (see settingsFor). */
  private readonly folderSettings = new Map<string, FileSettings & { ignored: boolean }>();

  constructor(private readonly explicit?: ConfigFile) {}

  chainFor(dir: string): ConfigFile[] {
    if (this.explicit) return [this.explicit];
    const cached = this.chains.get(dir);
    if (cached) return cached;
    const own = this.configIn(dir);
    const parent = path.dirname(dir);
    const chain = own?.root || parent === dir ? (own ? [own] : []) : [...this.chainFor(parent), ...(own ? [own] : [])];
    this.chains.set(dir, chain);
    return chain;
  }

  /** Every config file that would be consulted for these folders (for loading their packs up front). */
  allConfigs(dirs: Iterable<string>): ConfigFile[] {
    const seen = new Map<string, ConfigFile>();
    for (const d of dirs) for (const c of this.chainFor(d)) seen.set(c.file, c);
    return [...seen.values()];
  }

  private configIn(dir: string): ConfigFile | null {
    if (this.byDir.has(dir)) return this.byDir.get(dir)!;
    let found: ConfigFile | null = null;
    for (const name of CONFIG_NAMES) {
      const file = path.join(dir, name);
      // lstat, not exists: a config that is a dangling link or a link loop must stop the run
      // (exit 2) rather than be skipped silently and the files linted without it.
      if (existsSync(file) || isLink(file)) {
        found = loadConfigFile(file);
        break;
      }
    }
    this.byDir.set(dir, found);
    return found;
  }

  /**
   * The settings for one file: configs merged farthest first, each followed by its matching
   * overrides. Where no config of the folder's chain has globs (ignore, media, sheets, overrides),
   * every file of the folder has the same settings: they are merged once and the one object is
   * handed to each (callers copy before they add to it).
   */
  settingsFor(filePath: string): FileSettings & { ignored: boolean } {
    const abs = absolutePath(filePath);
    const dir = path.dirname(abs);
    const same = this.folderSettings.get(dir);
    if (same) return same;
    const chain = this.chainFor(dir);
    const settings = this.merged(chain, abs);
    if (!chain.some((config) => config.ignore || config.media || config.sheets || config.overrides)) this.folderSettings.set(dir, settings);
    return settings;
  }

  private merged(chain: readonly ConfigFile[], abs: string): FileSettings & { ignored: boolean } {
    let platforms: string[] | undefined;
    let rules: Record<string, RuleSetting> = {};
    let defaults: CreativeData | undefined;
    let maxFileSize: number | undefined;
    let maxTextLength: number | undefined;
    let maxFileSeconds: number | undefined;
    let ignored = false;
    let media: MediaAssignment | undefined;
    let sheet: SheetSettings | undefined;
    let requireDisableReason: boolean | undefined;
    let ocr: FileSettings['ocr'];
    for (const config of chain) {
      // The path globs match against, made only for a config that has globs (most have none).
      const globbed = config.ignore || config.media || config.sheets || config.overrides;
      const rel = globbed ? path.relative(config.dir, abs).split(path.sep).join('/') : '';
      if (config.platforms) platforms = config.platforms;
      if (config.rules) rules = { ...rules, ...config.rules };
      if (config.defaults) defaults = deepMerge(defaults, config.defaults);
      if (config.max_file_size) maxFileSize = config.max_file_size;
      if (config.max_text_length) maxTextLength = config.max_text_length;
      if (config.max_file_seconds) maxFileSeconds = config.max_file_seconds;
      if (config.requireDisableReason !== undefined) requireDisableReason = config.requireDisableReason;
      if (config.ocr !== undefined) ocr = ocrSettings(config.ocr, ocr);
      if (config.ignore?.some((g) => this.match(g, rel))) ignored = true;
      // The nearest config's first matching entry decides.
      const assigned = config.media?.find((m) => (Array.isArray(m.files) ? m.files : [m.files]).some((g) => this.match(g, rel)));
      if (assigned) {
        const { files: _files, ...assignment } = assigned;
        media = assignment;
      }
      const sheetAt = config.sheets?.findIndex((s) => (Array.isArray(s.files) ? s.files : [s.files]).some((g) => this.match(g, rel))) ?? -1;
      if (sheetAt >= 0) {
        const { files: _files, ...entry } = config.sheets![sheetAt]!;
        sheet = { ...entry, origin: `${config.file} sheets[${sheetAt}]` };
      }
      for (const o of config.overrides ?? []) {
        const globs = Array.isArray(o.files) ? o.files : [o.files];
        if (!globs.some((g) => this.match(g, rel))) continue;
        if (o.platforms) platforms = o.platforms;
        if (o.rules) rules = { ...rules, ...o.rules };
        if (o.defaults) defaults = deepMerge(defaults, o.defaults);
      }
    }
    return { configPlatforms: platforms, rules, defaults, maxFileSize, ignored, ...(maxTextLength ? { maxTextLength } : {}), ...(maxFileSeconds ? { maxFileSeconds } : {}), ...(requireDisableReason ? { requireDisableReason } : {}), ...(ocr ? { ocr } : {}), ...(media ? { media } : {}), ...(sheet ? { sheet } : {}) };
  }

  private match(glob: string, rel: string): boolean {
    let m = this.matchers.get(glob);
    if (!m) {
      // As in .gitignore and ESLint overrides: a pattern without a slash matches at any depth.
      m = picomatch(glob, { dot: true, matchBase: !glob.includes('/') });
      this.matchers.set(glob, m);
    }
    return m(rel);
  }
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Config `ocr:` as linter settings; a nearer config's values win over a farther one's. */
function ocrSettings(written: NonNullable<ConfigFile['ocr']>, before: FileSettings['ocr']): NonNullable<FileSettings['ocr']> {
  if (typeof written === 'boolean') return { ...before, enabled: written };
  return {
    ...before,
    enabled: true,
    ...(written.min_confidence !== undefined ? { minConfidence: written.min_confidence } : {}),
    ...(written.frames !== undefined ? { frames: written.frames } : {}),
  };
}
