import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readRegularFileSync } from '../fs/regular-file.js';
import { noteRuleRead } from '../fs/read-log.js';
import path from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { ConfigError } from '../model/message.js';
import type { LineIndex } from '../text/line-index.js';
import { corePath } from '../package-paths.js';

/**
 * Bundled packs and lexicons are parsed at build time into JSON files named by the hash of
 * their text (scripts/precompile-yaml.mjs). Parsing a large lexicon's YAML took most of a
 * one-file run (a pre-commit hook); JSON.parse of the same data is an order of magnitude
 * cheaper. Any other or edited file simply misses the cache and is parsed as YAML.
 */
export const YAML_CACHE_DIR = corePath('dist', 'yaml-cache');

export function yamlCacheKey(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export function cachedYamlData(text: string): unknown {
  try {
    return JSON.parse(readFileSync(path.join(YAML_CACHE_DIR, `${yamlCacheKey(text)}.json`), 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Parses a YAML file for its data; the positioned document is built only when asked for (to locate an error). */
export function readYamlData(text: string): { data: unknown; doc: () => Document; fromCache: boolean } {
  let parsed: Document | undefined;
  const doc = (): Document => (parsed ??= parseDocument(text, { uniqueKeys: true, prettyErrors: false }));
  const cached = cachedYamlData(text);
  if (cached !== undefined) return { data: cached, doc, fromCache: true };
  return { data: undefined, doc, fromCache: false };
}

/**
 * A pack's or lexicon's data, from the build-time cache or parsed here; a YAML problem is a
 * ConfigError at its file:line:column. `doc()` gives the positioned document for locating later problems.
 */
export function loadYamlData(text: string, file: string, lines: LineIndex): { data: unknown; doc: () => Document } {
  const yaml = readYamlData(text);
  if (yaml.fromCache) return yaml;
  const doc = yaml.doc();
  const first = doc.errors[0];
  if (first) throw new ConfigError(first.message.split('\n')[0]!, { file, ...lines.position(first.pos[0]) });
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }), doc: yaml.doc };
  } catch (e) {
    throw new ConfigError((e as Error).message, { file });
  }
}

/** A pack's, lexicon's or config's bytes; an unreadable file is a ConfigError naming it (`what`: "pack", "config"…). */
export function readConfigFile(file: string, what: string): Buffer {
  noteRuleRead(file);
  try {
    return readRegularFileSync(file);
  } catch (e) {
    throw new ConfigError(`cannot read ${what}: ${(e as Error).message}`, { file });
  }
}
