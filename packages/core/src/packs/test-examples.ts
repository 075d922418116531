import path from 'node:path';
import { stringify } from 'yaml';
import type { Linter } from '../linter.js';
import { manifestReader } from '../readers/manifest.js';
import { LineIndex } from '../text/line-index.js';
import { lintCreative } from '../engine/lint.js';
import { normaliseCategory } from '../vocabulary/creative-category.js';
import { platformView } from '../vocabulary/platform-view.js';

export interface ExampleOutcome {
  ruleId: string;
  kind: 'valid' | 'invalid';
  index: number;
  passed: boolean;
  /** Why it failed (messages it produced, or that it produced none). */
  detail?: string;
}

export interface PackTestResult {
  packId: string;
  outcomes: ExampleOutcome[];
}

/**
 * Runs every rule's embedded examples, like ESLint's RuleTester: each invalid example must
 * produce at least one message from its rule, each valid one none. Examples go through the real
 * manifest reader, so positions and field paths are exercised too.
 */
export async function testPacks(linter: Linter, ids: readonly string[]): Promise<PackTestResult[]> {
  const results: PackTestResult[] = [];
  for (const id of ids) {
    const pack = linter.packs.get(id);
    const rules = linter.activeRules([id]).filter((a) => a.rule.packId === id);
    const outcomes: ExampleOutcome[] = [];
    for (const { rule } of rules) {
      const active = [{ rule: { ...rule, severity: rule.severity === 'off' ? 'error' : rule.severity }, platforms: [id] }];
      for (const kind of ['invalid', 'valid'] as const) {
        const examples = rule.definition.examples[kind];
        for (let index = 0; index < examples.length; index++) {
          const text = stringify(examples[index]);
          const file = path.join(path.dirname(pack.file), `${rule.id}.${kind}-${index}.ad.yaml`);
          const read = await manifestReader.read(text, file, {});
          if (read.problems.length) {
            outcomes.push({ ruleId: rule.id, kind, index, passed: false, detail: `example is not a valid creative: ${read.problems[0]!.reason}` });
            continue;
          }
          const lines = new LineIndex(text);
          const messages = [];
          for (const creative of read.creatives) {
            // Examples are read as creatives are: category ids, the pack's placement ids and its default placement.
            normaliseCategory(creative, linter.taxonomy);
            const views = new Map([[id, platformView(creative, pack, { gatedRules: 0 }).view.data]]);
            messages.push(...(await lintCreative(creative, active, lines, path.dirname(pack.file), { views })));
          }
          const own = messages.filter((m) => m.ruleId === rule.id);
          const passed = kind === 'invalid' ? own.length > 0 : own.length === 0;
          const detail = passed ? undefined : kind === 'invalid' ? 'expected at least one message, got none' : `expected no message, got: ${own.map((m) => m.message).join(' | ')}`;
          outcomes.push({ ruleId: rule.id, kind, index, passed, ...(detail ? { detail } : {}) });
        }
      }
    }
    results.push({ packId: id, outcomes });
  }
  return results;
}
