import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adlint, repoRoot } from './helpers/cli.js';
import { CHROMIUM } from './helpers/programs.js';
import { skipsWithout } from './helpers/skips.js';

/** Git-ignored: the report and its screenshots, to look at after a run. */
const OUT = path.join(repoRoot, 'test/output/report');

/** Copy that tries to run code in the report; it must show as text. */
const INJECTION = `platforms: [meta]
placement: feed
name: <img src=x onerror="window.__adlintInjected=2">Evil name
copy:
  headline: <script>window.__adlintInjected=1</script> Linen
  primary_text: Our spring linen collection is here, with breathable shirts, relaxed trousers and light dresses in twelve colours, washed for softness.
`;

describe.skipIf(skipsWithout('chromium'))('html report in headless Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  let userData: string;
  const report = path.join(OUT, 'report.html');
  const requests: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium fonts-noto-cjk); only without CI=true are these tests skipped`);
    }
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(path.join(OUT, 'input'), { recursive: true });
    writeFileSync(path.join(OUT, 'input/injection.ad.yaml'), INJECTION);
    const run = adlint(['--format', 'html', '--output-file', report, 'examples', path.join(OUT, 'input')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    userData = mkdtempSync(path.join(tmpdir(), 'adlint-chromium-'));
    context = await chromium.launchPersistentContext(userData, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(report).href);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  /** The state of the matrix cell of the creative named `label` in `file`, for `platform`. */
  async function cell(file: string, label: string, platform: string): Promise<string | null> {
    const row = page.locator('tr[data-row]', { has: page.locator('th .file', { hasText: file }) }).filter({ has: page.locator('th .label', { hasText: label }) });
    expect(await row.count()).toBe(1);
    const td = row.locator(`td[data-platform="${platform}"]`);
    return (await td.count()) ? td.getAttribute('data-state') : null;
  }

  it('shows each creative × platform as ready, warnings or blocked', async () => {
    expect(await cell('examples/douyin-cod/feed.ad.yaml', '初稿（有问题）', 'oceanengine')).toBe('blocked');
    expect(await cell('examples/douyin-cod/feed.ad.yaml', '修改稿（合规）', 'oceanengine')).toBe('ready');
    expect(await cell('examples/spring-sale/meta/feed-linen.ad.yaml', 'Feed — long story', 'meta')).toBe('warnings');
    expect(await cell('examples/multi-platform/amazon/water-bottle.ad.yaml', 'creative', 'amazon')).toBe('ready');
    // Not targeted: no cell state, a dash.
    expect(await cell('examples/multi-platform/amazon/water-bottle.ad.yaml', 'creative', 'meta')).toBeNull();
    expect(await page.getByRole('heading', { name: 'Summary' }).isVisible()).toBe(true);
  });

  it('shows copy holding markup as text, and runs none of it', async () => {
    const details = page.locator('details.creative', { hasText: 'injection.ad.yaml' });
    expect(await details.locator('.copy').first().textContent()).toBe('<script>window.__adlintInjected=1</script> Linen');
    expect(await details.locator('summary .label').textContent()).toBe('<img src=x onerror="window.__adlintInjected=2">Evil name');
    expect(await page.evaluate(() => (window as { __adlintInjected?: number }).__adlintInjected)).toBeUndefined();
    expect(await details.locator('script, img').count()).toBe(0);
  });

  it('previews truncation where the length rule cuts', async () => {
    const preview = page.locator('details.creative', { hasText: 'Feed — long story' }).locator('.preview').first();
    expect(await preview.locator('.ellipsis').textContent()).toBe('…');
    // Meta's headline rule counts 40 characters: the 56-character headline loses its last 16.
    expect(await preview.textContent()).toBe('The Breathable Linen Shirt You Will Wear…cut off:  All Summer Long');
    expect(await preview.locator('del.cut').textContent()).toBe('cut off:  All Summer Long');
  });

  it('is self-contained: no request leaves the file', () => {
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
  });

  it('saves screenshots at desktop and phone widths', async () => {
    await page.screenshot({ path: path.join(OUT, 'desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(OUT, 'phone.png'), fullPage: true });
    // Phone: nothing but the matrix's own scroll region is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(statSync(path.join(OUT, 'phone.png')).size).toBeGreaterThan(0);
  });
});
