import { isAlias, isMap, isScalar, isSeq, type Document } from 'yaml';
import type { Span, TextSource } from '../model/creative.js';
import { textSourceOf } from './yaml-text.js';

/**
 * What the readers keep of a parsed YAML text: each node's source range and, for a string scalar,
 * its text source. The fast reader of common creatives (yaml-fast.ts) builds it directly; any
 * other YAML is read by the yaml library and its Document converted, so everything after parsing
 * (field maps, schema-problem positions) has one input whichever way the file was read.
 */
export type YamlNode = YamlMapNode | YamlSeqNode | YamlScalarNode | YamlAliasNode;

export interface YamlMapNode {
  kind: 'map';
  range: Span | null;
  pairs: YamlPair[];
}

export interface YamlPair {
  /** The key as a string; null when the key is not a scalar (`? [a, b]`). */
  key: string | null;
  keyRange: Span | null;
  value: YamlNode | null;
}

export interface YamlSeqNode {
  kind: 'seq';
  range: Span | null;
  items: (YamlNode | null)[];
}

export interface YamlScalarNode {
  kind: 'scalar';
  range: Span | null;
  /** Set for string values. */
  text: TextSource | null;
}

/** An alias has no characters of its own to point into: its range is the alias itself. */
export interface YamlAliasNode {
  kind: 'alias';
  range: Span | null;
}

/**
 * The tree of a yaml library Document. A document with errors is only used for where it starts
 * (its first key), so only its top level is converted: a document nested past the parser's stack
 * is never walked again.
 */
export function treeOfDocument(doc: Document, topLevelOnly: boolean): YamlNode | null {
  return nodeOf(doc.contents, 0, topLevelOnly);
}

function nodeOf(node: unknown, indent: number, topLevelOnly: boolean): YamlNode | null {
  const range = rangeOf(node);
  if (isScalar(node)) return { kind: 'scalar', range, text: typeof node.value === 'string' ? textSourceOf(node, indent) : null };
  if (isMap(node)) {
    return {
      kind: 'map',
      range,
      pairs: node.items.map((pair) => {
        const keyIndent = (pair.key as { srcToken?: { indent?: number } } | null)?.srcToken?.indent ?? 0;
        return {
          key: isScalar(pair.key) ? String(pair.key.value) : null,
          keyRange: rangeOf(pair.key),
          value: topLevelOnly ? null : nodeOf(pair.value, keyIndent, false),
        };
      }),
    };
  }
  if (isSeq(node)) return { kind: 'seq', range, items: topLevelOnly ? [] : node.items.map((item) => nodeOf(item, indent, false)) };
  if (isAlias(node)) return { kind: 'alias', range };
  // No node, or a pair written as a flow-sequence item (`[a: b]`), which has no range to point into.
  return null;
}

function rangeOf(node: unknown): Span | null {
  const r = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return r ? [r[0], r[1]] : null;
}

/** The value at `key` of a mapping node (the first pair with that key), or undefined. */
export function valueAt(node: YamlNode | null | undefined, key: string): YamlNode | null | undefined {
  if (node?.kind !== 'map') return undefined;
  const pair = node.pairs.find((p) => p.key === key);
  return pair ? pair.value : undefined;
}

/** Source range [start, end) of the node (or its key) at `path`; the nearest existing ancestor otherwise. */
export function locateIn(root: YamlNode | null, path: (string | number)[], atKey = false): Span {
  let node: YamlNode | null | undefined = root;
  let best: Span = root?.range ?? [0, 0];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (node?.kind === 'map') {
      const pair: YamlPair | undefined = node.pairs.find((p) => p.key !== null && p.key === String(seg));
      if (!pair) return best;
      if (last && atKey) return pair.keyRange ?? best;
      node = pair.value;
      // A key with no value (`copy:`) is located at the key.
      best = node?.range ?? pair.keyRange ?? best;
    } else if (node?.kind === 'seq' && typeof seg === 'number') {
      node = node.items[seg];
      if (!node) return best;
      best = node.range ?? best;
    } else return best;
  }
  return best;
}
