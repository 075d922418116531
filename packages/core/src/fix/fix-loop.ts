import { summarize, type FileResult, type LintMessage, type MessageCategory } from '../model/message.js';
import type { TextLinter } from '../model/text-linter.js';
import { applyFixes } from '../engine/apply-fixes.js';
import { readBack, verifyFixed } from './verify.js';
import { worded, type WordedProblem } from '../model/wording.js';
import { FIX_REFUSALS } from './fix-messages.js';

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
  /** The lint result of `output`; withheld fixes are no longer offered in it. */
  result: FileResult;
  /** Rule ids whose fixes were applied. */
  fixedBy: string[];
  /** Rule ids whose fixes were withheld, and why (each reason once). */
  refusedBy?: string[];
  refusals?: WordedProblem[];
}

const FILE_PROBLEM = /^adlint\/(parse|schema)$/;

type Attempt = { kind: 'same' } | { kind: 'refused'; why: WordedProblem } | { kind: 'ok'; output: string; result: FileResult; data: unknown[]; applied: readonly LintMessage[] };

/**
 * Lints, applies non-overlapping fixes, and lints again until no fix applies or the pass bound
 * is reached. Every pass is read back and verified (verify.ts): a pass that would break the
 * file, change its structure or write something other than the replacement is not applied; its
 * fixes are then tried one by one, and those that still fail are withheld and no longer offered.
 * A file that does not parse as a whole (a Markdown frontmatter error) is not fixed at all: what
 * the rest of it means is not known.
 */
export async function fixText<S>(linter: TextLinter<S>, text: string, filePath: string, settings: S, options: FixOptions = {}): Promise<FixOutcome> {
  const withheld = new Map<string, WordedProblem>();
  const fixedBy = new Set<string>();
  const keyOf = (m: LintMessage): string => `${m.ruleId}\u0000${m.field}\u0000${m.fix?.text}`;
  const wanted = (m: LintMessage): boolean => Boolean(m.fix) && (!options.types || options.types.includes(m.category)) && !withheld.has(keyOf(m));
  let output = text;
  let result = await linter.lintText(output, filePath, settings);
  if (result.messages.some((m) => m.ruleId === 'adlint/parse') && result.messages.some(wanted)) {
    const ids = [...new Set(result.messages.filter(wanted).map((m) => m.ruleId))];
    return { output, changed: false, fixedBy: [], result: withoutFixes(result, () => true), refusedBy: ids, refusals: [worded(FIX_REFUSALS, 'not-parsable', {})] };
  }
  const problemsBefore = result.messages.filter((m) => FILE_PROBLEM.test(m.ruleId)).length;
  let data = (await readBack(output, filePath, settings)) ?? [];
  const attempt = async (fixes: readonly LintMessage[]): Promise<Attempt> => {
    const { output: next, applied } = applyFixes(output, fixes);
    if (next === output) return { kind: 'same' };
    const nextResult = await linter.lintText(next, filePath, settings);
    if (nextResult.messages.filter((m) => FILE_PROBLEM.test(m.ruleId)).length > problemsBefore) return { kind: 'refused', why: worded(FIX_REFUSALS, 'unparsable', {}) };
    const nextData = (await readBack(next, filePath, settings)) ?? [];
    const wrong = verifyFixed(data, nextData, applied);
    return wrong ? { kind: 'refused', why: wrong } : { kind: 'ok', output: next, result: nextResult, data: nextData, applied };
  };
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixable = result.messages.filter(wanted);
    if (fixable.length === 0) break;
    let step = await attempt(fixable);
    if (step.kind === 'same') break;
    if (step.kind === 'refused') {
      // Find the fixes that hold on their own; withhold the ones before the first that does.
      let found: Attempt | null = null;
      for (const m of fixable) {
        const alone = await attempt([m]);
        if (alone.kind === 'ok') {
          found = alone;
          break;
        }
        withheld.set(keyOf(m), alone.kind === 'refused' ? alone.why : worded(FIX_REFUSALS, 'changes-nothing', {}));
      }
      if (!found) break;
      step = found;
    }
    if (step.kind !== 'ok') break;
    output = step.output;
    result = step.result;
    data = step.data;
    for (const m of step.applied) fixedBy.add(m.ruleId);
  }
  if (withheld.size === 0) return { output, changed: output !== text, fixedBy: [...fixedBy], result };
  const refused = result.messages.filter((m) => m.fix && withheld.has(keyOf(m)));
  return {
    output,
    changed: output !== text,
    fixedBy: [...fixedBy],
    result: withoutFixes(result, (m) => withheld.has(keyOf(m))),
    refusedBy: [...new Set([...withheld.keys()].map((k) => k.split('\u0000')[0]!))],
    refusals: onePerReason(refused.length ? refused.map((m) => withheld.get(keyOf(m))!) : [...withheld.values()]),
  };
}

function onePerReason(reasons: WordedProblem[]): WordedProblem[] {
  return [...new Map(reasons.map((r) => [r.reason, r])).values()];
}

/** The result with the fixes of some messages removed: a withheld fix is not "potentially fixable". */
function withoutFixes(result: FileResult, drop: (m: LintMessage) => boolean): FileResult {
  const messages = result.messages.map((m) => {
    if (!m.fix || !drop(m)) return m;
    const { fix: _dropped, ...rest } = m;
    return rest;
  });
  return summarize(result.filePath, messages, result.suppressedMessages);
}
