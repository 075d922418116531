import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.js';
import type { Formatter } from './types.js';

/** Built-in formatters, loaded only when chosen. */
const BUILT_IN: Record<string, () => Promise<{ format: Formatter }>> = {
  github: () => import('./github.js'),
  gitlab: () => import('./gitlab.js'),
  html: () => import('./html/index.js'),
  json: () => import('./json.js'),
  junit: () => import('./junit.js'),
  sarif: () => import('./sarif.js'),
  stylish: () => import('./stylish.js'),
};

export const FORMAT_NAMES = Object.keys(BUILT_IN).sort();

/** A built-in name, or a path (it holds a slash or ends in .js/.mjs/.cjs) to a module exporting a formatter. */
export async function loadFormatter(name: string, cwd: string): Promise<Formatter | null> {
  const load = BUILT_IN[name];
  if (load) return (await load()).format;
  if (!/[\\/]|\.[cm]?js$/.test(name)) return null;
  return loadFormatterModule(path.resolve(cwd, name), name);
}

/** As in ESLint: the module's default export, or a named `format` export, is the formatter. */
async function loadFormatterModule(file: string, name: string): Promise<Formatter> {
  if (!existsSync(file)) throw new UsageError(`formatter module not found: ${name}`);
  let mod: { default?: unknown; format?: unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as typeof mod;
  } catch (e) {
    throw new UsageError(`cannot load formatter module ${name}: ${(e as Error).message}`);
  }
  const fn = typeof mod.default === 'function' ? mod.default : mod.format;
  if (typeof fn !== 'function') throw new UsageError(`formatter module ${name} exports no function (expected a default export or \`format\`)`);
  return fn as Formatter;
}
