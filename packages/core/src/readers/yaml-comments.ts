import { Parser } from 'yaml';
import type { DirectiveComment } from './types.js';

/** Quick test before parsing: most files hold no directive at all. */
const DIRECTIVE_HINT = 'adlint-';

/**
 * The `# adlint-…` comments of a YAML text. The concrete syntax tree tells real comments from a
 * `#` inside a quoted or block scalar; it is walked without recursion, so nesting depth is no risk.
 */
export function yamlDirectiveComments(text: string): DirectiveComment[] {
  if (!text.includes(DIRECTIVE_HINT)) return [];
  const found: DirectiveComment[] = [];
  const pending: unknown[] = Array.from(new Parser().parse(text));
  while (pending.length > 0) {
    const token = pending.pop();
    if (Array.isArray(token)) {
      for (const item of token) pending.push(item);
    } else if (isComment(token)) {
      const body = token.source.slice(1);
      if (body.trimStart().startsWith(DIRECTIVE_HINT)) {
        found.push({ text: body, textOffset: token.offset + 1, span: [token.offset, token.offset + token.source.length] });
      }
    } else if (typeof token === 'object' && token !== null) {
      for (const value of Object.values(token)) pending.push(value);
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

function isComment(token: unknown): token is { type: 'comment'; offset: number; source: string } {
  const t = token as { type?: unknown; source?: unknown; offset?: unknown };
  return typeof t === 'object' && t !== null && t.type === 'comment' && typeof t.source === 'string' && typeof t.offset === 'number';
}
