/**
 * Maps every UTF-16 unit of a YAML scalar's value back to the source characters it came from,
 * so a message can point at the exact offending characters inside quoted, escaped, folded and
 * block scalars. The yaml library keeps only the scalar's whole range, so this is hand-written:
 * it is the product's core (exact positions and safe fixes depend on it). The result is verified
 * against the library's own value; on any disagreement the caller falls back to the whole range.
 */
import type { TextMap } from '../model/creative.js';

class MapBuilder {
  value = '';
  starts: number[] = [];
  ends: number[] = [];
  /** Marks units that are literal whitespace, which YAML folding may strip at a line end. */
  literalWs: boolean[] = [];

  push(text: string, start: number, end: number, literalWs = false): void {
    for (let k = 0; k < text.length; k++) {
      this.starts.push(start);
      this.ends.push(end);
      this.literalWs.push(literalWs);
    }
    this.value += text;
  }

  trimTrailingLiteralWs(): void {
    let n = this.value.length;
    while (n > 0 && this.literalWs[n - 1]) n--;
    if (n === this.value.length) return;
    this.value = this.value.slice(0, n);
    this.starts.length = n;
    this.ends.length = n;
    this.literalWs.length = n;
  }

  result(): { value: string; map: TextMap } {
    return { value: this.value, map: { starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) } };
  }
}

const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

function breakLength(src: string, i: number): number {
  return src[i] === '\r' && src[i + 1] === '\n' ? 2 : 1;
}

/**
 * Flow folding at a line break at src[i]: trailing whitespace is dropped, each empty line
 * becomes "\n", and a lone break becomes one space. Returns the index after the leading
 * whitespace of the next non-empty line.
 */
function foldFlowBreak(src: string, i: number, base: number, out: MapBuilder, end: number): number {
  out.trimTrailingLiteralWs();
  const firstBreak = i;
  let emptyLines = 0;
  i += breakLength(src, i);
  for (;;) {
    while (i < end && isBlank(src[i])) i++;
    if (i < end && isBreak(src[i])) {
      out.push('\n', base + i, base + i + breakLength(src, i));
      emptyLines++;
      i += breakLength(src, i);
      continue;
    }
    break;
  }
  if (emptyLines === 0) out.push(' ', base + firstBreak, base + firstBreak + breakLength(src, firstBreak));
  return i;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r',
  e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0',
  L: '\u2028', P: '\u2029',
};
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

/** Plain, single-quoted and double-quoted scalars. `source` is the raw token text, quotes included. */
export function mapFlowScalar(
  source: string,
  offset: number,
  kind: 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE',
): { value: string; map: TextMap } | null {
  const out = new MapBuilder();
  const quoted = kind !== 'PLAIN';
  const start = quoted ? 1 : 0;
  const end = quoted ? source.length - 1 : source.length;
  let i = start;
  while (i < end) {
    const c = source[i]!;
    if (isBreak(c)) {
      i = foldFlowBreak(source, i, offset, out, end);
      continue;
    }
    if (kind === 'QUOTE_SINGLE' && c === "'" && source[i + 1] === "'") {
      out.push("'", offset + i, offset + i + 2);
      i += 2;
      continue;
    }
    if (kind === 'QUOTE_DOUBLE' && c === '\\') {
      const e = source[i + 1];
      if (e === undefined) return null;
      if (isBreak(e)) {
        // An escaped line break joins the lines without a space.
        i += 1 + breakLength(source, i + 1);
        while (i < end && isBlank(source[i])) i++;
        continue;
      }
      const simple = SIMPLE_ESCAPES[e];
      if (simple !== undefined) {
        out.push(simple, offset + i, offset + i + 2);
        i += 2;
        continue;
      }
      const digits = HEX_ESCAPES[e];
      if (digits === undefined) return null;
      const hex = source.slice(i + 2, i + 2 + digits);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) return null;
      out.push(String.fromCodePoint(parseInt(hex, 16)), offset + i, offset + i + 2 + digits);
      i += 2 + digits;
      continue;
    }
    out.push(c, offset + i, offset + i + 1, isBlank(c));
    i++;
  }
  return out.result();
}

/** Literal (|) and folded (>) block scalars. `bodyOffset` is where the first content line starts. */
export function mapBlockScalar(
  header: string,
  body: string,
  bodyOffset: number,
  parentIndent: number,
  kind: 'BLOCK_LITERAL' | 'BLOCK_FOLDED',
): { value: string; map: TextMap } | null {
  const chomp = header.includes('-') ? 'strip' : header.includes('+') ? 'keep' : 'clip';
  const explicit = /[1-9]/.exec(header);
  const lines: { start: number; end: number; brk: number }[] = [];
  let pos = 0;
  while (pos < body.length) {
    let e = pos;
    while (e < body.length && !isBreak(body[e])) e++;
    const brk = e < body.length ? breakLength(body, e) : 0;
    lines.push({ start: pos, end: e, brk });
    pos = e + brk;
  }
  let indent: number;
  if (explicit) indent = parentIndent + Number(explicit[0]);
  else {
    indent = 0;
    for (const l of lines) {
      let k = l.start;
      while (k < l.end && body[k] === ' ') k++;
      if (k < l.end) {
        indent = k - l.start;
        break;
      }
    }
  }
  const out = new MapBuilder();
  // Breaks waiting to be emitted: folding decides their form once the next line is known.
  let pending: { at: number; len: number }[] = [];
  let previousWasText = false;
  let previousMoreIndented = false;
  let sawContent = false;
  for (const l of lines) {
    const content = l.start + Math.min(indent, l.end - l.start);
    const text = body.slice(content, l.end);
    const blankOnly = body.slice(l.start, l.end).trim() === '';
    if (blankOnly && (l.end - l.start <= indent || !sawContent)) {
      if (l.brk) pending.push({ at: l.end, len: l.brk });
      continue;
    }
    const moreIndented = text.startsWith(' ') || text.startsWith('\t');
    if (sawContent) {
      if (kind === 'BLOCK_FOLDED' && previousWasText && !previousMoreIndented && !moreIndented) {
        // The first break folds to a space when no empty line follows it, else it disappears.
        const [first, ...rest] = pending;
        if (first && rest.length === 0) out.push(' ', bodyOffset + first.at, bodyOffset + first.at + first.len);
        for (const b of rest) out.push('\n', bodyOffset + b.at, bodyOffset + b.at + b.len);
      } else {
        for (const b of pending) out.push('\n', bodyOffset + b.at, bodyOffset + b.at + b.len);
      }
    } else {
      for (const b of pending) out.push('\n', bodyOffset + b.at, bodyOffset + b.at + b.len);
    }
    pending = [];
    for (let k = content; k < l.end; k++) out.push(body[k]!, bodyOffset + k, bodyOffset + k + 1);
    if (l.brk) pending.push({ at: l.end, len: l.brk });
    sawContent = true;
    previousWasText = true;
    previousMoreIndented = moreIndented;
  }
  if (chomp === 'clip' && sawContent && pending.length > 0) {
    const b = pending[0]!;
    out.push('\n', bodyOffset + b.at, bodyOffset + b.at + b.len);
  } else if (chomp === 'keep') {
    for (const b of pending) out.push('\n', bodyOffset + b.at, bodyOffset + b.at + b.len);
  }
  return out.result();
}
