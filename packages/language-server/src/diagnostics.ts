import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintMessage, Severity } from '@adlint/core';
import type { ProjectProblem } from './project.js';
import { uriToPath } from './uri.js';

export const SOURCE = 'adlint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a diagnostic carries back to code actions: which message of which linted version it is. */
export interface DiagnosticData {
  version: number;
  index: number;
}

/** An engine message's range in LSP terms (0-based lines; columns in UTF-16 code units on both sides). */
export function rangeOf(m: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  return {
    start: { line: m.line - 1, character: m.column - 1 },
    end: { line: m.endLine - 1, character: m.endColumn - 1 },
  };
}

/** One engine message as a diagnostic: severity, rule id as code, the rule's source as its description link. */
export function toDiagnostic(m: LintMessage, index: number, doc: TextDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(m),
    severity: SEVERITY[m.severity],
    source: SOURCE,
    code: m.ruleId,
    message: m.platform ? `${m.message} (${m.platform})` : m.message,
    data: { version: doc.version, index } satisfies DiagnosticData,
  };
  if (m.source && /^https?:\/\//.test(m.source)) diagnostic.codeDescription = { href: m.source };
  const related = relatedLanding(m, doc);
  if (related) diagnostic.relatedInformation = [related];
  return diagnostic;
}

/** A finding about the landing page a creative names points at that page too, when it is a local file. */
function relatedLanding(m: LintMessage, doc: TextDocument): DiagnosticRelatedInformation | null {
  if (m.field !== 'landing') return null;
  const written = doc.getText(rangeOf(m)).trim().replace(/^["']|["']$/g, '');
  const own = uriToPath(doc.uri);
  if (!written || !own) return null;
  const file = path.resolve(path.dirname(own), written);
  if (!existsSync(file)) return null;
  return {
    location: { uri: pathToFileURL(file).href, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
    message: `landing page ${written}`,
  };
}

/** A pack or config problem, on the file it is in (`adlint/config`). */
export function problemDiagnostic(problem: ProjectProblem): Diagnostic {
  const at = { line: problem.line - 1, character: problem.column - 1 };
  return { range: { start: at, end: at }, severity: DiagnosticSeverity.Error, source: SOURCE, code: 'adlint/config', message: problem.reason };
}

/** On a creative that a pack or config problem kept from being checked: it must not look clean. */
export function uncheckedDiagnostic(problem: ProjectProblem): Diagnostic {
  const where = problem.file ? `${problem.file}:${problem.line}:${problem.column}: ` : '';
  const start = { line: 0, character: 0 };
  return {
    range: { start, end: start },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: 'adlint/config',
    message: `not checked: ${where}${problem.reason}`,
  };
}
