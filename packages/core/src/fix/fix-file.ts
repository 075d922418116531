import { summarize, type FileResult, type LintMessage } from '../model/message.js';
import type { TextLinter } from '../model/text-linter.js';
import { fixText, type FixOptions } from './fix-loop.js';
import { encodeText, type SourceEncoding } from '../readers/source-file.js';
import { hashOf, writeFileAtomic } from './write-atomic.js';

export interface FixedFileResult extends FileResult {
  /** The fixed text, when fixing changed it (ESLint's `output`). */
  output?: string;
  /** Set when the fixed text could not be written: the run must end with exit 2. */
  writeFailed?: boolean;
}

/** A linter that also reads a file as it lints it (size limit, decoding), keeping the bytes to write back safely. */
export interface FileLinter<S> extends TextLinter<S> {
  readSource(filePath: string, settings: S): Promise<{ text: string; bytes: Buffer; mode: number; encoding?: SourceEncoding } | { problem: FileResult }>;
}

/**
 * Lints a file with fixes applied. With `write`, the fixed text replaces the file atomically and
 * only if the file is unchanged since it was read; otherwise (`--fix-dry-run`) nothing is written.
 */
export async function fixFile<S>(linter: FileLinter<S>, filePath: string, settings: S, options: FixOptions & { write: boolean }): Promise<FixedFileResult> {
  const source = await linter.readSource(filePath, settings);
  if ('problem' in source) return source.problem;
  const outcome = await fixText(linter, source.text, filePath, settings, options);
  const extra: LintMessage[] = [];
  if (outcome.refusedBy) {
    // A warning: withholding a fix is no new problem of the file, so it must not change the exit code.
    extra.push(fixProblem(`fixes by ${outcome.refusedBy.join(', ')} not applied: ${outcome.refusal ?? 'they would damage the file'}`, 'warning'));
  }
  let writeFailed = false;
  if (options.write && outcome.changed) {
    try {
      // Written back in the encoding it was read in (a UTF-16 export stays UTF-16).
      await writeFileAtomic(filePath, encodeText(outcome.output, source.encoding), { hash: hashOf(source.bytes), mode: source.mode });
    } catch (e) {
      writeFailed = true;
      extra.push(fixProblem((e as Error).name === 'WriteRefused' ? (e as Error).message : `cannot write fixed file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`));
    }
  }
  const result = extra.length ? summarize(filePath, [...extra, ...outcome.result.messages]) : outcome.result;
  return { ...result, ...(outcome.changed && !writeFailed ? { output: outcome.output } : {}), ...(writeFailed ? { writeFailed } : {}) };
}

function fixProblem(reason: string, severity: LintMessage['severity'] = 'error'): LintMessage {
  return { ruleId: 'adlint/fix', severity, message: reason, line: 1, column: 1, endLine: 1, endColumn: 1, field: null, category: 'parse', platform: null, source: null };
}
