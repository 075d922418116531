import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { adlint, adlintJson, repoRoot, tempProject } from './helpers/cli.js';

const schema = JSON.parse(readFileSync(path.join(repoRoot, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

/** A message with everything that needs escaping somewhere: newlines, `::`, `%`, `,`, `:` and XML specials. */
const NASTY = 'Line <one> & "two" \'three\'\nline :: 100% done, a:b ]]>';
const PACK = `id: nasty
name: Nasty
version: "1"
rules:
  - id: short-headline
    check: length
    severity: error
    description: Headlines stay short.
    applies: { fields: [copy.headline] }
    max: 5
    message: ${JSON.stringify(NASTY)}
    source: https://example.com/policy?a=1&b=2
    confidence: documented
    examples: { valid: [{ copy: { headline: ok } }], invalid: [{ copy: { headline: too long } }] }
  - id: short-body
    check: length
    severity: warning
    applies: { fields: [copy.body] }
    max: 3
    message: Body is {{actual}} characters.
    source: Werbegesetz § 5
    confidence: documented
    examples: { valid: [{ copy: { body: ok } }], invalid: [{ copy: { body: too long } }] }
`;
/** Spaces, unicode, `%` and a backslash in a file name (legal on POSIX). */
const ODD_NAME = 'my ads/春季 sale%\\x.ad.yaml';
const ODD_URI = 'my%20ads/%E6%98%A5%E5%AD%A3%20sale%25%5Cx.ad.yaml';

function nastyProject(): string {
  return tempProject({
    '.adlint.yaml': 'packs: [nasty.yaml]\nplatforms: [nasty]\n',
    'nasty.yaml': PACK,
    [ODD_NAME]: 'copy:\n  headline: Far too long\n  body: long body\n',
    'clean.ad.yaml': 'copy:\n  headline: ok\n',
  });
}

describe('sarif', () => {
  it('is valid SARIF 2.1.0 with rules, regions, percent-encoded relative URIs and stable fingerprints', () => {
    const dir = nastyProject();
    const r = adlint(['--format', 'sarif'], { cwd: dir });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'adlint', version: expect.stringMatching(/^\d+\.\d+\.\d+/), informationUri: expect.any(String) });
    const rules = run.tool.driver.rules as { id: string; helpUri?: string; help?: { text: string }; defaultConfiguration: { level: string } }[];
    expect(rules.map((x) => x.id)).toEqual(['nasty/short-body', 'nasty/short-headline']);
    expect(rules[1]).toMatchObject({ name: 'ShortHeadline', shortDescription: { text: 'Headlines stay short.' }, helpUri: 'https://example.com/policy?a=1&b=2', defaultConfiguration: { level: 'error' } });
    // A pack of the project's own has no generated page, and a law's name is no URI: it goes into help.
    expect(rules[0]!.helpUri).toBeUndefined();
    expect(rules[0]!.help!.text).toContain('Source: Werbegesetz § 5');
    expect(run.results).toHaveLength(2);
    for (const result of run.results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
    const headline = run.results.find((x: { ruleId: string }) => x.ruleId === 'nasty/short-headline');
    expect(headline.level).toBe('error');
    expect(headline.message.text).toBe(NASTY);
    expect(headline.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: ODD_URI, uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 18, endLine: 2, endColumn: 25 },
    });
    const again = JSON.parse(adlint(['--format', 'sarif'], { cwd: dir }).stdout);
    expect(again.runs[0].results.map((x: { partialFingerprints: unknown }) => x.partialFingerprints)).toEqual(run.results.map((x: { partialFingerprints: unknown }) => x.partialFingerprints));
  });
});

describe('github', () => {
  it('prints one workflow command per message, escaped so the runner reads back the exact text', () => {
    const dir = nastyProject();
    const r = adlint(['--format', 'github'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const command = /^::(error|warning|notice) file=([^,:]*),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]*)::(.*)$/;
    const unescape = (s: string): string => s.replace(/%(0D|0A|3A|2C|25)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    const parsed = lines.map((l) => command.exec(l)!);
    expect(parsed.every(Boolean), r.stdout).toBe(true);
    const [err] = parsed.filter((m) => m[1] === 'error');
    expect(unescape(err![2]!)).toBe(ODD_NAME);
    expect(err!.slice(3, 7)).toEqual(['2', '18', '2', '25']);
    expect(unescape(err![7]!)).toBe('adlint nasty/short-headline');
    expect(unescape(err![8]!)).toBe(NASTY);
    expect(parsed.filter((m) => m[1] === 'warning')).toHaveLength(1);
  });
});

describe('junit', () => {
  it('is well-formed XML: a suite per file, a failing case per rule, a passing case per clean file', () => {
    const dir = nastyProject();
    const r = adlint(['--format', 'junit'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) }).parse(r.stdout);
    const suites = doc.testsuites.testsuite as { name: string; tests: string; failures: string; testcase: { name: string; failure?: { type: string; message: string; '#text': string }[] }[] }[];
    expect(doc.testsuites).toMatchObject({ tests: '3', failures: '2', errors: '0' });
    expect(suites.map((s) => s.name)).toEqual(['clean.ad.yaml', ODD_NAME]);
    // Jenkins splits a classname at dots (package.Class): the file's dots become underscores.
    expect(suites[0]!.testcase).toEqual([{ name: 'adlint', classname: 'clean_ad_yaml', time: '0' }]);
    const odd = suites[1]!;
    expect(odd).toMatchObject({ tests: '2', failures: '2' });
    const headline = odd.testcase.find((c) => c.name === 'nasty/short-headline')!;
    expect(headline.failure![0]!.type).toBe('error');
    expect(headline.failure![0]!.message).toBe(NASTY);
    expect(headline.failure![0]!['#text']).toContain(`2:18 error ${NASTY}`);
  });
});

describe('gitlab', () => {
  it('is a Code Quality report with unique fingerprints and repository-relative paths', () => {
    const dir = nastyProject();
    const r = adlint(['--format', 'gitlab'], { cwd: dir });
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(issues).toHaveLength(2);
    for (const issue of issues) {
      expect(issue).toMatchObject({ description: expect.any(String), check_name: expect.any(String), fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/), severity: expect.stringMatching(/^(info|minor|major|critical|blocker)$/) });
      expect(issue.location).toMatchObject({ path: ODD_NAME, lines: { begin: expect.any(Number) } });
    }
    expect(issues.find((i) => i.check_name === 'nasty/short-headline')).toMatchObject({ description: NASTY, severity: 'major', location: { lines: { begin: 2, end: 2 } } });
    expect(issues.find((i) => i.check_name === 'nasty/short-body')).toMatchObject({ severity: 'minor', location: { lines: { begin: 3 } } });
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(2);
  });
});

describe('nothing to lint', () => {
  const dir = tempProject({ 'notes.txt': 'hello', 'photo.jpg': 'not really', 'src/app.ts': 'export {};\n' });
  const empty: [string, (out: string) => void][] = [
    ['stylish', (out) => expect(out).toBe('')],
    ['github', (out) => expect(out).toBe('')],
    ['json', (out) => expect(JSON.parse(out)).toEqual([])],
    ['gitlab', (out) => expect(JSON.parse(out)).toEqual([])],
    ['sarif', (out) => {
      const log = JSON.parse(out);
      expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
      expect(log.runs[0].results).toEqual([]);
    }],
    ['junit', (out) => {
      expect(XMLValidator.validate(out)).toBe(true);
      expect(new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(out).testsuites).toMatchObject({ name: 'adlint', tests: '0', failures: '0' });
    }],
  ];
  it.each(empty)('%s: a valid empty report and exit 0, for non-creative files named directly and with --no-error-on-unmatched-pattern', (name, check) => {
    for (const args of [['--no-error-on-unmatched-pattern', '.'], ['notes.txt', 'photo.jpg', 'src/app.ts']]) {
      const r = adlint([...args, '--format', name], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      check(r.stdout);
    }
  });
});

describe('--format <module>', () => {
  it('loads a formatter from a module path, with the documented context', () => {
    const dir = nastyProject();
    writeFileSync(path.join(dir, 'count.mjs'), 'export default (results, ctx) => `${results.length} files, ${ctx.rules.size} rules, adlint ${ctx.version}`;\n');
    const r = adlint(['--format', './count.mjs'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^2 files, 2 rules, adlint \d+\.\d+\.\d+\n$/);
  });

  it('a missing module, a module without a function or an unknown name is exit 2', () => {
    const dir = tempProject({ 'a.ad.yaml': 'platforms: [meta]\n', 'none.mjs': 'export const x = 1;\n' });
    expect(adlint(['--format', './missing.mjs'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'adlint: formatter module not found: ./missing.mjs\n' });
    expect(adlint(['--format', './none.mjs'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringMatching(/exports no function/) });
    expect(adlint(['--format', 'xml'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown format "xml"; available: compact, eslint-json, github, gitlab, html, json, junit, rdjson, rdjsonl, sarif, stylish, a formatter module's path, or an installed eslint-formatter-\* package/) });
  });
});

describe('--output-file', () => {
  it('writes the report; a folder that cannot be made is exit 2 with a clear message', () => {
    const dir = nastyProject();
    writeFileSync(path.join(dir, 'blocker'), 'a file where a folder should be');
    const bad = adlint(['--format', 'sarif', '--output-file', 'blocker/report.sarif'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^adlint: cannot write --output-file blocker\/report\.sarif: a file is in the way of its folder \(E(EXIST|NOTDIR)\)\n$/);
    const good = adlint(['--format', 'sarif', '--output-file', 'reports/adlint.sarif'], { cwd: dir });
    expect(good.code).toBe(1);
    expect(validateSarif(JSON.parse(readFileSync(path.join(dir, 'reports/adlint.sarif'), 'utf8')))).toBe(true);
  });
});

it('json keeps the nasty message as is', () => {
  const { results } = adlintJson(['.'], { cwd: nastyProject() });
  expect(results.flatMap((r) => r.messages).find((m) => m.ruleId === 'nasty/short-headline')!.message).toBe(NASTY);
});
