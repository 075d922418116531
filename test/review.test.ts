import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { adlint, adlintJson, repoRoot, tempProject } from './helpers/cli.js';

const sarifSchema = JSON.parse(readFileSync(path.join(repoRoot, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

// A claim misleading-claims alone reports ("Number 1 … on TikTok" is promised-results', which supersedes it).
const TIKTOK_CLAIM = `platforms: [tiktok]
placement: in_feed
copy:
  primary_text: See the before and after in one week.
`;

const OCEAN_ABSOLUTE = `platforms: [oceanengine]
copy:
  title: 全网最好用的保湿面霜
`;

describe('rejection reasons on rules', () => {
  it('json messages carry the reasons of the platform being checked', () => {
    const dir = tempProject({ 'a.ad.yaml': TIKTOK_CLAIM });
    const { results } = adlintJson(['a.ad.yaml'], { cwd: dir });
    const claim = results[0]!.messages.find((m) => m.ruleId === 'tiktok/misleading-claims') as { reasons?: unknown[] } | undefined;
    expect(claim?.reasons).toEqual([
      expect.objectContaining({ platform: 'tiktok', text: expect.stringMatching(/exaggerated/), source: 'https://ads.tiktok.com/help/article/common-reasons-ads-fail-review' }),
    ]);
  });

  it('a law rule shows only the reasons of the platforms that brought it in', () => {
    const dir = tempProject({ 'a.ad.yaml': OCEAN_ABSOLUTE });
    const { results } = adlintJson(['a.ad.yaml'], { cwd: dir });
    const m = results[0]!.messages.find((x) => x.ruleId === 'china-ad-law/absolute-terms') as { reasons?: { platform: string; text: string }[] } | undefined;
    expect(m?.reasons?.map((r) => `${r.platform} ${r.text}`)).toEqual(['oceanengine 绝对化用语']);
  });

  it('SARIF results carry them in properties, and stay schema-valid', () => {
    const dir = tempProject({ 'a.ad.yaml': TIKTOK_CLAIM });
    const log = JSON.parse(adlint(['a.ad.yaml', '--format', 'sarif'], { cwd: dir }).stdout);
    expect(validateSarif(log)).toBe(true);
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'tiktok/misleading-claims');
    expect(result.properties.reasons[0]).toMatchObject({ platform: 'tiktok' });
  });

  it('`adlint rules --format json` lists them', () => {
    const rows = JSON.parse(adlint(['rules', '--format', 'json', '-p', 'google-ads']).stdout) as { id: string; reasons: { text: string }[] }[];
    expect(rows.find((r) => r.id === 'google-ads/excessive-capitalization')?.reasons).toEqual([expect.objectContaining({ text: 'Capitalization' })]);
    expect(rows.find((r) => r.id === 'google-ads/rsa-headline-count')?.reasons).toEqual([]);
  });

  it('a reason in a law pack must name its platform', () => {
    const dir = tempProject({
      'law.yaml': `id: law
name: Law
law: A law
version: "1"
rules:
  - id: r
    check: terms
    severity: error
    terms: [bad]
    message: bad
    source: s
    confidence: documented
    reasons:
      - { text: Bad words, source: s }
    examples: { invalid: [{ copy: { title: bad } }], valid: [{ copy: { title: good } }] }
`,
      '.adlint.yaml': 'packs: [law.yaml]\n',
      'a.ad.yaml': 'platforms: [law]\ncopy: { title: bad }\n',
    });
    const r = adlint(['a.ad.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/law\.yaml:\d+:\d+: rule law\/r: a reason in a pack without `platform` must name its platform/);
  });
});

describe('adlint explain --rejection', () => {
  it('resolves an English rejection to the rule, best match first, with what it checks and how to fix it', () => {
    const r = adlint(['explain', '--rejection', 'Your ad was disapproved. Policy: PUNCTUATION AND SYMBOLS', '-p', 'google-ads']);
    expect(r.code).toBe(0);
    const ids = [...r.stdout.matchAll(/^(\S+\/\S+) {2}\((\d+)% match\)$/gm)].map((m) => m[1]);
    expect(ids).toEqual(['google-ads/headline-exclamation', 'google-ads/no-emoji', 'google-ads/repeated-punctuation']);
    expect(r.stdout).toMatch(/reason: {2}google-ads: Punctuation and symbols/);
    expect(r.stdout).toMatch(/checks: /);
    expect(r.stdout).toMatch(/fix: /);
  });

  it('resolves a Chinese rejection (no word boundaries, fullwidth punctuation) to the law rules its platform inherits', () => {
    const r = adlint(['explain', '--rejection', '审核未通过：素材含有绝对化用语，请修改后重新提交。', '-p', 'oceanengine']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => /% match\)$/.test(l))).toEqual([
      'china-ad-law/absolute-terms  (100% match)',
      'china-ad-law/extreme-words  (100% match)',
    ]);
  });

  it('matches across width and case, and by the platform code', () => {
    expect(adlint(['explain', '--rejection', 'ｃａｐｉｔａｌｉｚａｔｉｏｎ', '-p', 'google-ads']).stdout).toMatch(/^google-ads\/excessive-capitalization {2}\(100% match\)$/m);
    expect(adlint(['explain', '--rejection', 'DESTINATION_NOT_WORKING', '-p', 'google-ads']).stdout).toMatch(/best match first:\n\ngoogle-ads\/final-url-valid {2}\(100% match\)\n {2}reason: {2}google-ads: DESTINATION_NOT_WORKING — Destination not working/);
  });

  it('no match is a clear message and exit 1; an empty text is a usage error', () => {
    const none = adlint(['explain', '--rejection', 'weather forecast tomorrow', '-p', 'tiktok']);
    expect(none).toMatchObject({ code: 1, stdout: '' });
    expect(none.stderr).toMatch(/^adlint: no rule of tiktok anticipates this rejection\./);
    const empty = adlint(['explain', '--rejection', '  \n ']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/--rejection needs the text of the rejection/);
  });

  it('with paths, lints them with only the matching rules', () => {
    const dir = tempProject({
      'a.ad.yaml': `platforms: [tiktok]
placement: in_feed
copy:
  primary_text: The number 1 serum on TikTok.
  display_name: A display name far too long for the TikTok display name limit of forty
`,
    });
    const all = adlintJson(['a.ad.yaml'], { cwd: dir }).results[0]!.messages.map((m) => m.ruleId);
    expect(all).toContain('tiktok/display-name-length');
    const r = adlint(['explain', '--rejection', 'exaggerated claims', '-p', 'tiktok', '--format', 'json', 'a.ad.yaml'], { cwd: dir });
    const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('['))) as { messages: { ruleId: string; line: number }[] }[];
    expect(report[0]!.messages.map((m) => `${m.ruleId} ${m.line}`)).toEqual(['tiktok/misleading-claims 4']);
    expect(r.code).toBe(0);
  });
});

const REASONED = `platforms: [tiktok]
placement: in_feed
copy:
  # adlint-disable-next-line tiktok/misleading-claims -- clinical study on file, ref 2026-014
  primary_text: The world's best serum.
`;

describe('suppressions with reasons', () => {
  it('a reasoned suppression is not counted but kept in json with its reason', () => {
    const dir = tempProject({ 'a.ad.yaml': REASONED });
    const { code, results } = adlintJson(['a.ad.yaml'], { cwd: dir });
    expect(code).toBe(0);
    const r = results[0] as (typeof results)[0] & { suppressedMessages?: { ruleId: string; line: number; suppressions: unknown[] }[] };
    expect(r.messages).toEqual([]);
    expect(r.warningCount).toBe(0);
    expect(r.suppressedMessages).toEqual([
      expect.objectContaining({ ruleId: 'tiktok/misleading-claims', line: 5, column: 21, suppressions: [{ kind: 'directive', justification: 'clinical study on file, ref 2026-014' }] }),
    ]);
  });

  it('the same in a Markdown comment', () => {
    const dir = tempProject({ 'a.ad.md': '---\nplatforms: [tiktok]\nplacement: in_feed\n---\n\n<!-- adlint-disable-next-line tiktok/misleading-claims -- study on file -->\nThe best serum in the world.\n' });
    const r = adlintJson(['a.ad.md'], { cwd: dir }).results[0] as { messages: unknown[]; suppressedMessages?: { suppressions: unknown[] }[] };
    expect(r.messages).toEqual([]);
    expect(r.suppressedMessages?.[0]?.suppressions).toEqual([{ kind: 'directive', justification: 'study on file' }]);
  });

  it('SARIF keeps it as a result suppressed in source with the justification, and is schema-valid', () => {
    const dir = tempProject({ 'a.ad.yaml': REASONED });
    const log = JSON.parse(adlint(['a.ad.yaml', '--format', 'sarif'], { cwd: dir }).stdout);
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].results).toEqual([
      expect.objectContaining({ ruleId: 'tiktok/misleading-claims', suppressions: [{ kind: 'inSource', justification: 'clinical study on file, ref 2026-014' }] }),
    ]);
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['tiktok/misleading-claims']);
  });

  it('requireDisableReason (config or flag) makes a directive without a reason an error at the directive', () => {
    const bare = REASONED.replace(' -- clinical study on file, ref 2026-014', '');
    const dir = tempProject({ 'a.ad.yaml': bare, 'strict/.adlint.yaml': 'requireDisableReason: true\n', 'strict/b.ad.yaml': bare });
    expect(adlintJson(['a.ad.yaml'], { cwd: dir }).code).toBe(0);
    const flagged = adlintJson(['a.ad.yaml', '--require-disable-reason'], { cwd: dir });
    expect(flagged.code).toBe(1);
    expect(flagged.results[0]!.messages).toEqual([
      expect.objectContaining({ ruleId: 'adlint/missing-disable-reason', severity: 'error', line: 4, column: 3, category: 'directive' }),
    ]);
    expect(adlintJson(['strict/b.ad.yaml'], { cwd: dir }).results[0]!.messages.map((m) => `${m.ruleId} ${m.severity}`)).toEqual(['adlint/missing-disable-reason error']);
    expect(adlintJson(['a.ad.yaml', '--require-disable-reason'], { cwd: tempProject({ 'a.ad.yaml': REASONED }) }).code).toBe(0);
  });

  it('an empty reason after "--" is a warning at the "--"', () => {
    const dir = tempProject({ 'a.ad.yaml': REASONED.replace(' clinical study on file, ref 2026-014', '  ') });
    const m = adlintJson(['a.ad.yaml'], { cwd: dir }).results[0]!.messages;
    expect(m).toEqual([expect.objectContaining({ ruleId: 'adlint/missing-disable-reason', severity: 'warning', line: 4, column: 55, endColumn: 57 })]);
  });
});
