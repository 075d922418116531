#!/usr/bin/env node
// Regenerates the screenshots docs/report.md shows, from the examples' HTML report in Debian's
// headless Chromium (apt-get install -y chromium fonts-noto-cjk): the desktop top (1440×900), a
// strip of one preview per layout, and a phone (390×844). Run after `pnpm run build`:
//   node scripts/gen-report-screenshots.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import sharp from 'sharp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'adlint-shots-'));
const report = path.join(work, 'report.html');
try {
  execFileSync(process.execPath, [path.join(root, 'packages/cli/dist/adlint.js'), '--format', 'html', '--output-file', report, 'examples'], { cwd: root, stdio: 'ignore' });
} catch (e) {
  // Exit 1: the examples hold deliberate errors; the report is written all the same.
  if (e.status !== 1) throw e;
}
const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  viewport: { width: 1440, height: 900 },
});
/** Palette PNGs: a screenshot of flat colours loses nothing and shrinks several times. */
const save = (png, name) => sharp(png).png({ palette: true, colors: 128, effort: 10 }).toFile(path.join(root, 'docs', name));
try {
  const page = await context.newPage();
  await page.goto(pathToFileURL(report).href);
  await save(await page.screenshot(), 'report-desktop.png');
  // One preview per layout, side by side.
  const picks = [
    ['Feed — long story', 'meta'],
    ['Linen dresses — search (bilingual test)', 'google-ads'],
    ['初稿（有问题）', 'oceanengine'],
    ['初稿（有问题）', 'xiaohongshu'],
    ['water-bottle-draft.ad.yaml', 'amazon'],
  ];
  const shots = [];
  for (const [text, platform] of picks) {
    const details = page.locator('details.creative', { hasText: text }).filter({ has: page.locator(`figure[data-platform="${platform}"]`) }).first();
    await details.evaluate((d) => (d.open = true));
    shots.push(await details.locator(`figure[data-platform="${platform}"]`).first().screenshot());
  }
  const sizes = await Promise.all(shots.map((s) => sharp(s).metadata()));
  const gap = 24;
  const width = sizes.reduce((w, s) => w + s.width + gap, gap);
  const height = Math.max(...sizes.map((s) => s.height)) + 2 * gap;
  let left = gap;
  const layers = shots.map((input, i) => {
    const layer = { input, left, top: gap };
    left += sizes[i].width + gap;
    return layer;
  });
  await save(await sharp({ create: { width, height, channels: 3, background: '#ffffff' } }).composite(layers).png().toBuffer(), 'report-previews.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => document.getElementById('matrix-h').scrollIntoView());
  await save(await page.screenshot(), 'report-phone.png');
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}
