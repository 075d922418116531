import { isMap, isSeq, type Document, type Node } from 'yaml';
import type { Creative, CreativeData, Span } from '../model/creative.js';
import type { ReadOptions, ReadProblem, ReadResult, Reader } from './types.js';
import { collectFields, firstLine, parseYaml, schemaProblems, topSpan, yamlData, type FieldMaps } from './yaml-document.js';
import { yamlDirectiveComments } from './yaml-comments.js';
import { yamlValueWriter } from './yaml-write.js';

/** `*.ad.yaml`, `*.ad.yml`, `*.ad.json`: the creative model as written. */
export const manifestReader: Reader = {
  id: 'manifest',
  writers: [yamlValueWriter],
  read(text: string, filePath: string, options: ReadOptions): ReadResult {
    if (text.replace(/^\uFEFF/, '').trim() === '') {
      return { creatives: [], problems: [{ ruleId: 'adlint/parse', category: 'parse', span: [0, 0], reason: 'empty file: no creative to lint' }] };
    }
    const { doc, problems } = parseYaml(text);
    if (problems.length === 0 && filePath.endsWith('.json')) {
      const jsonProblem = checkJson(text);
      if (jsonProblem) problems.push(jsonProblem);
    }
    if (problems.length > 0) return { creatives: [], problems };

    const { data, problem } = yamlData(doc);
    if (problem) return { creatives: [], problems: [problem] };
    // Creatives of a list with a schema problem are not linted; the others still are.
    const broken = new Set<number>();
    for (const schemaProblem of schemaProblems(doc, data)) {
      const { path, ...readProblem } = schemaProblem;
      problems.push(readProblem);
      const [first, second] = path;
      if (first === 'creatives' && typeof second === 'number') broken.add(second);
      else broken.add(-1);
    }
    if (broken.has(-1)) return { creatives: [], problems };
    const creatives = buildCreatives(doc, data as Record<string, unknown>, filePath, options).filter((c) => !broken.has(c.index));
    const directiveComments = yamlDirectiveComments(text);
    return directiveComments.length ? { creatives, problems, directiveComments } : { creatives, problems };
  },
};

function buildCreatives(doc: Document, data: Record<string, unknown>, filePath: string, options: ReadOptions): Creative[] {
  const root = doc.contents;
  if (!Array.isArray(data.creatives)) {
    const own = collectFields(root);
    return [makeCreative(filePath, 0, mergeData(options.defaults, undefined, data), own, null, root)];
  }
  const defaultsNode = isMap(root) ? root.get('defaults', true) : undefined;
  const defaults = collectFields(defaultsNode as Node | undefined);
  const list = isMap(root) ? root.get('creatives', true) : undefined;
  const items = isSeq(list) ? list.items : [];
  return (data.creatives as CreativeData[]).map((item, i) => {
    const node = items[i] as Node | undefined;
    return makeCreative(filePath, i, mergeData(options.defaults, data.defaults as CreativeData | undefined, item), collectFields(node), defaults, node);
  });
}

function makeCreative(filePath: string, index: number, data: CreativeData, own: FieldMaps, inherited: FieldMaps | null, node: unknown): Creative {
  const spans = new Map(own.spans);
  const texts = new Map(own.texts);
  if (inherited) {
    // A field the creative writes itself replaces the default as a whole, list items included.
    for (const [path, span] of inherited.spans) if (!coveredBy(path, own.spans)) spans.set(path, span);
    for (const [path, src] of inherited.texts) if (!coveredBy(path, own.spans)) texts.set(path, src);
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
    return { ruleId: 'adlint/parse', category: 'parse', span: [offset, offset + 1], reason: message.replace(/ in JSON at position \d+.*$/, '') };
  }
}
