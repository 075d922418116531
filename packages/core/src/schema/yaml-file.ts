import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readRegularFileSync } from '../fs/regular-file.js';
import { noteRuleRead } from '../fs/read-log.js';
import { tryUnlink, userCacheRoot, writeCacheEntry } from '../fs/user-cache.js';
import path from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { ConfigError } from '../model/message.js';
import { LineIndex } from '../text/line-index.js';
import { corePath } from '../package-paths.js';
import { describeAllSchemaErrors, schemaKey, validator, type SchemaName } from './validate.js';
import { locate } from './yaml-locate.js';
import { withSuggestion } from './schema-hints.js';

/**
 * Bundled packs and lexicons are parsed at build time into JSON files named by the hash of
 * their text (scripts/precompile-yaml.mjs). Parsing a large lexicon's YAML took most of a
 * one-file run (a pre-commit hook); JSON.parse of the same data is an order of magnitude
 * cheaper. Any other or edited file simply misses the cache and is parsed as YAML.
 */
export const YAML_CACHE_DIR = corePath('dist', 'yaml-cache');

/**
 * One cached file: its data, and the schema keys (name@hash, see currentKey in validate.ts) the
 * build validated that data against and found it valid: the file's own schema and, for a pack,
 * each of its rules' parameter schemas. Validating the same data against the same schema again
 * can only agree, so the run skips what this lists, and only that.
 */
export interface YamlCacheEntry {
  validated: string[];
  data: unknown;
}

export function yamlCacheKey(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export function yamlCacheFile(text: string): string {
  return path.join(YAML_CACHE_DIR, `${yamlCacheKey(text)}.json`);
}

export function cachedYamlEntry(text: string): YamlCacheEntry | undefined {
  try {
    const entry = JSON.parse(readFileSync(yamlCacheFile(text), 'utf8')) as YamlCacheEntry;
    return Array.isArray(entry.validated) && 'data' in entry ? entry : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A project's own packs, lexicons and configs, once parsed and found valid, are kept the same way
 * in `yaml/` of the user's cache folder (see fs/user-cache.ts), named by the hash of their text and
 * of the parser (dist/yaml-cache/parser-id): a pre-commit hook parsed the project's pack and config
 * on every commit, and reads their data as JSON now. Only data JSON holds exactly is kept (a
 * `.inf` would come back as null), and an entry is never trusted as a bundled one (`prebuilt`).
 */
const USER_ENTRIES_KEPT = 256;
const MAX_USER_ENTRY = 64 * 1024 * 1024;
let parserId: string | null | undefined;

function userEntryFile(text: string): string | null {
  const root = userCacheRoot();
  if (!root) return null;
  if (parserId === undefined) {
    try {
      parserId = readFileSync(path.join(YAML_CACHE_DIR, 'parser-id'), 'utf8').trim() || null;
    } catch {
      parserId = null;
    }
  }
  if (parserId === null) return null;
  return path.join(root, 'yaml', `${createHash('sha1').update(`adlint-yaml\u0000${parserId}\u0000`).update(text).digest('hex')}.json`);
}

function userYamlEntry(file: string): YamlCacheEntry | undefined {
  let entry: YamlCacheEntry;
  try {
    // Regular files only: a pipe planted in the cache folder would block the read.
    entry = JSON.parse(readRegularFileSync(file, MAX_USER_ENTRY).toString('utf8')) as YamlCacheEntry;
  } catch (e) {
    // Damaged (a disk error, a crash on a file system without atomic rename): drop it.
    if (e instanceof SyntaxError) tryUnlink(file);
    return undefined;
  }
  return Array.isArray(entry?.validated) && 'data' in entry ? entry : undefined;
}

/** Whether JSON gives back exactly this value: plain objects, arrays, strings, finite numbers, booleans, null. */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return !Object.hasOwn(value, '__proto__') && Object.values(value).every(isPlainJson);
}

export interface YamlData {
  data: unknown;
  /** The positioned document, built on first use. */
  doc: () => Document;
  /** From the build-time cache: byte for byte a bundled file. */
  fromCache: boolean;
  /** From the user's cache: a project's file parsed and found valid by an earlier run (its entry file). */
  fromUserCache?: string;
  /** The schema keys the data was found valid against (empty unless from a cache). */
  validated: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/** Parses a YAML file for its data; the positioned document is built only when asked for (to locate an error). */
export function readYamlData(text: string): YamlData {
  let parsed: Document | undefined;
  const doc = (): Document => (parsed ??= parseDocument(text, { uniqueKeys: true, prettyErrors: false }));
  const cached = cachedYamlEntry(text);
  if (cached !== undefined) return { data: cached.data, doc, fromCache: true, validated: new Set(cached.validated) };
  const userFile = userEntryFile(text);
  const user = userFile ? userYamlEntry(userFile) : undefined;
  if (user !== undefined) return { data: user.data, doc, fromCache: false, fromUserCache: userFile!, validated: new Set(user.validated) };
  return { data: undefined, doc, fromCache: false, validated: NONE };
}

/**
 * A pack's or lexicon's data, from the build-time cache or parsed here; a YAML problem is a
 * ConfigError at its file:line:column. `doc()` gives the positioned document for locating later problems.
 */
export function loadYamlData(text: string, file: string, lines: LineIndex): YamlData {
  const yaml = readYamlData(text);
  if (yaml.fromCache || yaml.fromUserCache) return yaml;
  const doc = yaml.doc();
  const first = doc.errors[0];
  if (first) throw new ConfigError(first.message.split('\n')[0]!, { file, ...lines.position(first.pos[0]) });
  try {
    return { ...yaml, data: doc.toJS({ maxAliasCount: 100 }) };
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

/** A YAML file read, parsed and validated, with what is needed to point at a later problem in it. */
export interface YamlFile {
  file: string;
  data: unknown;
  lines: LineIndex;
  /** The positioned document, built on first use. */
  doc: () => Document;
  /** Line and column of the node (or its key) at `at`; the nearest existing ancestor otherwise. */
  position(at: (string | number)[], atKey?: boolean): { line: number; column: number };
  /** The text is byte for byte a bundled file the build parsed (its data came from the build-time cache). */
  prebuilt: boolean;
  /** The schema keys the build found this data valid against (see YamlCacheEntry). */
  validated: ReadonlySet<string>;
}

/**
 * The one way a pack, lexicon or config file is loaded: read (unreadable is a ConfigError naming
 * the file), decoded as strict UTF-8, parsed (from the build-time cache when bundled) and
 * validated against its published schema (unless the build did, for these very bytes). Problems are ConfigErrors at file:line:column (every
 * schema problem at once);
 * `label` prefixes schema problems (`lexicon: …`) where the file's kind is not obvious.
 */
export function loadYamlFile(file: string, what: string, schema: SchemaName, options: { label?: string; empty?: unknown } = {}): YamlFile {
  const text = decodeUtf8(readConfigFile(file, what), file, what);
  const lines = new LineIndex(text);
  const yaml = loadYamlData(text, file, lines);
  const position = (at: (string | number)[], atKey = false) => lines.position(locate(yaml.doc(), at, atKey)[0]);
  const data = yaml.data ?? options.empty;
  const key = schemaKey(schema);
  if (!yaml.validated.has(key)) {
    validateAgainst(schema, data, file, position, options.label);
    if (!yaml.fromCache) keepForLaterRuns(text, { validated: [...yaml.validated, key], data: yaml.data }, yaml.fromUserCache);
  }
  return { file, data, lines, doc: yaml.doc, position, prebuilt: yaml.fromCache, validated: yaml.validated };
}

/** Stores a project file's valid data in the user's cache (see userEntryFile); never an error. */
function keepForLaterRuns(text: string, entry: YamlCacheEntry, file = userEntryFile(text)): void {
  if (!file || entry.data === undefined || !isPlainJson(entry.data)) return;
  writeCacheEntry(path.dirname(file), path.basename(file), Buffer.from(JSON.stringify(entry)), USER_ENTRIES_KEPT);
}

function validateAgainst(schema: SchemaName, data: unknown, file: string, position: YamlFile['position'], label = ''): void {
  const validate = validator(schema);
  if (!validate(data)) {
    // Every offending node at once: a pack with three mistakes is fixed in one round.
    throw ConfigError.of(describeAllSchemaErrors(validate.errors).map((p) => new ConfigError(`${label}${withSuggestion(p, validate.errors ?? [], data, schema)}`, { file, ...position(p.path, p.atKey) })));
  }
}

function decodeUtf8(bytes: Buffer, file: string, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Point at the first undecodable byte: a lossy decode puts U+FFFD there.
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\ufffd');
    throw new ConfigError(`${what} is not valid UTF-8 (save it as UTF-8)`, { file, ...new LineIndex(lossy).position(Math.max(at, 0)) });
  }
}
