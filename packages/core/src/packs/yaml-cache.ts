import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, type Document } from 'yaml';
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
