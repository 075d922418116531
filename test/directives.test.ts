import { describe, expect, it } from 'vitest';
import { adlintJson, pointedText, tempProject, type JsonMessage } from './helpers/cli.js';
import { limitsProject } from './helpers/limits-pack.js';

const brief = (messages: JsonMessage[]): string[] => messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`);

/** The file text after applying one message's fix. */
function fixed(text: string, m: JsonMessage): string {
  return text.slice(0, m.fix!.range[0]) + m.fix!.text + text.slice(m.fix!.range[1]);
}

const RSA = `platforms: [google-ads]
placement: search
copy:
  headlines:
    # adlint-disable-next-line google-ads/rsa-headline-length
    - Breathable Linen Shirts for Every Summer Weekend
    - Breathable Linen Shirts for Every Summer Day # adlint-disable-line
    - Breathable Linen Trousers for Every Summer Weekend
    # adlint-disable-next-line google-ads/rsa-headline-lenght
    - Breathable Linen Dresses for Every Summer Weekend
    # adlint-disable-next-line meta/headline-length
    - Free Returns
  descriptions:
    - Light linen shirts in twelve colours.
    - Free returns within 30 days.
`;

describe('directives in YAML', () => {
  it('next line and same line silence; an unknown rule id is a warning at the id, and silences nothing', () => {
    const dir = tempProject({ 'a.ad.yaml': RSA });
    const { code, results } = adlintJson(['a.ad.yaml'], { cwd: dir });
    expect(code).toBe(1);
    const messages = results[0]!.messages;
    expect(brief(messages)).toEqual([
      'google-ads/rsa-headline-length 8:37',
      'adlint/unknown-rule-in-directive 9:32',
      'google-ads/rsa-headline-length 10:37',
    ]);
    expect(messages[1]).toMatchObject({ severity: 'warning', category: 'directive', endLine: 9, endColumn: 62 });
    expect(pointedText(RSA, messages[1]!)).toBe('google-ads/rsa-headline-lenght');
  });

  it('--report-unused-disable-directives warns about a directive that silenced nothing, with a fix that removes its line', () => {
    const dir = tempProject({ 'a.ad.yaml': RSA });
    const { results } = adlintJson(['a.ad.yaml', '--report-unused-disable-directives'], { cwd: dir });
    const unused = results[0]!.messages.filter((m) => m.ruleId === 'adlint/unused-disable-directive');
    expect(brief(unused)).toEqual(['adlint/unused-disable-directive 11:5']);
    expect(unused[0]).toMatchObject({ severity: 'warning', category: 'directive', message: 'unused adlint-disable-next-line directive for "meta/headline-length": nothing was reported here' });
    expect(fixed(RSA, unused[0]!)).toBe(RSA.replace('    # adlint-disable-next-line meta/headline-length\n', ''));
  });

  it('a file directive silences a rule everywhere; schema errors are never silenced', () => {
    const yaml = `# adlint-disable-file google-ads/rsa-headline-length\n${RSA}`;
    const dir = tempProject({ 'a.ad.yaml': yaml, 'b.ad.yaml': '# adlint-disable-file\nplatforms: [google-ads]\ncopy: { headline: [1] }\n' });
    const { results } = adlintJson(['.'], { cwd: dir });
    expect(brief(results[0]!.messages)).toEqual(['adlint/unknown-rule-in-directive 10:32']);
    expect(results[1]!.messages.map((m) => m.ruleId)).toEqual(['adlint/schema']);
  });
});

const LISTING = `---
locale: en-US
---
<!-- adlint-disable-next-line t/title-length -->
# Linen shirts for summer

<!-- adlint-disable t/body-length -->
A first paragraph that is far longer than the forty character body limit.
<!-- adlint-enable t/body-length -->

- A bullet that is too long for the limit <!-- adlint-disable-line t/bullet-length -->
- Another bullet that is too long for it

## Description

<!-- adlint-disable-next-line t/description-lenght -->
Woven from European flax in Normandy.

<!-- adlint-disable-next-line t/alt-length -->
Short.
`;

describe('directives in Markdown', () => {
  it('next line, ranges and same line silence the rules named; an unknown id is a warning', () => {
    const dir = limitsProject({ 'a.listing.md': LISTING });
    const { results } = adlintJson(['a.listing.md'], { cwd: dir });
    expect(brief(results[0]!.messages)).toEqual([
      't/bullet-length 12:23',
      'adlint/unknown-rule-in-directive 16:31',
      't/description-length 17:16',
    ]);
    expect(pointedText(LISTING, results[0]!.messages[1]!)).toBe('t/description-lenght');
  });

  it('a range ends at adlint-enable: a message after it is reported', () => {
    const md = '# T\n\n<!-- adlint-disable -->\nShort.\n<!-- adlint-enable -->\n\nA second paragraph that is far longer than the limit.\n';
    const dir = limitsProject({ 'a.landing.md': md });
    const { results } = adlintJson(['a.landing.md'], { cwd: dir });
    expect(brief(results[0]!.messages)).toEqual(['t/body-length 7:33']);
  });

  it('adlint-disable-file without ids silences every rule', () => {
    const dir = limitsProject({ 'a.listing.md': `<!-- adlint-disable-file -->\n${LISTING}` });
    const { code, results } = adlintJson(['a.listing.md'], { cwd: dir });
    expect(code).toBe(0);
    expect(brief(results[0]!.messages)).toEqual(['adlint/unknown-rule-in-directive 17:31']);
  });

  it('reports unused directives (whole and single ids) with fixes', () => {
    const md = '# Linen\n\n<!-- adlint-disable-next-line t/alt-length -->\nShort.\n\n- A bullet that is too long for the limit <!-- adlint-disable-line t/bullet-length, t/title-length -->\n';
    const dir = limitsProject({ 'a.listing.md': md });
    const { results } = adlintJson(['a.listing.md', '--report-unused-disable-directives'], { cwd: dir });
    const messages = results[0]!.messages;
    expect(brief(messages)).toEqual(['adlint/unused-disable-directive 3:1', 'adlint/unused-disable-directive 6:85']);
    expect(fixed(md, messages[0]!)).toBe('# Linen\n\nShort.\n\n- A bullet that is too long for the limit <!-- adlint-disable-line t/bullet-length, t/title-length -->\n');
    expect(fixed(md, messages[1]!)).toBe('# Linen\n\n<!-- adlint-disable-next-line t/alt-length -->\nShort.\n\n- A bullet that is too long for the limit <!-- adlint-disable-line t/bullet-length -->\n');
    // Without the flag, unused directives are not reported.
    expect(adlintJson(['a.listing.md'], { cwd: dir }).results[0]!.messages).toEqual([]);
  });

  it('directives inside code blocks are code', () => {
    const md = '```\n<!-- adlint-disable-file -->\n```\n\n# Linen shirts for summer\n';
    const dir = limitsProject({ 'a.listing.md': md });
    expect(brief(adlintJson(['a.listing.md'], { cwd: dir }).results[0]!.messages)).toEqual(['t/title-length 5:15']);
  });
});
