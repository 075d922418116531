import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionItem, Hover, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { tempProject } from './helpers/cli.js';
import { LspClient, applyEdits, uri } from './helpers/lsp.js';

// End to end: the built server over stdio, as an editor drives it.

const SEARCH_AD = `platforms: [google-ads]
placement: search
copy:
  headlines:
    - Buy Linen Now!!
    - The Best Linen Shirts for Every Single Summer Weekend
    - Free Returns
  descriptions: [SUPER soft linen shirts in twelve colours., Breathable linen for hot days.]
`;

const editsOf = (edit: WorkspaceEdit | undefined, u: string) => edit?.changes?.[u] ?? [];

describe('language server: one creative', () => {
  let dir: string;
  let client: LspClient;
  let file: string;
  let u: string;

  beforeAll(async () => {
    dir = tempProject({ '.adlint.yaml': 'root: true\n' });
    file = path.join(dir, 'search.ad.yaml');
    client = await LspClient.start(dir, { debounce: 20 });
    u = await client.open(file, SEARCH_AD);
  });
  afterAll(async () => client.stop());

  it('publishes the engine\'s findings with ranges, rule ids as codes, severities and source links', async () => {
    const { diagnostics, version } = await client.diagnostics(u);
    expect(version).toBe(1);
    const byCode = (code: string) => diagnostics.filter((d) => d.code === code);
    const length = byCode('google-ads/rsa-headline-length');
    expect(length).toHaveLength(1);
    // Line 6 (0-based 5), the characters after the 30th width unit.
    expect(length[0]!.range).toEqual({ start: { line: 5, character: 36 }, end: { line: 5, character: 59 } });
    expect(length[0]!.severity).toBe(1);
    expect(length[0]!.source).toBe('adlint');
    expect(length[0]!.message).toMatch(/Headline is 53 width units; Google allows 30/);
    expect(length[0]!.codeDescription?.href).toMatch(/^https:\/\/support\.google\.com\//);
    const bang = byCode('google-ads/headline-exclamation');
    expect(bang.map((d) => d.severity)).toEqual([2, 2]);
    expect(byCode('google-ads/repeated-punctuation')[0]!.range).toEqual({ start: { line: 4, character: 19 }, end: { line: 4, character: 21 } });
  });

  it('offers the engine\'s fix as a quick fix whose edit, applied, clears the finding', async () => {
    const { diagnostics } = await client.diagnostics(u);
    const d = diagnostics.find((x) => x.code === 'google-ads/repeated-punctuation')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.kind).toBe('quickfix');
    expect(fix.title).toBe('Change “!!” to “!” (google-ads/repeated-punctuation)');
    const fixed = applyEdits(SEARCH_AD, editsOf(fix.edit, u));
    expect(fixed).toContain('    - Buy Linen Now!\n');
    const before = client.count(u);
    const version = await client.change(u, fixed);
    const after = await client.diagnostics(u, (p) => p.version === version, before);
    expect(after.diagnostics.map((x) => x.code)).not.toContain('google-ads/repeated-punctuation');
    await client.change(u, SEARCH_AD);
  });

  it('offers each suggestion as a code action', async () => {
    const { diagnostics } = await client.diagnostics(u, (p) => p.version === 3);
    const d = diagnostics.find((x) => x.code === 'google-ads/excessive-capitalization')!;
    expect(d.range.start.line).toBe(7);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } });
    const suggestion = actions.find((a) => a.title === 'Write "Super"')!;
    expect(suggestion.isPreferred).toBeUndefined();
    expect(applyEdits(SEARCH_AD, editsOf(suggestion.edit, u))).toContain('descriptions: [Super soft linen');
  });

  it('disables a rule for one line with the reason the user gives', async () => {
    const { diagnostics } = await client.diagnostics(u, (p) => p.version === 3);
    const d = diagnostics.find((x) => x.code === 'google-ads/rsa-headline-length')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } });
    const disable = actions.find((a) => a.command?.command === 'adlint.disableForLine')!;
    expect(disable.title).toBe('Disable google-ads/rsa-headline-length for this line (with a reason)…');
    const args = { ...(disable.command!.arguments![0] as object), reason: 'brand slogan, approved 2026-03' };
    await client.request('workspace/executeCommand', { command: 'adlint.disableForLine', arguments: [args] });
    const applied = client.appliedEdits.at(-1)!;
    const text = applyEdits(SEARCH_AD, editsOf(applied.edit, u));
    expect(text.split('\n').slice(4, 7)).toEqual([
      '    - Buy Linen Now!!',
      '    # adlint-disable-next-line google-ads/rsa-headline-length -- brand slogan, approved 2026-03',
      '    - The Best Linen Shirts for Every Single Summer Weekend',
    ]);
    const before = client.count(u);
    const version = await client.change(u, text);
    const after = await client.diagnostics(u, (p) => p.version === version, before);
    expect(after.diagnostics.map((x) => x.code)).not.toContain('google-ads/rsa-headline-length');
    await client.change(u, SEARCH_AD);
  });

  it('fixes every fixable finding in the file as one source action', async () => {
    await client.diagnostics(u, (p) => p.version === 5);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.adlint']);
    expect(applyEdits(SEARCH_AD, editsOf(actions[0]!.edit, u))).toContain('- Buy Linen Now!\n');
  });

  it('explains a finding on hover: what the rule checks, its source and confidence', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: { line: 5, character: 40 } });
    const text = (hover.contents as { value: string }).value;
    expect(text).toContain('**google-ads/rsa-headline-length** · error · google-ads');
    expect(text).toMatch(/\*Checks:\* .+/);
    expect(text).toMatch(/\*Source:\* \[https:\/\/support\.google\.com/);
    expect(text).toMatch(/\*Confidence:\* documented/);
    expect(await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 1, character: 2 } })).toBeNull();
  });

  it('completes placements, platforms and categories from the packs', async () => {
    const draft = path.join(dir, 'draft.ad.yaml');
    const du = await client.open(draft, 'platforms: [goo\nplacement: \ncategory: \n');
    const labels = async (line: number, character: number) =>
      (await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: du }, position: { line, character } })).map((c) => c.label);
    const platforms = await labels(0, 15);
    expect(platforms).toContain('google-ads');
    expect(platforms).toContain('oceanengine');
    const placements = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: du }, position: { line: 1, character: 11 } });
    // Every placement the packs declare (`placements:`), also those no rule gates on yet (Ocean Engine's splash).
    expect(placements.map((c) => c.label)).toEqual(expect.arrayContaining(['search', 'feed', 'listing', 'splash', 'in_feed']));
    expect(placements.map((c) => c.label)).not.toContain('google-ads');
    expect(placements.find((c) => c.label === 'feed')!.filterText).toContain('信息流');
    // Platform aliases find their id: typing "douyin" offers oceanengine.
    const platformItems = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: du }, position: { line: 0, character: 15 } });
    expect(platformItems.find((c) => c.label === 'oceanengine')!.filterText).toContain('douyin');
    // The category taxonomy's ids, not the aliases (those are normalised when read).
    const categories = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: du }, position: { line: 2, character: 10 } });
    expect(categories.map((c) => c.label)).toEqual(expect.arrayContaining(['alcohol', 'financial_services', 'health_food']));
    expect(categories.map((c) => c.label)).not.toContain('保健食品');
    // Not a vocabulary field: nothing offered.
    expect(await labels(0, 0)).toEqual([]);
  });

  it('drops results for versions the editor has moved past', async () => {
    const before = client.count(u);
    let version = 0;
    for (const n of [1, 2, 3, 4]) version = await client.change(u, SEARCH_AD.replace('Free Returns', `Free Returns ${n}`));
    const last = await client.diagnostics(u, (p) => p.version === version, before);
    expect(last.diagnostics.length).toBeGreaterThan(0);
    // Debounced: the quick edits were linted once, not once each.
    expect((client.published.get(u) ?? []).slice(before).every((p) => p.version === version)).toBe(true);
  });
});

describe('language server: workspace', () => {
  it('reads Markdown and sheets, re-lints on config change, shows a broken pack on its file and keeps serving', async () => {
    const dir = tempProject({
      '.adlint.yaml': 'root: true\nplatforms: [google-ads]\n',
      'broken/.adlint.yaml': 'packs: [house.yaml]\n',
      'broken/house.yaml': 'id: house\nname: House rules\nversion: 1.0.0\nrules: none yet\n',
      'typo/.adlint.yaml': 'platforms: [gogle-ads]\n',
    });
    const client = await LspClient.start(dir, { debounce: 0 });
    try {
      const ad = path.join(dir, 'plain.ad.yaml');
      const text = 'placement: search\ncopy:\n  headlines: [Linen, Shirts, SUPER Sale]\n  descriptions: [Buy now!!, Linen in twelve colours.]\n';
      const au = await client.open(ad, text);
      const first = await client.diagnostics(au);
      expect(first.diagnostics.map((d) => d.code)).toEqual(['google-ads/excessive-capitalization', 'google-ads/repeated-punctuation']);

      // Markdown: the heading is the headline.
      const md = path.join(dir, 'promo.ad.md');
      const mu = await client.open(md, '---\nplatforms: [meta]\nplacement: feed\n---\n\n# Linen Shirts for Every Single Summer Weekend Ever and More\n', 'markdown');
      const headline = (await client.diagnostics(mu)).diagnostics.find((d) => d.code === 'meta/headline-length');
      expect(headline).toMatchObject({ severity: 2, range: { start: { line: 5, character: 42 } } });

      // A sheet: Google Ads Editor exports UTF-16, which the editor decodes (without the byte-order mark).
      const csv = path.join(dir, 'export.csv');
      const sheet = readFileSync(new URL('../examples/sheets/google-ads-editor.csv', import.meta.url)).toString('utf16le').replace(/^\uFEFF/, '');
      const cu = await client.open(csv, sheet, 'csv');
      expect((await client.diagnostics(cu)).diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
        ['google-ads/rsa-headline-length', 5],
        ['google-ads/rsa-description-length', 6],
      ]);

      // Config edited on disk: the open creative is linted again with it.
      writeFileSync(path.join(dir, '.adlint.yaml'), 'root: true\nplatforms: [google-ads]\nrules:\n  google-ads/repeated-punctuation: off\n');
      const before = client.count(au);
      await client.filesChanged([path.join(dir, '.adlint.yaml')]);
      const relinted = await client.diagnostics(au, () => true, before);
      expect(relinted.diagnostics.map((d) => d.code)).not.toContain('google-ads/repeated-punctuation');

      // A creative under a config whose pack is broken: not checked, said so; the pack file gets the error.
      const inBroken = path.join(dir, 'broken', 'ad.ad.yaml');
      const bu = await client.open(inBroken, text);
      const unchecked = (await client.diagnostics(bu)).diagnostics;
      expect(unchecked).toHaveLength(1);
      expect(unchecked[0]).toMatchObject({ code: 'adlint/config', severity: 1 });
      expect(unchecked[0]!.message).toMatch(/^not checked: .*house\.yaml:4:\d+: rules/);
      const onPack = (await client.diagnostics(uri(path.join(dir, 'broken', 'house.yaml')))).diagnostics;
      expect(onPack[0]).toMatchObject({ code: 'adlint/config', severity: 1, range: { start: { line: 3 } } });

      // A config naming a platform no pack has: said on the creative and on the config, open or not.
      const typoConfig = path.join(dir, 'typo', '.adlint.yaml');
      const tu = await client.open(path.join(dir, 'typo', 'ad.ad.yaml'), text);
      const typoMessages = (await client.diagnostics(tu)).diagnostics.map((d) => d.message);
      expect(typoMessages).toHaveLength(1);
      expect(typoMessages[0]!.startsWith(`not checked: ${typoConfig}:1:1: platforms: unknown platform "gogle-ads" (did you mean "google-ads"?); known: `)).toBe(true);
      expect(typoMessages[0]).toContain('google-ads');
      const cfg = await client.open(typoConfig, 'platforms: [gogle-ads]\n');
      expect((await client.diagnostics(cfg)).diagnostics).toMatchObject([{ code: 'adlint/config', message: expect.stringMatching(/^platforms: unknown platform "gogle-ads"/) }]);

      // Still serving: the other creative answers hovers and re-lints.
      const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: au }, position: { line: 2, character: 30 } });
      expect(hover?.contents.value).toContain('**google-ads/excessive-capitalization**');
      const n = client.count(au);
      const version = await client.change(au, text.replace('Buy now!!', 'Buy now'));
      expect((await client.diagnostics(au, (p) => p.version === version, n)).version).toBe(version);

      // The pack repaired: the creative is checked again and the pack's diagnostic is cleared.
      writeFileSync(path.join(dir, 'broken', 'house.yaml'), 'id: house\nname: House rules\nversion: 1.0.0\nrules: []\n');
      const m = client.count(bu);
      await client.filesChanged([path.join(dir, 'broken', 'house.yaml')]);
      const repaired = await client.diagnostics(bu, (p) => !p.diagnostics.some((d) => d.code === 'adlint/config'), m);
      // The root config turned repeated-punctuation off by now.
      expect(repaired.diagnostics.map((d) => d.code)).toEqual(['google-ads/excessive-capitalization']);
      const packNow = client.published.get(uri(path.join(dir, 'broken', 'house.yaml')))!.at(-1)!;
      expect(packNow.diagnostics).toEqual([]);
    } finally {
      await client.stop();
    }
  });
});

describe('language server: settings', () => {
  it('checks creatives that name no platform against the editor\'s platforms, and says when one is unknown', async () => {
    const dir = tempProject({ '.adlint.yaml': 'root: true\n' });
    const client = await LspClient.start(dir, { platforms: ['meta'], debounce: 0 });
    try {
      const u = await client.open(path.join(dir, 'feed.ad.yaml'), 'placement: feed\ncopy:\n  headline: Linen Shirts for Every Single Summer Weekend Ever and More\n');
      expect((await client.diagnostics(u)).diagnostics.map((d) => d.code)).toEqual(['meta/headline-length']);
      const before = client.count(u);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { adlint: { platforms: ['metta'] } } });
      const after = await client.diagnostics(u, () => true, before);
      expect(after.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^not checked: adlint\.platforms setting: unknown platform "metta"/)]);
    } finally {
      await client.stop();
    }
  });
});

describe('language server: JSON creatives and landing pages', () => {
  it('lints a JSON creative, and links a landing-page finding to the page', async () => {
    const dir = tempProject({ '.adlint.yaml': 'root: true\n', 'spring.landing.md': '# Spring roast\n\nOur best coffee, roasted on Mondays.\n' });
    const client = await LspClient.start(dir, { debounce: 0 });
    try {
      const ad = { platforms: ['tiktok'], placement: 'in_feed', locale: 'en-US', landing: './spring.landing.md', copy: { primary_text: 'Spring roast, freshly roasted.', display_name: 'Trailhead Coffee' } };
      const text = `${JSON.stringify(ad, null, 2)}\n`;
      const u = await client.open(path.join(dir, 'spring.ad.json'), text, 'json');
      const landing = (await client.diagnostics(u)).diagnostics.filter((d) => d.code === 'tiktok/landing-page-must-haves');
      expect(landing.length).toBeGreaterThan(0);
      const line = text.split('\n').findIndex((l) => l.includes('"landing"'));
      expect(landing[0]!.range.start.line).toBe(line);
      expect(landing[0]!.relatedInformation).toEqual([
        { location: { uri: uri(path.join(dir, 'spring.landing.md')), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, message: 'landing page ./spring.landing.md' },
      ]);
      // JSON has no comments: no "disable for this line" to offer.
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: landing[0]!.range, context: { diagnostics: [landing[0]!] } });
      expect(actions.filter((a) => a.command?.command === 'adlint.disableForLine')).toEqual([]);
    } finally {
      await client.stop();
    }
  });
});
