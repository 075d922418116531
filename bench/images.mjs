// Header-only image checks versus full decoding, over 1,000 generated JPEGs (in-process, median
// of 3 runs each). Run after building: `node bench/images.mjs [count]`.
// The header path is adlint's own (open + sniff + sharp metadata + end-marker check); the decode
// path decodes every pixel, as a check that needs pixels would.
import { linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import pLimit from '../packages/core/node_modules/p-limit/index.js';
import { openMedia } from '../packages/core/dist/media/file.js';
import { readImageHeader } from '../packages/core/dist/media/image-header.js';

const count = Number(process.argv[2] ?? 1000);
const RUNS = 3;
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out', 'images');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
sharp.cache(false);

// Ten distinct photo-like JPEGs (noise over a gradient), hard-linked to `count` names per run so
// every run reads new paths (adlint caches per path) without 1,000 copies on disk.
const bases = [];
for (let i = 0; i < 10; i++) {
  const file = path.join(out, `base-${i}.jpg`);
  const noise = await sharp({ create: { width: 1600, height: 1200, channels: 3, noise: { type: 'gaussian', mean: 120 + i, sigma: 40 } } }).jpeg({ quality: 85 }).toBuffer();
  writeFileSync(file, noise);
  bases.push(file);
}
const sets = Array.from({ length: RUNS * 2 }, (_, r) => {
  const dir = path.join(out, `run-${r}`);
  mkdirSync(dir);
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, `img-${i}.jpg`);
    linkSync(bases[i % bases.length], file);
    return file;
  });
});

const limit = pLimit(16);
async function timed(files, task) {
  const start = process.hrtime.bigint();
  await Promise.all(files.map((f) => limit(() => task(f))));
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const header = async (file) => {
  const media = await openMedia(path.dirname(file), path.basename(file));
  const h = await readImageHeader(media);
  if ('fatal' in h) throw new Error(h.reason);
};
const decode = async (file) => {
  await sharp(file).raw().toBuffer();
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const headerTimes = [];
const decodeTimes = [];
for (let r = 0; r < RUNS; r++) {
  headerTimes.push(await timed(sets[r * 2], header));
  decodeTimes.push(await timed(sets[r * 2 + 1], decode));
}
const h = median(headerTimes);
const d = median(decodeTimes);
console.log(`${count} images (1600×1200 JPEG), median of ${RUNS} runs`);
console.log(`header-only checks: ${h.toFixed(0)} ms (${((h / count) * 1000).toFixed(0)} µs/image)`);
console.log(`full decode:        ${d.toFixed(0)} ms (${((d / count) * 1000).toFixed(0)} µs/image)`);
console.log(`header-only is ${(d / h).toFixed(1)}× faster`);
rmSync(out, { recursive: true, force: true });
