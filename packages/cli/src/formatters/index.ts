import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.js';
import { importUserModule } from '../launched.js';
import type { EslintResult, eslintRulesMeta } from './eslint-json.js';
import type { Formatter, LoadedFormatter, StreamFormatter } from './types.js';

/** What an `eslint-formatter-*` package exports: ESLint's results and context in, text out. */
type EslintFormatter = (results: EslintResult[], context: { cwd: string; rulesMeta: ReturnType<typeof eslintRulesMeta> }) => string | Promise<string>;

/** Built-in formatters, loaded only when chosen; those with `stream` write as files finish. */
const BUILT_IN: Record<string, () => Promise<{ format: LoadedFormatter; stream?: StreamFormatter }>> = {
  compact: () => import('./compact.js'),
  'eslint-json': () => import('./eslint-json.js'),
  github: () => import('./github.js'),
  gitlab: () => import('./gitlab.js'),
  html: () => import('./html/index.js'),
  json: () => import('./json.js'),
  junit: () => import('./junit.js'),
  rdjson: async () => {
    const m = await import('./rdjson.js');
    return { format: m.formatResult, stream: m.streamResult };
  },
  rdjsonl: async () => {
    const m = await import('./rdjson.js');
    return { format: m.formatLines, stream: m.streamLines };
  },
  sarif: () => import('./sarif.js'),
  stylish: () => import('./stylish.js'),
};

export const FORMAT_NAMES = Object.keys(BUILT_IN).sort();

/** Formats that count positions in the files' text, so the run reads the texts for them. */
export const FORMATS_READING_SOURCES = new Set(['rdjson', 'rdjsonl', 'eslint-json']);

/**
 * A built-in name; a path (it holds a slash or ends in .js/.mjs/.cjs) to a module exporting an
 * adlint formatter; or, as `eslint --format` does, an ESLint formatter package (`pretty` or
 * `eslint-formatter-pretty`, installed where adlint runs), given ESLint-shaped results.
 */
export async function loadFormatter(name: string, cwd: string): Promise<{ format: LoadedFormatter; readsSources: boolean; stream?: StreamFormatter } | null> {
  const load = BUILT_IN[name];
  if (load) {
    const mod = await load();
    return { format: mod.format, readsSources: FORMATS_READING_SOURCES.has(name), ...(mod.stream ? { stream: mod.stream } : {}) };
  }
  if (/[\\/]|\.[cm]?js$/.test(name) && !name.startsWith('@')) return { format: await loadFormatterModule(path.resolve(cwd, name), name), readsSources: false };
  const eslintFormatter = await loadEslintFormatter(name, cwd);
  return eslintFormatter ? { format: eslintFormatter, readsSources: true } : null;
}

/** As in ESLint: the module's default export, or a named `format` export, is the formatter. */
async function loadFormatterModule<F = LoadedFormatter>(file: string, name: string): Promise<F> {
  if (!existsSync(file)) throw new UsageError(`formatter module not found: ${name}`);
  let mod: { default?: unknown; format?: unknown };
  try {
    mod = (await importUserModule(pathToFileURL(file).href)) as typeof mod;
  } catch (e) {
    throw new UsageError(`cannot load formatter module ${name}: ${(e as Error).message}`);
  }
  const fn = typeof mod.default === 'function' ? mod.default : mod.format;
  if (typeof fn !== 'function') throw new UsageError(`formatter module ${name} exports no function (expected a default export or \`format\`)`);
  return fn as F;
}

/** ESLint's naming: `pretty` → `eslint-formatter-pretty`, `@scope/x` → `@scope/eslint-formatter-x`. */
function eslintPackageNames(name: string): string[] {
  if (/^(@[^/]+\/)?eslint-formatter-/.test(name)) return [name];
  const scoped = /^(@[^/]+)(?:\/(.+))?$/.exec(name);
  if (scoped) return [`${scoped[1]}/eslint-formatter${scoped[2] ? `-${scoped[2]}` : ''}`];
  return [`eslint-formatter-${name}`];
}

async function loadEslintFormatter(name: string, cwd: string): Promise<LoadedFormatter | null> {
  // Resolved from where adlint runs, as ESLint resolves from the project.
  const require = createRequire(path.join(cwd, 'noop.js'));
  for (const pkg of eslintPackageNames(name)) {
    let file: string;
    try {
      file = require.resolve(pkg);
    } catch {
      continue;
    }
    const fn = await loadFormatterModule<EslintFormatter>(file, pkg);
    const { toEslintResults, eslintRulesMeta } = await import('./eslint-json.js');
    return (results, context) => fn(toEslintResults(results, context.sources), { cwd: context.cwd, rulesMeta: eslintRulesMeta(context.rules) });
  }
  return null;
}
