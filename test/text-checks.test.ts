import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, adlintJson, pointedText, tempProject } from './helpers/cli.js';

// A small pack of its own keeps these tests independent of the bundled packs' wording.
const PACK = `id: textpack
name: Text checks test pack
version: 0.0.1
rules:
  - id: absolute
    check: terms
    severity: error
    lexicon: lexicons/absolute.yaml
    message: "{{found}} is an absolute term ({{term}})"
    source: test
    confidence: documented
    examples: { invalid: [{ copy: { body: 最佳 } }], valid: [{ copy: { body: 最近 } }] }
  - id: cure
    check: terms
    severity: error
    terms: [{ term: cures, replacement: may help with }]
    message: "{{found}}: say {{replacement}}"
    source: test
    confidence: documented
    examples: { invalid: [{ copy: { body: Cures colds } }], valid: [{ copy: { body: secures } }] }
`;
const LEXICON = `name: Absolute
terms:
  - term: 最佳
  - term: 第一
    exceptions: [第一次]
`;

function project(creative: string, extra: Record<string, string> = {}): string {
  return tempProject({
    '.adlint.yaml': 'root: true\npacks: [textpack.yaml]\nplatforms: [textpack]\n',
    'textpack.yaml': PACK,
    'lexicons/absolute.yaml': LEXICON,
    'ad.ad.yaml': creative,
    ...extra,
  });
}

describe('text checks through the CLI', () => {
  it('points at a term inside a double-quoted string with escapes', () => {
    const creative = 'copy:\n  headline: "Tea \\u00e9\\t Cures colds"\n';
    const dir = project(creative);
    const { code, results } = adlintJson(['ad.ad.yaml'], { cwd: dir });
    expect(code).toBe(1);
    const m = results[0]!.messages.find((x) => x.ruleId === 'textpack/cure')!;
    expect(m).toMatchObject({ line: 2, column: 27, endLine: 2, endColumn: 32, field: 'copy.headline', message: 'Cures: say may help with', category: 'claim' });
    expect(pointedText(creative, m)).toBe('Cures');
    // One replacement: an automatic fix of exactly those characters, in the value's case.
    expect(m.fix).toEqual({ range: [32, 37], text: 'May help with' });
    expect(creative.slice(32, 37)).toBe('Cures');
  });

  it('finds CJK terms through inserted spaces and zero-width characters, at the original characters', () => {
    const creative = 'copy:\n  body: "本店最 佳，全网最\\u200b佳"\n';
    const dir = project(creative);
    const { results } = adlintJson(['ad.ad.yaml'], { cwd: dir });
    const hits = results[0]!.messages.filter((x) => x.ruleId === 'textpack/absolute');
    expect(hits.map((m) => [m.line, m.column, m.endColumn, pointedText(creative, m)])).toEqual([
      [2, 12, 15, '最 佳'],
      [2, 18, 26, '最\\u200b佳'],
    ]);
    expect(hits.map((m) => m.message)).toEqual(['最 佳 is an absolute term (最佳)', '最\u200b佳 is an absolute term (最佳)']);
  });

  it('finds obfuscated Latin terms and lexicon variants, and leaves codes, prices and addresses alone', () => {
    const pack = `${PACK}  - id: claims
    check: terms
    severity: error
    terms: [sale, free, { term: cure, forms: [cures] }, { term: guaranteed, variants: [guarenteed] }]
    message: "{{found}} reads as {{term}}"
    source: test
    confidence: documented
    examples: { invalid: [{ copy: { body: S@le } }], valid: [{ copy: { body: v1.0 } }] }
`;
    const lexicon = `${LEXICON}  - term: 最好\n    variants: [{ text: 蕞好, source: test }]\n`;
    const creative = 'copy:\n  body: "S@le! FR33 gift, c-u-r-e-s colds, S.a.L.e, g u a r a n t e e d, guarenteed. 蕞好"\n  headline: "v1.0 $10 A1 B2B 4K COVID-19 e-mail s@le@fr33.com https://fr33.com/s@le"\n';
    const dir = project(creative, { 'textpack.yaml': pack, 'lexicons/absolute.yaml': lexicon });
    const { code, results } = adlintJson(['ad.ad.yaml'], { cwd: dir });
    expect(code).toBe(1);
    const hits = results[0]!.messages.filter((m) => m.ruleId === 'textpack/claims' || m.ruleId === 'textpack/absolute');
    expect(hits.map((m) => [m.field, pointedText(creative, m), m.message])).toEqual([
      ['copy.body', 'S@le', 'S@le reads as sale'],
      ['copy.body', 'FR33', 'FR33 reads as free'],
      ['copy.body', 'c-u-r-e-s', 'c-u-r-e-s reads as cure'],
      ['copy.body', 'S.a.L.e', 'S.a.L.e reads as sale'],
      ['copy.body', 'g u a r a n t e e d', 'g u a r a n t e e d reads as guaranteed'],
      ['copy.body', 'guarenteed', 'guarenteed reads as guaranteed'],
      ['copy.body', '蕞好', '蕞好 is an absolute term (最好)'],
    ]);
  });

  it('does not report a term inside one of its exceptions', () => {
    const dir = project('copy:\n  body: 第一次购买送礼品\n');
    const { code, results } = adlintJson(['ad.ad.yaml'], { cwd: dir });
    expect(results[0]!.messages).toEqual([]);
    expect(code).toBe(0);
  });

  it('keeps a compiled lexicon between runs, and compiles again over a damaged entry, with the same findings', () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'adlint-user-cache-'));
    const env = { ADLINT_CACHE_DIR: cache };
    const dir = project('copy:\n  body: 本店最佳，第一次来，第一品牌\n');
    const first = adlintJson(['ad.ad.yaml'], { cwd: dir, env });
    const found = first.results[0]!.messages.filter((m) => m.ruleId === 'textpack/absolute').map((m) => [m.column, m.message]);
    expect(found).toEqual([
      [11, '最佳 is an absolute term (最佳)'],
      [19, '第一 is an absolute term (第一)'],
    ]);
    const folder = path.join(cache, 'lexicons');
    const [entry] = readdirSync(folder);
    expect(readdirSync(folder)).toEqual([expect.stringMatching(/^[0-9a-f]{40}\.bin$/)]);
    const whole = readFileSync(path.join(folder, entry!));
    expect(adlintJson(['ad.ad.yaml'], { cwd: dir, env }).results).toEqual(first.results);
    writeFileSync(path.join(folder, entry!), whole.subarray(0, whole.length >> 1));
    expect(adlintJson(['ad.ad.yaml'], { cwd: dir, env }).results).toEqual(first.results);
    expect(readFileSync(path.join(folder, entry!))).toEqual(whole);
    // An edited lexicon is another entry: its new term is found at once.
    writeFileSync(path.join(dir, 'lexicons/absolute.yaml'), `${LEXICON}  - term: 本店\n`);
    const edited = adlintJson(['ad.ad.yaml'], { cwd: dir, env }).results[0]!.messages.filter((m) => m.ruleId === 'textpack/absolute');
    expect(edited.map((m) => m.column)).toEqual([9, 11, 19]);
    expect(readdirSync(folder)).toHaveLength(2);
  });

  it('stops with exit 2 and the lexicon line when a lexicon is broken', () => {
    const dir = project('copy:\n  body: ok\n', { 'lexicons/absolute.yaml': 'name: Absolute\nterms:\n  - term: 最佳\n  - term: 最佳\n' });
    const r = adlint(['ad.ad.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path.join(dir, 'lexicons/absolute.yaml')}:4:11: lexicon: duplicate term "最佳"`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops with exit 2 at the pattern line when a pattern only a backtracking engine runs is unsafe', () => {
    // Lookahead keeps it out of RE2; the quantified group would backtrack exponentially in JavaScript.
    const pack = `${PACK}  - id: unsafe
    check: pattern
    severity: error
    pattern: '(?=a)(a+)+$'
    message: x
    source: test
    confidence: documented
    examples: { invalid: [{ copy: { body: a } }], valid: [{ copy: { body: b } }] }
`;
    const dir = project('copy:\n  body: ok\n', { 'textpack.yaml': pack });
    const r = adlint(['ad.ad.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    const line = pack.split('\n').findIndex((l) => l.includes("pattern: '(?=a)(a+)+$'")) + 1;
    expect(r.stderr).toContain(`textpack.yaml:${line}:14: rule textpack/unsafe: pattern uses lookaround or a backreference`);
    expect(readFileSync(path.join(dir, 'textpack.yaml'), 'utf8')).toBe(pack);
  });
});
