import type { Severity } from '@adlint/core';
import { displayPath, fingerprints } from './report-paths.js';
import { nested, whole } from './stream.js';
import type { StreamFormatter } from './types.js';

const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info' };

/** GitLab Code Quality (a subset of the Code Climate format): a JSON array of issues, written issue by issue. */
export const stream: StreamFormatter = ({ cwd, write }) => {
  let issues = 0;
  return {
    file(r) {
      const file = displayPath(r.filePath, cwd);
      const prints = fingerprints(r.messages, file);
      r.messages.forEach((m, i) => {
        const issue = {
          type: 'issue',
          check_name: m.ruleId,
          description: m.message,
          categories: ['Style'],
          severity: SEVERITY[m.severity],
          fingerprint: prints[i],
          location: { path: file, lines: { begin: m.line, end: m.endLine } },
        };
        write(`${issues++ ? ',\n  ' : '[\n  '}${nested(issue, 1)}`);
      });
    },
    end() {
      write(issues ? '\n]' : '[]');
    },
  };
};

export const format = whole(stream);
