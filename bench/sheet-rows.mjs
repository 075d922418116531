// Lints a generated Google Ads Editor export of N ad rows (default 100,000) through the built core
// and prints the time and peak memory. Usage: node bench/sheet-rows.mjs [rows] [utf8|utf16]
// Run in its own process: peak RSS is the process's.
//
// Measured (Node 20.20, 2 shared cores under load from other jobs, so times are pessimistic):
//   100,000 rows UTF-16 (41.9 MB file): 7.6 s, peak RSS 311 MB = 88 MB over the start
//   100,000 rows UTF-8  (21.0 MB file): 7.6 s, peak RSS 270 MB = 108 MB over the start
//   200,000 rows UTF-8 with --max-old-space-size=200: 19 s, 44 MB over the start
// "The start" already holds the generated sheet text (~100 MB of the RSS before linting). The
// growth is the file's bytes, its decoded text, messages and garbage not yet collected: nothing
// per row is kept, as the capped-heap run shows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Linter } from '../packages/core/dist/index.js';

const rows = Number(process.argv[2] ?? 100_000);
const encoding = process.argv[3] ?? 'utf16';

const header = ['Campaign', 'Ad group', 'Ad type', ...Array.from({ length: 15 }, (_, i) => `Headline ${i + 1}`), ...Array.from({ length: 4 }, (_, i) => `Description ${i + 1}`), 'Path 1', 'Path 2', 'Final URL'];
const lines = [header.join('\t')];
for (let i = 0; i < rows; i++) {
  // Every 10th ad has a headline over 30 characters, so the run reports ~rows/10 messages.
  const long = i % 10 === 0 ? ` "Linen" Summer Dresses ${i}` : '';
  const headlines = [`Linen Shirts ${i}${long}`, 'Spring Sale', 'Free Returns', ...Array(12).fill('')];
  const quoted = headlines.map((h) => (h.includes('"') ? `"${h.replaceAll('"', '""')}"` : h));
  lines.push(['Spring Sale', `Group ${i % 500}`, 'Responsive search ad', ...quoted, 'Light linen shirts in twelve colours.', 'Easy 30-day returns on every order.', '', '', 'shirts', 'linen', `https://example.com/p/${i}`].join('\t'));
}
const text = `${lines.join('\r\n')}\r\n`;
const dir = mkdtempSync(path.join(tmpdir(), 'adlint-bench-'));
const file = path.join(dir, 'export.csv');
writeFileSync(file, encoding === 'utf16' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : text);
const bytes = (encoding === 'utf16' ? 2 : 1) * text.length;

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const before = process.memoryUsage().rss;
const started = performance.now();
const result = await new Linter().lintFile(file, { maxFileSize: 1024 * 1024 * 1024 });
const ms = performance.now() - started;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
rmSync(dir, { recursive: true, force: true });

const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(`${rows} rows, ${encoding}, ${mb(bytes)} file: ${(ms / 1000).toFixed(2)} s, ${result.messages.length} messages`);
console.log(`RSS before ${mb(before)}, peak ${mb(peak)} (${mb(peak - before)} over the start)`);
