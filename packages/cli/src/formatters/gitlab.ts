import type { Severity } from '@adlint/core';
import type { Formatter } from './types.js';
import { displayPath, fingerprints } from './report-paths.js';

const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info' };

/** GitLab Code Quality (a subset of the Code Climate format): a JSON array of issues. */
export const format: Formatter = (results, { cwd }) => {
  const issues = results.flatMap((r) => {
    const file = displayPath(r.filePath, cwd);
    const prints = fingerprints(r.messages, file);
    return r.messages.map((m, i) => ({
      type: 'issue',
      check_name: m.ruleId,
      description: m.message,
      categories: ['Style'],
      severity: SEVERITY[m.severity],
      fingerprint: prints[i],
      location: { path: file, lines: { begin: m.line, end: m.endLine } },
    }));
  });
  return JSON.stringify(issues, null, 2);
};
