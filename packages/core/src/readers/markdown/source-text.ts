import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { ScalarStyle, Span, TextSource } from '../../model/creative.js';

/**
 * Builds a copy value from pieces of a Markdown file, keeping for every UTF-16 unit the source
 * characters it came from. mdast gives each text node's decoded value and its whole range only,
 * so the characters in between (escapes, entities, line breaks with their container prefixes) are
 * matched here by walking the node's source slice alongside its value; nothing else knows this
 * mapping, which is what exact positions and safe fixes need.
 */
export class SourceTextBuilder {
  private value = '';
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private pendingJoin = '';

  /** HTML pages build their copy with this too; the style tells fixes how to write into the source. */
  constructor(private readonly style: ScalarStyle = 'MARKDOWN') {}

  get length(): number {
    return this.value.length;
  }

  /**
   * Asks for `text` (the blank line joining two paragraphs) before whatever is appended next, if
   * anything is. It stands for no source character: zero-width at the start of what follows (a
   * message about "the text past the limit" then starts there), so no fix can edit through it.
   */
  join(text: string): void {
    if (this.value.length > 0) this.pendingJoin = text;
  }

  /** Appends `text`, every unit mapped to the source range [start, end). */
  push(text: string, start: number, end: number): void {
    this.flushJoin(start);
    this.add(text, start, end);
  }

  /** Appends a text node's (or alt text's) value, mapped character by character to `source[start, end)`. */
  pushMapped(source: string, value: string, start: number, end: number, skipMarkup = false): void {
    if (value.length === 0) return;
    const mapped = alignToSource(source, value, start, end, skipMarkup);
    this.flushJoin(mapped?.starts[0] ?? start);
    if (mapped) {
      this.value += mapped.value;
      pushAll(this.starts, mapped.starts);
      pushAll(this.ends, mapped.ends);
    } else {
      // Unexpected source shape: every character points at the whole node, never at wrong characters.
      this.add(value.replace(/\r\n?|\n/g, ' '), start, end);
    }
  }

  /** Appends units already mapped by the caller (`starts[k]`, `ends[k]` for `text[k]`). */
  pushUnits(text: string, starts: readonly number[], ends: readonly number[]): void {
    if (text.length === 0) return;
    this.flushJoin(starts[0]!);
    this.value += text;
    pushAll(this.starts, starts);
    pushAll(this.ends, ends);
  }

  append(other: SourceTextBuilder): void {
    if (other.value.length === 0) return;
    this.flushJoin(other.starts[0]!);
    this.value += other.value;
    pushAll(this.starts, other.starts);
    pushAll(this.ends, other.ends);
  }

  /** The value and its text source; null when nothing was appended. */
  result(): { value: string; source: TextSource } | null {
    if (this.value.length === 0) return null;
    const span: Span = [this.starts[0]!, this.ends[this.ends.length - 1]!];
    return { value: this.value, source: { span, style: this.style, map: { starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) } } };
  }

  private flushJoin(at: number): void {
    if (!this.pendingJoin) return;
    this.add(this.pendingJoin, at, at);
    this.pendingJoin = '';
  }

  private add(text: string, start: number, end: number): void {
    for (let k = 0; k < text.length; k++) {
      this.starts.push(start);
      this.ends.push(end);
    }
    this.value += text;
  }
}

/** `push(...items)` passes every item as an argument, which overflows the stack on huge paragraphs. */
function pushAll(target: number[], items: readonly number[]): void {
  for (const item of items) target.push(item);
}

const ENTITY = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/y;
/** Characters that only shape inline markup in alt text (`![a *b* [c]](x)` has alt `a b c`). */
const ALT_MARKUP = new Set(['*', '_', '`', '[', ']', '~', '!', '<', '>']);

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';
const isAsciiPunctuation = (c: string | undefined): boolean => c !== undefined && /^[!-/:-@[-`{-~]$/.test(c);

interface Aligned {
  value: string;
  starts: number[];
  ends: number[];
}

/**
 * Walks `source[start, end)` and `value` together. A line break in the value (a soft break)
 * becomes one space, mapped to the break and the next line's indentation and `>` markers;
 * `\*` maps to both characters; `&amp;` to the whole reference. Returns null when the two do
 * not line up, so the caller never reports a wrong position.
 */
export function alignToSource(source: string, value: string, start: number, end: number, skipMarkup: boolean): Aligned | null {
  const out: Aligned = { value: '', starts: [], ends: [] };
  const emit = (text: string, from: number, to: number): void => {
    for (let k = 0; k < text.length; k++) {
      out.starts.push(from);
      out.ends.push(to);
    }
    out.value += text;
  };
  let i = start;
  let j = 0;
  while (j < value.length) {
    if (i >= end) return null;
    const c = value[j]!;
    const s = source[i]!;
    if (isBreak(c)) {
      let k = i;
      while (k < end && isBlank(source[k])) k++;
      if (!isBreak(source[k])) return null;
      k += source[k] === '\r' && source[k + 1] === '\n' ? 2 : 1;
      while (k < end && (isBlank(source[k]) || source[k] === '>')) k++;
      emit(' ', i, k);
      i = k;
      j += c === '\r' && value[j + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (s === '\\' && isAsciiPunctuation(source[i + 1]) && c === source[i + 1]) {
      emit(c, i, i + 2);
      i += 2;
      j++;
      continue;
    }
    if (s === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(source);
      const decoded = m ? decodeEntity(m) : null;
      if (m && decoded && value.startsWith(decoded, j)) {
        emit(decoded, i, i + m[0].length);
        i += m[0].length;
        j += decoded.length;
        continue;
      }
    }
    if (s === c) {
      emit(c, i, i + 1);
      i++;
      j++;
      continue;
    }
    if (skipMarkup && (ALT_MARKUP.has(s) || isBlank(s) || isBreak(s))) {
      i++;
      continue;
    }
    return null;
  }
  return out;
}

function decodeEntity(m: RegExpExecArray): string | null {
  if (m[1] !== undefined) return decodeNumericCharacterReference(m[1], 10);
  if (m[2] !== undefined) return decodeNumericCharacterReference(m[2], 16);
  const named = decodeNamedCharacterReference(m[3]!);
  return named === false ? null : named;
}
