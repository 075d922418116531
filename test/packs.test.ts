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
  const noteOf = (id: string): string | undefined => {
    const slash = id.indexOf('/');
    return linter.packs.get(id.slice(0, slash)).rules.find((r) => r.id === id.slice(slash + 1))?.note;
  };
  it.each(rules.map((r) => [r.id, r] as const))('%s cites a source, has a confidence, and an error on second-hand evidence says why', (_id, rule) => {
    expect(rule.source.trim()).not.toBe('');
    expect(['documented', 'reported', 'uncertain']).toContain(rule.confidence);
    // Severity is the consequence, confidence the evidence: a ban the law or the platform's rule
    // states blocks even when only a repost of it was read, and the rule's note must say so.
    if (rule.confidence === 'uncertain') expect(rule.severity).not.toBe('error');
    if (rule.confidence === 'reported' && rule.severity === 'error') expect(noteOf(rule.id) ?? '').not.toBe('');
  });
});
