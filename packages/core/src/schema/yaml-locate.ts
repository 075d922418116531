import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/** Source range [start, end) of the node (or its key) at `path` in a parsed YAML document; the nearest existing ancestor otherwise. */
export function locate(doc: Document, path: (string | number)[], atKey = false): [number, number] {
  let node: unknown = doc.contents;
  let best: [number, number] = rangeOf(node) ?? [0, 0];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return best;
      if (last && atKey) return rangeOf(pair.key) ?? best;
      node = pair.value;
      // A key with no value (`copy:`) is located at the key.
      best = rangeOf(node) ?? rangeOf(pair.key) ?? best;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (!node) return best;
      best = rangeOf(node) ?? best;
    } else return best;
  }
  return best;
}

export function rangeOf(node: unknown): [number, number] | null {
  const r = (node as Node | null | undefined)?.range;
  return r ? [r[0], r[1]] : null;
}
