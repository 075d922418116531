import { summarize, type FileResult, type LintMessage } from '../model/message.js';
import type { TextLinter } from '../model/text-linter.js';
import { fixText, type FixOptions, type FixOutcome } from './fix-loop.js';
import { encodeText, type SourceEncoding } from '../readers/source-file.js';
import { hashOf, writeFileAtomic, WriteRefused } from './write-atomic.js';
import { fillTemplate, joinList, worded, type Language, type WordedProblem } from '../model/wording.js';
import { FIX_MESSAGES } from './fix-messages.js';

export interface FixedFileResult extends FileResult {
  /** The fixed text, when fixing changed it (ESLint's `output`). */
  output?: string;
  /** Set when the fixed text could not be written: the run must end with exit 2. */
  writeFailed?: boolean;
}

/** A linter that also reads a file as it lints it (size limit, decoding), keeping the bytes to write back safely. */
export interface FileLinter<S> extends TextLinter<S> {
  /** The language adlint speaks about these rules' fixes: their packs', when they all speak one. */
  languageOfRules?(ruleIds: readonly string[]): Language;
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
  const language = fixLanguage(linter, outcome);
  let writeFailed = false;
  let writeProblem: LintMessage | undefined;
  if (options.write && outcome.changed) {
    try {
      // Written back in the encoding it was read in (a UTF-16 export stays UTF-16).
      await writeFileAtomic(filePath, encodeText(outcome.output, source.encoding), { hash: hashOf(source.bytes), mode: source.mode });
    } catch (e) {
      writeFailed = true;
      writeProblem = fixProblem(e instanceof WriteRefused ? e.problem : worded(FIX_MESSAGES, 'write-failed', { code: (e as NodeJS.ErrnoException).code ?? (e as Error).message }), language);
    }
  }
  const result = withFixNotes(linter, filePath, outcome, writeProblem ? [writeProblem] : []);
  return { ...result, ...(outcome.changed && !writeFailed ? { output: outcome.output } : {}), ...(writeFailed ? { writeFailed } : {}) };
}

/** The language of the packs whose fixes were applied or withheld. */
function fixLanguage(linter: Pick<FileLinter<never>, 'languageOfRules'>, outcome: FixOutcome): Language {
  return linter.languageOfRules?.([...(outcome.refusedBy ?? []), ...outcome.fixedBy]) ?? 'en';
}

/**
 * The lint result of fixed text with what fixing has to say first: the fixes withheld and why (a
 * warning: withholding a fix is no new problem of the file, so it must not change the exit code),
 * then `extra` (a write that failed).
 */
export function withFixNotes(linter: Pick<FileLinter<never>, 'languageOfRules'>, filePath: string, outcome: FixOutcome, extra: LintMessage[] = []): FileResult {
  const notes: LintMessage[] = [];
  if (outcome.refusedBy) {
    const language = fixLanguage(linter, outcome);
    const reasons = (outcome.refusals ?? []).map((r) => fillTemplate(r.wording[language], r.data)).join(language === 'zh' ? '；' : '; ');
    notes.push(fixProblem(worded(FIX_MESSAGES, 'withheld', { rules: joinList(outcome.refusedBy, language), reasons }), language, 'warning'));
  }
  notes.push(...extra);
  return notes.length ? summarize(filePath, [...notes, ...outcome.result.messages]) : outcome.result;
}

function fixProblem(problem: WordedProblem, language: Language, severity: LintMessage['severity'] = 'error'): LintMessage {
  return { ruleId: 'adlint/fix', messageId: problem.messageId, data: problem.data, severity, message: fillTemplate(problem.wording[language], problem.data), line: 1, column: 1, endLine: 1, endColumn: 1, field: null, category: 'parse', platform: null, source: null };
}
