import path from 'node:path';
import type { CoverageSkip, FileSettings, Linter, PlatformCoverage, RuleOutcome } from '@adlint/core';

/** What a skip reason means for one rule, in the words of its pack's `applies`. */
function skipDetail(linter: Linter, ruleId: string, why: CoverageSkip): string {
  const slash = ruleId.indexOf('/');
  const raw = linter.packs.get(ruleId.slice(0, slash)).rules.find((r) => r.id === ruleId.slice(slash + 1));
  const a = raw?.applies ?? {};
  const list = (only: string[] | undefined, not: string[] | undefined, what: string): string =>
    [only ? `only for ${what}: ${only.join(', ')}` : '', not ? `not for ${what}: ${not.join(', ')}` : ''].filter(Boolean).join('; ') || what;
  switch (why) {
    case 'placement': return list(a.placements, a.not?.placements, 'placements');
    case 'category': return list(a.categories, a.not?.categories, 'categories');
    case 'special_ad_category': return list(a.special_ad_categories, undefined, 'special ad categories');
    case 'locale': return list(a.locales, a.not?.locales, 'locales');
    case 'country': return list(a.countries, a.not?.countries, 'targeted countries');
    case 'off': return 'switched off (config or pack)';
    case 'field': return `nothing to check in ${(raw?.applies?.fields ?? ['its fields']).join(', ')}`;
  }
}

function placementLine(p: PlatformCoverage): string {
  const placement = p.placement === null ? 'no placement' : `placement ${p.placement}${p.placementSource === 'default' ? ' (its default: none written)' : ''}`;
  return `${placement}, category ${p.category ?? 'none'}${p.categorySource === 'inferred' ? ' (inferred from the copy: none written)' : ''}`;
}

/**
 * `adlint --print-config <file>`: for every creative of one file and every platform it targets,
 * each rule and whether it checked the creative, and if not why (ESLint's --print-config, Vale's
 * ls-config): the answer to "why did adlint (not) check this?".
 */
export async function printConfig(linter: Linter, file: string, settings: FileSettings, format: string): Promise<number> {
  const explained = await linter.explainChecks(file, settings);
  const creatives = explained.map(({ coverage, outcomes, messages }) => ({
    ...coverage,
    notes: messages.filter((m) => m.ruleId.startsWith('adlint/')).map((m) => ({ ruleId: m.ruleId, severity: m.severity, line: m.line, column: m.column, message: m.message })),
    platforms: coverage.platforms.map((p) => ({
      ...p,
      checks: outcomes.filter((o) => o.platforms.includes(p.platform)).map((o: RuleOutcome) => ({
        ruleId: o.ruleId,
        ran: o.skipped === null,
        ...(o.skipped ? { skipped: o.skipped, why: skipDetail(linter, o.ruleId, o.skipped) } : {}),
      })),
    })),
  }));
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ filePath: path.resolve(file), creatives }, null, 2)}\n`);
    return 0;
  }
  const out: string[] = [path.resolve(file)];
  if (creatives.length === 0) out.push('  no creative in this file (it cannot be read, or it is not a creative file): adlint checks nothing here');
  for (const c of creatives) {
    out.push('', `creative ${c.index + 1}${c.name ? ` "${c.name}"` : ''} (line ${c.line})`);
    for (const i of c.inferredCategories) out.push(`  category ${i.category} inferred from copy at ${path.resolve(file)}:${i.line}:${i.column} ("${i.found}" in ${i.field}): its rules apply too`);
    for (const n of c.notes) out.push(`  ${n.line}:${n.column}  ${n.severity}  ${n.message}  ${n.ruleId}`);
    if (c.platforms.length === 0) out.push('  no platform: nothing was checked');
    for (const p of c.platforms) {
      out.push(`  ${p.platform}: ${placementLine(p)}`);
      for (const check of p.checks) out.push(check.ran ? `    ran      ${check.ruleId}` : `    skipped  ${check.ruleId}  (${check.why})`);
      const skipped = Object.entries(p.skipped).map(([why, n]) => `${n} ${why}`).join(', ');
      out.push(`    ${p.ran} of ${p.rules} rules ran${skipped ? `; skipped: ${skipped}` : ''}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
