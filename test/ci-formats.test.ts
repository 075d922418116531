import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { adlint, repoRoot, tempProject } from './helpers/cli.js';

/** An emoji (4 UTF-8 bytes, 2 UTF-16 units) and CJK (3 bytes, 1 unit each) before the offending term, which has a pack-given fix. */
const CHINESE = 'platforms: [china-ad-law]\ncategory: cosmetics\ncopy:\n  title: 🌟药妆级修护面霜\n';
const MIXED = 'platforms: [meta]\nplacement: feed\ncopy:\n  headline: The Breathable Linen Shirt You Will Wear All Summer Long\n  primary_text: Twelve colours.\n';
const project = (): string => tempProject({ 'cn/a.ad.yaml': CHINESE, 'en/b.ad.yaml': MIXED, 'en/broken.ad.yaml': 'copy: [\n' });

interface Position { line: number; column?: number }
interface Diagnostic {
  message: string;
  location: { path: string; range: { start: Position; end?: Position } };
  severity: string;
  source: { name: string; url?: string };
  code: { value: string; url?: string };
  suggestions?: { range: { start: Position; end: Position }; text: string }[];
}

/** The checks reviewdog's format asks for (proto/rdf/reviewdog.proto): a message, a path, 1-based positions, an enum severity. */
function expectDiagnostic(d: Diagnostic): void {
  expect(d.message).toMatch(/\S/);
  expect(d.location.path).not.toMatch(/^\//);
  expect(d.location.range.start.line).toBeGreaterThanOrEqual(1);
  expect(d.location.range.start.column).toBeGreaterThanOrEqual(1);
  expect(['ERROR', 'WARNING', 'INFO']).toContain(d.severity);
  expect(d.source.name).toBe('adlint');
  expect(d.code.value).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
}

describe('reviewdog rdjson and rdjsonl', () => {
  it('rdjson: a DiagnosticResult whose columns count UTF-8 bytes and whose fixes are suggestions', () => {
    const dir = project();
    const r = adlint(['--format', 'rdjson', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as { source: { name: string }; diagnostics: Diagnostic[] };
    expect(result.source.name).toBe('adlint');
    result.diagnostics.forEach(expectDiagnostic);
    const medical = result.diagnostics.find((d) => d.code.value === 'china-ad-law/medical-terms-ordinary-goods')!;
    // "  title: " is 9 bytes and 🌟 4: 药妆 starts at byte column 14 (UTF-16 column 12) and ends before byte 20.
    expect(medical.location).toEqual({ path: 'cn/a.ad.yaml', range: { start: { line: 4, column: 14 }, end: { line: 4, column: 20 } } });
    expect(medical.severity).toBe('ERROR');
    expect(medical.suggestions).toEqual([{ range: { start: { line: 4, column: 14 }, end: { line: 4, column: 20 } }, text: '护肤品' }]);
    expect(medical.code.url).toBe('https://github.com/adlint/adlint/blob/main/docs/rules/china-ad-law.md#medical-terms-ordinary-goods');
    expect(result.diagnostics.find((d) => d.code.value === 'meta/headline-length')).toMatchObject({ severity: 'WARNING', location: { path: 'en/b.ad.yaml', range: { start: { line: 4, column: 53 } } } });
    expect(result.diagnostics.find((d) => d.code.value === 'adlint/parse')).toMatchObject({ severity: 'ERROR', location: { path: 'en/broken.ad.yaml' } });
  });

  it('rdjsonl: the same diagnostics, one JSON object per line', () => {
    const dir = project();
    const whole = (JSON.parse(adlint(['--format', 'rdjson', '.'], { cwd: dir }).stdout) as { diagnostics: Diagnostic[] }).diagnostics;
    const r = adlint(['--format', 'rdjsonl', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(whole);
  });
});

describe('ESLint-compatible results', () => {
  it('eslint-json has ESLint\'s fields: numeric severity, fatal, fix counts, source', () => {
    const dir = project();
    const r = adlint(['--format', 'eslint-json', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(Object.keys(results[0]!).sort()).toEqual(['errorCount', 'fatalErrorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'messages', 'source', 'suppressedMessages', 'usedDeprecatedRules', 'warningCount']);
    const cn = results.find((x) => x.filePath === path.join(dir, 'cn/a.ad.yaml'))!;
    expect(cn).toMatchObject({ errorCount: 1, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 1, fixableWarningCount: 0, source: CHINESE, suppressedMessages: [], usedDeprecatedRules: [] });
    expect((cn.messages as unknown[])[0]).toMatchObject({
      ruleId: 'china-ad-law/medical-terms-ordinary-goods', severity: 2, line: 4, column: 12, endLine: 4, endColumn: 14, nodeType: null,
      fix: { range: [expect.any(Number), expect.any(Number)], text: '护肤品' },
      adlint: { severity: 'error', field: 'copy.title', category: expect.any(String), platform: 'china-ad-law' },
    });
    const en = results.find((x) => x.filePath === path.join(dir, 'en/b.ad.yaml'))!;
    expect(en).toMatchObject({ errorCount: 0, warningCount: 1 });
    expect((en.messages as { severity: number }[])[0]!.severity).toBe(1);
    const broken = results.find((x) => x.filePath === path.join(dir, 'en/broken.ad.yaml'))!;
    expect(broken).toMatchObject({ errorCount: 1, fatalErrorCount: 1, messages: [{ ruleId: 'adlint/parse', severity: 2, fatal: true }] });
  });

  /** ESLint's own formatters, published as packages, installed in the project as a user would. */
  const withFormatters = (): string => {
    const dir = project();
    mkdirSync(path.join(dir, 'node_modules'));
    for (const pkg of ['eslint-formatter-checkstyle', 'eslint-formatter-stylish']) symlinkSync(path.join(repoRoot, 'node_modules', pkg), path.join(dir, 'node_modules', pkg));
    return dir;
  };

  it('runs an installed eslint-formatter-* package by its short name, as eslint --format does', () => {
    const dir = withFormatters();
    const r = adlint(['--format', 'checkstyle', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => ['file', 'error'].includes(n) }).parse(r.stdout);
    const files = doc.checkstyle.file as { name: string; error: { line: string; column: string; severity: string; source: string }[] }[];
    expect(files.map((f) => path.relative(dir, f.name))).toEqual(['cn/a.ad.yaml', 'en/b.ad.yaml', 'en/broken.ad.yaml']);
    expect(files[0]!.error[0]).toMatchObject({ line: '4', column: '12', severity: 'error', source: 'eslint.rules.china-ad-law/medical-terms-ordinary-goods' });
    expect(files[1]!.error[0]).toMatchObject({ severity: 'warning' });
  });

  it('runs one by its full package name, and says which names it tried when none is installed', () => {
    const dir = withFormatters();
    const r = adlint(['--format', 'eslint-formatter-stylish', 'en/b.ad.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('meta/headline-length');
    expect(r.stdout).toContain('1 problem (0 errors, 1 warning)');
    const missing = adlint(['--format', 'pretty', 'en/b.ad.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^adlint: unknown format "pretty"; available: compact, eslint-json, .*, or an installed eslint-formatter-\* package\n$/);
  });
});

describe('junit for Jenkins', () => {
  it('gives classnames without dots, so Jenkins does not read a.ad.yaml as class "yaml" in package "a.ad"', () => {
    const r = adlint(['--format', 'junit', '.'], { cwd: project() });
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => ['testsuite', 'testcase'].includes(n) }).parse(r.stdout);
    const suites = doc.testsuites.testsuite as { name: string; testcase: { classname: string }[] }[];
    expect(suites.map((s) => s.name)).toEqual(['cn/a.ad.yaml', 'en/b.ad.yaml', 'en/broken.ad.yaml']);
    expect(suites.flatMap((s) => s.testcase.map((c) => c.classname))).toEqual(['cn/a_ad_yaml', 'en/b_ad_yaml', 'en/broken_ad_yaml']);
  });
});

describe('compact', () => {
  it('prints one line per problem, as ESLint\'s compact formatter', () => {
    const r = adlint(['--format', 'compact', 'en/b.ad.yaml', 'cn/a.ad.yaml'], { cwd: project() });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'cn/a.ad.yaml: line 4, col 12, Error - “药妆”是医疗用语，普通商品（含化妆品、食品、保健食品）的广告不得使用（广告法第十七条）。请删除，或改为产品已备案的功效说法。 (china-ad-law/medical-terms-ordinary-goods)\n' +
        'en/b.ad.yaml: line 4, col 53, Warning - Headline is 56 characters; Meta shows about 40 (the last 16 may be cut). (meta/headline-length)\n' +
        '\n2 problems\n',
    );
  });
});
