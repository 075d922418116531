import type { Scalar } from 'yaml';
import type { Span, TextMap, TextSource } from '../model/creative.js';
import { mapBlockScalar, mapFlowScalar } from './scalar-map.js';

interface SourceToken {
  type: string;
  offset: number;
  source: string;
  indent?: number;
  props?: { type: string; offset: number; source: string }[];
}

/**
 * A text source whose per-character map is built on first use: only a text that gets a message
 * needs it, and building it for every field of every file was ~6 % of a corpus run.
 */
function lazyTextSource(span: Span, style: TextSource['style'], build: () => TextMap | null): TextSource {
  let map: TextMap | null | undefined;
  return {
    span,
    style,
    get map(): TextMap | null {
      if (map === undefined) map = build();
      return map;
    },
  };
}

/** The source of a string scalar of a yaml library Document: its span, style and, where it can be verified, a per-character map. */
export function textSourceOf(node: Scalar, parentIndent: number): TextSource {
  const span: [number, number] = node.range ? [node.range[0], node.range[1]] : [0, 0];
  const style = (node.type ?? 'UNKNOWN') as TextSource['style'];
  return lazyTextSource(span, style, () => textMapOf(node, style, parentIndent));
}

/** The source of a one-line flow scalar read by the fast reader: `span` covers its characters, quotes included. */
export function flowTextSource(text: string, span: Span, style: 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE', value: string): TextSource {
  return lazyTextSource(span, style, () => {
    // A value written character for character (no escape, no doubled quote) maps one to one.
    const first = style === 'PLAIN' ? span[0] : span[0] + 1;
    if (first + value.length === (style === 'PLAIN' ? span[1] : span[1] - 1)) return oneToOne(first, value.length);
    const mapped = mapFlowScalar(text.slice(span[0], span[1]), span[0], style);
    return mapped && mapped.value === value ? mapped.map : null;
  });
}

function oneToOne(start: number, length: number): TextMap {
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    starts[i] = start + i;
    ends[i] = start + i + 1;
  }
  return { starts, ends };
}

function textMapOf(node: Scalar, style: TextSource['style'], parentIndent: number): TextMap | null {
  const token = (node as unknown as { srcToken?: SourceToken }).srcToken;
  if (!token || typeof node.value !== 'string') return null;
  let mapped: ReturnType<typeof mapFlowScalar> = null;
  if (style === 'PLAIN' || style === 'QUOTE_SINGLE' || style === 'QUOTE_DOUBLE') {
    mapped = mapFlowScalar(token.source, token.offset, style);
  } else if ((style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED') && token.props) {
    const header = token.props.find((p) => p.type === 'block-scalar-header');
    const last = token.props[token.props.length - 1];
    if (header && last) {
      mapped = mapBlockScalar(header.source, token.source, last.offset + last.source.length, token.indent ?? parentIndent, style);
    }
  }
  // Trust the map only when it reproduces the parser's own value exactly.
  if (!mapped || mapped.value !== node.value) return null;
  return mapped.map;
}
