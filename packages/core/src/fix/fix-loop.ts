import type { FileResult, LintMessage, MessageCategory } from '../model/message.js';
import type { TextLinter } from '../model/text-linter.js';
import { applyFixes } from '../engine/apply-fixes.js';

/** As ESLint: a bound on re-lint passes, so fixes that undo each other cannot loop forever. */
export const MAX_FIX_PASSES = 10;

export interface FixOptions {
  /** Only fixes of messages in these categories are applied. */
  types?: readonly MessageCategory[];
}

export interface FixOutcome {
  /** The fixed text (the input when nothing applied or the fix was refused). */
  output: string;
  changed: boolean;
  /** The lint result of `output`. */
  result: FileResult;
  /** Set when fixed text no longer parsed and was refused: the rule ids whose fixes broke it. */
  refusedBy?: string[];
}

const FILE_PROBLEM = /^adlint\/(parse|schema)$/;

/**
 * Lints, applies non-overlapping fixes, and lints again until no fix applies or the pass bound
 * is reached. A pass whose output has new parse or schema problems is discarded: a fix must
 * never turn a valid file into a broken one.
 */
export async function fixText<S>(linter: TextLinter<S>, text: string, filePath: string, settings: S, options: FixOptions = {}): Promise<FixOutcome> {
  const wanted = (m: LintMessage): boolean => Boolean(m.fix) && (!options.types || options.types.includes(m.category));
  let output = text;
  let result = await linter.lintText(output, filePath, settings);
  const problemsBefore = result.messages.filter((m) => FILE_PROBLEM.test(m.ruleId)).length;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixable = result.messages.filter(wanted);
    if (fixable.length === 0) break;
    const { output: next, applied } = applyFixes(output, fixable);
    if (next === output) break;
    const nextResult = await linter.lintText(next, filePath, settings);
    if (nextResult.messages.filter((m) => FILE_PROBLEM.test(m.ruleId)).length > problemsBefore) {
      return { output, changed: output !== text, result, refusedBy: [...new Set(applied.map((m) => m.ruleId))] };
    }
    output = next;
    result = nextResult;
  }
  return { output, changed: output !== text, result };
}
