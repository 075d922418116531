import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { adlintJson, repoRoot, tempProject, type JsonMessage } from './helpers/cli.js';

/** Lints one creative as a seller writes it (no placement) against bundled packs. */
function lint(yaml: string, ...platforms: string[]): { messages: JsonMessage[]; code: number } {
  const dir = tempProject({ 'ad.ad.yaml': yaml });
  const { code, results, stderr } = adlintJson(['ad.ad.yaml', ...platforms.flatMap((p) => ['--platform', p])], { cwd: dir });
  expect(stderr).toBe('');
  return { code, messages: results[0]!.messages };
}

const ids = (messages: JsonMessage[]): string[] => messages.map((m) => m.ruleId!).sort();

describe('prohibited and restricted products', () => {
  it('are caught from product words in the copy when no category is declared, as prohibited, and block the upload', () => {
    const { code, messages } = lint('copy:\n  primary_text: Disposable vape pens in 12 flavours, free shipping.\n', 'meta', 'tiktok', 'x');
    expect(code).toBe(1);
    const tobacco = messages.filter((m) => /\/tobacco(-ads)?$/.test(m.ruleId!));
    expect(ids(tobacco)).toEqual(['meta/tobacco', 'tiktok/tobacco', 'x/tobacco-ads']);
    for (const m of tobacco) {
      expect(m.severity).toBe('error');
      expect(m.category).toBe('prohibited');
      expect(m.field).toBe('copy.primary_text');
    }
    expect(tobacco.find((m) => m.ruleId === 'meta/tobacco')!.message).toMatch(/^"Disposable vape" \(e-cigarettes\): Meta does not allow ads for tobacco/);
  });

  it('are caught from the declared category, written as people write it, once per rule', () => {
    const { messages } = lint('category: vape\ncopy:\n  primary_text: New flavours every week.\n', 'meta');
    const tobacco = messages.filter((m) => m.ruleId === 'meta/tobacco');
    expect(tobacco).toHaveLength(1);
    expect(tobacco[0]!.field).toBe('category');
    expect(tobacco[0]!.message).toMatch(/^category: e_cigarettes: Meta does not allow/);
  });

  it('leave near misses alone', () => {
    const copy = [
      'Cordless glue gun in gunmetal grey with a pistol grip.',
      'Cigar box guitar kits and nicotine patches to help you quit.',
      'Prescription sunglasses, secure checkout, dry-cured ham and a photo shoot.',
      'Nude lipstick in adult sizes; free returns guaranteed for 30 days.',
      'Compare mortgage rates; pay day is Friday.',
    ].join(' ');
    const { code, messages } = lint(`copy:\n  primary_text: "${copy}"\n  headline: Spring gifts\n`, 'meta', 'google-ads', 'tiktok');
    expect(messages.filter((m) => m.category === 'prohibited' || m.category === 'restricted')).toEqual([]);
    // Without a placement TikTok checks its default (in-feed), whose 100-character ad-text limit
    // this long text exceeds: that length error is the only one.
    expect(messages.filter((m) => m.severity === 'error').map((m) => m.ruleId)).toEqual(['tiktok/ad-text-length']);
    expect(code).toBe(1);
  });

  it('say restricted where the platform allows the product with certification, and prohibited where it bans it', () => {
    const { messages } = lint('copy:\n  descriptions: [Ozempic without a prescription, shipped overnight., SARMs and legal steroids.]\n', 'google-ads');
    const rx = messages.find((m) => m.ruleId === 'google-ads/prescription-drugs')!;
    expect([rx.severity, rx.category]).toEqual(['error', 'restricted']);
    const supplements = messages.find((m) => m.ruleId === 'google-ads/unapproved-supplements')!;
    expect([supplements.severity, supplements.category]).toEqual(['error', 'prohibited']);
  });

  it('block the upload in the market whose policy bans them, and warn once where the market is unknown', () => {
    const payday = 'copy:\n  primary_text: Payday loans up to $500, cash in minutes.\n';
    const us = lint(`${payday}targeting:\n  countries: [US]\n`, 'tiktok');
    expect(us.code).toBe(1);
    const ruleAndSeverity = (messages: JsonMessage[]): string[] => [...new Set(messages.filter((m) => /payday/.test(m.ruleId!)).map((m) => `${m.ruleId} ${m.severity}`))];
    expect(ruleAndSeverity(us.messages)).toEqual(['tiktok/payday-loans-us error']);
    const unknown = lint(payday, 'tiktok');
    expect(ruleAndSeverity(unknown.messages)).toEqual(['tiktok/payday-loans warning']);
    const meta = lint(payday, 'meta').messages.find((m) => m.ruleId === 'meta/payday-loans')!;
    expect([meta.severity, meta.category]).toEqual(['error', 'prohibited']);
  });
});

describe('examples/prohibited-products', () => {
  it('shows what its README says: near misses clean, weapons and payday loans errors where the policy page bans them', () => {
    const { code, results } = adlintJson(['examples/prohibited-products', '--format', 'json'], { cwd: repoRoot });
    expect(code).toBe(1);
    const byFile = new Map(results.map((r) => [path.basename(r.filePath), r.messages]));
    expect(byFile.get('trailhead-outfitters.ad.yaml')).toEqual([]);
    const severityByRule = (file: string): Record<string, string> =>
      Object.fromEntries(byFile.get(file)!.map((m) => [m.ruleId!, m.severity]));
    expect(severityByRule('hunting-season-draft.ad.yaml')).toEqual({
      'meta/weapons': 'error', 'tiktok/weapons': 'error', 'x/weapons': 'error',
      'pinterest/weapons': 'warning', 'snapchat/weapons': 'warning', 'linkedin/weapons': 'warning',
      // The copy tells the category the draft does not declare.
      'adlint/category-from-copy': 'warning',
    });
    // Read as a payday-loans (so credit) ad, it also falls under Meta's special ad category rules for the US.
    expect(severityByRule('cash-advance-draft.ad.yaml')).toEqual({
      'meta/payday-loans': 'error', 'tiktok/payday-loans-us': 'error', 'adlint/category-from-copy': 'warning',
      'meta/special-category-declared': 'error', 'meta/financial-products-declared': 'error',
    });
  });
});

describe('precision', () => {
  it('X counts a link as 23 characters whatever its length', () => {
    const url = `https://www.trailhead-running.example.com/collections/spring-2026/trail-runners?utm_source=x&utm_medium=paid&utm_campaign=${'a'.repeat(80)}`;
    const text = `${'Trail runners that drain in seconds. '.repeat(6)}${url}`;
    expect(text.length).toBeGreaterThan(280);
    expect(lint(`copy:\n  primary_text: "${text}"\n`, 'x').messages.filter((m) => m.ruleId === 'x/post-text-length')).toEqual([]);
  });

  it('an all-caps headline is one finding naming its words; initialisms pass', () => {
    const { messages } = lint('copy:\n  headlines: [SHOP NOW BIG SAVINGS, SPF 50 and UVA Filters, HDR Monitor With USB-C]\n  descriptions: [Shoot in RAW on a 4K OLED screen with LED backlight.]\n', 'google-ads');
    const caps = messages.filter((m) => m.ruleId === 'google-ads/excessive-capitalization');
    expect(caps).toHaveLength(1);
    expect(caps[0]!.field).toBe('copy.headlines[0]');
    expect(caps[0]!.message).toMatch(/^"SHOP, NOW, BIG, SAVINGS" uses all caps/);
    expect(caps[0]!.suggestions?.[0]?.fix.text).toBe('Shop Now Big Savings');
  });

  it('gimmicky spelling is an editorial finding of its own, and model codes pass', () => {
    const { messages } = lint('copy:\n  headlines: [FR33 Shipping Today, Sony A7III Bodies, MP3 Players]\n', 'google-ads');
    expect(messages.filter((m) => m.ruleId === 'google-ads/character-substitution').map((m) => m.message)).toEqual([
      '"FR33" replaces letters with look-alike characters; Google disapproves this gimmicky spelling. Write "FREE".',
    ]);
  });
});
