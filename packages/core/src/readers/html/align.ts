import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';

/** One text node's visible characters, each mapped to the source characters it came from. */
export interface AlignedText {
  value: string;
  starts: number[];
  ends: number[];
}

const ENTITY = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/y;
/** HTML's inter-element whitespace: a run of it renders as one space. */
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/**
 * Walks a text node's source slice `source[start, end)` alongside its decoded `value` (parse5
 * decodes entities and normalises line breaks but gives only the node's whole range): `&amp;`
 * maps to the whole reference, a whitespace run collapses to one space mapped to the run, as a
 * browser shows it. `spaceBefore` says the text so far ends in a space (or nothing), so a
 * leading run adds none. Returns null when the two do not line up (a legacy reference without
 * `;`), so the caller points at the whole node rather than at wrong characters.
 */
export function alignHtmlText(source: string, value: string, start: number, end: number, spaceBefore: boolean): AlignedText | null {
  const out: AlignedText = { value: '', starts: [], ends: [] };
  let lastSpace = spaceBefore;
  const emit = (text: string, from: number, to: number): void => {
    for (let k = 0; k < text.length; k++) {
      out.starts.push(from);
      out.ends.push(to);
    }
    out.value += text;
    lastSpace = text === ' ';
  };
  let i = start;
  let j = 0;
  while (j < value.length) {
    if (i >= end) return null;
    const c = value[j]!;
    const s = source[i]!;
    if (isSpace(c)) {
      if (!isSpace(s)) return null;
      const from = i;
      while (i < end && isSpace(source[i])) i++;
      while (j < value.length && isSpace(value[j])) j++;
      if (!lastSpace) emit(' ', from, i);
      continue;
    }
    if (s === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(source);
      const decoded = m && m.index + m[0].length <= end ? decodeEntity(m) : null;
      if (m && decoded && value.startsWith(decoded, j)) {
        emit(decoded, i, i + m[0].length);
        i += m[0].length;
        j += decoded.length;
        continue;
      }
    }
    if (s !== c) return null;
    emit(c, i, i + 1);
    i++;
    j++;
  }
  return out;
}

/** The same text without a source to align to: whitespace collapsed, every unit at the whole node. */
export function collapseWhitespace(value: string, start: number, end: number, spaceBefore: boolean): AlignedText {
  let text = value.replace(/[ \t\n\r\f]+/g, ' ');
  if (spaceBefore && text.startsWith(' ')) text = text.slice(1);
  return { value: text, starts: new Array<number>(text.length).fill(start), ends: new Array<number>(text.length).fill(end) };
}

function decodeEntity(m: RegExpExecArray): string | null {
  if (m[1] !== undefined) return decodeNumericCharacterReference(m[1], 10);
  if (m[2] !== undefined) return decodeNumericCharacterReference(m[2], 16);
  const named = decodeNamedCharacterReference(m[3]!);
  return named === false ? null : named;
}
