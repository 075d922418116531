import type { FileResult, Linter } from '@adlint/core';
import type { RuleMeta } from './formatters/types.js';

/** What the packs say about each rule that fired, for reports that describe their rules (SARIF). */
export function ruleMetadata(linter: Linter, results: readonly FileResult[]): Map<string, RuleMeta> {
  const meta = new Map<string, RuleMeta>();
  for (const r of results) {
    for (const { ruleId } of r.messages) {
      if (meta.has(ruleId)) continue;
      const slash = ruleId.indexOf('/');
      const packId = ruleId.slice(0, slash);
      // adlint's own messages (adlint/parse, adlint/no-platform) come from no pack.
      if (slash <= 0 || !linter.packs.has(packId)) continue;
      const rule = linter.packs.get(packId).rules.find((x) => x.id === ruleId.slice(slash + 1));
      if (rule) meta.set(ruleId, { description: rule.description, source: rule.source, severity: rule.severity });
    }
  }
  return meta;
}
