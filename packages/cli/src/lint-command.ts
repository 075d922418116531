import path from 'node:path';
import {
  ConfigError, ConfigProblems, ConfigResolver, Linter, OUTSIDE_HINT, allowOutsideProject, bundledRulesDir, resolveFoldersOnce, configResults, configuredPlatforms, didYouMeanHint, fixText, withFixNotes,
  loadConfigFile, mayRead, patternEngine, projectRoot, readRegularFileSync,
  type FileResult, type FileSettings, type FixedFileResult, type LintMessage, type MessageCategory,
} from '@adlint/core';
import { expandPatterns, ignoreFilesReason, selectFiles } from './discover.js';
import { DebugLog } from './debug-log.js';
import { withBareMedia } from './bare-media.js';
import { withLinkedPages } from './landing-links.js';
import { UsageError } from './errors.js';
import { fetcherFromFlags, type FetchLandingFlags } from './fetch-landing.js';
import { FORMAT_NAMES, loadFormatter } from './formatters/index.js';
import type { LoadedFormatter, StreamFormatter } from './formatters/types.js';
import { StreamedReport, countResult, noCounts, type RunCounts } from './run-report.js';
import { readStdin, useColor, writeOutput } from './io.js';
import { ResultCache, cacheFile, mediaTextCacheDir, runKey } from './cache.js';
import { lintFiles } from './lint-files.js';
import { codeCacheNote, markLinting } from './launched.js';
import { startWorkers, stopStartedWorkers, threadsFor, type Concurrency } from './lint-pool.js';
import { createProgress } from './progress.js';
import { ruleMetadata } from './rule-meta.js';
import { selectShard, type Shard } from './shard.js';
import { gatherReportData, type ReportInput } from './report-data.js';
import { readPreviousRun, type PreviousRun } from './previous-run.js';
import { VERSION } from './version.js';
import { visible } from './formatters/visible.js';
import { HtmlSelection } from './formatters/html/cap.js';

export interface LintOptions extends FetchLandingFlags {
  config?: string;
  allowOutsideProject?: boolean;
  platform: string[];
  format: string;
  outputFile?: string;
  /** `--compare <previous.json>`: an earlier json report the html report compares with. */
  compare?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  ignorePath?: string;
  /** `--ignore-pattern`, repeatable. */
  ignorePattern?: string[];
  ignore: boolean;
  /** false with `--no-error-on-unmatched-pattern`. */
  errorOnUnmatchedPattern?: boolean;
  /** false with `--no-warn-ignored`. */
  warnIgnored?: boolean;
  debug?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  reportUnusedDisableDirectives?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  shard?: Shard;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType?: MessageCategory[];
  /** Only these rule ids run (set by `adlint explain --rejection` with paths). */
  onlyRules?: string[];
  requireDisableReason?: boolean;
  /** `--print-config <file>`: say which rules check this file's creatives, and why others do not. */
  printConfig?: string;
  /** `--fail-on-unchecked`: exit 1 when a targeted platform checked a creative with no rule. */
  failOnUnchecked?: boolean;
  /** `--concurrency`: threads that lint files (default auto). */
  concurrency?: Concurrency;
}

export async function runLint(paths: string[], options: LintOptions, cwd = process.cwd()): Promise<number> {
  const debug = new DebugLog(cwd, options.debug ? (s) => process.stderr.write(s) : null);
  debug.log(`adlint ${VERSION}, node ${process.version}, cwd ${cwd}`);
  if (debug.enabled) debug.log(patternEngineLine());
  markLinting();
  const codeCache = codeCacheNote();
  if (codeCache) debug.log(codeCache);
  const loaded = await loadFormatter(options.format, cwd);
  if (!loaded) throw new UsageError(`unknown format "${options.format}"${didYouMeanHint(options.format, FORMAT_NAMES)}; available: ${FORMAT_NAMES.join(', ')}, a formatter module's path, or an installed eslint-formatter-* package`);
  if (options.compare !== undefined && options.format !== 'html') throw new UsageError(`--compare shows its comparison in the html report: add --format html (the format is ${options.format})`);
  // Read before linting: a wrong file is a usage error, not a report half-made.
  const previous = options.compare !== undefined ? readPreviousRun(options.compare, cwd) : undefined;
  try {
    return await lint(paths, options, cwd, loaded, debug, previous);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return reportConfigProblems(e, loaded.format, options, cwd);
  }
}

/**
 * Configuration, pack and lexicon problems, all that were found: one line each on stderr, as
 * every adlint error is; and, for a report format or --output-file, as fatal messages in the
 * report itself, so CI that reads json or sarif sees why nothing was linted. Exit 2.
 */
async function reportConfigProblems(error: ConfigError, formatter: LoadedFormatter, options: LintOptions, cwd: string): Promise<number> {
  for (const p of error.problems) process.stderr.write(`adlint: ${visible(p.message)}\n`);
  const results = configResults(error, cwd);
  if (options.format !== 'stylish' || options.outputFile) {
    writeOutput(await formatter(results, { cwd, color: false, version: VERSION, rules: new Map() }), options.outputFile, cwd);
  }
  return exitCode(results, options);
}

async function lint(paths: string[], options: LintOptions, cwd: string, loaded: { format: LoadedFormatter; readsSources: boolean; stream?: StreamFormatter }, debug: DebugLog, previous?: PreviousRun): Promise<number> {
  const formatter = loaded.format;
  const platforms = options.platform.flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean);
  allowOutsideProject(options.allowOutsideProject === true);
  // One run: each folder of the project is resolved through links once, each file with one lstat.
  resolveFoldersOnce(true);
  const resolver = new ConfigResolver(options.config ? loadConfigFile(explicitConfig(options.config, cwd)) : undefined);
  const linter = new Linter();
  // What the command line adds to every file's settings.
  const runSettings = { platforms, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives, ...(options.onlyRules ? { onlyRules: options.onlyRules } : {}),
    // Only when given: without the flag, config's requireDisableReason stands.
    ...(options.requireDisableReason ? { requireDisableReason: true } : {}) };
  const landingFetch = await fetcherFromFlags(options, cwd);
  if (landingFetch) Object.assign(runSettings, { landingFetch });
  // Text read from images is kept beside the results, by the pictures' content (docs/media.md).
  if (options.cache) Object.assign(runSettings, { imageTextCache: mediaTextCacheDir(cacheFile(options.cacheLocation, cwd)) });

  if (options.printConfig !== undefined) {
    if (paths.length || options.stdin) throw new UsageError('--print-config takes one file and lints nothing else');
    const file = path.resolve(cwd, options.printConfig);
    const settings = { ...prepare(linter, resolver, [path.dirname(file)], platforms).settingsFor(file), ...runSettings };
    const { printConfig } = await import('./commands/print-config.js');
    return printConfig(linter, file, settings, options.format);
  }

  const fixing = Boolean(options.fix || options.fixDryRun);
  if (options.fixType && !fixing) throw new UsageError('--fix-type needs --fix or --fix-dry-run');
  const fixMode = fixing ? { write: Boolean(options.fix), ...(options.fixType ? { types: options.fixType } : {}) } : undefined;

  // A streaming format writes each result as it comes and lets it go; html and formatter modules get the list whole.
  const streamed = loaded.stream ? new StreamedReport(loaded.stream, linter, { cwd, color: useColor(options.color, Boolean(options.outputFile)), version: VERSION }) : null;
  try {
    return await lintAndReport();
  } finally {
    streamed?.dispose();
  }

  /** The files this run lints, with their settings, and the folders the selected files are in. */
  /** The config packs of these folders' configs: what a worker thread loads. */
  function packFilesIn(dirs: Set<string>): string[] {
    return [...new Set(resolver.allConfigs(dirs).flatMap((c) => c.packs ?? []))];
  }

  async function findFiles(): Promise<{ mine: ReportInput[]; dirs: Set<string>; cache: ResultCache | null }> {
    const matches = await expandPatterns(paths.length ? paths : ['.'], cwd);
    for (const m of matches) debug.log(`pattern "${m.pattern}" (${m.kind}): ${m.files.length} file${m.files.length === 1 ? '' : 's'}`);
    const ignoredByFiles = ignoreFilesReason({ cwd, ignorePath: options.ignorePath, ignorePatterns: options.ignorePattern ?? [], useIgnore: options.ignore });
    const found = matches.flatMap((m) => m.files);
    // Configs are read and checked before any file is linted: a broken one stops the run.
    prepare(linter, resolver, new Set(found.filter((f) => !ignoredByFiles(f)).map((f) => path.dirname(f))), platforms);
    const files = selectFiles(matches, (file) => ignoredByFiles(file)
      // --no-ignore turns off config `ignore:` patterns as well as ignore files.
      ?? (options.ignore && resolver.settingsFor(file).ignored ? `config ignore in ${resolver.chainFor(path.dirname(file)).at(-1)?.file ?? 'config'}` : null), {
      errorOnUnmatched: options.errorOnUnmatchedPattern !== false,
      warnIgnored: options.warnIgnored !== false,
      warn: (line) => process.stderr.write(`adlint: warning: ${line}\n`),
    });
    const settingsOf = sharedSettings((file) => resolver.settingsFor(file), runSettings);
    const lintable = await withBareMedia(linter, files.map((file) => ({ file, settings: settingsOf(file) })));
    const dirs = new Set(files.map((f) => path.dirname(f)));
    // Workers start now, while this thread reads the files for landing links.
    const threads = fixing || options.cache || landingFetch ? 1 : threadsFor(options.concurrency, lintable.length);
    if (threads > 1) startWorkers(threads, packFilesIn(dirs));
    // A fetched page can change while the creative file does not: results are not reused then (the pages themselves are cached).
    const cache = options.cache && !fixing && !landingFetch ? await openCache(resolver, dirs, options.cacheLocation, cwd) : null;
    // The cache knows which unchanged files link no landing page: a warm run reads none of them.
    // A plain run on this thread lints the files the landing-links pass has just read: each is read once.
    const keepSources = !fixing && !cache && threadsFor(options.concurrency, lintable.length) === 1;
    const withPages = await withLinkedPages(linter, lintable, (page) => {
      const settings = resolver.settingsFor(page);
      return options.ignore && settings.ignored ? null : { ...settings, ...runSettings };
    }, cwd, { keepSources, known: cache ?? undefined });
    const mine = selectShard(withPages, options.shard);
    debug.phase('find files and configs');
    if (debug.enabled) {
      const skipped = [[new Set(found).size - files.length, 'ignored'], [files.length - lintable.length, 'media files no config assigns'], [withPages.length - mine.length, 'in other shards']] as const;
      logInputs(debug, resolver, mine, skipped.filter(([n]) => n > 0).map(([n, why]) => `${n} ${why}`));
    }
    // Linting goes on from a fresh turn of the event loop: run from the crawler's last callback, it would keep that callback's state (every path found, once more) alive to the end.
    await new Promise<void>((resolve) => setImmediate(resolve));
    return { mine, dirs, cache };
  }

  async function lintAndReport(): Promise<number> {
    let results: FixedFileResult[] = [];
    let linted: ReportInput[];
    const counts = noCounts();
    // The html report embeds a bounded number of files (formatters/html/cap.ts); formatter modules get every result.
    const htmlFiles = options.format === 'html' && !streamed ? new HtmlSelection<{ result: FixedFileResult; input: ReportInput }>() : null;
    /** Each result in the files' order: counted, then streamed out or kept for the formatter. */
    const take = (result: FixedFileResult, input: ReportInput): void => {
      const r = options.quiet ? onlyErrors(result) : result;
      countResult(counts, r);
      if (htmlFiles) {
        htmlFiles.add(r, { result: r, input });
        return;
      }
      if (!streamed) {
        results.push(r);
        return;
      }
      // The text messages point into (standard input's, a dry run's fixed text, else the file as it is now), read only when a format asks.
      streamed.add(r, () => (r.messages.length ? r.output ?? input.text ?? readText(r.filePath) : undefined));
    };
    if (options.stdin) {
      if (options.shard) throw new UsageError('--shard splits a list of files; it cannot be used with --stdin');
      const name = path.resolve(cwd, options.stdinFilename ?? 'stdin.ad.yaml');
      const settings = { ...prepare(linter, resolver, [path.dirname(name)], platforms).settingsFor(name), ...runSettings };
      compileConfigured(linter, resolver, [path.dirname(name)], platforms);
      // Checked as a file is: size limit, UTF-8 (or a sheet's encodings), no NUL.
      const source = linter.decodeSource(await readStdin(linter.sizeLimit(name, settings)), name, settings);
      const text = 'problem' in source ? '' : source.text;
      linted = [{ file: name, settings, text }];
      if ('problem' in source) {
        results = [source.problem];
        // With --fix, stdout carries the fixed text (often redirected into the file): a refusal goes to stderr.
        if (fixMode && options.format === 'stylish' && !options.outputFile) {
          process.stderr.write(await formatter(results, { cwd, color: false, version: VERSION, rules: ruleMetadata(linter, results) }));
          return exitCode(results, options);
        }
      } else if (fixMode) {
        // Standard input cannot be written back: the fixed text is the output (like prettier), the report goes to stderr.
        const outcome = await fixText(linter, text, name, settings, fixMode);
        results = [{ ...withFixNotes(linter, name, outcome), ...(outcome.changed ? { output: outcome.output } : {}) }];
        if (options.format === 'stylish' && !options.outputFile) {
          process.stdout.write(outcome.output);
          const shown = options.quiet ? results.map(onlyErrors) : results;
          const report = await formatter(shown, { cwd, color: false, version: VERSION, rules: ruleMetadata(linter, shown), ...(loaded.readsSources ? { sources: new Map([[name, outcome.output]]) } : {}) });
          if (report) process.stderr.write(report);
          return exitCode(options.quiet ? results.map(onlyErrors) : results, options);
        }
      } else {
        results = [await linter.lintText(text, name, settings)];
      }
    } else {
      // Found in a function of its own: the lists discovery goes through are let go before linting.
      const { mine, dirs, cache } = await findFiles();
      linted = mine;
      const progress = await createProgress(mine.length, options.format === 'stylish' || Boolean(options.outputFile));
      const threads = landingFetch ? 1 : threadsFor(options.concurrency, mine.length);
      const packFiles = threads > 1 ? packFilesIn(dirs) : [];
      await lintFiles(linter, mine, cache, progress, (i, r) => take(r, mine[i]!), fixMode, { threads, packFiles });
      await stopStartedWorkers();
      linter.forgetKeptSources();
      if (!cache || cache.misses > 0) compileConfigured(linter, resolver, dirs, platforms);
      await cache?.save();
      if (cache) debug.log(`cache ${cacheFile(options.cacheLocation, cwd)}: ${mine.length - cache.misses} reused, ${cache.misses} linted; ${cache.linkReadsSpared} unchanged file${cache.linkReadsSpared === 1 ? '' : 's'} known to link no landing page, not read for links`);
      const { recognised, cached } = linter.imageText.stats;
      if (recognised || cached) debug.log(`text in media: ${recognised} picture${recognised === 1 ? '' : 's'} recognised, ${cached} from the cache`);
      debug.phase('lint');
    }
    if (debug.enabled) {
      for (const pack of linter.packs.loaded()) debug.log(`pack ${pack.id} ${pack.version}: ${pack.rules.length} rules from ${debug.rel(pack.file)}`);
    }

    if (options.stdin) take(results.pop()!, linted[0]!);
    if (htmlFiles) {
      const kept = htmlFiles.selected();
      results = kept.map((k) => k.result);
      linted = kept.map((k) => k.input);
    }

    if (streamed) {
      await streamed.write(options.outputFile, cwd);
    } else {
      // Only the html report shows creatives beyond their messages: no other format pays for reading them again.
      // A dry-run fix left the file unchanged, so its fixed text is what the messages point into.
      const report = options.format === 'html'
        ? { ...(await gatherReportData(linter, linted.map((input, i) => ({ ...input, text: results[i]!.output ?? input.text })), results)), ...(previous ? { previous } : {}), ...(htmlFiles?.omitted() ? { omitted: htmlFiles.omitted() } : {}) }
        : undefined;
      const output = await formatter(results, {
        cwd,
        color: useColor(options.color, Boolean(options.outputFile)),
        version: VERSION,
        rules: ruleMetadata(linter, results),
        ...(report ? { report } : {}),
        ...(loaded.readsSources ? { sources: readSources(linted, results) } : {}),
      });
      writeOutput(output, options.outputFile, cwd);
    }
    debug.phase(`format ${options.format}`);
    debug.timing();
    return exitFor(counts, options);
  }
}

/** Said once, under --debug: a run without RE2 refuses only patterns that are unsafe without it. */
function patternEngineLine(): string {
  const e = patternEngine();
  if (e.engine === 're2') return 'patterns run in RE2 (linear time)';
  return `patterns run in JavaScript's engine, which refuses a pattern that may backtrack catastrophically: RE2 is not installed (the optional package \`re2\` did not load: ${e.reason}); to run such patterns, install it with \`npm install re2\` where adlint is installed`;
}

/** `--config`: read only inside the project adlint runs in, like every path a config names. */
function explicitConfig(written: string, cwd: string): string {
  const file = path.resolve(cwd, written);
  const root = projectRoot(cwd);
  if (!mayRead(root, file)) throw new UsageError(`--config ${written} is outside the project (${root}): ${OUTSIDE_HINT}`);
  return file;
}

/** `--debug`: the config chain and settings behind each file, so a surprising result can be traced. */
function logInputs(debug: DebugLog, resolver: ConfigResolver, files: readonly { file: string; settings: FileSettings }[], skipped: string[]): void {
  for (const config of resolver.allConfigs(new Set(files.map((f) => path.dirname(f.file))))) {
    debug.log(`config ${debug.rel(config.file)}: platforms ${config.platforms?.join(',') || '(none)'}; ${Object.keys(config.rules ?? {}).length} rule settings; ${config.overrides?.length ?? 0} overrides${config.packs?.length ? `; packs ${config.packs.map((p) => debug.rel(p)).join(', ')}` : ''}`);
  }
  debug.log(`${files.length} file${files.length === 1 ? '' : 's'} to lint${skipped.length ? ` (skipped: ${skipped.join(', ')})` : ''}`);
  for (const { file, settings } of files) {
    const chain = resolver.chainFor(path.dirname(file)).map((c) => debug.rel(c.file));
    const platforms = settings.platforms?.length ? settings.platforms : settings.configPlatforms;
    debug.log(`file ${debug.rel(file)}: config ${chain.join(' > ') || '(none)'}; platforms ${platforms?.join(',') || "the creative's own"}`);
  }
}

/**
 * The text each message points into, for formats that count positions themselves: standard
 * input's text, a dry run's fixed text, else the file as it is now (after --fix, the fixed file).
 */
function readSources(inputs: readonly ReportInput[], results: readonly FixedFileResult[]): Map<string, string> {
  const texts = new Map<string, string>();
  results.forEach((r, i) => {
    if (r.messages.length === 0) return;
    const text = r.output ?? inputs[i]?.text ?? readText(r.filePath);
    if (text !== undefined) texts.set(r.filePath, text);
  });
  return texts;
}

/** Bounds the re-read of a linted file: it may have been swapped for a pipe or grown since it was linted. */
const MAX_SOURCE_TEXT = 64 * 1024 * 1024;

/** A text file's content as the readers decode it (UTF-8, BOM dropped); undefined for images and unreadable files. */
function readText(file: string): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readRegularFileSync(file, MAX_SOURCE_TEXT));
  } catch {
    return undefined;
  }
}

/** 2 when linting could not go on (a fatal message) or a fixed file could not be written; else 1 for errors or too many warnings; else 0. */
function exitCode(results: FixedFileResult[], options: LintOptions): number {
  const counts = noCounts();
  for (const r of results) countResult(counts, r);
  return exitFor(counts, options);
}

function exitFor({ fatal, errors, warnings, unchecked }: RunCounts, options: LintOptions): number {
  if (fatal) return 2;
  if (errors > 0) return 1;
  if (options.failOnUnchecked) {
    if (unchecked) {
      process.stderr.write(`adlint: ${unchecked} creative–platform pair${unchecked === 1 ? ' was' : 's were'} checked by no rule (--fail-on-unchecked).\n`);
      return 1;
    }
  }
  if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    process.stderr.write(`adlint found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

/** The cache for this run: entries are valid only for this adlint version, these configs and the files the rules were built from. */
function openCache(resolver: ConfigResolver, dirs: Set<string>, location: string | undefined, cwd: string): Promise<ResultCache> {
  const configFiles = resolver.allConfigs(dirs).map((c) => c.file);
  return ResultCache.open(cacheFile(location, cwd), runKey(VERSION, configFiles));
}

/** Loads every pack the run may need and checks config, before any file is read: config errors stop the run (exit 2). */
function prepare(linter: Linter, resolver: ConfigResolver, dirs: Iterable<string>, platforms: string[]): ConfigResolver {
  // Every problem found before any is reported: one round of fixes, not one per run.
  const problems = new ConfigProblems();
  const configs = [...new Set(dirs)].flatMap((dir) => problems.attempt(() => resolver.allConfigs([dir])) ?? []);
  for (const config of new Set(configs)) for (const pack of config.packs ?? []) problems.attempt(() => linter.packs.addFile(pack));
  // A pack that did not load makes its platform unknown: saying so too would only repeat it.
  if (problems.found) problems.done();
  problems.attempt(() => linter.assertPlatforms(platforms, '--platform: '));
  for (const config of new Set(configs)) {
    problems.attempt(() => linter.assertPlatforms(config.platforms ?? [], `${config.file}: platforms: `));
    for (const o of config.overrides ?? []) problems.attempt(() => linter.assertPlatforms(o.platforms ?? [], `${config.file}: overrides: platforms: `));
    const at = (prefix: (string | number)[]) => (key: string) => config.positionOf?.([...prefix, key], true);
    problems.attempt(() => linter.assertRuleSettings(config.rules ?? {}, config.file, at(['rules'])));
    (config.overrides ?? []).forEach((o, i) => problems.attempt(() => linter.assertRuleSettings(o.rules ?? {}, config.file, at(['overrides', i, 'rules']))));
  }
  problems.done();
  return resolver;
}

/**
 * Compiles the rules of every platform the configs or the command line name, so a broken pack
 * stops the run (exit 2) even when no creative uses it. Output is written only after this. A run
 * answered wholly from the cache skips it: the cache key covers the packs' content, so they
 * compiled when the entries were made.
 */
function compileConfigured(linter: Linter, resolver: ConfigResolver, dirs: Iterable<string>, platforms: string[]): void {
  const configs = resolver.allConfigs(dirs);
  const named = platforms.length ? platforms : configuredPlatforms(configs);
  const problems = new ConfigProblems();
  for (const p of linter.canonicalPlatforms(named)) problems.attempt(() => linter.activeRules([p]));
  problems.done();
}

/**
 * Each file's settings with the run's added, one object for all files whose settings are the
 * same (most files of a folder): a run of 100,000 files keeps a copy per distinct settings, not
 * one per file, and every object it keeps for the whole run costs several times its size in
 * heap growth. Settings come from config files, so their JSON tells them apart.
 */
function sharedSettings(settingsFor: (file: string) => FileSettings, runSettings: Partial<FileSettings>): (file: string) => FileSettings {
  const seen = new Map<string, FileSettings>();
  // The resolver hands the files of a folder without globbed configs one object, and files come
  // sorted, folder by folder: the last one answers most files without a JSON string each.
  let last: { own: FileSettings; settings: FileSettings } | undefined;
  return (file) => {
    const own = settingsFor(file);
    if (last?.own === own) return last.settings;
    const key = JSON.stringify(own);
    let settings = seen.get(key);
    if (!settings) {
      settings = { ...own, ...runSettings };
      seen.set(key, settings);
    }
    last = { own, settings };
    return settings;
  };
}

function onlyErrors<T extends FileResult>(result: T): T {
  const messages: LintMessage[] = result.messages.filter((m) => m.severity === 'error');
  return { ...result, messages, warningCount: 0, infoCount: 0, fixableCount: messages.filter((m) => m.fix).length };
}
