import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, repoRoot, tempProject } from './helpers/cli.js';

/** A one-rule pack whose examples are the YAML given (indented under `examples:`). */
const pack = (rule: string, examples: string): string =>
  `id: p\nname: P\nversion: "1"\nrules:\n  - id: r\n${rule.replace(/^/gm, '    ')}\n    message: m {{field}}\n    source: s\n    confidence: documented\n    examples:\n${examples.replace(/^/gm, '      ')}\n`;

const LENGTH = 'check: length\nseverity: error\nmax: 5';
const IMAGE = 'check: image\nseverity: error\nformats: [png]';

function testPacks(packYaml: string, files: Record<string, string> = {}): { code: number; stdout: string } {
  const dir = tempProject({ 'rules/p.yaml': packYaml, '.adlint.yaml': 'packs: [rules/p.yaml]\n', ...files });
  return adlint(['test-packs', 'p'], { cwd: dir });
}

describe('adlint test-packs: examples that can fail', () => {
  it('fails an invalid example whose only message is that its media file does not exist', () => {
    const r = testPacks(pack(IMAGE, 'valid: [{ copy: { title: x } }]\ninvalid: [{ media: [{ path: fixtures/missing.jpg }] }]'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/p\/r invalid\[0\]: reports a problem with the example itself, not the rule's finding: .*missing\.jpg/);
    expect(r.stdout).toContain('1 passed, 1 failed');
  });

  it('fails a valid example that names a media file that does not exist', () => {
    const r = testPacks(pack(IMAGE, 'valid: [{ media: [{ path: fixtures/missing.png }] }]\ninvalid: [{ media: [{ path: fixtures/a.jpg }] }]'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/p\/r valid\[0\]: reports a problem with the example itself/);
  });

  it('passes an invalid example that points at a real file the rule rejects', () => {
    const dir = tempProject({ 'rules/p.yaml': pack(IMAGE, 'valid: [{ copy: { title: x } }]\ninvalid: [{ media: [{ path: fixtures/a.jpg }] }]'), '.adlint.yaml': 'packs: [rules/p.yaml]\n' });
    mkdirSync(path.join(dir, 'rules/fixtures'), { recursive: true });
    copyFileSync(path.join(repoRoot, 'rules/fixtures/photo-1200x900.jpg'), path.join(dir, 'rules/fixtures/a.jpg'));
    const r = adlint(['test-packs', 'p'], { cwd: dir });
    expect(r.stdout).toContain('2 passed, 0 failed');
    expect(r.code).toBe(0);
  });

  it('holds the long form to the messages it states: how many, on which field', () => {
    const examples = [
      'valid: [{ copy: { title: ok } }]',
      'invalid:',
      '  - { creative: { copy: { title: toolong, body: toolong } }, messages: 2 }',
      '  - { creative: { copy: { title: toolong, body: toolong } }, messages: 1 }',
      '  - { creative: { copy: { title: toolong } }, messages: [{ field: copy.body }] }',
      '  - { creative: { copy: { title: toolong } }, messages: [{ field: copy.title, line: 2 }] }',
    ].join('\n');
    const r = testPacks(pack(`${LENGTH}\napplies: { fields: [copy.title, copy.body] }`, examples));
    expect(r.stdout).toContain('p/r invalid[1]: expected 1 message, got 2: copy.title at line 2: m copy.title | copy.body at line 3: m copy.body');
    expect(r.stdout).toContain('p/r invalid[2]: message 1: expected field copy.body, got copy.title at line 2: m copy.title');
    expect(r.stdout).not.toContain('invalid[0]');
    expect(r.stdout).not.toContain('invalid[3]');
    expect(r.stdout).toContain('3 passed, 2 failed');
    expect(r.code).toBe(1);
  });

  it('holds the long form to its fixed output', () => {
    const rule = 'check: whitespace\nseverity: warning';
    const examples = [
      'valid: [{ copy: { title: Linen shirts } }]',
      'invalid:',
      '  - { creative: { copy: { title: "Linen  shirts" } }, output: { copy: { title: Linen shirts } } }',
      '  - { creative: { copy: { title: "Linen  shirts" } }, output: { copy: { title: "Linen  shirts" } } }',
    ].join('\n');
    const r = testPacks(pack(rule, examples));
    expect(r.stdout).toContain('p/r invalid[1]: expected output {"copy":{"title":"Linen  shirts"}}, got {"copy":{"title":"Linen shirts"}}');
    expect(r.stdout).not.toContain('invalid[0]');
    expect(r.stdout).toContain('2 passed, 1 failed');
  });
});
