import type { FileResult, LintMessage, Severity, Suppression } from '@adlint/core';
import { whole } from './stream.js';
import type { RuleMeta, StreamFormatter } from './types.js';

/**
 * ESLint's result shape (its `json` formatter's output, what `eslint-formatter-*` packages read):
 * numeric severity (2 error, 1 warning; adlint's info is 1 too, as ESLint has no lower level),
 * `fatal` on problems with the file itself, `source` when the text is known, fix counts split by
 * severity. adlint's own fields (field, category, platform, policy source) ride along on each
 * message under `adlint`, so nothing is lost.
 */
export interface EslintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  nodeType: null;
  fatal?: true;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
  adlint: { severity: Severity; field: string | null; category: string; platform: string | null; source: string | null };
}

export interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: (EslintMessage & { suppressions: Suppression[] })[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  source?: string;
  output?: string;
  usedDeprecatedRules: [];
}

/** adlint could not read the file (or the creative) at all: what ESLint calls a fatal parsing error. */
const FATAL = new Set(['adlint/parse']);

function message(m: LintMessage): EslintMessage {
  return {
    ruleId: m.ruleId,
    severity: m.severity === 'error' ? 2 : 1,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    nodeType: null,
    ...(FATAL.has(m.ruleId) ? { fatal: true as const } : {}),
    ...(m.fix ? { fix: m.fix } : {}),
    ...(m.suggestions?.length ? { suggestions: m.suggestions } : {}),
    adlint: { severity: m.severity, field: m.field ?? null, category: m.category, platform: m.platform ?? null, source: m.source ?? null },
  };
}

export function toEslintResults(results: readonly FileResult[], sources?: ReadonlyMap<string, string>): EslintResult[] {
  return results.map((r) => toEslintResult(r, sources?.get(r.filePath)));
}

function toEslintResult(r: FileResult, source: string | undefined): EslintResult {
  const messages = r.messages.map(message);
  const output = 'output' in r && typeof r.output === 'string' ? r.output : undefined;
  return {
    filePath: r.filePath,
    messages,
    suppressedMessages: (r.suppressedMessages ?? []).map((s) => ({ ...message(s), suppressions: s.suppressions })),
    errorCount: messages.filter((m) => m.severity === 2).length,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fixableErrorCount: messages.filter((m) => m.severity === 2 && m.fix).length,
    fixableWarningCount: messages.filter((m) => m.severity === 1 && m.fix).length,
    // As ESLint: the text when there are problems and no fixed output.
    ...(output !== undefined ? { output } : messages.length && source !== undefined ? { source } : {}),
    usedDeprecatedRules: [],
  };
}

/** ESLint's `rulesMeta` for formatters that link rules (`meta.docs.url`) or describe them. */
export function eslintRulesMeta(rules: ReadonlyMap<string, RuleMeta>): Record<string, { type: string; docs: { description?: string; url?: string } }> {
  return Object.fromEntries([...rules].map(([id, meta]) => [id, { type: 'problem', docs: { ...(meta.description ? { description: meta.description } : {}), ...(meta.docsUrl ? { url: meta.docsUrl } : {}) } }]));
}

/** The array written entry by entry: the same text as JSON.stringify of the whole list. */
export const stream: StreamFormatter = ({ write }) => {
  let first = true;
  return {
    file(r, source) {
      write(`${first ? '[' : ','}${JSON.stringify(toEslintResult(r, r.messages.length ? source() : undefined))}`);
      first = false;
    },
    end() {
      write(first ? '[]' : ']');
    },
  };
};

export const format = whole(stream);
