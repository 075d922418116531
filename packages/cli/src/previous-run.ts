import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LintMessage } from '@adlint/core';
import { UsageError } from './errors.js';

/** A file's results as an earlier `--format json` run wrote them: what `--compare` needs of them. */
export interface PreviousFile {
  filePath: string;
  messages: Pick<LintMessage, 'ruleId' | 'severity' | 'message' | 'field'>[];
}

export interface PreviousRun {
  /** As given on the command line, for the report to name. */
  file: string;
  results: PreviousFile[];
}

/**
 * The run to compare with (`--compare previous.json`), read before linting so a wrong file is a
 * one-line usage error, not a report half-made. Only the keys the comparison reads are checked.
 */
export function readPreviousRun(file: string, cwd: string): PreviousRun {
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new UsageError(`--compare ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`--compare ${file}: not JSON (${(e as Error).message}); write it with adlint --format json --output-file ${file}`);
  }
  const where = (i: number, what: string) => new UsageError(`--compare ${file}: entry ${i + 1} ${what}; expected the output of adlint --format json`);
  if (!Array.isArray(data)) throw new UsageError(`--compare ${file}: not a list of file results; expected the output of adlint --format json`);
  const results = data.map((entry: unknown, i): PreviousFile => {
    const r = entry as { filePath?: unknown; messages?: unknown };
    if (!r || typeof r.filePath !== 'string') throw where(i, 'has no filePath');
    if (!Array.isArray(r.messages)) throw where(i, 'has no messages list');
    const messages = r.messages.map((m: unknown, j) => {
      const x = m as Record<string, unknown>;
      if (!x || typeof x.ruleId !== 'string' || typeof x.message !== 'string' || !['error', 'warning', 'info'].includes(x.severity as string)) throw where(i, `message ${j + 1} lacks ruleId, severity or message`);
      return { ruleId: x.ruleId, severity: x.severity as LintMessage['severity'], message: x.message, field: typeof x.field === 'string' ? x.field : null };
    });
    return { filePath: r.filePath, messages };
  });
  return { file, results };
}
