import { AhoCorasick, type AutomatonTables } from '../text/aho-corasick.js';
import { deobfuscate, type Deobfuscated } from '../text/evasion.js';
import { CharClass, classAt, classBefore, foldText, type FoldedText } from '../text/fold.js';

/** One term of a lexicon or of a rule's inline `terms:`. */
export interface TermEntry {
  term: string;
  forms?: string[];
  /** Look-alike or homophone spellings sellers use to dodge filters; reported as `term`. */
  variants?: (string | TermVariant)[];
  replacement?: string;
  suggestions?: string[];
  exceptions?: string[];
  /** A regular expression: the term is not a violation where the text right after it matches (`最` + `低气温 -5℃`). */
  unless_followed_by?: string;
  /** A regular expression: the term is not a violation where the text right before it matches (a dated, sourced ranking before `第一`). */
  unless_preceded_by?: string;
  /** A word copy also uses in passing: as a category signal it counts only in a headline or title, or beside another of its class. */
  weak?: boolean;
  note?: string;
  source?: string;
}

/** How far around a hit `unless_followed_by` / `unless_preceded_by` look: bounded, so no expression runs long. */
export const CONTEXT_REACH = 40;

interface ContextExceptions {
  after?: RegExp;
  before?: RegExp;
}

/** A variant spelling of a term, with where it is documented. */
export interface TermVariant {
  text: string;
  source?: string;
}

/** A problem in a term list; `path` is relative to the list (`[3, 'exceptions', 0]`). */
export class TermListError extends Error {
  constructor(
    reason: string,
    readonly path: (string | number)[],
  ) {
    super(reason);
  }
}

/** A term found in a text: [start, end) are UTF-16 offsets into the original text. */
export interface TermHit {
  entry: TermEntry;
  start: number;
  end: number;
  /** Offsets into the input folded text (also for hits through an evasion), to order overlapping hits. */
  foldedStart: number;
  foldedEnd: number;
  /** The folded pattern (term or form) that matched. */
  pattern: string;
}

/** Where a pattern sits inside a folded exception: the hit is excepted if the text around it reads `text`. */
interface ExceptionContext {
  text: string;
  offset: number;
}

/** A compiled term list's tables (patterns and automaton): what a compiled-lexicon cache stores. */
export interface TermMatcherTables {
  patterns: Pattern[];
  automaton: AutomatonTables;
}

export interface Pattern {
  entry: number;
  folded: string;
  /** Latin edges need word boundaries (`cure` not in `secure`); CJK and punctuation edges do not. */
  wordStart: boolean;
  wordEnd: boolean;
  exceptions: ExceptionContext[];
}

export function foldTerm(term: string): string {
  return foldText(term.trim()).text.trim();
}

/** Every place `needle` occurs in `hay` (overlapping). */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * A compiled term list: one automaton over the folded forms of every term, built once per run
 * (and cached per lexicon file by the caller). Finding costs one pass over the folded text.
 */
export class TermMatcher {
  private readonly patterns: Pattern[];
  /** Per entry index: the context expressions that except a hit. */
  private readonly contexts: (ContextExceptions | undefined)[] = [];
  private readonly automaton: AhoCorasick;
  /** Length of the longest folded pattern: how far around an obfuscated token a hit can reach. */
  private readonly longest: number;

  /**
   * Compiles the entries (a TermListError names the first problem), or, given the tables a
   * previous compilation of the same entries produced (`tables()`), takes them as they are.
   */
  constructor(
    readonly entries: readonly TermEntry[],
    compiled?: TermMatcherTables,
  ) {
    const compileContext = (i: number): void => {
      this.contexts[i] = contextExceptions(entries[i]!, i);
    };
    if (compiled) {
      entries.forEach((_, i) => compileContext(i));
      if (compiled.patterns.some((p) => p.entry >= entries.length)) throw new Error('compiled term list does not match its entries');
      this.patterns = compiled.patterns;
      this.automaton = new AhoCorasick(compiled.automaton);
    } else {
      this.patterns = compilePatterns(entries, compileContext);
      this.automaton = new AhoCorasick(this.patterns.map((p) => p.folded));
    }
    this.longest = this.patterns.reduce((max, p) => Math.max(max, p.folded.length), 0);
  }

  /** What `new TermMatcher(entries, tables)` needs to skip compiling the same entries again. */
  tables(): TermMatcherTables {
    return { patterns: this.patterns, automaton: this.automaton.tables() };
  }

  /** The folded patterns, to find a term given twice across a rule's sources. */
  foldedPatterns(): string[] {
    return this.patterns.map((p) => p.folded);
  }

  /** Whether any term occurs in the text (word boundaries respected, exceptions ignored). */
  occursIn(folded: string): boolean {
    const count = this.automaton.scan(folded);
    const matches = this.automaton.matches;
    for (let k = 0; k < count; k++) {
      const p = this.patterns[matches[2 * k]!]!;
      const end = matches[2 * k + 1]!;
      if (this.boundariesHold(p, folded, end - p.folded.length, end)) return true;
    }
    return false;
  }

  /**
   * Every occurrence on word boundaries and outside its exceptions, overlaps included; also
   * through Latin evasions (`S@le`, `c-u-r-e`, see text/evasion.ts). The text is scanned once;
   * only the neighbourhood of an obfuscated token is scanned again, in its de-obfuscated spelling,
   * and only hits touching that token count from there (so `TOP1` still matches a term `top1`).
   */
  find(folded: FoldedText, extra?: RuleExceptions): TermHit[] {
    const hits: TermHit[] = [];
    this.scanInto(folded, 0, folded.text.length, extra, hits, null);
    const clear = deobfuscate(folded);
    if (!clear) return hits;
    for (const [from, to] of rescanWindows(clear, this.longest)) this.scanInto(clear.folded, from, to, extra, hits, clear);
    return hits;
  }

  /**
   * Scans folded.text[from, to) (boundaries and exceptions read the whole text); in a
   * de-obfuscated text, keeps only hits that overlap a rewritten token, at input-text offsets.
   */
  private scanInto(folded: FoldedText, from: number, to: number, extra: RuleExceptions | undefined, hits: TermHit[], clear: Deobfuscated | null): void {
    const count = this.automaton.scan(folded.text, from, to);
    const matches = this.automaton.matches;
    for (let k = 0; k < count; k++) {
      const hit = this.hitAt(matches[2 * k]!, folded, matches[2 * k + 1]!, extra, clear);
      if (hit) hits.push(hit);
    }
  }

  /**
   * The hit of pattern `index` ending at `end` of the folded text, or null where a boundary,
   * exception or context rules it out (or, in a de-obfuscated text, it touches no rewritten token).
   * Shared with TermMatcherSet, which finds several lists' patterns in one scan.
   */
  hitAt(index: number, folded: FoldedText, end: number, extra: RuleExceptions | undefined, clear: Deobfuscated | null): TermHit | null {
    const text = folded.text;
    const p = this.patterns[index]!;
    const start = end - p.folded.length;
    if (clear && !overlapsAny(clear.spans, start, end)) return null;
    if (!this.boundariesHold(p, text, start, end)) return null;
    if (p.exceptions.some((x) => start >= x.offset && text.startsWith(x.text, start - x.offset))) return null;
    if (extra?.excepts(p.folded, text, start)) return null;
    const context = this.contexts[p.entry];
    if (context && exceptedByContext(context, text, start, end)) return null;
    const foldedStart = clear ? clear.origin[start]! : start;
    const foldedEnd = clear ? clear.origin[end - 1]! + 1 : end;
    return { entry: this.entries[p.entry]!, start: folded.starts[start]!, end: folded.ends[end - 1]!, foldedStart, foldedEnd, pattern: p.folded };
  }

  /** The longest folded pattern's length (how far around an obfuscated token a hit can reach). */
  get reach(): number {
    return this.longest;
  }

  private boundariesHold(p: Pattern, text: string, start: number, end: number): boolean {
    if (p.wordStart && classBefore(text, start) === CharClass.Word) return false;
    if (p.wordEnd && classAt(text, end) === CharClass.Word) return false;
    return true;
  }
}

/** A hit of a TermMatcherSet, with the index of the list it comes from. */
export interface SourcedHit {
  hit: TermHit;
  source: number;
}

/**
 * Several term lists found in one scan of the text (the category signals: one list per product
 * lexicon), each hit judged by its own list's boundaries, exceptions and contexts. Finds exactly
 * what calling each list's `find` would, and returns the hits grouped by list in list order, each
 * list's in the order its own `find` gives them: a caller that picks among overlapping hits of
 * different lists sees them as before.
 *
 * The shared automaton is built only once `buildAfter` texts were read list by list: a pre-commit
 * hook reads a few texts, for which the lists' own (cached, precompiled) automata cost less than
 * building one more; a corpus then scans each text once instead of once per list.
 */
export class TermMatcherSet {
  private automaton: AhoCorasick | null = null;
  /** Per distinct folded pattern: the (list, pattern index) pairs that have it, flattened. */
  private owners: number[][] = [];
  private readonly longest: number;
  private texts = 0;

  constructor(
    readonly matchers: readonly TermMatcher[],
    private readonly buildAfter = 64,
  ) {
    this.longest = matchers.reduce((max, m) => Math.max(max, m.reach), 0);
  }

  private build(): AhoCorasick {
    const index = new Map<string, number>();
    this.matchers.forEach((m, source) => {
      m.foldedPatterns().forEach((folded, p) => {
        let u = index.get(folded);
        if (u === undefined) {
          u = this.owners.length;
          index.set(folded, u);
          this.owners.push([]);
        }
        this.owners[u]!.push(source, p);
      });
    });
    return new AhoCorasick([...index.keys()]);
  }

  find(folded: FoldedText): SourcedHit[] {
    if (!this.automaton && this.texts++ < this.buildAfter) {
      return this.matchers.flatMap((m, source) => m.find(folded).map((hit) => ({ hit, source })));
    }
    this.automaton ??= this.build();
    const bySource: TermHit[][] = this.matchers.map(() => []);
    this.scanInto(folded, 0, folded.text.length, bySource, null);
    const clear = deobfuscate(folded);
    if (clear) {
      // As TermMatcher.find: only windows around obfuscated tokens are scanned again (the widest
      // list's reach holds every narrower list's window, so each list finds what it alone would).
      for (const [from, to] of rescanWindows(clear, this.longest)) this.scanInto(clear.folded, from, to, bySource, clear);
    }
    return bySource.flatMap((hits, source) => hits.map((hit) => ({ hit, source })));
  }

  private scanInto(folded: FoldedText, from: number, to: number, bySource: TermHit[][], clear: Deobfuscated | null): void {
    const automaton = this.automaton!;
    const count = automaton.scan(folded.text, from, to);
    const matches = automaton.matches;
    for (let m = 0; m < count; m++) {
      const owners = this.owners[matches[2 * m]!]!;
      const end = matches[2 * m + 1]!;
      for (let k = 0; k < owners.length; k += 2) {
        const source = owners[k]!;
        const hit = this.matchers[source]!.hitAt(owners[k + 1]!, folded, end, undefined, clear);
        if (hit) bySource[source]!.push(hit);
      }
    }
  }
}

/** Folds every term, form and variant of the entries; checks them (empty, duplicate, exceptions that miss their term). */
function compilePatterns(entries: readonly TermEntry[], compileContext: (entry: number) => void): Pattern[] {
  const patterns: Pattern[] = [];
  const seen = new Map<string, string>();
  entries.forEach((entry, i) => {
    if (entry.replacement !== undefined && entry.suggestions !== undefined) {
      throw new TermListError(`term "${entry.term}" has both replacement and suggestions; give one`, [i, 'suggestions']);
    }
    const written: [string, (string | number)[]][] = [
      [entry.term, [i, 'term']],
      ...(entry.forms ?? []).map((f, k): [string, (string | number)[]] => [f, [i, 'forms', k]]),
      ...(entry.variants ?? []).map((v, k): [string, (string | number)[]] => (typeof v === 'string' ? [v, [i, 'variants', k]] : [v.text, [i, 'variants', k, 'text']])),
    ];
    const own: Pattern[] = [];
    for (const [text, at] of written) {
      const folded = foldTerm(text);
      if (!folded) throw new TermListError(`term "${text}" is empty or only whitespace`, at);
      const first = seen.get(folded);
      if (first !== undefined) throw new TermListError(`duplicate term "${text}" (same as "${first}" once case and width are ignored)`, at);
      seen.set(folded, text);
      own.push({
        entry: i,
        folded,
        wordStart: classAt(folded, 0) === CharClass.Word,
        wordEnd: classBefore(folded, folded.length) === CharClass.Word,
        exceptions: [],
      });
    }
    compileContext(i);
    (entry.exceptions ?? []).forEach((exception, k) => {
      const fx = foldTerm(exception);
      let contained = false;
      for (const p of own) {
        for (const offset of occurrences(fx, p.folded)) {
          p.exceptions.push({ text: fx, offset });
          contained = true;
        }
      }
      if (!contained) throw new TermListError(`exception "${exception}" does not contain the term "${entry.term}"`, [i, 'exceptions', k]);
    });
    patterns.push(...own);
  });
  return patterns;
}

function contextExceptions(entry: TermEntry, i: number): ContextExceptions | undefined {
  if (entry.unless_followed_by === undefined && entry.unless_preceded_by === undefined) return undefined;
  const compile = (source: string, key: string, anchored: (s: string) => string): RegExp => {
    try {
      return new RegExp(anchored(source), 'iu');
    } catch (e) {
      throw new TermListError(`invalid regular expression in ${key}: ${(e as Error).message}`, [i, key]);
    }
  };
  return {
    ...(entry.unless_followed_by !== undefined ? { after: compile(entry.unless_followed_by, 'unless_followed_by', (s) => `^(?:${s})`) } : {}),
    ...(entry.unless_preceded_by !== undefined ? { before: compile(entry.unless_preceded_by, 'unless_preceded_by', (s) => `(?:${s})$`) } : {}),
  };
}

/** Context is read in the folded text (fullwidth digits are digits, `℃` is `°c`), at most CONTEXT_REACH units away. */
function exceptedByContext(context: ContextExceptions, text: string, start: number, end: number): boolean {
  if (context.after?.test(text.slice(end, end + CONTEXT_REACH))) return true;
  return context.before?.test(text.slice(Math.max(0, start - CONTEXT_REACH), start)) ?? false;
}

/**
 * Whether [start, end) overlaps one of the sorted, disjoint [start, end) pairs: a binary search,
 * so a text full of evasions costs n log n, not n².
 */
function overlapsAny(spans: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length / 2;
  // The first span that ends after `start`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid * 2 + 1]! <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length / 2 && spans[lo * 2]! < end;
}

/** A rule's own `exceptions:`, applying to every term of its sources that they contain. */
export class RuleExceptions {
  private readonly folded: string[];
  private readonly contexts = new Map<string, ExceptionContext[]>();

  constructor(readonly exceptions: readonly string[]) {
    this.folded = exceptions.map(foldTerm);
  }

  /** Index of the first exception that contains none of the matchers' terms, or -1. */
  firstUnrelated(matchers: readonly TermMatcher[]): number {
    return this.folded.findIndex((fx) => !matchers.some((m) => m.occursIn(fx)));
  }

  excepts(pattern: string, text: string, start: number): boolean {
    let list = this.contexts.get(pattern);
    if (!list) {
      list = this.folded.flatMap((fx) => occurrences(fx, pattern).map((offset) => ({ text: fx, offset })));
      this.contexts.set(pattern, list);
    }
    return list.some((x) => start >= x.offset && text.startsWith(x.text, start - x.offset));
  }
}

/** Non-overlapping hits, leftmost first and longest at the same start (最佳 wins over 最). */
export function selectLongest(hits: TermHit[]): TermHit[] {
  // No hit or one (nearly every text): nothing to choose, so the list itself, not a sorted copy.
  if (hits.length < 2) return hits;
  const sorted = [...hits].sort((a, b) => a.foldedStart - b.foldedStart || b.foldedEnd - a.foldedEnd);
  const out: TermHit[] = [];
  let reached = -1;
  for (const h of sorted) {
    if (h.foldedStart < reached) continue;
    out.push(h);
    reached = h.foldedEnd;
  }
  return out;
}

/** The replacement in the found text's case: `Cures` → `May help`, not `may help`. */
export function matchCase(replacement: string, found: string): string {
  const first = found.match(/\p{L}/u)?.[0];
  if (first && first !== first.toLowerCase() && /^\p{Ll}/u.test(replacement)) {
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/**
 * The stretches of deobfuscated text scanned again: each obfuscated token widened by `reach` (the
 * longest term) on both sides; neighbouring tokens share one window, so no stretch is scanned twice.
 */
function rescanWindows(clear: { spans: ArrayLike<number>; folded: FoldedText }, reach: number): [number, number][] {
  const { spans } = clear;
  const length = clear.folded.text.length;
  const windows: [number, number][] = [];
  for (let k = 0; k < spans.length; k += 2) {
    const from = Math.max(0, spans[k]! - reach);
    let to = Math.min(length, spans[k + 1]! + reach);
    while (k + 2 < spans.length && spans[k + 2]! - reach < to) {
      k += 2;
      to = Math.min(length, spans[k + 1]! + reach);
    }
    windows.push([from, to]);
  }
  return windows;
}
