import type { Yaml } from 'mdast';
import type { CreativeData, Span } from '../../model/creative.js';
import type { DirectiveComment, ReadProblem } from '../types.js';
import { locateIn } from '../yaml-tree.js';
import { readProblem } from '../file-problems.js';
import { collectFields, parseYaml, schemaProblems, topSpan, yamlData, type FieldMaps } from '../yaml-document.js';

export interface Frontmatter {
  /** The creative fields it holds; empty when it cannot be used (the problems say why). */
  data: CreativeData;
  fields: FieldMaps;
  /** Its first key: where messages about the creative as a whole point. */
  span: Span;
  problems: ReadProblem[];
  directiveComments: DirectiveComment[];
}

const EMPTY: FieldMaps = { spans: new Map(), texts: new Map() };

/**
 * Reads YAML frontmatter as the manifest reader reads a manifest. The YAML parsed is the file's
 * prefix up to the closing fence: the opening `---` starts a YAML document, so every offset the
 * parser reports is already an offset in the file.
 */
export function readFrontmatter(text: string, node: Yaml, shift: number): Frontmatter {
  const end = (node.position?.end.offset ?? 0) + shift;
  // The node ends after the closing `---`; the YAML ends where that fence begins.
  const closingFence = text.lastIndexOf('---', end - 1);
  const { doc, problems } = parseYaml(text.slice(0, closingFence));
  const directiveComments = doc.directiveComments();
  const span: Span = topSpan(doc.root);
  const unusable = (extra: ReadProblem[]): Frontmatter => ({ data: {}, fields: EMPTY, span, problems: [...problems, ...extra], directiveComments });
  if (problems.length > 0) return unusable([]);
  const { data, problem } = yamlData(doc);
  if (problem) return unusable([problem]);
  if (data === null || data === undefined) return { data: {}, fields: EMPTY, span: [shift, shift], problems, directiveComments };
  if (doc.root?.kind === 'map' && doc.root.pairs.some((p) => p.key === 'creatives')) {
    return unusable([readProblem('markdown-creatives-list', locateIn(doc.root, ['creatives'], true), {}, 'adlint/schema')]);
  }
  const schema = schemaProblems(doc, data).map(({ path: _path, schema: _schema, ...p }) => p);
  if (schema.length > 0) return unusable(schema);
  return { data: data as CreativeData, fields: collectFields(doc.root), span, problems, directiveComments };
}
