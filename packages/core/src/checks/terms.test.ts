import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testInput, testRule } from '../../test-helpers/check-context.js';
import { termsCheck } from './terms.js';

describe('terms check', () => {
  it('reports term, found text and range; a fix for one replacement', async () => {
    const run = termsCheck.compile({ terms: [{ term: 'cure', forms: ['cures'], replacement: 'may help with' }] }, testRule());
    const [r] = await run(testInput({ copy: { headlines: ['Tea', 'Cures colds fast'] } }));
    expect(r).toEqual({
      field: 'copy.headlines[1]',
      range: [0, 5],
      data: { term: 'cure', found: 'Cures', replacement: 'may help with', note: '' },
      fix: { range: [0, 5], text: 'May help with' },
    });
  });
  it('offers suggestions, not a fix, when the entry gives several', async () => {
    const run = termsCheck.compile({ terms: [{ term: '最佳', suggestions: ['优质', '出色'] }] }, testRule());
    const [r] = await run(testInput({ copy: { body: '本店最 佳商品' } }));
    expect(r!.fix).toBeUndefined();
    expect(r!.range).toEqual([2, 5]);
    expect(r!.suggestions).toEqual([
      { desc: 'Replace "最 佳" with "优质"', edit: { range: [2, 5], text: '优质' } },
      { desc: 'Replace "最 佳" with "出色"', edit: { range: [2, 5], text: '出色' } },
    ]);
  });
  it('loads lexicons relative to the pack file, and applies rule exceptions to them', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'adlint-terms-'));
    mkdirSync(path.join(dir, 'lexicons'));
    writeFileSync(path.join(dir, 'lexicons/abs.yaml'), 'name: Absolute\nterms:\n  - term: 最\n    exceptions: [最近]\n  - term: 第一\n');
    const rule = testRule(path.join(dir, 'pack.yaml'));
    const run = termsCheck.compile({ lexicon: 'lexicons/abs.yaml', terms: ['顶级'], exceptions: ['最新款'] }, rule);
    const reports = await run(testInput({ copy: { body: '最近上新最新款，顶级面料，销量第一，最好' } }));
    expect(reports.map((r) => r.data!.found)).toEqual(['顶级', '第一', '最']);
  });
  it('fails at load on a missing lexicon, a term in two sources, an unrelated exception', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'adlint-terms-'));
    writeFileSync(path.join(dir, 'a.yaml'), 'name: A\nterms: [{ term: cure }]\n');
    const rule = testRule(path.join(dir, 'pack.yaml'));
    expect(() => termsCheck.compile({ lexicon: 'nope.yaml' }, rule)).toThrow(/lexicon file not found: nope.yaml .* @ lexicon$/);
    expect(() => termsCheck.compile({ lexicon: ['a.yaml'], terms: ['CURE'] }, rule)).toThrow('duplicate term "cure": in both terms and a.yaml @ lexicon.0');
    expect(() => termsCheck.compile({ terms: ['cure'], exceptions: ['secure'] }, rule)).toThrow('exception "secure" contains none of the rule\'s terms @ exceptions.0');
    expect(() => termsCheck.compile({ terms: ['a', { term: 'b', exceptions: ['c'] }] }, rule)).toThrow('exception "c" does not contain the term "b" @ terms.1.exceptions.0');
  });
});
