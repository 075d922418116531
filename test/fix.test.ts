import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, adlintJson, tempProject } from './helpers/cli.js';

/** A pack whose whitespace rule fixes, so fixes of two rules can meet in one file. */
const WHITESPACE_PACK = `id: tidy
name: Tidy
version: "1"
rules:
  - id: spacing
    check: whitespace
    severity: warning
    message: "Spacing: {{found}}"
    source: test
    confidence: documented
    examples:
      invalid: [{ copy: { title: "a  b" } }]
      valid: [{ copy: { title: "a b" } }]
`;

const CONFIG = 'packs: [tidy.yaml]\nplatforms: [google-ads, tidy]\n';

const AD = `# Spring campaign — keep this comment
placement: search   # search ads
copy:
  headlines:
    - 'Spring Sale!!!'          # single-quoted
    - "Linen  Shirts?? Now"     # double-quoted
    - Free Returns!!
  descriptions: [Light linen shirts., Easy returns.]
`;

const FIXED = `# Spring campaign — keep this comment
placement: search   # search ads
copy:
  headlines:
    - 'Spring Sale!'          # single-quoted
    - "Linen Shirts? Now"     # double-quoted
    - Free Returns!
  descriptions: [Light linen shirts., Easy returns.]
`;

function project(files: Record<string, string>): string {
  return tempProject({ 'tidy.yaml': WHITESPACE_PACK, '.adlint.yaml': CONFIG, ...files });
}

describe('--fix', () => {
  it('fixes exactly the offending characters; comments, quotes and indentation stay', () => {
    const dir = project({ 'a.ad.yaml': AD });
    const r = adlint(['--fix', 'a.ad.yaml'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.ad.yaml'), 'utf8')).toBe(FIXED);
    // The headline "!" warnings remain; nothing fixable does.
    expect(r.code).toBe(0);
    const after = adlintJson(['a.ad.yaml'], { cwd: dir }).results[0]!;
    expect(after.fixableCount).toBe(0);
  });

  it('is idempotent: a second --fix changes nothing', () => {
    const dir = project({ 'a.ad.yaml': AD });
    adlint(['--fix', '.'], { cwd: dir });
    const once = readFileSync(path.join(dir, 'a.ad.yaml'), 'utf8');
    const mtime = statSync(path.join(dir, 'a.ad.yaml')).mtimeMs;
    adlint(['--fix', '.'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.ad.yaml'), 'utf8')).toBe(once);
    expect(statSync(path.join(dir, 'a.ad.yaml')).mtimeMs).toBe(mtime);
  });

  it('--fix-dry-run writes nothing and reports the fixed text as "output"', () => {
    const dir = project({ 'a.ad.yaml': AD });
    const { results } = adlintJson(['--fix-dry-run', '.'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.ad.yaml'), 'utf8')).toBe(AD);
    expect((results[0] as unknown as { output: string }).output).toBe(FIXED);
    expect(results[0]!.fixableCount).toBe(0);
  });

  it('without fixes, json entries have no "output"', () => {
    const dir = project({ 'a.ad.yaml': FIXED });
    expect(Object.keys(adlintJson(['--fix-dry-run', '.'], { cwd: dir }).results[0]!)).not.toContain('output');
  });

  it('--fix-type applies only fixes of those categories', () => {
    const dir = project({ 'a.ad.yaml': AD });
    adlint(['--fix', '--fix-type', 'whitespace', '.'], { cwd: dir });
    const text = readFileSync(path.join(dir, 'a.ad.yaml'), 'utf8');
    expect(text).toContain('"Linen Shirts?? Now"');
    expect(text).toContain("'Spring Sale!!!'");
    expect(adlint(['--fix', '--fix-type', 'nonsense', '.'], { cwd: dir }).code).toBe(2);
  });

  it('keeps CRLF line ends and a byte-order mark', () => {
    const crlf = `\uFEFF${AD.replace(/\n/g, '\r\n')}`;
    const dir = project({ 'a.ad.yaml': crlf });
    adlint(['--fix', '.'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.ad.yaml'), 'utf8')).toBe(`\uFEFF${FIXED.replace(/\n/g, '\r\n')}`);
  });

  it('fixes a .json creative and keeps it valid JSON with its indentation', () => {
    const json = '{\n    "placement": "search",\n    "copy": {\n        "headlines": ["Spring Sale!!", "Linen Shirts", "Free Returns"],\n        "descriptions": ["a", "b"]\n    }\n}\n';
    const dir = project({ 'a.ad.json': json });
    adlint(['--fix', '.'], { cwd: dir });
    const text = readFileSync(path.join(dir, 'a.ad.json'), 'utf8');
    expect(text).toBe(json.replace('Spring Sale!!', 'Spring Sale!'));
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it('fixes a Markdown listing with frontmatter without touching its syntax', () => {
    const md = '---\nplatforms: [tidy]\n---\n\n# Linen  **Shirt**\n\n- Breathable  flax\n- Twelve colours\n';
    const dir = project({ 'shirt.listing.md': md });
    adlint(['--fix', '.'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'shirt.listing.md'), 'utf8')).toBe(md.replace('Linen  **', 'Linen **').replace('Breathable  flax', 'Breathable flax'));
  });

  it('applies a pack-given replacement for a banned term (中文)', () => {
    const ad = 'platforms: [china-ad-law]\ncategory: cosmetics\ncopy:\n  title: 温和药妆面霜\n';
    const dir = tempProject({ 'a.ad.yaml': ad });
    adlint(['--fix', '.'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.ad.yaml'), 'utf8')).toBe(ad.replace('药妆', '护肤品'));
  });

  it('a read-only file is reported with exit 2; the other files are still fixed', () => {
    const dir = project({ 'a.ad.yaml': AD, 'b.ad.yaml': AD });
    chmodSync(path.join(dir, 'a.ad.yaml'), 0o444);
    const { code, results } = adlintJson(['--fix', '.'], { cwd: dir });
    expect(code).toBe(2);
    expect(readFileSync(path.join(dir, 'a.ad.yaml'), 'utf8')).toBe(AD);
    expect(results[0]!.messages[0]).toMatchObject({ ruleId: 'adlint/fix', message: 'file is read-only: not fixed' });
    expect(readFileSync(path.join(dir, 'b.ad.yaml'), 'utf8')).toBe(FIXED);
  });

  it('keeps the file mode', () => {
    const dir = project({ 'a.ad.yaml': AD });
    chmodSync(path.join(dir, 'a.ad.yaml'), 0o640);
    adlint(['--fix', '.'], { cwd: dir });
    expect(statSync(path.join(dir, 'a.ad.yaml')).mode & 0o777).toBe(0o640);
  });

  it('--stdin with --fix-dry-run prints the fixed text', () => {
    const dir = project({});
    const r = adlint(['--stdin', '--stdin-filename', 'a.ad.yaml', '--fix-dry-run'], { cwd: dir, input: AD });
    expect(r.stdout).toBe(FIXED);
    expect(r.stderr).toContain('google-ads/headline-exclamation');
  });

  it('stylish output counts what --fix can fix', () => {
    const dir = project({ 'a.ad.yaml': AD });
    expect(adlint(['.'], { cwd: dir }).stdout).toMatch(/potentially fixable with the `--fix` option/);
    writeFileSync(path.join(dir, 'a.ad.yaml'), FIXED);
    expect(adlint(['.'], { cwd: dir }).stdout).not.toMatch(/fixable/);
  });
});
