import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, adlintJson, tempProject } from './helpers/cli.js';

/** A Meta creative with one headline past Meta's 40 characters: one warning. */
const LONG_HEADLINE = `platforms: [meta]
placement: feed
copy:
  headline: The Breathable Linen Shirt You Will Wear All Summer Long
  primary_text: Twelve colours of European flax.
`;
const CLEAN = `platforms: [meta]
placement: feed
copy:
  headline: Linen shirts
  primary_text: Twelve colours of European flax.
`;
const HINT = ' (--no-error-on-unmatched-pattern lints what there is)';

describe('did-you-mean', () => {
  it('suggests the config key that was meant, at its line', () => {
    const dir = tempProject({ '.adlint.yaml': 'platform: [meta]\n', 'a.ad.yaml': CLEAN });
    const r = adlint(['.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`adlint: ${path.join(dir, '.adlint.yaml')}:1:1: unknown field "platform" (did you mean "platforms"?)\n`);
  });

  it('suggests keys inside overrides too', () => {
    const dir = tempProject({ '.adlint.yaml': 'overrides:\n  - files: "*.ad.yaml"\n    platfroms: [meta]\n', 'a.ad.yaml': CLEAN });
    expect(adlint(['.'], { cwd: dir }).stderr).toContain(':3:5: unknown field "platfroms" in overrides[0] (did you mean "platforms"?)');
  });

  it('names the line of an unknown rule id and the rule that was meant', () => {
    const dir = tempProject({ '.adlint.yaml': 'platforms: [google-ads]\nrules:\n  google-ads/rsa-headline-lenght: off\n', 'a.ad.yaml': CLEAN });
    const r = adlint(['.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`adlint: ${path.join(dir, '.adlint.yaml')}:3:3: rules: pack "google-ads" has no rule "rsa-headline-lenght" (did you mean "rsa-headline-length"?)\n`);
  });

  it('suggests a rule of another pack when the pack id is mistyped (in overrides, with its line)', () => {
    const dir = tempProject({ '.adlint.yaml': 'platforms: [meta]\noverrides:\n  - files: "*.ad.yaml"\n    rules:\n      mta/headline-length: off\n', 'a.ad.yaml': CLEAN });
    expect(adlint(['.'], { cwd: dir }).stderr).toBe(`adlint: ${path.join(dir, '.adlint.yaml')}:5:7: rules: unknown rule "mta/headline-length" (expected <pack>/<rule>) (did you mean "meta/headline-length"?)\n`);
  });

  it('accepts ESLint\'s "warn" as warning, and suggests the severity a typo meant', () => {
    const escalate = tempProject({ '.adlint.yaml': 'rules:\n  meta/headline-length: error\n', 'a.ad.yaml': LONG_HEADLINE });
    expect(adlintJson(['.'], { cwd: escalate }).results[0]!.messages[0]!.severity).toBe('error');
    const warn = tempProject({ '.adlint.yaml': 'rules:\n  meta/headline-length: warn\n', 'a.ad.yaml': LONG_HEADLINE });
    const r = adlintJson(['.'], { cwd: warn });
    expect(r.code).toBe(0);
    expect(r.results[0]!.messages.map((m) => [m.ruleId, m.severity])).toEqual([['meta/headline-length', 'warning']]);
    const inObject = tempProject({ '.adlint.yaml': 'rules:\n  meta/headline-length: { severity: warn }\n', 'a.ad.yaml': LONG_HEADLINE });
    expect(adlintJson(['.'], { cwd: inObject }).results[0]!.messages[0]!.severity).toBe('warning');
    const typo = tempProject({ '.adlint.yaml': 'rules:\n  meta/headline-length: { severity: warnin }\n', 'a.ad.yaml': LONG_HEADLINE });
    const bad = adlint(['.'], { cwd: typo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.adlint\.yaml:2:37: rules\.meta\/headline-length\.severity must be one of: .* \(did you mean "warning"\?\)\n$/);
  });

  it('reads a mistyped command as that command, not as a missing file', () => {
    const dir = tempProject({ 'a.ad.yaml': CLEAN });
    const r = adlint(['rule'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('adlint: unknown command "rule" (did you mean "rules"?); see adlint --help\n');
    expect(adlint(['tset-packs'], { cwd: dir }).stderr).toContain('(did you mean "test-packs"?)');
    // A file of that name is linted: the path wins over the guess.
    const withFile = tempProject({ rule: 'not a creative', 'a.ad.yaml': CLEAN });
    expect(adlint(['rule', 'a.ad.yaml'], { cwd: withFile }).code).toBe(0);
  });

  it('has a help command', () => {
    const r = adlint(['help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: adlint \[options\] \[command\] \[paths\.\.\.\]/);
    const sub = adlint(['help', 'rules']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toMatch(/^Usage: adlint rules \[options\]/);
  });

  it('suggests the flag that was meant', () => {
    const r = adlint(['--ignore-patern', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--ignore-patern'");
    expect(r.stderr).toContain('Did you mean --ignore-pattern?');
    expect(adlint(['--colr']).stderr).toContain('Did you mean --color?');
  });
});

describe('which files are linted', () => {
  const project = (): string => tempProject({
    '.adlint.yaml': 'platforms: [meta]\n',
    'campaigns/spring/a.ad.yaml': LONG_HEADLINE,
    'campaigns/spring/b.ad.yaml': CLEAN,
    'campaigns/autumn/c.ad.yaml': LONG_HEADLINE,
    'drafts/d.ad.yaml': LONG_HEADLINE,
    'empty/notes.txt': 'nothing to lint',
  });
  const linted = (dir: string, args: string[]): string[] => adlintJson(args, { cwd: dir }).results.map((r) => path.relative(dir, r.filePath).split(path.sep).join('/'));

  it('expands a quoted glob as the shell would have', () => {
    const dir = project();
    expect(linted(dir, ['campaigns/**/*.ad.yaml'])).toEqual(['campaigns/autumn/c.ad.yaml', 'campaigns/spring/a.ad.yaml', 'campaigns/spring/b.ad.yaml']);
    expect(linted(dir, ['campaigns/*/a.ad.yaml', 'drafts'])).toEqual(['campaigns/spring/a.ad.yaml', 'drafts/d.ad.yaml']);
  });

  it('takes a path that exists literally even when it looks like a glob', () => {
    const dir = tempProject({ '.adlint.yaml': 'platforms: [meta]\n', '[1].ad.yaml': CLEAN, '1.ad.yaml': LONG_HEADLINE });
    expect(linted(dir, ['[1].ad.yaml'])).toEqual(['[1].ad.yaml']);
  });

  it('skips --ignore-pattern matches (repeatable, gitignore syntax, relative to the current folder)', () => {
    const dir = project();
    expect(linted(dir, ['--ignore-pattern', 'drafts/', '--ignore-pattern', '**/b.ad.yaml', '.'])).toEqual(['campaigns/autumn/c.ad.yaml', 'campaigns/spring/a.ad.yaml']);
    expect(linted(dir, ['--ignore-pattern', 'drafts/', '--no-ignore', 'drafts'])).toEqual(['drafts/d.ad.yaml']);
  });

  it('says so when a folder or glob holds nothing to lint (exit 2), unless --no-error-on-unmatched-pattern', () => {
    const dir = project();
    const empty = adlint(['empty'], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe(`adlint: no creative or media files match "empty"${HINT}\n`);
    const glob = adlint(['campaigns/**/*.ad.yml'], { cwd: dir });
    expect(glob.stderr).toBe(`adlint: no creative or media files match "campaigns/**/*.ad.yml"${HINT}\n`);
    const both = adlint(['nowhere', 'empty', 'drafts'], { cwd: dir });
    expect(both.stderr).toBe(`adlint: no such file or directory: nowhere; no creative or media files match "empty"${HINT}\n`);
    const allowed = adlintJson(['--no-error-on-unmatched-pattern', 'nowhere', 'empty', 'drafts'], { cwd: dir });
    expect(allowed.code).toBe(0);
    expect(allowed.results.map((r) => path.basename(r.filePath))).toEqual(['d.ad.yaml']);
    expect(allowed.stderr).toBe('');
  });

  it('says so when everything a pattern matched is ignored', () => {
    const dir = project();
    const r = adlint(['--ignore-pattern', 'campaigns/', 'campaigns'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`adlint: all 3 files matched by "campaigns" are ignored${HINT}\n`);
    const config = tempProject({ '.adlint.yaml': 'platforms: [meta]\nignore: ["drafts/**"]\n', 'drafts/d.ad.yaml': CLEAN });
    expect(adlint(['drafts'], { cwd: config }).stderr).toBe(`adlint: the file matched by "drafts" is ignored${HINT}\n`);
  });

  it('warns when a file named outright is ignored, unless --no-warn-ignored', () => {
    const dir = project();
    const r = adlintJson(['--ignore-pattern', 'drafts/', 'drafts/d.ad.yaml', 'campaigns/spring/b.ad.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.results.map((x) => path.basename(x.filePath))).toEqual(['b.ad.yaml']);
    expect(r.stderr).toBe('adlint: warning: drafts/d.ad.yaml is ignored (--ignore-pattern); use --no-ignore to lint it, --no-warn-ignored to say nothing\n');
    const quiet = adlint(['--ignore-pattern', 'drafts/', '--no-warn-ignored', 'drafts/d.ad.yaml'], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    const byFile = tempProject({ '.adlintignore': 'old/\n', 'old/o.ad.yaml': CLEAN, '.adlint.yaml': 'platforms: [meta]\n' });
    expect(adlint(['old/o.ad.yaml'], { cwd: byFile }).stderr).toBe('adlint: warning: old/o.ad.yaml is ignored (.adlintignore); use --no-ignore to lint it, --no-warn-ignored to say nothing\n');
  });

  it('skips files that are not creatives without a word when named outright (hooks pass every staged file)', () => {
    const dir = project();
    const r = adlint(['empty/notes.txt', 'drafts/d.ad.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('--color and --debug', () => {
  const dir = (): string => tempProject({ 'a.ad.yaml': LONG_HEADLINE });
  const ESC = '\u001b[';

  it('--color forces colours into a pipe; --no-color and FORCE_COLOR=0 turn them off', () => {
    const d = dir();
    const env = { NO_COLOR: '' };
    expect(adlint(['a.ad.yaml'], { cwd: d, env }).stdout).not.toContain(ESC);
    expect(adlint(['--color', 'a.ad.yaml'], { cwd: d, env }).stdout).toContain(ESC);
    expect(adlint(['a.ad.yaml'], { cwd: d, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(adlint(['a.ad.yaml'], { cwd: d, env: { NO_COLOR: '', FORCE_COLOR: '0' } }).stdout).not.toContain(ESC);
    expect(adlint(['--no-color', 'a.ad.yaml'], { cwd: d, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it('--debug shows the files, configs, packs and timing on stderr, leaving stdout as it was', () => {
    const d = tempProject({ '.adlint.yaml': 'platforms: [meta]\nrules:\n  meta/headline-length: error\n', 'a.ad.yaml': LONG_HEADLINE.replace('platforms: [meta]\n', '') });
    const plain = adlint(['--format', 'json', '.'], { cwd: d });
    const r = adlint(['--debug', '--format', 'json', '.'], { cwd: d });
    expect(r.stdout).toBe(plain.stdout);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.every((l) => l.startsWith('adlint:debug '))).toBe(true);
    expect(lines).toContain('adlint:debug pattern "." (folder): 1 file');
    expect(lines).toContain('adlint:debug config .adlint.yaml: platforms meta; 1 rule settings; 0 overrides');
    expect(lines).toContain('adlint:debug file a.ad.yaml: config .adlint.yaml; platforms meta');
    expect(lines.some((l) => /^adlint:debug pack meta \S+: \d+ rules from .*meta\.yaml$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^adlint:debug timing: find files and configs \d+ ms, lint \d+ ms, format json \d+ ms, total \d+ ms$/);
  });
});
