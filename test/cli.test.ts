import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { adlint, adlintJson, bin, pointedText, repoRoot, tempProject } from './helpers/cli.js';

const RSA = `platforms: [google-ads]
placement: search
copy:
  headlines:
    - Spring Linen Shirts
    - "Breathable \\"Linen\\" Summer Dresses for You"
    - Free 30-Day Returns
  descriptions:
    - Light linen shirts in twelve colours.
    - Free returns.
`;

describe('JSON output contract', () => {
  it('has exactly the documented fields, with positions of the offending characters', () => {
    const dir = tempProject({ 'a.ad.yaml': RSA });
    const { code, results } = adlintJson(['a.ad.yaml'], { cwd: dir });
    expect(code).toBe(1);
    expect(results).toHaveLength(1);
    const [r] = results;
    // `coverage` is additive (docs/cli.md): present for a file with creatives.
    expect(Object.keys(r!).sort()).toEqual(['coverage', 'errorCount', 'filePath', 'fixableCount', 'messages', 'warningCount']);
    expect(r!.filePath).toBe(path.join(dir, 'a.ad.yaml'));
    expect(r!.errorCount).toBe(1);
    expect(r!.warningCount).toBe(0);
    expect(r!.fixableCount).toBe(0);
    const m = r!.messages[0]!;
    expect(Object.keys(m).sort()).toEqual(['category', 'column', 'creative', 'data', 'endColumn', 'endLine', 'field', 'line', 'message', 'messageId', 'platform', 'ruleId', 'severity', 'source']);
    expect(m).toMatchObject({
      ruleId: 'google-ads/rsa-headline-length',
      messageId: 'too-long',
      severity: 'error',
      field: 'copy.headlines[1]',
      creative: 0,
      category: 'length',
      platform: 'google-ads',
      line: 6,
      column: 40,
      endLine: 6,
      endColumn: 51,
    });
    expect(m.source).toMatch(/^https:\/\/support\.google\.com\//);
    expect(pointedText(RSA, m)).toBe('ses for You');
  });

  it('says so when nothing is found, and prints [] with --no-error-on-unmatched-pattern', () => {
    const dir = tempProject({ 'notes.txt': 'not a creative' });
    const r = adlint(['--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('adlint: no creative or media files match "." (--no-error-on-unmatched-pattern lints what there is)\n');
    const allowed = adlint(['--format', 'json', '--no-error-on-unmatched-pattern'], { cwd: dir });
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout)).toEqual([]);
  });
});

describe('positions inside YAML scalars', () => {
  const cases: [string, string, string][] = [
    ['plain', 'primary_text: Linen shirts in twelve colours made from European flax and washed for softness, so they feel lived in from day one', 'ne'],
    ['single-quoted', "primary_text: 'It''s linen: shirts in twelve colours made from European flax and washed for softness, so they feel lived in from day one'", 'ne'],
    ['double-quoted with escapes', 'primary_text: "Caf\\u00e9 linen: shirts in twelve colours made from European flax and washed for softness, so they feel lived in \\"today\\""', 'y\\"'],
    ['folded block', 'primary_text: >-\n    Linen shirts in twelve colours made from European flax\n    and washed for softness, so they feel lived in from day one', 'ne'],
    ['literal block', 'primary_text: |-\n    Linen shirts in twelve colours made from European flax and washed for softness, so they feel lived in from day one', 'ne'],
  ];
  it.each(cases)('%s', (_name, field, expected) => {
    const text = `platforms: [meta]\nplacement: reels\ncopy:\n  ${field}\n`;
    const dir = tempProject({ 'x.ad.yaml': text });
    const { results } = adlintJson(['x.ad.yaml'], { cwd: dir });
    const m = results[0]!.messages.find((x) => x.ruleId === 'meta/reels-primary-text-length');
    expect(m, JSON.stringify(results[0]!.messages)).toBeDefined();
    // Reels show 72 characters: the message points at everything after them, ending at the value's end.
    expect(pointedText(text, m!).endsWith(expected)).toBe(true);
  });

  it('list items in a creatives list with defaults', () => {
    const text = `defaults:\n  platforms: [google-ads]\n  placement: search\ncreatives:\n  - copy:\n      headlines: [One, Two, "Three is a headline that is too long"]\n      descriptions: [a, b]\n`;
    const dir = tempProject({ 'l.ad.yaml': text });
    const { results } = adlintJson(['l.ad.yaml'], { cwd: dir });
    const m = results[0]!.messages[0]!;
    expect(m.field).toBe('copy.headlines[2]');
    expect(pointedText(text, m)).toBe('o long');
  });
});

describe('exit codes and flags', () => {
  it('0 when clean, 1 on errors, 1 when warnings exceed --max-warnings', () => {
    const clean = tempProject({ 'a.ad.yaml': 'platforms: [meta]\ncopy: { headline: Linen }\n' });
    expect(adlint(['.'], { cwd: clean }).code).toBe(0);
    const warn = tempProject({ 'a.ad.yaml': 'platforms: [meta]\ncopy: { headline: Breathable Linen Shirts for Every Summer Weekend }\n' });
    expect(adlint(['.'], { cwd: warn }).code).toBe(0);
    const tooMany = adlint(['.', '--max-warnings', '0'], { cwd: warn });
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toContain('too many warnings');
    expect(adlint(['.', '--quiet', '--max-warnings', '0'], { cwd: warn }).code).toBe(0);
  });

  it('stylish output lists file, position, severity, message and rule, then a summary', () => {
    const dir = tempProject({ 'a.ad.yaml': RSA });
    const r = adlint(['.'], { cwd: dir });
    expect(r.stdout).toContain('a.ad.yaml\n');
    expect(r.stdout).toMatch(/6:40 {2}error {2}Headline is 41 width units.*google-ads\/rsa-headline-length/);
    expect(r.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('--output-file writes the report', () => {
    const dir = tempProject({ 'a.ad.yaml': RSA });
    const r = adlint(['.', '-f', 'json', '-o', 'out/report.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8'))).toHaveLength(1);
  });

  it('--platform overrides the creative and rejects unknown ids with the known list', () => {
    const dir = tempProject({ 'a.ad.yaml': RSA });
    const { results } = adlintJson(['.', '-p', 'meta'], { cwd: dir });
    expect(new Set(results[0]!.messages.map((m) => m.platform))).toEqual(new Set(['meta']));
    const bad = adlint(['.', '-p', 'myspace'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown platform "myspace"; known: .*google-ads.*meta/);
  });

  it('an unknown platform in a creative is an error at its value; other creatives are linted', () => {
    const text = 'creatives:\n  - platforms: [meta, myspace]\n    copy: { headline: Breathable Linen Shirts for Every Summer Weekend }\n';
    const dir = tempProject({ 'a.ad.yaml': text });
    const { code, results } = adlintJson(['.'], { cwd: dir });
    expect(code).toBe(1);
    const [unknown, ...others] = results[0]!.messages;
    expect(unknown).toMatchObject({ ruleId: 'adlint/unknown-platform', line: 2, column: 23, field: 'platforms[1]' });
    expect(others.map((m) => m.ruleId)).toContain('meta/headline-length');
  });

  it('a reader that closes the pipe early (| head) gets no error', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" examples -f json | head -c 10 >/dev/null`], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });

  it('a missing path is a usage error', () => {
    const r = adlint(['does-not-exist'], { cwd: tempProject({}) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('adlint: no such file or directory: does-not-exist (--no-error-on-unmatched-pattern lints what there is)\n');
  });
});

describe('config', () => {
  it('cascades from parent folders, nearest wins, overrides by glob, root stops the search', () => {
    const dir = tempProject({
      '.adlint.yaml': 'platforms: [google-ads]\n',
      'campaign/.adlint.yaml': [
        'root: true',
        'platforms: [meta]',
        'rules:',
        '  meta/headline-length: { max: 10 }',
        'overrides:',
        '  - files: "quiet/**"',
        '    rules: { meta/headline-length: off }',
        '  - files: "*.zh.ad.yaml"',
        '    defaults: { placement: reels }',
        '',
      ].join('\n'),
      'campaign/a.ad.yaml': 'copy: { headline: Linen Shirts Sale }\n',
      'campaign/quiet/b.ad.yaml': 'copy: { headline: Linen Shirts Sale }\n',
      'campaign/c.zh.ad.yaml': 'copy: { primary_text: "Linen shirts in twelve colours made from European flax, washed for softness." }\n',
      'other/d.ad.yaml': 'copy: { headlines: [a] }\n',
    });
    const { results } = adlintJson(['.'], { cwd: dir });
    const byName = Object.fromEntries(results.map((r) => [path.relative(dir, r.filePath), r.messages.map((m) => m.ruleId)]));
    expect(byName['campaign/a.ad.yaml']).toEqual(['meta/headline-length']);
    expect(byName['campaign/quiet/b.ad.yaml']).toEqual([]);
    expect(byName['campaign/c.zh.ad.yaml']).toEqual(['meta/reels-primary-text-length']);
    // Outside the root config, the parent's google-ads applies: without a placement, a creative
    // with headlines is checked as a responsive search ad, and says so.
    expect(byName['other/d.ad.yaml']).toEqual(['adlint/default-placement', 'google-ads/rsa-description-count', 'google-ads/rsa-headline-count']);
  });

  it('--config uses that one file', () => {
    const dir = tempProject({
      '.adlint.yaml': 'platforms: [google-ads]\n',
      'alt.yaml': 'platforms: [meta]\n',
      'a.ad.yaml': 'copy: { headline: Breathable Linen Shirts for Every Summer Weekend }\n',
    });
    const ids = adlintJson(['.', '-c', 'alt.yaml'], { cwd: dir }).results[0]!.messages.map((m) => m.ruleId);
    expect(ids).toContain('meta/headline-length');
    expect(ids.some((id) => id.startsWith('google-ads/'))).toBe(false);
  });

  it('an invalid config is exit 2 with file:line:column', () => {
    const dir = tempProject({ '.adlint.yaml': 'platforms: [meta]\nrulez: {}\n', 'a.ad.yaml': 'copy: {}\n' });
    const r = adlint(['.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`adlint: ${path.join(dir, '.adlint.yaml')}:2:1: unknown field "rulez" (did you mean "rules"?)\n`);
  });

  it('a rule setting naming an unknown rule is exit 2', () => {
    const dir = tempProject({ '.adlint.yaml': 'platforms: [meta]\nrules: { meta/nope: off }\n', 'a.ad.yaml': 'copy: {}\n' });
    const r = adlint(['.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pack "meta" has no rule "nope"');
  });

  it('ignore patterns and .adlintignore skip files; node_modules is always skipped', () => {
    const bad = 'platforms: [meta]\ncopy: { headline: Breathable Linen Shirts for Every Summer Weekend }\n';
    const dir = tempProject({
      '.adlint.yaml': 'ignore: ["drafts/**"]\n',
      '.adlintignore': 'old/\n',
      'drafts/a.ad.yaml': bad,
      'old/b.ad.yaml': bad,
      'node_modules/x/c.ad.yaml': bad,
      'live/d.ad.yaml': bad,
    });
    const { results } = adlintJson(['.'], { cwd: dir });
    expect(results.map((r) => path.relative(dir, r.filePath))).toEqual(['live/d.ad.yaml']);
  });
});

describe('bad input', () => {
  const GOOD = 'platforms: [meta]\ncopy: { headline: Linen }\n';

  it('broken YAML beside a good file: both reported, exit 1', () => {
    const dir = tempProject({ 'bad.ad.yaml': 'copy:\n  headline: "unclosed\n', 'good.ad.yaml': GOOD });
    const { code, results } = adlintJson(['.'], { cwd: dir });
    expect(code).toBe(1);
    expect(results.map((r) => path.basename(r.filePath))).toEqual(['bad.ad.yaml', 'good.ad.yaml']);
    expect(results[0]!.messages[0]).toMatchObject({ ruleId: 'adlint/parse', category: 'parse', severity: 'error', message: 'Missing closing "quote', line: 3, column: 1 });
    expect(results[1]!.messages).toEqual([]);
  });

  it('broken JSON points at the error', () => {
    const dir = tempProject({ 'a.ad.json': '{\n  "platforms": ["meta"],\n  "copy": { "headline": "x", }\n}\n' });
    const m = adlintJson(['.'], { cwd: dir }).results[0]!.messages[0]!;
    expect(m).toMatchObject({ ruleId: 'adlint/parse', line: 3 });
  });

  it('an empty file', () => {
    const dir = tempProject({ 'a.ad.yaml': '' });
    expect(adlintJson(['.'], { cwd: dir }).results[0]!.messages[0]).toMatchObject({ ruleId: 'adlint/parse', message: 'empty file: no creative to lint', line: 1, column: 1 });
  });

  it('binary and non-UTF-8 files', () => {
    const dir = tempProject({
      'bin.ad.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      'latin1.ad.yaml': Buffer.from('copy: { headline: "caf\xe9" }\n', 'latin1'),
    });
    const { results } = adlintJson(['.'], { cwd: dir });
    expect(results.map((r) => r.messages[0]!.message)).toEqual(['binary file: not a text creative', 'file is not valid UTF-8']);
  });

  it('a BOM and CRLF line ends keep positions right', () => {
    const text = '\uFEFFplatforms: [meta]\r\nplacement: reels\r\ncopy:\r\n  primary_text: "Linen shirts in twelve colours made from European flax, washed for softness."\r\n';
    const dir = tempProject({ 'a.ad.yaml': text });
    const m = adlintJson(['.'], { cwd: dir }).results[0]!.messages[0]!;
    expect(m).toMatchObject({ line: 4, column: 90, endLine: 4, endColumn: 94 });
    expect(pointedText(text.slice(1), m)).toBe('ess.');
  });

  it('a YAML alias bomb is a parse message, not a hang', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]', ''].join('\n');
    const dir = tempProject({ 'a.ad.yaml': bomb });
    const m = adlintJson(['.'], { cwd: dir }).results[0]!.messages[0]!;
    expect(m.ruleId).toBe('adlint/parse');
    expect(m.message).toMatch(/alias/i);
  });

  it('a file over the size limit is reported and not read', () => {
    const dir = tempProject({ '.adlint.yaml': 'max_file_size: 100\n', 'a.ad.yaml': `copy: { body: "${'x'.repeat(200)}" }\n`, 'b.ad.yaml': GOOD });
    const { results } = adlintJson(['.'], { cwd: dir });
    expect(results[0]!.messages[0]!.message).toMatch(/over the 100-byte limit/);
    expect(results[1]!.messages).toEqual([]);
  });

  it('a text over max_text_length is checked up to the limit, and the rest is reported', () => {
    const text = `platforms: [meta]\ncopy:\n  primary_text: "${'Linen shirts. '.repeat(20).trim()}"\n`;
    const dir = tempProject({ '.adlint.yaml': 'max_text_length: 100\n', 'a.ad.yaml': text });
    const messages = adlintJson(['.'], { cwd: dir }).results[0]!.messages;
    const limit = messages.find((m) => m.ruleId === 'adlint/limit')!;
    expect(limit).toMatchObject({ severity: 'warning', field: 'copy.primary_text', line: 3, column: 118 });
    expect(limit.message).toBe('copy.primary_text is 279 characters; only the first 100 were checked (max_text_length)');
    // The length rule saw the first 100 characters only: 100 is under Meta's 125.
    expect(messages.map((m) => m.ruleId)).not.toContain('meta/primary-text-length');
  });

  it('a file over max_file_seconds is reported and the run goes on', () => {
    const many = `creatives:\n${'  - copy: { headline: Breathable Linen Shirts for Every Summer Weekend }\n'.repeat(3)}`;
    const dir = tempProject({ 'slow/.adlint.yaml': 'platforms: [meta]\nmax_file_seconds: 0.000001\n', 'slow/a.ad.yaml': many, 'b.ad.yaml': 'platforms: [meta]\ncopy: { headline: Breathable Linen Shirts for Every Summer Weekend }\n' });
    const { results } = adlintJson(['.'], { cwd: dir });
    const slow = results.find((r) => r.filePath.endsWith('a.ad.yaml'))!;
    expect(slow.messages.map((m) => m.ruleId)).toEqual(['adlint/limit']);
    expect(slow.messages[0]).toMatchObject({ line: 2, column: 5 });
    expect(slow.messages[0]!.message).toMatch(/^stopped after 0.000001 s \(max_file_seconds\)/);
    expect(results.find((r) => r.filePath.endsWith('b.ad.yaml'))!.messages.map((m) => m.ruleId)).toContain('meta/headline-length');
  });

  it('a wrong type in a creative is a schema message at the value', () => {
    const dir = tempProject({ 'a.ad.yaml': 'platforms: [meta]\ntargeting:\n  age_min: "eighteen"\n' });
    expect(adlintJson(['.'], { cwd: dir }).results[0]!.messages[0]).toMatchObject({
      ruleId: 'adlint/schema', category: 'schema', line: 3, column: 12, message: 'targeting.age_min must be integer',
    });
  });

  const packCases: [string, string, RegExp][] = [
    ['a schema error', 'id: p\nname: P\nversion: "1"\nrules:\n  - id: r\n    check: length\n    severity: fatal\n', /p\.yaml:7:15: rules\[0\]\.severity must be one of: error, warning, info, off$/],
    ['an unknown check type', 'id: p\nname: P\nversion: "1"\nrules:\n  - id: r\n    check: magic\n    severity: error\n    message: m\n    source: s\n    confidence: documented\n    examples: { valid: [{}], invalid: [{}] }\n', /p\.yaml:6:12: rule p\/r: unknown check type "magic"; known: capitalization, conditional, consistency, count, /],
    ['a misspelt parameter', 'id: p\nname: P\nversion: "1"\nrules:\n  - id: r\n    check: length\n    severity: error\n    maxx: 3\n    message: m\n    source: s\n    confidence: documented\n    examples: { valid: [{}], invalid: [{}] }\n', /p\.yaml:8:5: rule p\/r: unknown field "maxx"/],
  ];
  it.each(packCases)('a pack with %s is exit 2 with file:line:column', (_name, pack, expected) => {
    const dir = tempProject({ 'p.yaml': pack, '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n', 'a.ad.yaml': GOOD });
    const r = adlint(['.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(expected);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an extends cycle is exit 2 naming the cycle', () => {
    const pack = (id: string, parent: string) => `id: ${id}\nname: ${id}\nversion: "1"\nextends: [${parent}]\nrules: []\n`;
    const dir = tempProject({ 'rules/a.yaml': pack('a', 'b'), 'rules/b.yaml': pack('b', 'a'), '.adlint.yaml': 'packs: [rules/a.yaml, rules/b.yaml]\nplatforms: [a]\n', 'x.ad.yaml': GOOD });
    const r = adlint(['.', '-p', 'a'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/extends cycle: a -> b -> a/);
  });
});

describe('subcommands', () => {
  it('rules lists id, severity, check, confidence and source; json too', () => {
    const table = adlint(['rules', '-p', 'google-ads']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/google-ads\/rsa-headline-length\s+error\s+length\s+documented\s+copy\.headlines\[\*\]/);
    const json = JSON.parse(adlint(['rules', '-p', 'meta', '-f', 'json']).stdout) as { id: string; source: string }[];
    expect(json.map((r) => r.id)).toContain('meta/headline-length');
    expect(json.every((r) => r.source.length > 0)).toBe(true);
  });

  it('explain shows the check, source and examples; unknown rules exit 2', () => {
    const r = adlint(['explain', 'google-ads/rsa-headline-length']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('source:     https://support.google.com/adspolicy/answer/14848297');
    expect(r.stdout).toContain('Examples that trigger it:');
    expect(r.stdout).toContain('Examples that must not trigger it:');
    expect(adlint(['explain', 'google-ads/nope']).code).toBe(2);
  });

  it('test-packs runs every example and prints N passed, M failed', () => {
    const r = adlint(['test-packs', 'google-ads', 'meta']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\n\d+ passed, 0 failed\n$/);
  });

  it('test-packs fails on an untrue example', () => {
    const pack = 'id: p\nname: P\nversion: "1"\nrules:\n  - id: r\n    check: length\n    severity: error\n    max: 5\n    message: m\n    source: s\n    confidence: documented\n    examples:\n      valid: [{ copy: { title: toolong } }]\n      invalid: [{ copy: { title: ok } }]\n';
    const dir = tempProject({ 'rules/p.yaml': pack, '.adlint.yaml': 'packs: [rules/p.yaml]\n' });
    const r = adlint(['test-packs', 'p'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('p/r invalid[0]: expected at least one message, got none');
    expect(r.stdout).toContain('0 passed, 2 failed');
  });

  it('test-packs that runs no example fails instead of passing', () => {
    const dir = tempProject({ 'rules/p.yaml': 'id: p\nname: P\nversion: "1"\nrules: []\n', '.adlint.yaml': 'packs: [rules/p.yaml]\n' });
    const r = adlint(['test-packs', 'p'], { cwd: dir });
    expect(r.stderr).toBe('adlint: test-packs ran no examples: pack p has no examples\n');
    expect(r.code).toBe(2);
  });

  it('init writes a config and an example that lint, and never overwrites', () => {
    const dir = tempProject({});
    const first = adlint(['init'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(existsSync(path.join(dir, '.adlint.yaml'))).toBe(true);
    expect(adlint(['.'], { cwd: dir }).code).toBe(0);
    writeFileSync(path.join(dir, '.adlint.yaml'), 'platforms: [meta]\n');
    const second = adlint(['init'], { cwd: dir });
    expect(second.stdout).toContain('.adlint.yaml exists: left unchanged');
    expect(readFileSync(path.join(dir, '.adlint.yaml'), 'utf8')).toBe('platforms: [meta]\n');
  });

  it('init points editors at the schemas through the project\'s node_modules/adlint, from a subfolder too', () => {
    // Inside this repository, node_modules/adlint is pnpm's link to packages/cli.
    const out = path.join(repoRoot, 'test/output');
    mkdirSync(out, { recursive: true });
    const project = mkdtempSync(path.join(out, 'init-'));
    try {
      const dir = path.join(project, 'campaigns/spring');
      mkdirSync(dir, { recursive: true });
      expect(adlint(['init'], { cwd: dir }).code).toBe(0);
      for (const [file, schema] of [['example.ad.yaml', 'creative.schema.json'], ['.adlint.yaml', 'config.schema.json']]) {
        const first = readFileSync(path.join(dir, file!), 'utf8').split('\n')[0]!;
        const target = /^# yaml-language-server: \$schema=(.+)$/.exec(first)?.[1];
        expect(target, first).toBe(path.relative(dir, path.join(repoRoot, 'node_modules/adlint/schema', schema!)));
        // The path resolves from the file to the schema @adlint/core validates with.
        expect(readFileSync(path.resolve(dir, target!), 'utf8')).toBe(readFileSync(path.join(repoRoot, 'packages/core/schema', schema!), 'utf8'));
      }
      expect(adlint(['.'], { cwd: dir }).code).toBe(0);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('init without an installed adlint nearby names the schema published with this version', () => {
    const dir = tempProject({});
    expect(adlint(['init'], { cwd: dir }).code).toBe(0);
    const version = (JSON.parse(readFileSync(path.join(repoRoot, 'packages/cli/package.json'), 'utf8')) as { version: string }).version;
    expect(readFileSync(path.join(dir, 'example.ad.yaml'), 'utf8')).toMatch(
      new RegExp(`^# yaml-language-server: \\$schema=https://cdn\\.jsdelivr\\.net/npm/adlint@${version.replace(/\./g, '\\.')}/schema/creative\\.schema\\.json\n`),
    );
  });

  it('a $schema key is accepted in a JSON creative, a creative list and config', () => {
    const creative = { $schema: '../node_modules/adlint/schema/creative.schema.json', platforms: ['google-ads'], placement: 'search', copy: { headlines: ['Spring Linen Shirts', 'Breathable Linen', 'Free Returns'], descriptions: ['Light linen shirts in twelve colours.', 'Free returns on every order.'] } };
    const dir = tempProject({
      'one.ad.json': JSON.stringify(creative, null, 2),
      'list.ad.json': JSON.stringify({ $schema: creative.$schema, defaults: { platforms: ['google-ads'] }, creatives: [{ placement: 'search', copy: creative.copy }] }, null, 2),
      '.adlint.yaml': '$schema: ./node_modules/adlint/schema/config.schema.json\nplatforms: [meta]\n',
    });
    const r = adlintJson(['.'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.results.flatMap((f) => f.messages.map((m) => `${path.basename(f.filePath)} ${m.ruleId}: ${m.message}`))).toEqual([]);
    expect(r.code).toBe(0);
  });
});
