/**
 * A one-pass reader of the YAML creatives are written in: block mappings and sequences, one-line
 * plain, single- and double-quoted scalars, one-line flow sequences of scalars, and comments. It
 * builds the positioned tree and the plain data the yaml library's Document, composer and `toJS`
 * would give, with the same ranges, and returns null on anything else (anchors, aliases, tags,
 * block or multi-line scalars, flow mappings, complex or duplicate keys, tabs, directives, more
 * than one document, comments placed where the library's ranges depend on its token layout...),
 * which the library then reads. Hand-written because it is the product's core path and measurably
 * better: the library's lexer, CST parser and composer were ~16 % of a 2,000-creative corpus run's
 * CPU. The differential tests (yaml-fast.test.ts) hold it to the library's output.
 */
import type { Span } from '../model/creative.js';
import type { DirectiveComment } from './types.js';
import type { YamlMapNode, YamlNode, YamlPair, YamlScalarNode, YamlSeqNode } from './yaml-tree.js';
import { flowTextSource } from './yaml-text.js';
import { MAX_MAPPING_KEYS } from './work-bound.js';

export interface FastYaml {
  root: YamlMapNode | YamlSeqNode;
  data: unknown;
  directiveComments: DirectiveComment[];
}

/** Thrown inside the reader when the text leaves the subset; caught once, at the top. */
const REFUSED = Symbol('refused');

/** Nesting deeper than any creative: left to the library (and its too-deep report). */
const MAX_DEPTH = 64;
/** The library requires an implicit key's `:` within 1,024 characters. */
const MAX_KEY_LENGTH = 1000;
const DIRECTIVE_HINT = 'adlint-';

/** The YAML text, or null when it is not in the subset this reader reads exactly. */
export function readCommonYaml(text: string): FastYaml | null {
  if (!plainCharacters(text)) return null;
  try {
    return new FastReader(text).read();
  } catch (e) {
    if (e === REFUSED) return null;
    throw e;
  }
}

/** A tab, control character, byte-order mark past the start, Unicode line separator or lone CR. */
const REFUSED_CHARACTERS = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]|\r(?!\n)|[^]\ufeff/;

/**
 * No character the reader leaves to the library, and few enough lines and commas that the work
 * bounds of work-bound.ts cannot be reached (they are counted only in a text long enough to).
 */
function plainCharacters(text: string): boolean {
  if (REFUSED_CHARACTERS.test(text)) return false;
  return text.length < MAX_MAPPING_KEYS || (count(text, '\n') < MAX_MAPPING_KEYS && count(text, ',') < MAX_MAPPING_KEYS);
}

function count(text: string, c: string): number {
  let n = 0;
  for (let i = text.indexOf(c); i !== -1; i = text.indexOf(c, i + 1)) n++;
  return n;
}

const isKeyStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isKeyChar = (c: number): boolean => isKeyStart(c) || (c >= 48 && c <= 57) || c === 45;
/** Keys the core schema reads as null or booleans, and the one `toJS` sets differently. */
const NON_STRING_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);
/** Characters that cannot start a plain scalar here, or start something this reader leaves to the library. */
const INDICATORS = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

class FastReader {
  private readonly text: string;
  private readonly wantDirectives: boolean;
  private readonly directives: DirectiveComment[] = [];
  /** Start of the current content line (text.length at the end). */
  private at = 0;
  /** Indentation of the current content line; -1 at the end. */
  private indent = -1;
  private depth = 0;
  /** Past the first content line: a `---` or `...` line from here on would start or end a document. */
  private started = false;
  /** Whether the last advance passed a comment line. */
  private passedComment = false;

  constructor(text: string) {
    this.text = text;
    this.wantDirectives = text.includes(DIRECTIVE_HINT);
  }

  read(): FastYaml {
    const { text } = this;
    const bom = text.charCodeAt(0) === 0xfeff;
    this.advance(bom ? 1 : 0);
    this.started = true;
    // One `---` line may open the document (Markdown frontmatter always has one).
    if (this.indent === 0 && text.startsWith('---', this.at) && this.lineEnd(this.at) === this.at + 3) this.advance(this.nextLine(this.at));
    if (this.indent !== 0) throw REFUSED;
    // The library does not take a `- ` right after a byte-order mark.
    if (bom && this.at === 1 && this.isSeqItem(1)) throw REFUSED;
    const { node, data } = this.block(0);
    if (this.at < text.length || node.kind === 'scalar') throw REFUSED;
    return { root: node as YamlMapNode | YamlSeqNode, data, directiveComments: this.directives };
  }

  private lineEnd(from: number): number {
    const nl = this.text.indexOf('\n', from);
    if (nl === -1) return this.text.length;
    return this.text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  }

  private nextLine(from: number): number {
    const nl = this.text.indexOf('\n', from);
    return nl === -1 ? this.text.length : nl + 1;
  }

  /**
   * Moves to the next content line at or after `from`, past blank and comment lines. A comment
   * line is accepted only at the indentation of the content line after it (at the end: at column
   * 0): there the library files it with that line and no range depends on it. A more indented
   * comment is folded into the end of the value before it, or left trailing a nested collection,
   * which changes the ranges of the collections around it.
   */
  private advance(from: number): void {
    const { text } = this;
    let commentIndent = -1;
    let pos = from;
    this.passedComment = false;
    while (pos < text.length) {
      let c = pos;
      while (text.charCodeAt(c) === 32) c++;
      const ch = text.charCodeAt(c);
      if (ch === 35) {
        const indent = c - pos;
        if (commentIndent !== -1 && commentIndent !== indent) throw REFUSED;
        commentIndent = indent;
        this.passedComment = true;
        this.comment(c, this.lineEnd(c));
      } else if (!(ch === 10 || ch === 13 || Number.isNaN(ch))) {
        const indent = c - pos;
        if (commentIndent !== -1 && commentIndent !== indent) throw REFUSED;
        // Document markers and directives at the start of a line.
        if (indent === 0 && this.started && (ch === 37 || ((text.startsWith('---', c) || text.startsWith('...', c)) && this.isBlankOrEnd(c + 3)))) throw REFUSED;
        this.at = pos;
        this.indent = indent;
        return;
      }
      pos = this.nextLine(c);
    }
    if (commentIndent > 0) throw REFUSED;
    this.at = text.length;
    this.indent = -1;
  }

  private isBlankOrEnd(i: number): boolean {
    const c = this.text.charCodeAt(i);
    return Number.isNaN(c) || c === 32 || c === 10 || c === 13;
  }

  private comment(hash: number, end: number): void {
    if (!this.wantDirectives) return;
    const body = this.text.slice(hash + 1, end);
    if (body.trimStart().startsWith(DIRECTIVE_HINT)) this.directives.push({ text: body, textOffset: hash + 1, span: [hash, end] });
  }

  /** The block collection whose first line is the current line, at indentation `n`. */
  private block(n: number): { node: YamlNode; data: unknown } {
    const c = this.at + n;
    return this.isSeqItem(c) ? this.seq(n) : this.map(n, c);
  }

  private isSeqItem(c: number): boolean {
    return this.text.charCodeAt(c) === 45 && this.isBlankOrEnd(c + 1);
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw REFUSED;
  }

  /** The length of a `key:` at `c` (up to the colon), or 0 when there is none. */
  private keyLength(c: number, e: number): number {
    const { text } = this;
    if (!isKeyStart(text.charCodeAt(c))) return 0;
    let k = c + 1;
    while (k < e && isKeyChar(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) !== 58 || (k + 1 < e && text.charCodeAt(k + 1) !== 32)) return 0;
    return k - c;
  }

  /** A block mapping at column `n` whose first key is at `c` (on the current line; mid-line in a `- key:` item). */
  private map(n: number, c: number): { node: YamlMapNode; data: Record<string, unknown> } {
    this.enter();
    const { text } = this;
    const pairs: YamlPair[] = [];
    const data: Record<string, unknown> = {};
    const start = c;
    let end = c;
    for (;;) {
      const e = this.lineEnd(c);
      const length = this.keyLength(c, e);
      if (length === 0 || length > MAX_KEY_LENGTH) throw REFUSED;
      const key = text.slice(c, c + length);
      if (NON_STRING_KEYS.has(key) || Object.hasOwn(data, key)) throw REFUSED;
      if (pairs.length >= MAX_MAPPING_KEYS) throw REFUSED;
      const keyRange: Span = [c, c + length];
      const colon = c + length;
      let v = colon + 1;
      while (v < e && text.charCodeAt(v) === 32) v++;
      let node: YamlNode;
      let value: unknown;
      if (v === e || (text.charCodeAt(v) === 35 && v > colon + 1)) {
        // `key:` alone: the value is on the lines below, or empty.
        if (v < e) this.comment(v, e);
        this.advance(this.nextLine(v));
        if (this.indent > n) ({ node, data: value } = this.block(this.indent));
        else if (this.indent === n && this.isSeqItem(this.at + n)) ({ node, data: value } = this.seq(n));
        else {
          // The library places an empty value after the spaces; a comment after it, or comment
          // lines below it, extend its range by rules of their own.
          if (v < e || this.passedComment) throw REFUSED;
          node = { kind: 'scalar', range: [v, v], text: null };
          value = null;
          end = v;
          pairs.push({ key, keyRange, value: node });
          data[key] = value;
          if (!this.continues(n)) break;
          c = this.at + n;
          continue;
        }
        end = node.range![1];
      } else {
        ({ node, data: value } = this.inline(v, e));
        end = this.nextLine(e);
        this.advance(end);
      }
      pairs.push({ key, keyRange, value: node });
      data[key] = value;
      if (!this.continues(n)) break;
      c = this.at + n;
    }
    this.depth--;
    return { node: { kind: 'map', range: [start, end], pairs }, data };
  }

  /** Whether the current line is the next entry of a mapping at `n`; refuses a line indented past it. */
  private continues(n: number): boolean {
    if (this.indent > n) throw REFUSED;
    if (this.indent < n) return false;
    if (this.isSeqItem(this.at + n)) throw REFUSED;
    return true;
  }

  /** A block sequence at column `n` starting on the current line. */
  private seq(n: number): { node: YamlSeqNode; data: unknown[] } {
    this.enter();
    const { text } = this;
    const items: (YamlNode | null)[] = [];
    const data: unknown[] = [];
    const start = this.at + n;
    let end = start;
    while (this.indent === n && this.isSeqItem(this.at + n)) {
      const dash = this.at + n;
      const e = this.lineEnd(dash);
      let v = dash + 1;
      while (v < e && text.charCodeAt(v) === 32) v++;
      let node: YamlNode;
      let value: unknown;
      if (v === e) {
        // `-` alone: an empty item, unless a nested block follows, which is left to the library.
        // Comment lines before or after it would extend its range.
        if (this.passedComment) throw REFUSED;
        node = { kind: 'scalar', range: [v, v], text: null };
        value = null;
        end = v;
        this.advance(this.nextLine(v));
        if (this.indent > n || this.passedComment) throw REFUSED;
      } else if (text.charCodeAt(v) === 35 || this.isSeqItem(v)) {
        throw REFUSED;
      } else if (this.keyLength(v, e) > 0) {
        ({ node, data: value } = this.map(v - this.at, v));
        end = node.range![1];
        if (this.indent > n) throw REFUSED;
      } else {
        ({ node, data: value } = this.inline(v, e));
        end = this.nextLine(e);
        this.advance(end);
        if (this.indent > n) throw REFUSED;
      }
      items.push(node);
      data.push(value);
    }
    this.depth--;
    return { node: { kind: 'seq', range: [start, end], items }, data };
  }

  /** A value written on its line at `v` (line content ends at `e`), with nothing but a comment after it. */
  private inline(v: number, e: number): { node: YamlNode; data: unknown } {
    const { text } = this;
    const ch = text[v]!;
    let result: { node: YamlNode; data: unknown; after: number };
    if (ch === '"') result = this.doubleQuoted(v, e);
    else if (ch === "'") result = this.singleQuoted(v, e);
    else if (ch === '[') result = this.flowSeq(v, e);
    else if (INDICATORS.has(ch)) throw REFUSED;
    else result = this.plain(v, e, false);
    let i = result.after;
    while (i < e && text.charCodeAt(i) === 32) i++;
    if (i < e) {
      if (text.charCodeAt(i) !== 35 || i === result.after) throw REFUSED;
      this.comment(i, e);
    }
    return result;
  }

  /** A plain scalar at `v`; in a flow sequence it also ends at `,` and `]`. */
  private plain(v: number, e: number, inFlow: boolean): { node: YamlScalarNode; data: unknown; after: number } {
    const { text } = this;
    let i = v;
    let last = v;
    for (; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) continue;
      if (c === 58) {
        const next = text.charCodeAt(i + 1);
        if (i + 1 === e || next === 32 || (inFlow && (next === 44 || next === 93 || next === 91 || next === 123 || next === 125))) throw REFUSED;
      } else if (c === 35 && text.charCodeAt(i - 1) === 32) {
        if (inFlow) throw REFUSED;
        break;
      } else if (inFlow && (c === 44 || c === 93)) break;
      else if (inFlow && (c === 91 || c === 123 || c === 125)) throw REFUSED;
      last = i + 1;
    }
    const source = text.slice(v, last);
    const value = plainValue(source);
    const range: Span = [v, last];
    return { node: { kind: 'scalar', range, text: typeof value === 'string' ? flowTextSource(text, range, 'PLAIN', value) : null }, data: value, after: last };
  }

  private doubleQuoted(v: number, e: number): { node: YamlScalarNode; data: string; after: number } {
    const { text } = this;
    const close = text.indexOf('"', v + 1);
    if (close !== -1 && close < e) {
      // Looked for within the value only: an indexOf to the end of the text for each value would be quadratic.
      let escape = v + 1;
      while (escape < close && text.charCodeAt(escape) !== 92) escape++;
      if (escape === close) {
        const range: Span = [v, close + 1];
        const inner = text.slice(v + 1, close);
        return { node: { kind: 'scalar', range, text: flowTextSource(text, range, 'QUOTE_DOUBLE', inner) }, data: inner, after: close + 1 };
      }
    }
    let value = '';
    let from = v + 1;
    let i = v + 1;
    for (;;) {
      if (i >= e) throw REFUSED;
      const c = text[i]!;
      if (c === '"') break;
      if (c !== '\\') {
        i++;
        continue;
      }
      value += text.slice(from, i);
      const code = text[i + 1];
      if (code === undefined || i + 1 >= e) throw REFUSED;
      const simple = ESCAPES[code];
      if (simple !== undefined) {
        value += simple;
        i += 2;
      } else {
        const digits = HEX_DIGITS[code];
        const hex = digits === undefined ? '' : text.slice(i + 2, i + 2 + digits);
        if (digits === undefined || hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) throw REFUSED;
        const point = parseInt(hex, 16);
        if (point > 0x10ffff) throw REFUSED;
        value += String.fromCodePoint(point);
        i += 2 + digits;
      }
      from = i;
    }
    value += text.slice(from, i);
    const range: Span = [v, i + 1];
    return { node: { kind: 'scalar', range, text: flowTextSource(text, range, 'QUOTE_DOUBLE', value) }, data: value, after: i + 1 };
  }

  private singleQuoted(v: number, e: number): { node: YamlScalarNode; data: string; after: number } {
    const { text } = this;
    let i = v + 1;
    let escaped = false;
    for (;;) {
      if (i >= e) throw REFUSED;
      if (text.charCodeAt(i) === 39) {
        if (text.charCodeAt(i + 1) !== 39 || i + 1 >= e) break;
        escaped = true;
        i += 2;
      } else i++;
    }
    const inner = text.slice(v + 1, i);
    const value = escaped ? inner.replace(/''/g, "'") : inner;
    const range: Span = [v, i + 1];
    return { node: { kind: 'scalar', range, text: flowTextSource(text, range, 'QUOTE_SINGLE', value) }, data: value, after: i + 1 };
  }

  /** `[a, "b", 3]` on one line: scalars only, no trailing comma, no comment inside. */
  private flowSeq(v: number, e: number): { node: YamlSeqNode; data: unknown[]; after: number } {
    const { text } = this;
    const items: YamlNode[] = [];
    const data: unknown[] = [];
    let i = v + 1;
    const skipSpaces = (): void => {
      while (i < e && text.charCodeAt(i) === 32) i++;
    };
    skipSpaces();
    if (text.charCodeAt(i) !== 93) {
      for (;;) {
        skipSpaces();
        if (i >= e) throw REFUSED;
        const ch = text[i]!;
        let item: { node: YamlScalarNode; data: unknown; after: number };
        if (ch === '"') item = this.doubleQuoted(i, e);
        else if (ch === "'") item = this.singleQuoted(i, e);
        else if (INDICATORS.has(ch)) throw REFUSED;
        else item = this.plain(i, e, true);
        items.push(item.node);
        data.push(item.data);
        i = item.after;
        skipSpaces();
        const sep = text.charCodeAt(i);
        if (sep === 93) break;
        if (sep !== 44) throw REFUSED;
        i++;
        skipSpaces();
        if (text.charCodeAt(i) === 93) throw REFUSED;
      }
    }
    const range: Span = [v, i + 1];
    return { node: { kind: 'seq', range, items }, data, after: i + 1 };
  }
}

/** A plain scalar's value by the YAML 1.2 core schema, as the yaml library resolves it. */
function plainValue(s: string): unknown {
  const c = s.charCodeAt(0);
  // Only these first characters can start a null, a boolean or a number.
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70)) return s;
  if (s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(s)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(s)) return false;
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}
