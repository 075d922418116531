import type { Severity } from '@adlint/core';
import { displayPath } from './report-paths.js';
import { whole } from './stream.js';
import type { StreamFormatter } from './types.js';

const WORD: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/**
 * One line per message, as ESLint's `compact` formatter writes it — for thousands of findings,
 * grep, and editors' "file:line" problem matchers.
 */
export const stream: StreamFormatter = ({ cwd, write }) => {
  let lines = 0;
  return {
    file(r) {
      const file = displayPath(r.filePath, cwd);
      for (const m of r.messages) {
        write(`${lines++ ? '\n' : ''}${file}: line ${m.line}, col ${m.column}, ${WORD[m.severity]} - ${m.message.replace(/\s*\r?\n\s*/g, ' ')} (${m.ruleId})`);
      }
    },
    end() {
      if (lines) write(`\n\n${lines} problem${lines === 1 ? '' : 's'}\n`);
    },
  };
};

export const format = whole(stream);
