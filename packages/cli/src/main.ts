import { existsSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { ConfigError, MESSAGE_CATEGORIES, didYouMean, type MessageCategory } from '@adlint/core';
import { UsageError } from './errors.js';
import { runLint, type LintOptions } from './lint-command.js';
import { parseShard } from './shard.js';
import { VERSION } from './version.js';
import { visible } from './formatters/visible.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function parseCategories(value: string): MessageCategory[] {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(MESSAGE_CATEGORIES as readonly string[]).includes(n));
  if (unknown.length || names.length === 0) throw new InvalidArgumentError(`unknown categor${unknown.length > 1 ? 'ies' : 'y'} ${unknown.join(', ') || '(none)'}; known: ${MESSAGE_CATEGORIES.join(', ')}`);
  return names as MessageCategory[];
}

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('expected an integer');
  return n;
}

function concurrency(value: string): number | 'auto' | 'off' {
  if (value === 'auto' || value === 'off') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a number of threads (1 or more), auto or off');
  return n;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds above 0');
  return n;
}

function fetchMode(value: string): 'online' | 'offline' {
  if (value === 'online' || value === 'offline') return value;
  throw new InvalidArgumentError(`"${value}" is not a mode (online, offline): write --fetch-landing=offline, or put paths before --fetch-landing`);
}

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('adlint')
    .description('Lint ad creatives and listings against platform rules and advertising law before upload.')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', 'files and folders to lint', [])
    .option('-c, --config <file>', 'use this config file instead of discovering .adlint.yaml files')
    .option('-p, --platform <id>', 'check against this platform pack (repeatable, or comma-separated); overrides creatives and config', collect, [])
    .option('-f, --format <name>', 'output format: stylish, compact, json, eslint-json, sarif, github, gitlab, junit, rdjson, rdjsonl, html, a path to a formatter module, or an installed eslint-formatter-* package', 'stylish')
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('--compare <previous.json>', 'with --format html: what got better or worse since the run that wrote this --format json report')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', integer)
    .option('--quiet', 'report errors only')
    .option('--color', 'colours even when output is not a terminal (also FORCE_COLOR=1)')
    .option('--no-color', 'no colours (also NO_COLOR or FORCE_COLOR=0; off whenever output is not a terminal)')
    .option('--ignore-path <file>', 'gitignore-style file of paths to skip (default: .adlintignore)')
    .option('--ignore-pattern <pattern>', 'skip files matching this gitignore-style pattern, relative to the current folder (repeatable)', collect, [])
    .option('--no-ignore', 'do not use ignore files, --ignore-pattern or config ignore patterns')
    .option('--no-error-on-unmatched-pattern', 'a path or glob that matches no file (or only ignored ones) is not an error')
    .option('--no-warn-ignored', 'say nothing when a file named on the command line is ignored')
    .option('--stdin', 'lint text from standard input')
    .option('--stdin-filename <name>', 'file name for --stdin text: picks the reader and config')
    .option('--report-unused-disable-directives', 'warn about adlint-disable directives that silenced nothing (each with a fix that removes it)')
    .option('--require-disable-reason', 'adlint-disable directives without a " -- reason" are errors (as config requireDisableReason)')
    .option('--fix', 'apply safe fixes and write the files (atomically)')
    .option('--fix-dry-run', 'compute fixes without writing; json output gains "output", --stdin prints the fixed text')
    .option('--fix-type <categories>', 'only fix messages of these categories, comma-separated (e.g. punctuation,whitespace,claim)', parseCategories)
    .option('--cache', 'reuse results of files that have not changed since the last --cache run')
    .option('--cache-location <path>', 'cache file, or folder to hold it (default: .adlintcache)')
    .option('--allow-outside-project', 'read media, landing pages, packs, lexicons and configs outside the project (the git top level or the current folder)')
    .option('--fetch-landing [mode]', 'fetch the page at each landing_url and check it (online, the default; offline: only cached pages)', fetchMode)
    .option('--fetch-landing-timeout <seconds>', 'with --fetch-landing: time allowed for one page, redirects included (default 10)', seconds)
    .option('--fetch-landing-max-age <seconds>', 'with --fetch-landing: use a cached page this long before asking the server again (default 3600)', seconds)
    .option('--fetch-landing-cache <dir>', 'with --fetch-landing: folder of fetched pages (default: .adlint-landing)')
    .option('--fetch-landing-allow-private', 'with --fetch-landing: allow loopback and private addresses (local test servers, staging)')
    .option('--concurrency <n>', 'threads that lint files: a number, auto (one per core for 200 files or more, 50,000 on 2 cores; the default) or off', concurrency, 'auto')
    .option('--shard <i/n>', 'lint only the i-th of n deterministic parts of the file list (for parallel CI jobs)', parseShard)
    .option('--print-config <file>', 'for each creative of the file and each platform: every rule, whether it checked the creative, and why not (json with --format json)')
    .option('--fail-on-unchecked', 'exit 1 when a targeted platform checked a creative with no rule at all')
    .option('--debug', 'print the files, configs and packs used and the time each phase took (stderr); which engine runs patterns; stack traces of internal errors')
    .showSuggestionAfterError()
    // A program with its own action gets no `help` command unless asked (`adlint help rules`).
    .helpCommand(true)
    // Subcommands have their own -p/-f; the program's options are read only before a subcommand.
    .enablePositionalOptions()
    .action(async (paths: string[], options: LintOptions) => {
      assertNotMistypedCommand(paths[0], program.commands.map((c) => c.name()));
      setExit(await runLint(paths, options));
    });

  program
    .command('rules')
    .description('list the rules of the bundled packs (or of --platform)')
    .option('-p, --platform <id>', 'only this platform (repeatable)', collect, [])
    .option('-f, --format <name>', 'table or json', 'table')
    .action(async (options: { platform: string[]; format: string }) => {
      const { listRules } = await import('./commands/rules.js');
      setExit(listRules(options));
    });

  program
    .command('explain')
    .description('what a rule checks, why, its source and its examples; or, with --rejection, which rules anticipate a platform rejection')
    .argument('[ruleOrPaths...]', '<pack>/<rule>; with --rejection, files and folders to lint with just the matching rules')
    .option('--rejection <text>', 'the text of a platform rejection (any language): list the rules that anticipate it, best match first')
    .option('-p, --platform <id>', 'with --rejection: only reasons of this platform (repeatable)', collect, [])
    .option('-f, --format <name>', 'with --rejection and paths: output format of the lint', 'stylish')
    .action(async (args: string[], options: { rejection?: string; platform: string[]; format: string }) => {
      if (options.rejection !== undefined) {
        const { explainRejection } = await import('./commands/explain-rejection.js');
        setExit(await explainRejection(options.rejection, args, options));
        return;
      }
      if (args.length !== 1) throw new UsageError('explain needs one <pack>/<rule>, or --rejection "<text>"');
      const { explainRule } = await import('./commands/explain.js');
      setExit(explainRule(args[0]!));
    });

  program
    .command('test-packs')
    .description("run every rule's embedded examples (invalid must fire, valid must not)")
    .argument('[ids...]', 'pack ids (default: all)')
    .action(async (ids: string[]) => {
      const { runPackTests } = await import('./commands/test-packs.js');
      setExit(await runPackTests(ids));
    });

  program
    .command('init')
    .description('write a starter .adlint.yaml and an example creative (never overwrites)')
    .action(async () => {
      const { init } = await import('./commands/init.js');
      setExit(init(process.cwd()));
    });

  return program;
}

/**
 * `adlint rule` is a path to commander; when no such file exists and the word is close to a
 * command, the user meant the command.
 */
function assertNotMistypedCommand(first: string | undefined, commands: string[]): void {
  if (!first || /[\\/.*?[{]/.test(first) || existsSync(first)) return;
  const command = didYouMean(first, commands);
  if (command) throw new UsageError(`unknown command "${first}" (did you mean "${command}"?); see adlint --help`);
}

/** Runs the CLI and returns the exit code: 0 clean, 1 lint errors, 2 usage, config or internal error. */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  program.exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return e.exitCode === 0 ? 0 : 2;
    }
    const debug = argv.includes('--debug');
    if (e instanceof ConfigError) {
      for (const p of e.problems) process.stderr.write(`adlint: ${visible(p.message)}\n`);
    } else if (e instanceof UsageError) {
      process.stderr.write(`adlint: ${visible(e.message)}\n`);
    } else {
      process.stderr.write(`adlint: internal error: ${visible((e as Error).message ?? String(e))}\n`);
      if (!debug) process.stderr.write('Run again with --debug for the stack trace.\n');
    }
    if (debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    return 2;
  }
}
