import type { FileResult, LintMessage, Severity } from '@adlint/core';
import { whole } from './stream.js';
import type { StreamFormatter } from './types.js';
import { displayPath } from './report-paths.js';

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/**
 * Escapes text for XML 1.0 attributes and content. Written here because it is five entities and
 * one filter: characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/F)
 * are dropped, and newlines and tabs are kept as character references so attributes keep them.
 */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

function failure(ruleId: string, messages: LintMessage[]): string {
  const worst = messages.reduce((a, m) => (RANK[m.severity] > RANK[a] ? m.severity : a), 'info' as Severity);
  const summary = messages.length === 1 ? messages[0]!.message : `${messages.length} problems`;
  const body = messages
    .map((m) => `${m.line}:${m.column} ${m.severity} ${m.message}${m.field ? ` (${m.field})` : ''}`)
    .join('\n');
  return `      <failure type="${xml(worst)}" message="${xml(summary)}">${xml(body)}</failure>\n`;
}

/** A file's test suite: a failing test case per rule that fired, or one passing case. */
function suite(r: FileResult, cwd: string): { text: string; tests: number; failures: number } {
  const file = xml(displayPath(r.filePath, cwd));
  // Jenkins reads a classname as package.Class, splitting at dots: `a.ad.yaml` would become class
  // `yaml` in package `a.ad`. Without dots the file is one class; the suite name keeps the real path.
  const classname = xml(displayPath(r.filePath, cwd).replace(/\./g, '_'));
  const byRule = new Map<string, LintMessage[]>();
  for (const m of r.messages) {
    const list = byRule.get(m.ruleId);
    if (list) list.push(m);
    else byRule.set(m.ruleId, [m]);
  }
  let cases = '';
  for (const [ruleId, messages] of byRule) {
    cases += `    <testcase name="${xml(ruleId)}" classname="${classname}" time="0">\n${failure(ruleId, messages)}    </testcase>\n`;
  }
  // A clean file passes one test, so CI views list what was checked.
  if (byRule.size === 0) cases = `    <testcase name="adlint" classname="${classname}" time="0"/>\n`;
  const count = Math.max(byRule.size, 1);
  return { text: `  <testsuite name="${file}" tests="${count}" failures="${byRule.size}" errors="0" skipped="0" time="0">\n${cases}  </testsuite>\n`, tests: count, failures: byRule.size };
}

/**
 * JUnit XML for CI test views: a test suite per file, a failing test case per rule that fired.
 * The totals open the document, so the files are kept (on disk in a large run) and their suites
 * written after the last one.
 */
export const stream: StreamFormatter = ({ cwd, write, keep }) => {
  let tests = 0;
  let failures = 0;
  const kept = keep();
  return {
    file(r) {
      const { tests: t, failures: f } = suite(r, cwd);
      tests += t;
      failures += f;
      kept.add({ ...r, coverage: undefined, suppressedMessages: undefined });
    },
    end() {
      write(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="adlint" tests="${tests}" failures="${failures}" errors="0" time="0">\n`);
      for (const r of kept.replay()) write(suite(r, cwd).text);
      write('</testsuites>\n');
    },
  };
};

export const format = whole(stream);
