import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, tempProject } from './helpers/cli.js';

// A pack of its own and creatives with and without findings, in two folders with their own config.
const PACK = `id: poolpack
name: Pool test pack
version: 0.0.1
rules:
  - id: claims
    check: terms
    severity: error
    terms: [{ term: cures, replacement: may help with }, 最佳, { term: risk-free }]
    message: "{{found}} is a claim"
    source: test
    confidence: documented
    examples: { invalid: [{ copy: { body: Cures colds } }], valid: [{ copy: { body: secures } }] }
`;

function project(): string {
  const files: Record<string, string> = {
    '.adlint.yaml': 'root: true\npacks: [poolpack.yaml]\nplatforms: [poolpack]\n',
    'poolpack.yaml': PACK,
    'eu/.adlint.yaml': 'platforms: [poolpack, google-ads]\n',
  };
  for (let i = 0; i < 60; i++) {
    const body = ['Cures colds fast', '本店最佳', 'A calm, risk-free trial', 'Plain copy, nothing to say'][i % 4];
    files[`${i % 3 === 0 ? 'eu/' : ''}ads/ad-${String(i).padStart(3, '0')}.ad.yaml`] = i % 3 === 0
      ? `placement: search\ncopy:\n  headlines: ["${body} #${i}", A headline far too long for a search ad ${i}]\n  descriptions: [Light linen shirts., Free returns.]\n`
      : `copy:\n  body: "${body} #${i}"\n  headline: Spring sale ${i}\n`;
  }
  files['ads/broken.ad.yaml'] = 'copy: [unclosed\n';
  return tempProject(files);
}

describe('--concurrency: linting on worker threads', () => {
  it('gives the same report, in the same order, as one thread', () => {
    const dir = project();
    const one = adlint(['.', '-f', 'json', '--concurrency', 'off'], { cwd: dir });
    const three = adlint(['.', '-f', 'json', '--concurrency', '3'], { cwd: dir });
    expect(one.code).toBe(1);
    const results = JSON.parse(one.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results).toHaveLength(61);
    expect(results.filter((r) => r.messages.some((m) => m.ruleId === 'poolpack/claims'))).toHaveLength(45);
    // The eu/ folder's second platform and the broken file add messages of other rules.
    expect(new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId))).size).toBeGreaterThan(2);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(three.code).toBe(one.code);
    expect(adlint(['.', '-f', 'stylish', '--concurrency', '2'], { cwd: dir }).stdout).toBe(adlint(['.', '-f', 'stylish', '--concurrency', '1'], { cwd: dir }).stdout);
  });

  it('streams sarif and json to --output-file as they are printed, whichever thread linted', () => {
    const dir = project();
    for (const format of ['sarif', 'json']) {
      const printed = adlint(['.', '-f', format, '--concurrency', 'off'], { cwd: dir });
      const written = adlint(['.', '-f', format, '--concurrency', '3', '-o', 'out/report.txt'], { cwd: dir });
      expect(written.code).toBe(printed.code);
      const text = readFileSync(path.join(dir, 'out/report.txt'), 'utf8');
      // stdout ends the report with a newline; the file holds the report's own text.
      expect(`${text}${text.endsWith('\n') ? '' : '\n'}`).toBe(printed.stdout);
      expect(JSON.parse(text)).toBeTruthy();
    }
  });

  it('stops on a broken pack as one thread does', () => {
    const dir2 = project();
    writeFileSync(path.join(dir2, 'poolpack.yaml'), PACK.replace('terms: [', 'terms: [cures, '));
    const one = adlint(['.', '--concurrency', 'off'], { cwd: dir2 });
    const two = adlint(['.', '--concurrency', '2'], { cwd: dir2 });
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/duplicate term/);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe(one.stderr);
  });

  it('refuses a number of threads that is not one', () => {
    const r = adlint(['.', '--concurrency', '0'], { cwd: project() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--concurrency.*expected a number of threads/);
  });

  it('workers started while files are found are let go when the run turns out to need fewer (--shard leaves fewer files)', () => {
    const files: Record<string, string> = { '.adlint.yaml': 'root: true\npacks: [poolpack.yaml]\nplatforms: [poolpack]\n', 'poolpack.yaml': PACK };
    for (let i = 0; i < 5; i++) files[`ads/ad-${i}.ad.yaml`] = `copy:\n  body: "${i % 2 ? 'Plain copy' : 'Cures colds'} #${i}"\n`;
    const dir = tempProject(files);
    // 5 files start 2 workers for 3 threads; the second shard keeps 2 files, which 2 threads lint.
    const sharded = adlint(['.', '-f', 'json', '--shard', '2/2', '--concurrency', '3'], { cwd: dir });
    const one = adlint(['.', '-f', 'json', '--shard', '2/2', '--concurrency', 'off'], { cwd: dir });
    expect(sharded.code).toBe(one.code);
    expect(sharded.stdout).toBe(one.stdout);
    expect((JSON.parse(sharded.stdout) as unknown[]).length).toBe(2);
  });
});
