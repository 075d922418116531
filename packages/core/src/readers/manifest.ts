import type { Creative, CreativeData, Span } from '../model/creative.js';
import type { ReadOptions, ReadProblem, ReadResult, Reader } from './types.js';
import { readProblem } from './file-problems.js';
import { collectFields, firstLine, parseYaml, schemaProblems, schemaReadProblem, topSpan, yamlData, type FieldMaps, type ParsedYaml, type SchemaReadProblem } from './yaml-document.js';
import { valueAt, type YamlNode } from './yaml-tree.js';
import { SCHEMA_PARTS } from '../schema/problems.js';
import { validator } from '../schema/validate.js';
import { didYouMean } from '../text/did-you-mean.js';
import { creativeFieldsAt } from '../schema/creative-fields.js';
import { yamlValueWriter } from './yaml-write.js';

/** `*.ad.yaml`, `*.ad.yml`, `*.ad.json`: the creative model as written. */
export const manifestReader: Reader = {
  id: 'manifest',
  writers: [yamlValueWriter],
  read(text: string, filePath: string, options: ReadOptions): ReadResult {
    if (text.replace(/^\uFEFF/, '').trim() === '') {
      return { creatives: [], problems: [readProblem('empty-file', [0, 0])] };
    }
    const { doc, problems } = parseYaml(text);
    if (problems.length === 0 && filePath.endsWith('.json')) {
      const jsonProblem = checkJson(text);
      if (jsonProblem) problems.push(jsonProblem);
    }
    if (problems.length > 0) return { creatives: [], problems };

    const { data, problem } = yamlData(doc);
    if (problem) return { creatives: [], problems: [problem] };
    // A schema problem is reported at its field, and the field is left out: the rest of the
    // creative is still linted. Only a creative that is not a mapping at all is skipped.
    const broken = new Set<number>();
    const found = schemaProblems(doc, data);
    const dropped = new Set<string>();
    for (const schemaProblem of found) {
      const { path, schema: _, ...readProblem } = withCommentHint(withFieldHint(schemaProblem), text);
      problems.push(readProblem);
      if (path.length === 0) broken.add(-1);
      else if (path[0] === 'creatives' && typeof path[1] === 'number' && path.length === 2) broken.add(path[1]);
      else if (path.length === 1 && path[0] === 'creatives') broken.add(-1);
      else {
        dropField(data, path);
        dropped.add(JSON.stringify(path));
      }
    }
    // What cannot be left out cleanly (a problem only its parent explains) keeps the old rule:
    // the creatives it touches are not linted. An emptied list item is left out as intended.
    if (found.length && !broken.has(-1) && !validator('creative')(data)) {
      for (const { path } of schemaProblems(doc, data)) {
        if (dropped.has(JSON.stringify(path))) continue;
        if (path[0] === 'creatives' && typeof path[1] === 'number') broken.add(path[1]);
        else broken.add(-1);
      }
    }
    if (broken.has(-1)) return { creatives: [], problems };
    const creatives = buildCreatives(doc, data as Record<string, unknown>, filePath, options).filter((c) => !broken.has(c.index));
    const directiveComments = doc.directiveComments();
    return directiveComments.length ? { creatives, problems, directiveComments } : { creatives, problems };
  },
};

function buildCreatives(doc: ParsedYaml, data: Record<string, unknown>, filePath: string, options: ReadOptions): Creative[] {
  const { root } = doc;
  if (!Array.isArray(data.creatives)) {
    const own = collectFields(root);
    return [makeCreative(filePath, 0, mergeData(options.defaults, undefined, data), own, null, root)];
  }
  const defaults = collectFields(valueAt(root, 'defaults'));
  const list = valueAt(root, 'creatives');
  const items = list?.kind === 'seq' ? list.items : [];
  return (data.creatives as CreativeData[]).map((item, i) => {
    const node = items[i];
    return makeCreative(filePath, i, mergeData(options.defaults, data.defaults as CreativeData | undefined, item), collectFields(node), defaults, node);
  });
}

/** `own` is collected for this creative alone: its maps become the creative's, not copied (two maps per creative less to collect). */
function makeCreative(filePath: string, index: number, data: CreativeData, own: FieldMaps, inherited: FieldMaps | null, node: YamlNode | null | undefined): Creative {
  const { spans, texts } = own;
  if (inherited) {
    // A field the creative writes itself replaces the default as a whole, list items included;
    // judged against what it writes, so the defaults are gathered before either map grows.
    const inheritedSpans = [...inherited.spans].filter(([path]) => !coveredBy(path, spans));
    const inheritedTexts = [...inherited.texts].filter(([path]) => !coveredBy(path, spans));
    for (const [path, span] of inheritedSpans) spans.set(path, span);
    for (const [path, src] of inheritedTexts) texts.set(path, src);
  }
  return { filePath, index, data, span: topSpan(node), spans, texts };
}

function coveredBy(path: string, own: Map<string, Span>): boolean {
  for (let i = path.length; i > 0; i--) {
    const c = path[i];
    if ((i === path.length || c === '.' || c === '[') && own.has(path.slice(0, i))) return true;
  }
  return false;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Objects merge key by key; lists and scalars are replaced whole (the nearer value wins). */
export function deepMerge<T extends Record<string, unknown>>(...layers: (Record<string, unknown> | undefined)[]): T {
  const out: Record<string, unknown> = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [k, v] of Object.entries(layer)) {
      out[k] = isPlainObject(v) && isPlainObject(out[k]) ? deepMerge(out[k] as Record<string, unknown>, v) : v;
    }
  }
  return out as T;
}

function mergeData(config: CreativeData | undefined, fileDefaults: CreativeData | undefined, own: CreativeData): CreativeData {
  return deepMerge<CreativeData>(config, fileDefaults, own);
}

/** JSON creatives must be strict JSON, which YAML alone would not enforce. */
function checkJson(text: string): ReadProblem | null {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return null;
  } catch (e) {
    const message = firstLine((e as Error).message);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) + (text.startsWith('\uFEFF') ? 1 : 0) : 0;
    return readProblem('json-syntax', [offset, offset + 1], { detail: message.replace(/ in JSON at position \d+.*$/, '') });
  }
}

/**
 * Leaves out the value at `path`: an object key is deleted; a bad item of a copy list is emptied
 * (so the other items keep their positions); any other bad list item takes its list with it,
 * since checks of media and targeting read lists whole.
 */
function dropField(data: unknown, path: (string | number)[]): void {
  const copyItem = path.length >= 2 && typeof path[path.length - 1] === 'number' && path[path.length - 3] === 'copy';
  let at = path;
  if (!copyItem) {
    // Up to the nearest object key: `media[0].role` drops `media[0].role`, `media[1]` drops `media`.
    let end = path.length;
    while (end > 0 && typeof path[end - 1] === 'number') end--;
    at = path.slice(0, end);
    if (at.length === 0) return;
  }
  let node: unknown = data;
  for (const seg of at.slice(0, -1)) {
    node = (node as Record<string | number, unknown> | null)?.[seg];
    if (typeof node !== 'object' || node === null) return;
  }
  const last = at[at.length - 1]!;
  if (Array.isArray(node) && typeof last === 'number') node[last] = undefined;
  else delete (node as Record<string | number, unknown>)[last];
}

/**
 * `- #1 Best Seller` is a list item holding only a comment: YAML starts a comment at `#` after a
 * space, so the item is empty and the text is lost. Say so, and how to keep it.
 */
function withCommentHint(problem: SchemaReadProblem, text: string): SchemaReadProblem {
  const lineStart = text.lastIndexOf('\n', problem.span[0] - 1) + 1;
  const lineEnd = text.indexOf('\n', problem.span[0]);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const m = /(?:^\s*-|:)\s+(#.*?)\s*$/.exec(line);
  if (!m || /["']/.test(line.slice(0, m.index))) return problem;
  return schemaReadProblem(problem.schema, problem.span, problem.path, { wording: SCHEMA_PARTS['comment-hint'], data: { comment: m[1]!, quoted: m[1]!.replace(/"/g, '\\"') } });
}

/** An unknown field gets the nearest field the creative schema has there: `descriptons` → `descriptions`. */
function withFieldHint(problem: SchemaReadProblem): SchemaReadProblem {
  const { path, schema } = problem;
  const name = path[path.length - 1];
  if (typeof name !== 'string' || schema.messageId !== 'unknown-field') return problem;
  const near = didYouMean(name, creativeFieldsAt(path.slice(0, -1)));
  if (near === undefined) return problem;
  return schemaReadProblem({ ...schema, data: { ...schema.data, near }, parts: { ...schema.parts, near_hint: SCHEMA_PARTS.near } }, problem.span, path);
}
