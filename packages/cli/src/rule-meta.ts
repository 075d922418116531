import path from 'node:path';
import { bundledRulesDir, type FileResult, type Linter } from '@adlint/core';
import type { RuleMeta } from './formatters/types.js';
import { ownRuleMeta } from './own-rules.js';
import { DOCS_URL } from './version.js';

/** What the packs say about each rule that fired, for reports that describe their rules (SARIF). */
export function ruleMetadata(linter: Linter, results: readonly FileResult[]): Map<string, RuleMeta> {
  const meta = new Map<string, RuleMeta>();
  for (const r of results) {
    for (const { ruleId } of [...r.messages, ...(r.suppressedMessages ?? [])]) {
      if (meta.has(ruleId)) continue;
      const found = ruleMetaOf(linter, ruleId);
      if (found) meta.set(ruleId, found);
    }
  }
  return meta;
}

/** The metadata of one rule id, looked up once: for reports written as files finish. */
export function ruleMetaLookup(linter: Linter): (ruleId: string) => RuleMeta | undefined {
  const meta = new Map<string, RuleMeta | undefined>();
  return (ruleId) => {
    if (!meta.has(ruleId)) meta.set(ruleId, ruleMetaOf(linter, ruleId));
    return meta.get(ruleId);
  };
}

function ruleMetaOf(linter: Linter, ruleId: string): RuleMeta | undefined {
    const slash = ruleId.indexOf('/');
    const packId = ruleId.slice(0, slash);
    // adlint's own messages (adlint/parse, adlint/no-platform) come from no pack.
    let own: RuleMeta | undefined;
    if (packId === 'adlint') own = ownRuleMeta(ruleId);
    if (slash <= 0 || !linter.packs.has(packId)) return own;
    const pack = linter.packs.get(packId);
    const rule = pack.rules.find((x) => x.id === ruleId.slice(slash + 1));
    if (!rule) return own;
    // Only bundled packs have generated pages (docs/rules/<pack>.md, one heading per rule).
    const bundled = path.dirname(path.resolve(pack.file)) === path.resolve(bundledRulesDir);
    return {
      description: rule.description,
      source: rule.source,
      severity: rule.severity,
      pack: pack.id,
      platform: pack.platform ?? pack.id,
      check: rule.check,
      ...(pack.locale ? { locale: pack.locale } : {}),
      ...(rule.category ? { category: rule.category } : {}),
      confidence: rule.confidence,
      ...(rule.note ? { note: rule.note } : {}),
      ...(rule.examples?.valid?.length ? { validExample: rule.examples.valid[0] } : {}),
      ...(bundled ? { docsUrl: `${DOCS_URL}rules/${pack.id}.md#${rule.id.toLowerCase().replace(/[^a-z0-9-]/g, '')}` } : {}),
    };
}
