import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, adlintJson, pointedText, type JsonMessage } from './helpers/cli.js';
import { LIMITS_CONFIG as CONFIG, limitsProject as project } from './helpers/limits-pack.js';

/** Each message as `field line:column-endLine:endColumn "pointed text"`. */
function where(text: string, messages: JsonMessage[]): string[] {
  return messages.map((m) => `${m.field} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${JSON.stringify(pointedText(text, m))}`);
}

const LISTING = `---
locale: en-US
---
# Linen *shirts* for **summer**

- Linen shirts, sandy &amp; sky
- Relaxed fit with a hem you can
  wear tucked or untucked
- Garment-washed \\*soft\\* linen

![Sand *linen* shirt](front.jpg "main")

## Description

Woven from *European* flax.

## Keywords

linen shirt men summer
`;

describe('Markdown positions', () => {
  it('points at the exact characters through emphasis, escapes, entities, multi-line items, alt text and field headings', () => {
    const dir = project({ 'shirt.listing.md': LISTING, 'front.jpg': '' });
    const { code, results } = adlintJson(['shirt.listing.md'], { cwd: dir });
    expect(code).toBe(1);
    expect(where(LISTING, results[0]!.messages)).toEqual([
      'copy.title 4:17-4:30 " for **summer"',
      'copy.bullets[0] 6:23-6:32 "&amp; sky"',
      'copy.bullets[1] 7:23-8:26 "em you can\\n  wear tucked or untucked"',
      'copy.bullets[2] 9:24-9:32 "\\\\* linen"',
      'copy.alt[0] 11:12-11:21 "en* shirt"',
      'copy.description 15:17-15:28 "pean* flax."',
      'copy.search_terms 19:11-19:23 "t men summer"',
    ]);
    expect(results[0]!.messages.every((m) => m.ruleId.startsWith('t/') && m.severity === 'error')).toBe(true);
  });

  it('uses headline for ads and lints a file without frontmatter with config defaults', () => {
    const md = '# Breathable linen shirts\n';
    const dir = project({ 'a.ad.md': md });
    const { results } = adlintJson(['a.ad.md'], { cwd: dir });
    expect(results[0]!.messages.map((m) => [m.ruleId, m.field])).toEqual([['t/headline-length', 'copy.headline']]);
    expect(where(md, results[0]!.messages)).toEqual(['copy.headline 1:15-1:26 "inen shirts"']);
  });
});

describe('Markdown bad input', () => {
  it('invalid frontmatter YAML is a parse error at its line; the body is still linted', () => {
    const md = '---\nlocale: en-US\nplatforms: [t\n---\n# Linen shirts for summer\n';
    const dir = project({ 'a.listing.md': md });
    const { code, results } = adlintJson(['a.listing.md'], { cwd: dir });
    expect(code).toBe(1);
    expect(results[0]!.messages.map((m) => [m.ruleId, m.line, m.category])).toEqual([
      ['adlint/parse', 4, 'parse'],
      ['t/title-length', 5, 'length'],
    ]);
  });

  it('an unterminated frontmatter fence is reported at 1:1 and the other files are still linted', () => {
    const dir = project({ 'a.listing.md': '---\nlocale: en-US\n# Linen shirts for summer\n', 'b.listing.md': '# Linen shirts for summer\n' });
    const { results } = adlintJson(['.'], { cwd: dir });
    expect(results.map((r) => [path.basename(r.filePath), r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`)])).toEqual([
      ['a.listing.md', ['adlint/parse 1:1']],
      ['b.listing.md', ['t/title-length 1:15']],
    ]);
    expect(results[0]!.messages[0]!.message).toMatch(/no closing `---`/);
  });

  it('HTML with a script is neither run nor copy', () => {
    const md = '# Linen\n\n<script>require("fs").writeFileSync("ran.txt", "x"); document.write("a very long text that would break the body limit")</script>\n\nShort body.\n';
    const dir = project({ 'a.landing.md': md });
    const r = adlintJson(['a.landing.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.results[0]!.messages).toEqual([]);
    expect(existsSync(path.join(dir, 'ran.txt'))).toBe(false);
  });

  it('deep nesting: 90 levels are linted, past 100 is a parse error at that line; no stack overflow', () => {
    const ok = `# T\n\n${'- '.repeat(90)}a bullet far too long to pass\n\n${'> '.repeat(90)}quoted\n`;
    const deep = `# T\n\n${'> '.repeat(5000)}quoted\n`;
    const dir = project({ 'ok.listing.md': ok, 'deep.listing.md': deep });
    const { results } = adlintJson(['.'], { cwd: dir });
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r.messages]));
    expect(byName['ok.listing.md']!.map((m) => `${m.ruleId} ${m.line}:${m.column}`)).toEqual(['t/bullet-length 3:201']);
    expect(byName['deep.listing.md']!.map((m) => `${m.ruleId} ${m.line}:${m.column}`)).toEqual(['adlint/parse 3:1']);
    expect(byName['deep.listing.md']![0]!.message).toBe('nested more than 100 levels deep (lists or quotes): not linted');
  });

  it('a 5 MB file is refused under the default limit and linted when max_file_size allows it', () => {
    const paragraph = 'Linen *shirts* in twelve colours &amp; sizes.\n\n';
    const body = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const md = `# Linen shirts for summer\n\n${body}`;
    const dir = project({ 'big.landing.md': md });
    const refused = adlintJson(['big.landing.md'], { cwd: dir });
    expect(refused.results[0]!.messages[0]!.message).toMatch(/over the 2097152-byte limit \(max_file_size\): not read/);
    // The body is one 5 MB text value: raise max_text_length too, so all of it is checked, and
    // max_file_seconds so a loaded machine does not cut the file off.
    writeFileSync(path.join(dir, '.adlint.yaml'), `${CONFIG}max_file_size: 8000000\nmax_text_length: 6000000\nmax_file_seconds: 600\n`);
    const started = Date.now();
    const { results } = adlintJson(['big.landing.md'], { cwd: dir });
    expect(results[0]!.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`)).toEqual(['t/title-length 1:15', 't/body-length 5:1']);
    // Generous: the point is that it finishes, not a benchmark (see the closing note).
    expect(Date.now() - started).toBeLessThan(120_000);
  }, 180_000);
});

describe('lazy loading', () => {
  /**
   * Runs the CLI with V8's coverage on and says whether any code of `unified` ran: a function in a
   * file of its own (compiled packages), or a module of the CLI's bundle, whose initialiser esbuild
   * names by the module's path.
   */
  function loadsUnified(file: string, content: string): boolean {
    const dir = project({ [file]: content });
    const coverage = path.join(dir, '.coverage');
    const r = adlint([file], { cwd: dir, env: { NODE_V8_COVERAGE: coverage } });
    expect(r.stderr).not.toMatch(/Error/);
    const unified = /[\\/]unified@/;
    return readdirSync(coverage).some((name) => {
      const { result } = JSON.parse(readFileSync(path.join(coverage, name), 'utf8')) as { result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[] };
      return result.some((script) => script.functions.some((fn) => (unified.test(script.url) || unified.test(fn.functionName)) && fn.ranges[0]!.count > 0));
    });
  }

  it('a YAML-only run never imports unified; a Markdown run does', () => {
    expect(loadsUnified('a.ad.yaml', 'copy: { title: Linen }\n')).toBe(false);
    expect(loadsUnified('a.listing.md', '# Linen\n')).toBe(true);
  });
});

describe('examples', () => {
  it('the Markdown listing and landing page lint clean', () => {
    const files = ['examples/spring-sale/listing/linen-shirt.listing.md', 'examples/spring-sale/landing/spring-linen.landing.md'];
    const r = adlintJson(files);
    expect(r.code).toBe(0);
    expect(r.results.map((x) => x.messages)).toEqual([[], []]);
  });
});
