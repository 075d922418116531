import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Creative, CreativeData, Span, TextSource } from '../model/creative.js';
import { describeAllSchemaErrors, validator } from '../schema/validate.js';
import type { ReadOptions, ReadProblem, ReadResult, Reader } from './types.js';
import { locate, rangeOf } from './yaml-locate.js';
import { isStringScalar, textSourceOf } from './yaml-text.js';

/** The yaml library's guard against alias ("billion laughs") bombs. */
const MAX_ALIAS_COUNT = 100;

interface FieldMaps {
  spans: Map<string, Span>;
  texts: Map<string, TextSource>;
}

/** `*.ad.yaml`, `*.ad.yml`, `*.ad.json`: the creative model as written. */
export const manifestReader: Reader = {
  id: 'manifest',
  read(text: string, filePath: string, options: ReadOptions): ReadResult {
    const problems: ReadProblem[] = [];
    if (text.replace(/^\uFEFF/, '').trim() === '') {
      return { creatives: [], problems: [{ ruleId: 'adlint/parse', category: 'parse', span: [0, 0], reason: 'empty file: no creative to lint' }] };
    }
    const doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: true, prettyErrors: false, strict: true });
    for (const e of doc.errors) {
      problems.push({ ruleId: 'adlint/parse', category: 'parse', span: [e.pos[0], e.pos[1]], reason: firstLine(e.message) });
    }
    if (problems.length === 0 && filePath.endsWith('.json')) {
      const jsonProblem = checkJson(text);
      if (jsonProblem) problems.push(jsonProblem);
    }
    if (problems.length > 0) return { creatives: [], problems };

    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      return { creatives: [], problems: [{ ruleId: 'adlint/parse', category: 'parse', span: rangeOf(doc.contents) ?? [0, 0], reason: firstLine((e as Error).message) }] };
    }
    const validate = validator('creative');
    // Creatives of a list with a schema problem are not linted; the others still are.
    const broken = new Set<number>();
    if (!validate(data)) {
      for (const problem of describeAllSchemaErrors(validate.errors)) {
        problems.push({ ruleId: 'adlint/schema', category: 'schema', span: locate(doc, problem.path, problem.atKey), reason: problem.reason });
        const [first, second] = problem.path;
        if (first === 'creatives' && typeof second === 'number') broken.add(second);
        else broken.add(-1);
      }
    }
    if (broken.has(-1)) return { creatives: [], problems };
    const creatives = buildCreatives(doc, data as Record<string, unknown>, filePath, options).filter((c) => !broken.has(c.index));
    return { creatives, problems };
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

function topSpan(node: unknown): Span {
  if (isMap(node)) {
    const first = node.items[0];
    const r = first && isPair(first) ? rangeOf(first.key) : null;
    if (r) return r;
  }
  return rangeOf(node) ?? [0, 0];
}

function collectFields(node: Node | null | undefined): FieldMaps {
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

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
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
