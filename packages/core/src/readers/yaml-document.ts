import { parseDocument } from 'yaml';
import type { Span, TextSource } from '../model/creative.js';
import { describeAllSchemaErrors, validator } from '../schema/validate.js';
import { SCHEMA_PROBLEMS, type SchemaWording } from '../schema/problems.js';
import { fillTemplate, worded, type MessageData, type Wording } from '../model/wording.js';
import type { DirectiveComment, ReadProblem } from './types.js';
import { readProblem } from './file-problems.js';
import { MAX_MAPPING_KEYS, oversizedMapping } from './work-bound.js';
import { readCommonYaml } from './yaml-fast.js';
import { locateIn, treeOfDocument, type YamlNode } from './yaml-tree.js';
import { yamlDirectiveComments } from './yaml-comments.js';

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

type YamlData = { data: unknown; problem: null } | { data: null; problem: ReadProblem };

/** A parsed YAML text: its positioned tree, its plain data and its `# adlint-…` comments. */
export interface ParsedYaml {
  root: YamlNode | null;
  data(): YamlData;
  directiveComments(): DirectiveComment[];
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

/**
 * Parses a YAML text: the common subset creatives are written in by the fast reader, anything else
 * (or anything it is unsure of) by the yaml library.
 */
export function parseYaml(text: string): { doc: ParsedYaml; problems: ReadProblem[] } {
  const fast = readCommonYaml(text);
  if (fast === null) return parseYamlWithLibrary(text);
  const data: YamlData = { data: fast.data, problem: null };
  return { doc: { root: fast.root, data: () => data, directiveComments: () => fast.directiveComments }, problems: [] };
}

/** Parses a YAML text with the yaml library's positioned Document API (the tests compare the fast reader with it). */
export function parseYamlWithLibrary(text: string): { doc: ParsedYaml; problems: ReadProblem[] } {
  const oversized = oversizedMapping(text);
  if (oversized !== null) {
    const data: YamlData = { data: null, problem: null };
    return { doc: { root: null, data: () => data, directiveComments: () => yamlDirectiveComments(text) }, problems: [readProblem('yaml-too-many-keys', [oversized, oversized + 1], { max: MAX_MAPPING_KEYS })] };
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
  const root = treeOfDocument(doc, problems.length > 0);
  return {
    doc: {
      root,
      data: () => {
        try {
          return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problem: null };
        } catch (e) {
          return { data: null, problem: readProblem('yaml-aliases', root?.range ?? [0, 0], { detail: firstLine((e as Error).message) }) };
        }
      },
      directiveComments: () => yamlDirectiveComments(text),
    },
    problems,
  };
}

/** The document as plain data, or the problem that prevents it (an alias bomb). */
export function yamlData(doc: ParsedYaml): YamlData {
  return doc.data();
}

/** Every creative-schema problem of `data`, each at its exact position in the document. */
export function schemaProblems(doc: ParsedYaml, data: unknown): SchemaReadProblem[] {
  const validate = validator('creative');
  if (validate(data)) return [];
  // Describing and locating errors costs more than linear time (10,000 unknown keys took seconds),
  // and past a hundred messages a file's problem is clear: the rest are summed up in one message.
  const errors = validate.errors ?? [];
  const described = describeAllSchemaErrors(errors.length > MAX_SCHEMA_ERRORS * 10 ? errors.slice(0, MAX_SCHEMA_ERRORS * 10) : errors);
  const shown = described.slice(0, MAX_SCHEMA_ERRORS).map((problem) => schemaReadProblem(problem.wording, locateIn(doc.root, problem.path, problem.atKey), problem.path));
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
export function topSpan(node: YamlNode | null | undefined): Span {
  if (node?.kind === 'map') {
    const r = node.pairs[0]?.keyRange;
    if (r) return r;
  }
  return node?.range ?? [0, 0];
}

/** The source span of every field path under `node`, and the text map of every string value. */
export function collectFields(node: YamlNode | null | undefined): FieldMaps {
  const maps: FieldMaps = { spans: new Map(), texts: new Map() };
  if (node) walk(node, '', maps);
  return maps;
}

function walk(node: YamlNode, path: string, maps: FieldMaps): void {
  if (node.range && path) maps.spans.set(path, node.range);
  if (node.kind === 'scalar') {
    if (node.text && path) maps.texts.set(path, node.text);
  } else if (node.kind === 'map') {
    for (const pair of node.pairs) {
      if (pair.key === null || !pair.value) continue;
      walk(pair.value, path ? `${path}.${pair.key}` : pair.key, maps);
    }
  } else if (node.kind === 'seq') {
    node.items.forEach((item, i) => {
      if (item) walk(item, `${path}[${i}]`, maps);
    });
  }
}
