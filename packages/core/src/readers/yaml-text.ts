import { isScalar, type Scalar } from 'yaml';
import type { TextSource } from '../model/creative.js';
import { mapBlockScalar, mapFlowScalar } from './scalar-map.js';

interface SourceToken {
  type: string;
  offset: number;
  source: string;
  indent?: number;
  props?: { type: string; offset: number; source: string }[];
}

/** The source of a string scalar: its span, style and, where it can be verified, a per-character map. */
export function textSourceOf(node: Scalar, parentIndent: number): TextSource {
  const span: [number, number] = node.range ? [node.range[0], node.range[1]] : [0, 0];
  const style = (node.type ?? 'UNKNOWN') as TextSource['style'];
  const token = (node as unknown as { srcToken?: SourceToken }).srcToken;
  if (!token || typeof node.value !== 'string') return { span, style, map: null };
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
  if (!mapped || mapped.value !== node.value) return { span, style, map: null };
  return { span, style, map: mapped.map };
}

export function isStringScalar(node: unknown): node is Scalar<string> {
  return isScalar(node) && typeof node.value === 'string';
}
