import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, tempProject } from './helpers/cli.js';

const HEAD = 'id: p\nname: P\nversion: "1"\nrules:\n';
const RULE = (id: string, params: string): string =>
  `  - { id: ${id}, ${params}, message: m, source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }\n`;

/** Three rules, each broken in its own way: each is found when the pack is compiled. */
const COMPILE_ERRORS = HEAD
  + RULE('a', 'check: nope, severity: error')
  + RULE('b', 'check: pattern, severity: error, pattern: "(unclosed"')
  + RULE('c', 'check: length, severity: error, min: 9, max: 2');
/** Three rules with a severity the schema does not know: found when the pack is loaded. */
const SCHEMA_ERRORS = HEAD
  + RULE('a', 'check: length, severity: fatal, max: 1')
  + RULE('b', 'check: length, severity: eror, max: 1')
  + RULE('c', 'check: length, severity: bad, max: 1');

function project(pack: string): string {
  return tempProject({ '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n', 'p.yaml': pack, 'a.ad.yaml': 'copy:\n  headline: ok\n' });
}

describe.each([
  ['compile', COMPILE_ERRORS, [/rule p\/a: unknown check type "nope"/, /rule p\/b: .*invalid regular expression/, /rule p\/c: min \(9\) is greater than max \(2\)/], [5, 6, 7]],
  ['schema', SCHEMA_ERRORS, [/rules\[0\]\.severity must be one of/, /rules\[1\]\.severity must be one of/, /rules\[2\]\.severity must be one of/], [5, 6, 7]],
] as const)('a pack with three %s errors', (_kind, pack, reasons, lines) => {
  it('stylish: all three on stderr, one line each with file:line:column, exit 2', () => {
    const dir = project(pack);
    const r = adlint(['.'], { cwd: dir });
    expect(r.code).toBe(2);
    const got = r.stderr.trim().split('\n');
    expect(got).toHaveLength(3);
    got.forEach((line, i) => {
      expect(line).toMatch(new RegExp(`^adlint: ${path.join(dir, 'p.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${lines[i]}:\\d+: `));
      expect(line).toMatch(reasons[i]!);
    });
    expect(r.stdout).toBe('');
  });

  it('json: all three as fatal adlint/config messages of the pack file, exit 2', () => {
    const dir = project(pack);
    const r = adlint(['.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const results = JSON.parse(r.stdout) as { filePath: string; errorCount: number; messages: { ruleId: string; fatal?: boolean; severity: string; line: number; message: string }[] }[];
    expect(results).toHaveLength(1);
    expect(results[0]!.filePath).toBe(path.join(dir, 'p.yaml'));
    expect(results[0]!.errorCount).toBe(3);
    const messages = results[0]!.messages;
    expect(messages.map((m) => [m.ruleId, m.severity, m.fatal, m.line])).toEqual(lines.map((l) => ['adlint/config', 'error', true, l]));
    messages.forEach((m, i) => expect(m.message).toMatch(reasons[i]!));
  });

  it('sarif: all three as results at their lines in the pack file, exit 2', () => {
    const dir = project(pack);
    const r = adlint(['.', '--format', 'sarif'], { cwd: dir });
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const results = log.runs[0]!.results;
    expect(results.map((x) => [x.ruleId, x.level, x.locations[0]!.physicalLocation.artifactLocation.uri, x.locations[0]!.physicalLocation.region.startLine]))
      .toEqual(lines.map((l) => ['adlint/config', 'error', 'p.yaml', l]));
    results.forEach((x, i) => expect(x.message.text).toMatch(reasons[i]!));
  });
});

describe('config problems as messages', () => {
  it('reports problems in several configs and packs of one run together', () => {
    const dir = tempProject({
      '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\nrules:\n  p/nope: off\n  ghost/x: off\n',
      'p.yaml': HEAD + RULE('a', 'check: length, severity: error, max: 1'),
      'a.ad.yaml': 'copy:\n  headline: ok\n',
    });
    const r = adlint(['.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const [result] = JSON.parse(r.stdout) as { filePath: string; messages: { message: string }[] }[];
    expect(result!.filePath).toBe(path.join(dir, '.adlint.yaml'));
    expect(result!.messages.map((m) => m.message)).toEqual(['rules: pack "p" has no rule "nope"', 'rules: unknown rule "ghost/x" (expected <pack>/<rule>)']);
  });

  it('writes the report to --output-file when the format is stylish', () => {
    const dir = project(COMPILE_ERRORS);
    const r = adlint(['.', '--output-file', 'out.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(3);
    const report = readFileSync(path.join(dir, 'out.txt'), 'utf8');
    expect(report.match(/adlint\/config/g)).toHaveLength(3);
    expect(report).toContain('unknown check type "nope"');
  });
});

describe('a config pack with the id of a bundled pack', () => {
  it('is refused at its id, naming the bundled pack, not silently put in its place', () => {
    const pack = 'id: meta\nname: My Meta\nversion: "1"\nrules:\n' + RULE('headline', 'check: length, severity: error, max: 1');
    const dir = tempProject({ '.adlint.yaml': 'packs: [meta.yaml]\nplatforms: [meta]\n', 'meta.yaml': pack, 'a.ad.yaml': 'copy:\n  headline: ok\n' });
    const r = adlint(['.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`adlint: ${path.join(dir, 'meta.yaml')}:1:5: pack id "meta" is already taken by adlint's bundled pack meta: give this pack another id (it may \`extends: [meta]\` to build on it)`);
  });

  it('may extend it under an id of its own', () => {
    const pack = 'id: my-meta\nname: My Meta\nversion: "1"\nextends: [meta]\nrules:\n' + RULE('headline', 'check: length, severity: error, max: 1');
    const dir = tempProject({ '.adlint.yaml': 'packs: [my-meta.yaml]\nplatforms: [my-meta]\n', 'my-meta.yaml': pack, 'a.ad.yaml': 'copy:\n  headline: ok\n' });
    const r = adlint(['.', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });
});
