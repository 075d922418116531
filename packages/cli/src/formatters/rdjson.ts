import { LineIndex, type Edit, type FileResult, type LintMessage, type Severity } from '@adlint/core';
import { HOMEPAGE } from '../version.js';
import { utf8Column } from './positions.js';
import { displayPath } from './report-paths.js';
import { whole } from './stream.js';
import type { RuleMeta, StreamFormatter } from './types.js';

/**
 * reviewdog's Diagnostic Format (rdjson, and rdjsonl: one diagnostic per line): reviewdog posts
 * these as review comments, and fixes and suggestions as suggested changes. Columns count UTF-8
 * bytes, as the format asks, so the source texts are read for it.
 */
const SEVERITY: Record<Severity, string> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };
const SOURCE = { name: 'adlint', url: HOMEPAGE };

interface Position { line: number; column: number }

function diagnostics(r: FileResult, text: string | undefined, cwd: string, rule: (id: string) => RuleMeta | undefined): Record<string, unknown>[] {
  const at = text === undefined ? null : new LineIndex(text);
  const bytes = (p: Position): Position => ({ line: p.line, column: at ? utf8Column(at, p.line, p.column) : p.column });
  const range = (edit: Edit): { start: Position; end: Position } | null =>
    at ? { start: bytes(at.position(edit.range[0])), end: bytes(at.position(edit.range[1])) } : null;
  return r.messages.map((m: LintMessage) => {
    const url = rule(m.ruleId)?.docsUrl;
    const suggestions = [...(m.fix ? [m.fix] : []), ...(m.suggestions ?? []).map((s) => s.fix)]
      .map((edit) => ({ range: range(edit), text: edit.text }))
      .filter((s) => s.range !== null);
    return {
      message: m.message,
      location: {
        path: displayPath(r.filePath, cwd),
        range: { start: bytes({ line: m.line, column: m.column }), end: bytes({ line: m.endLine, column: m.endColumn }) },
      },
      severity: SEVERITY[m.severity],
      source: SOURCE,
      code: { value: m.ruleId, ...(url ? { url } : {}) },
      ...(suggestions.length ? { suggestions } : {}),
    };
  });
}

/** Diagnostics written one by one: `open` before the first, `separator` between, `close` at the end (`empty` with none). */
function diagnosticStream(open: string, separator: string, close: string, empty: string): StreamFormatter {
  return ({ cwd, rule, write }) => {
    let n = 0;
    return {
      file(r, source) {
        if (!r.messages.length) return;
        for (const d of diagnostics(r, source(), cwd, rule)) write(`${n++ ? separator : open}${JSON.stringify(d)}`);
      },
      end() {
        write(n ? close : empty);
      },
    };
  };
}

export const streamResult = diagnosticStream(`{"source":${JSON.stringify(SOURCE)},"diagnostics":[`, ',', ']}', `{"source":${JSON.stringify(SOURCE)},"diagnostics":[]}`);
export const streamLines = diagnosticStream('', '\n', '', '');

export const formatResult = whole(streamResult);
export const formatLines = whole(streamLines);
