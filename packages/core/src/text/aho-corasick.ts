/**
 * Aho-Corasick over UTF-16 units: every pattern is found in one pass over the text, however many
 * there are.
 *
 * Hand-written rather than taken from npm: the maintained package we measured
 * (modern-ahocorasick 3.3.0) segments text into grapheme clusters and scanned 0.15 MB/s with
 * 10,000 patterns, and the others are unmaintained. We match over our own folded text (see
 * fold.ts), so we need only the bare automaton: a dense root table (most characters start no
 * term, so they cost one array read, and a bit set in front of it that stays in the processor's
 * cache), the other edges in one open-addressing hash table of (node, unit, child) triples in one
 * typed array (a probe reads one cache line, not three arrays), failure and dictionary links.
 */
/**
 * The automaton's tables: what `scan` reads, and what a compiled-lexicon cache stores. The bit
 * sets and `links` follow from the others, but deriving them walked 65,536 root entries per
 * lexicon at load (milliseconds each, for every lexicon of a one-file run): they are built once.
 */
export interface AutomatonTables {
  rootNext: Int32Array;
  /** Bit u set when a pattern starts with unit u: 8 KB read for every unit of text, where rootNext is 256 KB. */
  rootBits: Int32Array;
  /** Edges below the root: (node, unit, child) triples, linear probing; a slot is empty when its child is 0. */
  edges: Int32Array;
  /** Per node, side by side: its failure link and the first node of its output chain (itself, its dictionary link, or 0). */
  links: Int32Array;
  /** Pattern index ending at the node, or -1. */
  output: Int32Array;
  /** Nearest node on the failure chain other than the node itself that ends a pattern (0 when none). */
  dictLink: Int32Array;
  /**
   * Bit pairHash(u, v) set when a pattern starts with units u v (a power of two of bits). Most units
   * that start a pattern are not followed by its second unit (`b` of "best" in "buy"): the scan
   * then stays at the root instead of stepping in, probing the edge table and failing back.
   */
  pairBits: Int32Array;
}

export class AhoCorasick {
  private readonly t: AutomatonTables;
  private readonly mask: number;
  private readonly pairMask: number;

  /** Patterns must be non-empty; a pattern's index is what `scan` reports. Equal patterns keep the first index. */
  constructor(patterns: readonly string[] | AutomatonTables) {
    const t = Array.isArray(patterns) ? build(patterns as readonly string[]) : (patterns as AutomatonTables);
    const slots = t.edges.length / 3;
    const pairs = t.pairBits.length * 32;
    const consistent =
      t.rootNext.length === 0x10000 &&
      t.rootBits.length === 0x10000 >> 5 &&
      Number.isInteger(slots) &&
      slots > 0 &&
      (slots & (slots - 1)) === 0 &&
      pairs > 0 &&
      (pairs & (pairs - 1)) === 0 &&
      t.links.length === t.output.length * 2 &&
      t.dictLink.length === t.output.length;
    if (!consistent) throw new Error('automaton tables are inconsistent');
    this.t = t;
    this.mask = slots - 1;
    this.pairMask = pairs - 1;
  }

  /** Number of states, for measurements. */
  get size(): number {
    return this.t.output.length;
  }

  /** The tables, to store; `new AhoCorasick(tables)` gives the same automaton back without building it. */
  tables(): AutomatonTables {
    return this.t;
  }

  /** The child of a node other than the root by `unit`, or 0. */
  private child(node: number, unit: number): number {
    const edges = this.t.edges;
    const mask = this.mask;
    for (let i = slot(node, unit) & mask; ; i = (i + 1) & mask) {
      const c = edges[i * 3 + 2]!;
      if (c === 0) return 0;
      if (edges[i * 3] === node && edges[i * 3 + 1] === unit) return c;
    }
  }

  /** The matches of the last `scan`: (pattern index, exclusive end) pairs. */
  matches: Int32Array = new Int32Array(64);

  /**
   * Finds every occurrence in text[from, to), overlaps included, and returns how many there are;
   * `matches` then holds them in the order they end, ends as offsets into `text`. Collects rather
   * than calls back: the callback (hit checks and all) was inlined into this loop, which made it
   * slow to compile, and compiled again for each caller.
   */
  scan(text: string, from = 0, to = text.length): number {
    const { rootNext, rootBits, links, output, dictLink, pairBits } = this.t;
    const pairMask = this.pairMask;
    let found = this.matches;
    let count = 0;
    let node = 0;
    for (let i = from; i < to; i++) {
      const unit = text.charCodeAt(i);
      let c = 0;
      if (node !== 0) {
        c = this.child(node, unit);
        while (c === 0 && node !== 0) {
          node = links[node * 2]!;
          if (node !== 0) c = this.child(node, unit);
        }
      }
      if (node === 0) {
        if ((rootBits[unit >> 5]! & (1 << (unit & 31))) === 0) continue;
        c = rootNext[unit]!;
        // A node one unit deep that ends no pattern and has no child by the next unit would fail
        // straight back to the root there: staying at the root is the same, and cheaper.
        if (links[c * 2 + 1] === 0) {
          if (i + 1 >= to) continue;
          const h = pairHash(unit, text.charCodeAt(i + 1)) & pairMask;
          if ((pairBits[h >> 5]! & (1 << (h & 31))) === 0) continue;
        }
      }
      node = c;
      let out = links[node * 2 + 1]!;
      while (out !== 0) {
        if (count * 2 === found.length) found = this.growMatches();
        found[count * 2] = output[out]!;
        found[count * 2 + 1] = i + 1;
        count++;
        out = dictLink[out]!;
      }
    }
    return count;
  }

  private growMatches(): Int32Array {
    const grown = new Int32Array(this.matches.length * 2);
    grown.set(this.matches);
    this.matches = grown;
    return grown;
  }
}

function pairHash(first: number, second: number): number {
  return Math.imul(first, 0x9e3779b1) ^ second;
}

function slot(node: number, unit: number): number {
  return Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b);
}

/** Builds the trie of the patterns, then its failure and dictionary links. */
function build(patterns: readonly string[]): AutomatonTables {
  const rootNext = new Int32Array(0x10000);
  let edges = new Int32Array(1024 * 3);
  let edgeCount = 0;
  let mask = 1023;
  /** Children of each node, for the breadth-first linking pass only. */
  const children: [number, number][][] = [[]];
  const output: number[] = [-1];

  const child = (node: number, unit: number): number => {
    if (node === 0) return rootNext[unit]!;
    for (let i = slot(node, unit) & mask; ; i = (i + 1) & mask) {
      const c = edges[i * 3 + 2]!;
      if (c === 0) return 0;
      if (edges[i * 3] === node && edges[i * 3 + 1] === unit) return c;
    }
  };
  const place = (node: number, unit: number, c: number): void => {
    let i = slot(node, unit) & mask;
    while (edges[i * 3 + 2] !== 0) i = (i + 1) & mask;
    edges[i * 3] = node;
    edges[i * 3 + 1] = unit;
    edges[i * 3 + 2] = c;
    edgeCount++;
  };
  const addEdge = (node: number, unit: number, c: number): void => {
    if ((edgeCount + 1) * 2 > mask + 1) {
      const old = edges;
      mask = (mask + 1) * 2 - 1;
      edges = new Int32Array((mask + 1) * 3);
      edgeCount = 0;
      for (let i = 0; i < old.length; i += 3) if (old[i + 2] !== 0) place(old[i]!, old[i + 1]!, old[i + 2]!);
    }
    place(node, unit, c);
  };

  patterns.forEach((pattern, index) => {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      let c = child(node, unit);
      if (c === 0) {
        c = output.length;
        children.push([]);
        output.push(-1);
        if (node === 0) rootNext[unit] = c;
        else addEdge(node, unit, c);
        children[node]!.push([unit, c]);
      }
      node = c;
    }
    if (output[node] === -1) output[node] = index;
  });

  // Breadth-first: a node's failure link is the longest proper suffix that is also a trie path.
  const fail = new Int32Array(output.length);
  const dictLink = new Int32Array(output.length);
  const queue = children[0]!.map(([, c]) => c);
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    for (const [unit, c] of children[node]!) {
      let f = fail[node]!;
      while (f !== 0 && child(f, unit) === 0) f = fail[f]!;
      const fc = child(f, unit);
      fail[c] = fc;
      dictLink[c] = output[fc] !== -1 ? fc : dictLink[fc]!;
      queue.push(c);
    }
  }
  const n = output.length;
  const links = new Int32Array(n * 2);
  for (let node = 0; node < n; node++) {
    links[node * 2] = fail[node]!;
    links[node * 2 + 1] = node !== 0 && output[node] !== -1 ? node : dictLink[node]!;
  }
  const rootBits = new Int32Array(0x10000 >> 5);
  let pairCount = 0;
  for (const [unit, c] of children[0]!) {
    rootBits[unit >> 5]! |= 1 << (unit & 31);
    pairCount += children[c]!.length;
  }
  // 16 bits a pair: few false positives (which only cost the step the bit set saves); at most 128 KB.
  let bits = 1 << 10;
  while (bits < pairCount * 16 && bits < 1 << 20) bits *= 2;
  const pairBits = new Int32Array(bits >> 5);
  for (const [first, c] of children[0]!) {
    for (const [second] of children[c]!) {
      const h = pairHash(first, second) & (bits - 1);
      pairBits[h >> 5]! |= 1 << (h & 31);
    }
  }
  return { rootNext, rootBits, edges, links, output: Int32Array.from(output), dictLink, pairBits };
}
