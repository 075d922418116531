import type { Edit, LintMessage } from '../model/message.js';

export interface AppliedFixes {
  output: string;
  /** Messages whose fix went in. */
  applied: LintMessage[];
}

/**
 * Applies every fix that does not overlap one applied before it, in file order (as ESLint does);
 * the skipped ones are re-evaluated on the next pass, against the changed text.
 */
export function applyFixes(text: string, messages: readonly LintMessage[]): AppliedFixes {
  const fixable = messages
    .filter((m): m is LintMessage & { fix: Edit } => Boolean(m.fix))
    .sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  const applied: LintMessage[] = [];
  let output = '';
  let cursor = 0;
  for (const m of fixable) {
    const [start, end] = m.fix.range;
    // Touching ranges are allowed only when neither inserts at the other's edge ambiguously.
    if (start < cursor || (start === cursor && applied.length > 0 && start === end)) continue;
    output += text.slice(cursor, start) + m.fix.text;
    cursor = end;
    applied.push(m);
  }
  return { output: output + text.slice(cursor), applied };
}
