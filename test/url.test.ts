import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlintJson, pointedText, tempProject, type JsonMessage } from './helpers/cli.js';

/** Tracking and domain rules are the advertiser's own policy: a pack of their own, from config. */
const PACK = `
id: brand
name: Brand URL policy
version: "1"
rules:
  - { id: https, check: url, severity: error, require_https: true, message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: own-domains, check: url, severity: error, allow_domains: [example.com, bücher.de], message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: utm, check: url, severity: warning, required_params: [utm_source, utm_campaign], forbidden_params: [fbclid], message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
`;

function lint(yaml: string, args: string[] = []): { messages: JsonMessage[]; text: string } {
  const dir = tempProject({ 'ad.ad.yaml': yaml, 'brand.yaml': PACK, '.adlint.yaml': 'packs: [brand.yaml]\nplatforms: [brand]\n' });
  const { results, stderr } = adlintJson(['ad.ad.yaml', ...args], { cwd: dir });
  expect(stderr).toBe('');
  return { messages: results[0]!.messages, text: readFileSync(path.join(dir, 'ad.ad.yaml'), 'utf8') };
}

describe('url check', () => {
  it('requires https and fixes the scheme', () => {
    const { messages, text } = lint('landing_url: "http://www.example.com/linen?utm_source=meta&utm_campaign=spring"\n');
    expect(messages.map((m) => [m.ruleId, m.message, m.category, pointedText(text, m)])).toEqual([
      ['brand/https', 'http://www.example.com/linen?utm_source=meta&utm_campaign=spring uses http; https is required', 'url', 'http'],
    ]);
    expect(messages[0]!.fix).toEqual({ range: [text.indexOf('http'), text.indexOf('http') + 4], text: 'https' });
  });

  it('keeps landing pages on allowed domains, internationalised ones included, and points at the host', () => {
    const ok = lint('landing_url: https://shop.example.com/linen?utm_source=a&utm_campaign=b\n').messages;
    expect(ok).toEqual([]);
    expect(lint('landing_url: https://xn--bcher-kva.de/?utm_source=a&utm_campaign=b\n').messages).toEqual([]);
    const { messages, text } = lint('landing_url: https://example.co/linen?utm_source=a&utm_campaign=b\n');
    expect(messages.map((m) => [m.ruleId, m.message, pointedText(text, m)])).toEqual([
      ['brand/own-domains', 'example.co is not an allowed domain (example.com, bücher.de)', 'example.co'],
    ]);
  });

  it('requires and forbids tracking parameters', () => {
    const { messages, text } = lint('landing_url: https://example.com/linen?utm_source=meta&fbclid=abc\n');
    expect(messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      ['brand/utm', 'warning', 'the URL has no utm_campaign parameter'],
      ['brand/utm', 'warning', 'the URL carries the fbclid parameter'],
    ]);
    expect(pointedText(text, messages[1]!)).toBe('fbclid=');
  });
});

describe('url rules of the Google Ads pack', () => {
  const google = (yaml: string): { messages: JsonMessage[]; text: string } => {
    const dir = tempProject({ 'ad.ad.yaml': yaml });
    const { results, stderr } = adlintJson(['ad.ad.yaml', '--platform', 'google-ads'], { cwd: dir });
    expect(stderr).toBe('');
    return { messages: results[0]!.messages, text: readFileSync(path.join(dir, 'ad.ad.yaml'), 'utf8') };
  };

  it('reports malformed final URLs', () => {
    expect(google('landing_url: "https://exa mple.com/linen"\n').messages.map((m) => m.message)).toEqual([
      'Final URL: https://exa mple.com/linen is not a valid web address.',
    ]);
    expect(google('landing_url: example.com/linen\n').messages.map((m) => m.message)).toEqual([
      'Final URL: example.com/linen is not a valid web address (it needs https://).',
    ]);
    expect(google('landing_url: https://localhost/x\n').messages.map((m) => m.message)).toEqual(['Final URL: localhost is not a valid domain.']);
  });

  it('matches the display URL domain to the final URL, subdomains aside', () => {
    const { messages, text } = google('landing_url: https://www.example.com/linen\ndisplay_url: shop.example.net/linen\n');
    expect(messages.map((m) => [m.ruleId, m.message, m.field, pointedText(text, m)])).toEqual([
      ['google-ads/display-url-domain', 'Display URL shows shop.example.net, but the final URL is on example.com; Google requires the same domain.', 'display_url', 'shop.example.net'],
    ]);
    expect(google('landing_url: https://shop.example.co.uk/linen\ndisplay_url: www.example.co.uk/linen\n').messages).toEqual([]);
  });

  it('bans link shorteners', () => {
    const { messages, text } = google('landing_url: https://bit.ly/3xYz\n');
    expect(messages.map((m) => [m.ruleId, m.message, pointedText(text, m)])).toEqual([
      ['google-ads/no-link-shorteners', "Final URL uses the link shortener bit.ly; use the landing page's own address.", 'bit.ly'],
    ]);
  });
});
