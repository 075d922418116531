import path from 'node:path';
import { Linter, type FileResult, type LintMessage } from '@adlint/core';
import { ConfigResolver, loadConfigFile } from './config.js';
import { discoverFiles } from './discover.js';
import { addConfigPacks } from './project-linter.js';
import { UsageError } from './errors.js';
import { FORMAT_NAMES, loadFormatter } from './formatters/index.js';
import { mapBounded, readStdin, useColor, writeOutput } from './io.js';

export interface LintOptions {
  config?: string;
  platform: string[];
  format: string;
  outputFile?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  ignorePath?: string;
  ignore: boolean;
  stdin?: boolean;
  stdinFilename?: string;
}

/** Files read at once: enough to overlap I/O, few enough to bound memory on huge folders. */
const READ_CONCURRENCY = 16;

export async function runLint(paths: string[], options: LintOptions, cwd = process.cwd()): Promise<number> {
  const formatter = await loadFormatter(options.format);
  if (!formatter) throw new UsageError(`unknown format "${options.format}"; available: ${FORMAT_NAMES.join(', ')}`);
  const platforms = options.platform.flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean);
  const resolver = new ConfigResolver(options.config ? loadConfigFile(path.resolve(cwd, options.config)) : undefined);
  const linter = new Linter();

  let results: FileResult[];
  if (options.stdin) {
    const name = path.resolve(cwd, options.stdinFilename ?? 'stdin.ad.yaml');
    const settings = prepare(linter, resolver, [path.dirname(name)], platforms).settingsFor(name);
    results = [await linter.lintText(await readStdin(), name, { ...settings, platforms })];
  } else {
    const files = await discoverFiles(paths.length ? paths : ['.'], { cwd, ignorePath: options.ignorePath, useIgnore: options.ignore });
    prepare(linter, resolver, new Set(files.map((f) => path.dirname(f))), platforms);
    const lintable = files.map((file) => ({ file, settings: resolver.settingsFor(file) })).filter((f) => !f.settings.ignored);
    results = await mapBounded(lintable, READ_CONCURRENCY, ({ file, settings }) => linter.lintFile(file, { ...settings, platforms }));
  }

  if (options.quiet) results = results.map(onlyErrors);
  const output = formatter(results, { cwd, color: useColor(options.color, Boolean(options.outputFile)) });
  writeOutput(output, options.outputFile, cwd);

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    process.stderr.write(`adlint found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

/** Loads every pack the run may need and checks config, before any file is read: config errors stop the run (exit 2). */
function prepare(linter: Linter, resolver: ConfigResolver, dirs: Iterable<string>, platforms: string[]): ConfigResolver {
  const configs = resolver.allConfigs(dirs);
  addConfigPacks(linter, configs);
  linter.assertPlatforms(platforms, '--platform: ');
  for (const config of configs) {
    linter.assertPlatforms(config.platforms ?? [], `${config.file}: platforms: `);
    for (const o of config.overrides ?? []) linter.assertPlatforms(o.platforms ?? [], `${config.file}: overrides: platforms: `);
    linter.assertRuleSettings(config.rules ?? {}, config.file);
    for (const o of config.overrides ?? []) linter.assertRuleSettings(o.rules ?? {}, config.file);
  }
  // Compile the selected platforms' rules now so a broken pack fails before any output.
  for (const p of platforms.length ? platforms : configs.flatMap((c) => c.platforms ?? [])) linter.activeRules([p]);
  return resolver;
}

function onlyErrors(result: FileResult): FileResult {
  const messages: LintMessage[] = result.messages.filter((m) => m.severity === 'error');
  return { ...result, messages, warningCount: 0, infoCount: 0, fixableCount: messages.filter((m) => m.fix).length };
}
