import path from 'node:path';
import {
  ConfigError, ConfigResolver, Linter, addConfigPacks, assertConfigs, isCreativeFile, loadConfigFile,
  type ConfigFile, type FileResult, type FileSettings,
} from '@adlint/core';

/** What the editor's settings add to the config cascade (`adlint.*` in VS Code, `settings.adlint` elsewhere). */
export interface ServerSettings {
  /** Off: no diagnostics, code actions or hovers. */
  enable: boolean;
  /** Platforms for creatives whose file and config name none (a config's `platforms:` wins). */
  platforms: string[];
  /** One config file for every file (the CLI's `--config`), relative to the workspace folder. */
  config: string | null;
  /** Milliseconds from the last keystroke to the re-lint. */
  debounce: number;
}

export const DEFAULT_SETTINGS: ServerSettings = { enable: true, platforms: [], config: null, debounce: 150 };

/** A configuration or pack problem: where it is (when known) and what it says, without the place prefix. */
export interface ProjectProblem {
  file: string | undefined;
  line: number;
  column: number;
  reason: string;
}

/** A lint outcome: a result, or the project problem that stopped the file being checked. */
export type LintOutcome = { result: FileResult; settings: FileSettings } | { problem: ProjectProblem };

/**
 * The engine and config cascade for one workspace, as the CLI builds them for one run: packs and
 * lexicons are compiled once and reused for every lint until a config, pack or lexicon changes,
 * when the whole project is rebuilt (`new Project`).
 */
export class Project {
  readonly linter = new Linter();
  private readonly resolver: ConfigResolver;
  /** Configs whose packs were added and whose names were checked against the packs. */
  private readonly prepared = new Set<string>();
  /** A problem found when the project was made (an explicit config that does not load). */
  private readonly startProblem: ProjectProblem | undefined;

  constructor(readonly settings: ServerSettings, readonly root: string | undefined) {
    let explicit: ConfigFile | undefined;
    let startProblem: ProjectProblem | undefined;
    if (settings.config) {
      try {
        explicit = loadConfigFile(path.resolve(root ?? process.cwd(), settings.config));
      } catch (e) {
        startProblem = asProblem(e, path.resolve(root ?? process.cwd(), settings.config));
      }
    }
    this.resolver = new ConfigResolver(explicit);
    this.startProblem = startProblem;
  }

  /**
   * Loads the configs that apply in a folder, adds their packs and checks the names they use
   * against the packs, once per config; the first problem found, or null.
   */
  problemIn(dir: string): ProjectProblem | null {
    if (this.startProblem) return this.startProblem;
    let configs: ConfigFile[];
    try {
      configs = this.resolver.chainFor(path.resolve(dir));
    } catch (e) {
      return asProblem(e);
    }
    for (const config of configs) {
      if (this.prepared.has(config.file)) continue;
      try {
        addConfigPacks(this.linter, [config]);
        assertConfigs(this.linter, [config]);
      } catch (e) {
        // Names checked against packs carry the config's path in their text only.
        return asProblem(e, config.file);
      }
      this.prepared.add(config.file);
    }
    return null;
  }

  /** The settings for a file (config cascade, then the editor's platforms), with config packs loaded and checked. */
  settingsFor(file: string): (FileSettings & { ignored: boolean }) | { problem: ProjectProblem } {
    const problem = this.problemIn(path.dirname(path.resolve(file)));
    if (problem) return { problem };
    const settings = this.resolver.settingsFor(file);
    if (!settings.configPlatforms?.length && this.settings.platforms.length) {
      try {
        this.linter.assertPlatforms(this.settings.platforms, 'adlint.platforms setting: ');
      } catch (e) {
        return { problem: asProblem(e) };
      }
      return { ...settings, configPlatforms: this.settings.platforms };
    }
    return settings;
  }

  /** Lints a document's text as the file it is; a pack or config problem is returned, not thrown. */
  async lint(text: string, file: string): Promise<LintOutcome | null> {
    if (!isCreativeFile(file)) return null;
    const settings = this.settingsFor(file);
    if ('problem' in settings) return settings;
    // Config `ignore:` patterns hide a file from the CLI; the editor shows it nothing either.
    if (settings.ignored) return null;
    try {
      return { result: await this.linter.lintText(text, file, settings), settings };
    } catch (e) {
      // A pack or lexicon is compiled when a creative first needs it.
      return { problem: asProblem(e) };
    }
  }
}

/** A ConfigError as a problem at its place; anything else is a bug, rethrown so the server logs it. */
export function asProblem(e: unknown, fallbackFile?: string): ProjectProblem {
  if (!(e instanceof ConfigError)) throw e;
  const file = e.file ?? fallbackFile;
  let reason = e.message;
  if (e.file) {
    const place = `${e.file}${e.line ? `:${e.line}:${e.column ?? 1}` : ''}: `;
    if (reason.startsWith(place)) reason = reason.slice(place.length);
  } else if (file && reason.startsWith(`${file}: `)) {
    reason = reason.slice(file.length + 2);
  }
  return { file, line: e.line ?? 1, column: e.column ?? 1, reason };
}
