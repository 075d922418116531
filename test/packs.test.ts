import { describe, expect, it } from 'vitest';
import { Linter, testPacks } from '@adlint/core';

/**
 * Every bundled rule's examples are true: each invalid example fires its rule, each valid one
 * does not (the same run as `adlint test-packs`, one test per example so a failure names it).
 */
const linter = new Linter();
const results = await testPacks(linter, linter.packs.ids());

describe.each(results)('pack $packId', ({ outcomes }) => {
  it('has examples', () => {
    expect(outcomes.length).toBeGreaterThan(0);
  });
  it.each(outcomes.map((o) => [`${o.ruleId} ${o.kind}[${o.index}]`, o] as const))('%s', (_name, outcome) => {
    expect(outcome.detail ?? 'ok').toBe('ok');
  });
});

describe('every bundled rule', () => {
  const rules = linter.packs.ids().flatMap((id) => linter.activeRules([id]).map((a) => a.rule));
  it.each(rules.map((r) => [r.id, r] as const))('%s cites a source, has a confidence, and only documented facts are errors', (_id, rule) => {
    expect(rule.source.trim()).not.toBe('');
    expect(['documented', 'reported', 'uncertain']).toContain(rule.confidence);
    // A reported or uncertain fact may be wrong: it warns rather than blocks an upload.
    if (rule.confidence !== 'documented') expect(rule.severity).not.toBe('error');
  });
});
