import { linkSync, lstatSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, tempProject } from '../helpers/cli.js';

const DEADLINE = 20_000;
const pack = (replacement: string): string => JSON.stringify({
  id: 'fx', name: 'Fx', version: '1',
  rules: [{ id: 'swap', check: 'terms', severity: 'warning', applies: { fields: ['copy.*'] }, terms: [{ term: 'zorblax', replacement }], message: '{{term}}', source: 's', confidence: 'documented', examples: { valid: [{}], invalid: [{}] } }],
});
const project = (replacement: string, files: Record<string, string>): string =>
  tempProject({ '.adlint.yaml': 'packs: [fx.yaml]\nplatforms: [fx]\n', 'fx.yaml': pack(replacement), ...files });

describe('--fix does not damage files', () => {
  it('writes through a symbolic link: the link stays a link, its target is fixed', () => {
    const dir = project('Linen', { 'real/a.ad.yaml': 'copy:\n  headline: zorblax shirt\n' });
    symlinkSync('real/a.ad.yaml', path.join(dir, 'a.ad.yaml'));
    const r = adlint(['a.ad.yaml', '--fix'], { cwd: dir, timeout: DEADLINE });
    expect(r.code).toBe(0);
    expect(lstatSync(path.join(dir, 'a.ad.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'a.ad.yaml'))).toBe('real/a.ad.yaml');
    expect(readFileSync(path.join(dir, 'real/a.ad.yaml'), 'utf8')).toBe('copy:\n  headline: Linen shirt\n');
  });

  it('refuses a file with hard links, and says so (a rename would part them)', () => {
    const dir = project('Linen', { 'a.ad.yaml': 'copy:\n  headline: zorblax shirt\n' });
    linkSync(path.join(dir, 'a.ad.yaml'), path.join(dir, 'b.ad.yaml.bak'));
    const r = adlint(['a.ad.yaml', '--fix'], { cwd: dir, timeout: DEADLINE });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/2 hard links.*not fixed/);
    expect(readFileSync(path.join(dir, 'b.ad.yaml.bak'), 'utf8')).toBe('copy:\n  headline: zorblax shirt\n');
  });

  it.each([
    ['", " in a flow sequence', 'Linen, cotton', 'copy:\n  headlines: [zorblax shirt, Other]\n'],
    ['"- " at a Markdown line start', '- Linen', '# Title\n\nzorblax shirt for summer.\n'],
    ['"1. " at a Markdown line start', '1. Linen', '# Title\n\nzorblax shirt for summer.\n'],
    ['a control character', 'Lin\u0007en', 'copy:\n  headline: zorblax shirt\n'],
    // Even where YAML could escape it: no ad copy means a BEL.
    ['a control character in a double-quoted scalar', 'Lin\u0007en', 'copy:\n  headline: "zorblax shirt"\n'],
    ['": " in a plain scalar', 'Linen: cotton', 'copy:\n  headline: zorblax shirt\n'],
    ['" #" in a plain scalar', 'Linen #1', 'copy:\n  headline: zorblax shirt\n'],
  ])('withholds a replacement with %s where it would change the structure, and does not count it fixable', (_name, replacement, text) => {
    const file = text.startsWith('#') ? 'a.listing.md' : 'a.ad.yaml';
    const dir = project(replacement, { [file]: text });
    const r = adlint([file, '--fix', '--format', 'json'], { cwd: dir, timeout: DEADLINE });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, file), 'utf8')).toBe(text);
    const [result] = JSON.parse(r.stdout) as { fixableCount: number; messages: { fix?: unknown }[] }[];
    expect(result!.fixableCount).toBe(0);
    expect(adlint([file], { cwd: dir, timeout: DEADLINE }).stdout).not.toMatch(/potentially fixable/);
  });

  it('does not rewrite a Markdown file whose frontmatter does not parse', () => {
    const text = '---\nlocale: [en-US\n---\n# zorblax shirt\n';
    const dir = project('Linen', { 'a.listing.md': text });
    const r = adlint(['a.listing.md', '--fix'], { cwd: dir, timeout: DEADLINE });
    expect(r.code).toBe(1);
    expect(readFileSync(path.join(dir, 'a.listing.md'), 'utf8')).toBe(text);
    expect(r.stdout).toMatch(/not applied: the file does not parse as a whole/);
  });
});
