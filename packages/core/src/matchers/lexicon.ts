import { statSync } from 'node:fs';
import path from 'node:path';
import { noteRuleRead } from '../fs/read-log.js';
import { ConfigError } from '../model/message.js';
import { readSchema } from '../schema/validate.js';
import { loadYamlFile, readConfigFile } from '../schema/yaml-file.js';
import { compiledLexiconKey, readCompiledLexicon, writeCompiledLexicon } from './compiled-lexicons.js';
import { TermListError, TermMatcher, type TermEntry } from './terms.js';

export interface Lexicon {
  file: string;
  name: string;
  source?: string;
  matcher: TermMatcher;
}

/** The lexicon JSON Schema; its `definitions.entry` also validates a rule's inline `terms:`. */
export const lexiconSchema = readSchema('lexicon') as { definitions: { entry: object } };
/**
 * One automaton per lexicon file per process, however many rules and packs share it. Keyed by
 * the file's size and modification time too, so a long-lived process (the language server)
 * compiles an edited lexicon afresh.
 */
const cache = new Map<string, Lexicon>();

/**
 * Reads, validates and compiles a lexicon file (`rules/lexicons/*.yaml`). Every problem is a
 * ConfigError at the lexicon's file:line:column: invalid UTF-8, YAML errors, schema errors, an
 * empty list, a duplicate or blank term, an exception that does not contain its term.
 */
export function loadLexicon(file: string): Lexicon {
  const abs = path.resolve(file);
  const key = `${abs}\u0000${fileStamp(abs)}`;
  const cached = cache.get(key);
  if (cached) {
    noteRuleRead(abs);
    return cached;
  }
  const lexicon = fromCompiled(abs) ?? compile(abs);
  cache.set(key, lexicon);
  return lexicon;
}

/** The lexicon from a compiled entry for these exact bytes (see compiled-lexicons.ts), or undefined. */
function fromCompiled(abs: string): Lexicon | undefined {
  const compiledKey = compiledLexiconKey(readConfigFile(abs, 'lexicon'));
  if (!compiledKey) return undefined;
  const compiled = readCompiledLexicon(compiledKey);
  let lexicon: Lexicon | undefined;
  if (compiled) {
    try {
      const { name, source, terms } = compiled.data;
      lexicon = { file: abs, name, ...(source ? { source } : {}), matcher: new TermMatcher(terms, compiled.tables) };
    } catch {
      // Tables that do not fit their entries: compile afresh (and overwrite the entry).
    }
  }
  if (lexicon) return lexicon;
  lexicon = compile(abs);
  const { name, source } = lexicon;
  writeCompiledLexicon(compiledKey, { data: { name, ...(source ? { source } : {}), terms: [...lexicon.matcher.entries] }, tables: lexicon.matcher.tables() });
  return lexicon;
}

/** Reads, validates and compiles the lexicon file. */
function compile(abs: string): Lexicon {
  const yaml = loadYamlFile(abs, 'lexicon', 'lexicon', { label: 'lexicon: ' });
  const data = yaml.data;
  const at = (p: (string | number)[]) => ({ file: abs, ...yaml.position(p) });
  const { name, source, terms } = data as { name: string; source?: string; terms: TermEntry[] };
  let matcher: TermMatcher;
  try {
    matcher = new TermMatcher(terms);
  } catch (e) {
    if (e instanceof TermListError) throw new ConfigError(`lexicon: ${e.message}`, at(['terms', ...e.path]));
    throw e;
  }
  return { file: abs, name, ...(source ? { source } : {}), matcher };
}

function fileStamp(file: string): string {
  try {
    const info = statSync(file);
    return `${info.size}:${info.mtimeMs}`;
  } catch {
    return 'missing';
  }
}
