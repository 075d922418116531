import type { Severity } from '@adlint/core';
import { displayPath } from './report-paths.js';
import { whole } from './stream.js';
import type { StreamFormatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

// GitHub's own escaping for workflow commands (as in @actions/core's command.ts): a dependency
// on @actions/core would bring an HTTP client for these two replace chains.
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: each message becomes an annotation on the pull request's diff. */
export const stream: StreamFormatter = ({ cwd, write }) => {
  let lines = 0;
  return {
    file(r) {
      const file = displayPath(r.filePath, cwd);
      for (const m of r.messages) {
        const props = [
          `file=${escapeProperty(file)}`,
          `line=${m.line}`,
          `col=${m.column}`,
          `endLine=${m.endLine}`,
          `endColumn=${m.endColumn}`,
          `title=${escapeProperty(`adlint ${m.ruleId}`)}`,
        ];
        write(`${lines++ ? '\n' : ''}::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(m.message)}`);
      }
    },
    end() {},
  };
};

export const format = whole(stream);
