import type { Severity } from '@adlint/core';
import { displayPath } from './report-paths.js';
import type { Formatter } from './types.js';

const WORD: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/**
 * One line per message, as ESLint's `compact` formatter writes it — for thousands of findings,
 * grep, and editors' "file:line" problem matchers.
 */
export const format: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = displayPath(r.filePath, cwd);
    for (const m of r.messages) {
      lines.push(`${file}: line ${m.line}, col ${m.column}, ${WORD[m.severity]} - ${m.message.replace(/\s*\r?\n\s*/g, ' ')} (${m.ruleId})`);
    }
  }
  if (lines.length === 0) return '';
  return `${lines.join('\n')}\n\n${lines.length} problem${lines.length === 1 ? '' : 's'}\n`;
};
