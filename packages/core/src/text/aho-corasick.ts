/**
 * Aho-Corasick over UTF-16 units: every pattern is found in one pass over the text, however many
 * there are.
 *
 * Hand-written rather than taken from npm: the maintained package we measured
 * (modern-ahocorasick 3.3.0) segments text into grapheme clusters and scanned 0.15 MB/s with
 * 10,000 patterns, and the others are unmaintained. We match over our own folded text (see
 * fold.ts), so we need only the bare automaton: a dense root table (most characters start no
 * term, so they cost one array read), the other edges in one open-addressing hash table of typed
 * arrays (no per-node objects), and failure and dictionary links.
 */
export class AhoCorasick {
  private readonly rootNext = new Int32Array(0x10000);
  /** Edges below the root: key (node, unit) → child, linear probing; slot empty when child is 0. */
  private edgeNode = new Int32Array(1024);
  private edgeUnit = new Uint16Array(1024);
  private edgeChild = new Int32Array(1024);
  private edgeCount = 0;
  private mask = 1023;
  /** Children of each node, for the breadth-first linking pass only. */
  private readonly children: [number, number][][] = [[]];
  private readonly fail: number[] = [0];
  /** Pattern index ending at the node, or -1. */
  private readonly output: number[] = [-1];
  /** Nearest node on the failure chain that ends a pattern (0 when none). */
  private readonly dictLink: number[] = [0];

  /** Patterns must be non-empty; a pattern's index is what `scan` reports. Equal patterns keep the first index. */
  constructor(patterns: readonly string[]) {
    patterns.forEach((p, index) => this.insert(p, index));
    this.link();
  }

  /** Number of states, for measurements. */
  get size(): number {
    return this.output.length;
  }

  private slot(node: number, unit: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & this.mask;
  }

  private child(node: number, unit: number): number {
    if (node === 0) return this.rootNext[unit]!;
    for (let i = this.slot(node, unit); ; i = (i + 1) & this.mask) {
      const c = this.edgeChild[i]!;
      if (c === 0) return 0;
      if (this.edgeNode[i] === node && this.edgeUnit[i] === unit) return c;
    }
  }

  private addEdge(node: number, unit: number, child: number): void {
    if ((this.edgeCount + 1) * 2 > this.edgeChild.length) this.rehash();
    let i = this.slot(node, unit);
    while (this.edgeChild[i] !== 0) i = (i + 1) & this.mask;
    this.edgeNode[i] = node;
    this.edgeUnit[i] = unit;
    this.edgeChild[i] = child;
    this.edgeCount++;
  }

  private rehash(): void {
    const [nodes, units, kids] = [this.edgeNode, this.edgeUnit, this.edgeChild];
    const size = kids.length * 2;
    this.edgeNode = new Int32Array(size);
    this.edgeUnit = new Uint16Array(size);
    this.edgeChild = new Int32Array(size);
    this.mask = size - 1;
    this.edgeCount = 0;
    for (let i = 0; i < kids.length; i++) if (kids[i] !== 0) this.addEdge(nodes[i]!, units[i]!, kids[i]!);
  }

  private insert(pattern: string, index: number): void {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      let c = this.child(node, unit);
      if (c === 0) {
        c = this.output.length;
        this.children.push([]);
        this.fail.push(0);
        this.output.push(-1);
        this.dictLink.push(0);
        if (node === 0) this.rootNext[unit] = c;
        else this.addEdge(node, unit, c);
        this.children[node]!.push([unit, c]);
      }
      node = c;
    }
    if (this.output[node] === -1) this.output[node] = index;
  }

  /** Breadth-first: a node's failure link is the longest proper suffix that is also a trie path. */
  private link(): void {
    const queue = this.children[0]!.map(([, c]) => c);
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      for (const [unit, c] of this.children[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && this.child(f, unit) === 0) f = this.fail[f]!;
        const fc = this.child(f, unit);
        this.fail[c] = fc;
        this.dictLink[c] = this.output[fc] !== -1 ? fc : this.dictLink[fc]!;
        queue.push(c);
      }
    }
  }

  /** Calls `onMatch(patternIndex, end)` for every occurrence (overlaps included); `end` is exclusive. */
  scan(text: string, onMatch: (patternIndex: number, end: number) => void): void {
    const output = this.output;
    const dictLink = this.dictLink;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let c = this.child(node, unit);
      while (c === 0 && node !== 0) {
        node = this.fail[node]!;
        c = this.child(node, unit);
      }
      node = c;
      if (node === 0) continue;
      let out = output[node] !== -1 ? node : dictLink[node]!;
      while (out !== 0) {
        onMatch(output[out]!, i + 1);
        out = dictLink[out]!;
      }
    }
  }
}
