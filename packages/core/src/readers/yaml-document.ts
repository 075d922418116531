import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Span, TextSource } from '../model/creative.js';
import { describeAllSchemaErrors, validator } from '../schema/validate.js';
import { SCHEMA_PROBLEMS, type SchemaWording } from '../schema/problems.js';
import { fillTemplate, worded, type MessageData, type Wording } from '../model/wording.js';
import type { ReadProblem } from './types.js';
import { readProblem } from './file-problems.js';
import { locate, rangeOf } from '../schema/yaml-locate.js';
import { isStringScalar, textSourceOf } from './yaml-text.js';
import { MAX_MAPPING_KEYS, oversizedMapping } from './work-bound.js';

/**
 * The YAML steps shared by manifests and Markdown frontmatter: parse, convert, validate against
 * the creative schema, and map field paths to source. Offsets are those of the text given, so
 * frontmatter is parsed as the prefix of its file (`---` opens a YAML document too) and every
 * position is already a position in the file.
 */

/** The yaml library's guard against alias ("billion laughs") bombs. */
const MAX_ALIAS_COUNT = 100;

export interface FieldMaps {
  spans: Map<string, Span>;
  texts: Map<string, TextSource>;
}

/** A schema problem with the path into the validated value it is about. */
export interface SchemaReadProblem extends ReadProblem {
  path: (string | number)[];
  /** How it is worded, for readers that add to it (a did-you-mean, a comment hint). */
  schema: SchemaWording;
}

/**
 * A creative-schema problem worded by id (the linter words it in the file's language); `suffix`
 * is a clause added after it in every language, with the data it needs.
 */
export function schemaReadProblem(schema: SchemaWording, span: Span, path: (string | number)[], suffix?: { wording: Wording; data: MessageData }): SchemaReadProblem {
  const w = worded(SCHEMA_PROBLEMS, schema.messageId, { ...schema.data, ...suffix?.data }, schema.parts);
  const wording = suffix ? { en: w.wording.en + suffix.wording.en, zh: w.wording.zh + suffix.wording.zh } : w.wording;
  return { ruleId: 'adlint/schema', category: 'schema', span, path, schema, ...w, wording, reason: fillTemplate(wording.en, w.data) };
}

export function parseYaml(text: string): { doc: Document; problems: ReadProblem[] } {
  const oversized = oversizedMapping(text);
  if (oversized !== null) {
    return { doc: parseDocument(''), problems: [readProblem('yaml-too-many-keys', [oversized, oversized + 1], { max: MAX_MAPPING_KEYS })] };
  }
  const doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: true, prettyErrors: false, strict: true });
  // The yaml library recurses per nesting level and reports a stack overflow as an error at the
  // level it reached; say what is wrong with the file rather than with the engine.
  const problems: ReadProblem[] = [];
  for (const e of doc.errors) {
    const tooDeep = /Maximum call stack/.test(e.message);
    if (tooDeep && problems.some((p) => p.messageId === 'yaml-too-deep')) continue;
    const span: Span = [e.pos[0], e.pos[1]];
    problems.push(tooDeep ? readProblem('yaml-too-deep', span) : readProblem('yaml-syntax', span, { detail: firstLine(e.message) }));
  }
  return { doc, problems };
}

/** The document as plain data, or the problem that prevents it (an alias bomb). */
export function yamlData(doc: Document): { data: unknown; problem: null } | { data: null; problem: ReadProblem } {
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problem: null };
  } catch (e) {
    return { data: null, problem: readProblem('yaml-aliases', rangeOf(doc.contents) ?? [0, 0], { detail: firstLine((e as Error).message) }) };
  }
}

/** Every creative-schema problem of `data`, each at its exact position in the document. */
export function schemaProblems(doc: Document, data: unknown): SchemaReadProblem[] {
  const validate = validator('creative');
  if (validate(data)) return [];
  // Describing and locating errors costs more than linear time (10,000 unknown keys took seconds),
  // and past a hundred messages a file's problem is clear: the rest are summed up in one message.
  const errors = validate.errors ?? [];
  const described = describeAllSchemaErrors(errors.length > MAX_SCHEMA_ERRORS * 10 ? errors.slice(0, MAX_SCHEMA_ERRORS * 10) : errors);
  const shown = described.slice(0, MAX_SCHEMA_ERRORS).map((problem) => schemaReadProblem(problem.wording, locate(doc, problem.path, problem.atKey), problem.path));
  if (described.length > MAX_SCHEMA_ERRORS) {
    const last = shown[shown.length - 1]!;
    shown.push(schemaReadProblem({ messageId: 'more-not-shown', data: { max: MAX_SCHEMA_ERRORS }, parts: {} }, last.span, last.path));
  }
  return shown;
}

/** Schema problems reported per file; more are counted in one last message. */
export const MAX_SCHEMA_ERRORS = 100;

export function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/** Where a creative written as a mapping starts: its first key (messages about missing fields go there). */
export function topSpan(node: unknown): Span {
  if (isMap(node)) {
    const first = node.items[0];
    const r = first && isPair(first) ? rangeOf(first.key) : null;
    if (r) return r;
  }
  return rangeOf(node) ?? [0, 0];
}

/** The source span of every field path under `node`, and the text map of every string value. */
export function collectFields(node: Node | null | undefined): FieldMaps {
  const maps: FieldMaps = { spans: new Map(), texts: new Map() };
  if (node) walk(node, '', 0, maps);
  return maps;
}

function walk(node: unknown, path: string, indent: number, maps: FieldMaps): void {
  const r = rangeOf(node);
  if (r && path) maps.spans.set(path, r);
  if (isStringScalar(node)) {
    if (path) maps.texts.set(path, textSourceOf(node, indent));
  } else if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      walk(pair.value, path ? `${path}.${key}` : key, indentOf(pair.key), maps);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item, `${path}[${i}]`, indent, maps));
  } else if (isAlias(node)) {
    // An alias has no characters of its own to point into: its span is the alias itself.
  }
}

/** The indentation of the line a key sits on: block scalars below it are indented relative to it. */
function indentOf(key: unknown): number {
  const token = (key as { srcToken?: { indent?: number } }).srcToken;
  return token?.indent ?? 0;
}
