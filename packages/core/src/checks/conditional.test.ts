import { describe, expect, it } from 'vitest';
import { testInput, testRule } from '../../test-helpers/check-context.js';
import { conditionalCheck } from './conditional.js';

describe('conditional check', () => {
  it('health food must carry the disclaimer: reported at the creative when missing', async () => {
    const run = conditionalCheck.compile({ when: { categories: ['health_food'] }, then: { fields: ['copy.*'], terms: ['本品不能代替药物'] } }, testRule());
    expect(await run(testInput({ category: 'health_food', copy: { body: '好喝。本品不能 代替药物。' } }))).toEqual([]);
    expect(await run(testInput({ category: 'health_food', copy: { body: '好喝。' } }))).toEqual([{ field: null, messageId: 'missing-text', data: { found: '', target: 'copy.*' } }]);
    expect(await run(testInput({ category: 'general', copy: { body: '好喝。' } }))).toEqual([]);
  });
  it('a term in the copy requires a field: reported at the triggering text', async () => {
    const run = conditionalCheck.compile({ when: { terms: ['free shipping'] }, then: { fields: ['terms_url', 'copy.disclaimer'], present: true } }, testRule());
    expect(await run(testInput({ copy: { headline: 'Linen — FREE  shipping' } }))).toEqual([
      { field: 'copy.headline', range: [8, 22], messageId: 'missing-field', data: { found: 'FREE  shipping', target: 'terms_url, copy.disclaimer' } },
    ]);
    expect(await run(testInput({ terms_url: 'https://x.test/t', copy: { headline: 'Free shipping' } }))).toEqual([]);
    expect(await run(testInput({ copy: { headline: 'Linen shirts' } }))).toEqual([]);
  });
  it('a pattern can forbid a field: reported at the trigger', async () => {
    const run = conditionalCheck.compile({ when: { pattern: '\\bcasino\\b' }, then: { fields: ['targeting.age_min'], absent: true } }, testRule());
    const [r] = await run(testInput({ copy: { body: 'Casino night' }, targeting: { age_min: 16 } }));
    expect(r).toMatchObject({ field: 'copy.body', range: [0, 6] });
  });
  it('refuses `then` with no requirement or two, and `when` with nothing', () => {
    expect(() => conditionalCheck.compile({ when: { categories: ['x'] }, then: { fields: ['copy.body'] } }, testRule())).toThrow(/exactly one of: .* @ then$/);
    expect(() => conditionalCheck.compile({ when: { categories: ['x'] }, then: { fields: ['copy.body'], present: true, terms: ['a'] } }, testRule())).toThrow(/exactly one of/);
    expect(() => conditionalCheck.compile({ when: {}, then: { fields: ['copy.body'], present: true } }, testRule())).toThrow(/`when` needs/);
    expect(() => conditionalCheck.compile({ when: { terms: ['a'], pattern: 'b' }, then: { fields: ['x'], present: true } }, testRule())).toThrow('give terms or a pattern, not both @ when.pattern');
  });
});
