import { type CompiledRule } from '@adlint/core';
import { linterForFolder } from '../project-linter.js';

/** `adlint rules`: every rule of the chosen packs with what a reviewer needs to judge it. */
export function listRules(options: { platform: string[]; format: string }): number {
  const linter = linterForFolder(process.cwd());
  const names = options.platform.flatMap((p) => p.split(',')).filter(Boolean);
  linter.assertPlatforms(names, '--platform: ');
  const ids = linter.canonicalPlatforms(names);
  const rules = new Map<string, CompiledRule>();
  for (const id of ids.length ? ids : linter.packs.ids()) {
    for (const { rule } of linter.activeRules([id])) rules.set(rule.id, rule);
  }
  const rows = [...rules.values()].map((r) => ({
    id: r.id,
    severity: r.severity,
    check: r.check.id,
    fields: r.fields,
    confidence: r.confidence,
    source: r.source,
    description: r.definition.description ?? null,
    reasons: r.reasons,
  }));
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (options.format !== 'table') {
    process.stderr.write(`adlint: unknown format "${options.format}"; available: table, json\n`);
    return 2;
  }
  const widths = {
    id: Math.max(4, ...rows.map((r) => r.id.length)),
    severity: 8,
    check: Math.max(5, ...rows.map((r) => r.check.length)),
    confidence: 10,
  };
  const line = (cols: string[]): string =>
    `${cols[0]!.padEnd(widths.id)}  ${cols[1]!.padEnd(widths.severity)}  ${cols[2]!.padEnd(widths.check)}  ${cols[3]!.padEnd(widths.confidence)}  ${cols[4]}\n`;
  let out = line(['RULE', 'SEVERITY', 'CHECK', 'CONFIDENCE', 'FIELDS / SOURCE']);
  for (const r of rows) out += line([r.id, r.severity, r.check, r.confidence, `${r.fields.join(', ')}  ${r.source}`]);
  out += `\n${rows.length} rules\n`;
  process.stdout.write(out);
  return 0;
}
