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
      viewport: { width: 1440, height: 900 },
    });
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(report).href);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  /** The state of the matrix cell of the creative named `label` in `file`, for `platform` (null: its folder has that column, but the creative does not target it). */
  async function cell(file: string, label: string, platform: string): Promise<string | null> {
    const group = page.locator(`[data-group="${path.posix.dirname(file)}"]`);
    const row = group.locator('tr[data-row]', { has: page.locator('th .file', { hasText: new RegExp(`^${path.posix.basename(file).replace(/\./g, '\\.')}$`) }) }).filter({ has: page.locator('th .label', { hasText: label }) });
    expect(await row.count()).toBe(1);
    const td = row.locator(`td[data-platform="${platform}"]`);
    return (await td.count()) ? td.getAttribute('data-state') : null;
  }

  it('shows each creative × platform as ready, warnings or blocked', async () => {
    expect(await cell('examples/douyin-cod/feed.ad.yaml', '初稿（有问题）', 'oceanengine')).toBe('blocked');
    expect(await cell('examples/douyin-cod/feed.ad.yaml', '修改稿（合规）', 'oceanengine')).toBe('ready');
    expect(await cell('examples/spring-sale/meta/feed-linen.ad.yaml', 'Feed — long story', 'meta')).toBe('warnings');
    expect(await cell('examples/multi-platform/amazon/water-bottle.ad.yaml', 'creative', 'amazon')).toBe('ready');
    // Not targeted, in a folder whose other creatives target it: a dash.
    expect(await cell('examples/sheets/meta-ads-manager.csv', 'creative 1', 'amazon')).toBeNull();
    expect(await page.locator('[data-group="examples/sheets"] tr[data-row]').first().locator('td.na').count()).toBeGreaterThan(0);
    // A folder has columns for only the platforms its creatives target.
    expect(await page.locator('[data-group="examples/multi-platform/amazon"] thead th').allTextContents()).toEqual(['Creative', 'Overall', 'amazon']);
    expect(await page.getByRole('heading', { name: 'Summary' }).isVisible()).toBe(true);
  });

  /** What a preview slot says, without the words only screen readers hear and the platform's ellipsis and "more". */
  async function slotText(details: ReturnType<Page['locator']>, field: string, platform: string): Promise<string> {
    return details.locator(`figure[data-platform="${platform}"] .pv [data-field="${field}"]`).evaluate((e) => {
      const copy = e.cloneNode(true) as Element;
      copy.querySelectorAll('.sr, .ellipsis, .more').forEach((x) => x.remove());
      return copy.textContent ?? '';
    });
  }

  it('shows copy holding markup as text, and runs none of it', async () => {
    const details = page.locator('details.creative', { hasText: 'injection.ad.yaml' });
    expect(await slotText(details, 'copy.headline', 'meta')).toBe('<script>window.__adlintInjected=1</script> Linen');
    expect(await details.locator('summary .label').textContent()).toBe('<img src=x onerror="window.__adlintInjected=2">Evil name');
    expect(await page.evaluate(() => (window as { __adlintInjected?: number }).__adlintInjected)).toBeUndefined();
    expect(await details.locator('script, img').count()).toBe(0);
  });

  it("previews each platform's ads cut where its length rules cut", async () => {
    const feed = page.locator('details.creative', { hasText: 'Feed — long story' }).locator('figure[data-platform="meta"][data-layout="feed-post"]');
    // Meta's headline rule counts 40 characters: the 56-character headline loses its last 16.
    const headline = feed.locator('[data-field="copy.headline"]');
    expect(await headline.textContent()).toBe('The Breathable Linen Shirt You Will Wear…cut off:  All Summer Long');
    expect(await headline.locator('del.cut').textContent()).toBe('cut off:  All Summer Long');
    // The primary text is cut behind "See more" after 125 characters, as the check counts them.
    const text = feed.locator('[data-field="copy.primary_text"]');
    expect(await text.locator('.more').textContent()).toBe('See more');
    expect((await text.textContent())!.split('…')[0]).toHaveLength(125);
    // Ocean Engine rejects titles past 30 width units (CJK counts 2): the rest is struck through in red, no ellipsis.
    const douyin = page.locator('details.creative', { hasText: '初稿（有问题）' }).locator('figure[data-platform="oceanengine"][data-layout="vertical-video"]');
    const title = douyin.locator('[data-field="copy.title"]');
    expect(await title.locator('del.cut.rej').textContent()).toBe('rejected: ，仅此一次手慢无');
    expect(await title.locator('.ellipsis').count()).toBe(0);
    // The platform's own words, in the pack's language.
    expect(await douyin.locator('.vv-spons').textContent()).toBe('广告');
    expect(await douyin.locator('.pv').getAttribute('lang')).toBe('zh-CN');
  });

  it('draws a preview for each platform present, in each of its layouts', async () => {
    const platforms = new Set(await page.locator('.matrix [data-platform]').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.platform!)));
    expect(platforms.size).toBeGreaterThan(10);
    for (const p of platforms) expect(await page.locator(`figure.pvw[data-platform="${p}"]`).count(), p).toBeGreaterThan(0);
    const layouts = new Set(await page.locator('figure.pvw').evaluateAll((f) => f.map((x) => (x as HTMLElement).dataset.layout!)));
    expect([...layouts].sort()).toEqual(['feed-post', 'note-card', 'product-detail', 'search-ad', 'vertical-video']);
  });

  it("marks each finding inside its platform's preview", async () => {
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const placed = await page.locator('.pv mark').evaluateAll((marks) =>
      marks.map((m) => {
        const r = m.getBoundingClientRect();
        const box = m.closest('.pv')!.getBoundingClientRect();
        return { inside: r.width > 0 && r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1, text: m.textContent, title: m.getAttribute('title') };
      }),
    );
    expect(placed.length).toBeGreaterThan(30);
    expect(placed.filter((p) => !p.inside)).toEqual([]);
    // A claim in the Douyin draft, marked where it stands, its message in the pack's language.
    const douyin = page.locator('details.creative', { hasText: '初稿（有问题）' }).locator('figure[data-platform="oceanengine"] mark', { hasText: 'TOP1' });
    expect(await douyin.getAttribute('title')).toContain('绝对化用语');
    // A finding about the image outlines the image.
    expect(await page.locator('.pv mark.mk .thumb').count()).toBeGreaterThan(0);
  });

  it('fits the matrix at 1440 px: no column clipped, no sideways scroll', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
    const clipped = await page.locator('table.matrix').evaluateAll((tables) =>
      tables.flatMap((t) => {
        const out: string[] = [];
        if (t.scrollWidth > t.parentElement!.clientWidth) out.push(`table ${t.querySelector('caption')?.textContent}`);
        for (const c of t.querySelectorAll('th, td')) {
          if (c.scrollWidth > c.clientWidth + 1 || c.getBoundingClientRect().right > innerWidth) out.push(`${t.querySelector('caption')?.textContent}: ${c.textContent}`);
        }
        return out;
      }),
    );
    expect(clipped).toEqual([]);
    // The header stays in view while the folder's rows scroll.
    expect(await page.locator('.matrix thead th').first().evaluate((th) => getComputedStyle(th).position)).toBe('sticky');
  });

  it('shows the run in numbers as charts with their numbers written out', async () => {
    const numbers = page.locator('section[aria-labelledby="numbers-h"]');
    expect(await numbers.locator('svg.bar').count()).toBeGreaterThan(10);
    const oceanengine = numbers.locator('figure', { hasText: 'Can go live' }).locator('tr', { hasText: 'oceanengine' });
    // examples/douyin-cod's three creatives (the third blocked by the text on its image), its two landing pages, and
    // examples/undeclared-category/fish-oil.ad.yaml (抖音, blocked).
    expect(await oceanengine.locator('td.num').textContent()).toBe('2 of 6');
    expect(await oceanengine.locator('svg').getAttribute('aria-label')).toBe('2 ready, 0 not checked, 0 warnings, 4 blocked');
    expect(await numbers.locator('figure', { hasText: 'Rules that fire most' }).locator('tr').count()).toBe(8);
  });

  it('is self-contained: no request leaves the file', () => {
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
  });

  it('saves screenshots at desktop and phone widths', async () => {
    await page.screenshot({ path: path.join(OUT, 'desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(OUT, 'phone.png'), fullPage: true });
    // Phone: nothing is wider than the screen (the matrix stacks each row; only the chart of kinds of rule scrolls in its own region).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.locator('table.matrix').evaluateAll((t) => t.filter((x) => x.getBoundingClientRect().right > 390).length)).toBe(0);
    expect(statSync(path.join(OUT, 'phone.png')).size).toBeGreaterThan(0);
  });
});
