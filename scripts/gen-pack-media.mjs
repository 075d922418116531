#!/usr/bin/env node
// Writes the small images and videos that rule packs' `examples` point at (rules/fixtures/).
// Images are flat-colour PNG/JPEG drawings (a "product" rectangle on a background), videos are
// box-only MP4s (adlint reads a video's metadata, never its frames). Re-run after changing a
// spec below: `node scripts/gen-pack-media.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { makeMp4 } from '../test/fixtures/mp4.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'rules/fixtures');
mkdirSync(out, { recursive: true });

/** A product rectangle spanning `span` of the frame, centred, on a background. */
async function image(name, { width, height, background = '#ffffff', span = 0.9, product = '#3a5f8a' }, dir = out) {
  const pw = Math.round(width * span);
  const ph = Math.round(height * span);
  const rect = await sharp({ create: { width: pw, height: ph, channels: 3, background: product } }).png().toBuffer();
  let img = sharp({ create: { width, height, channels: 3, background } }).composite([
    { input: rect, left: Math.round((width - pw) / 2), top: Math.round((height - ph) / 2) },
  ]);
  if (name.endsWith('.jpg')) img = img.jpeg({ quality: 80 });
  else if (name.endsWith('.webp')) img = img.webp({ quality: 60 });
  else if (name.endsWith('.avif')) img = img.avif({ quality: 40 });
  else img = img.png({ compressionLevel: 9, palette: true });
  writeFileSync(path.join(dir, name), await img.toBuffer());
}

const images = {
  // Marketplace product shots: white background, product filling most of the frame.
  'product-white-1600.png': { width: 1600, height: 1600 },
  'product-white-800.png': { width: 800, height: 800 },
  'product-white-800.avif': { width: 800, height: 800 },
  'product-white-400.png': { width: 400, height: 400 },
  'product-white-200.png': { width: 200, height: 200 },
  'product-white-80.png': { width: 80, height: 80 },
  'product-grey-1600.png': { width: 1600, height: 1600, background: '#d9d9d9', span: 0.7 },
  'product-small-1600.png': { width: 1600, height: 1600, span: 0.5 },
  'oversize-12000x400.png': { width: 12000, height: 400, span: 0.8 },
  'lifestyle-1200x800.jpg': { width: 1200, height: 800, background: '#c8b89a', span: 0.6 },
  // Social placements.
  'square-1080.png': { width: 1080, height: 1080, background: '#f2e6d9', span: 0.6 },
  'square-480.png': { width: 480, height: 480, background: '#f2e6d9', span: 0.6 },
  'square-480.webp': { width: 480, height: 480, background: '#f2e6d9', span: 0.6 },
  'portrait-720x1280.png': { width: 720, height: 1280, background: '#f2e6d9', span: 0.6 },
  'landscape-1280x720.png': { width: 1280, height: 720, background: '#f2e6d9', span: 0.6 },
  'banner-1200x628.png': { width: 1200, height: 628, background: '#f2e6d9', span: 0.6 },
  // Pinterest 2:3 pins, Google portrait (4:5) and landscape logo (4:1) assets.
  'pin-1000x1500.png': { width: 1000, height: 1500, background: '#f2e6d9', span: 0.6 },
  'portrait-960x1200.png': { width: 960, height: 1200, background: '#f2e6d9', span: 0.6 },
  'logo-1200x300.png': { width: 1200, height: 300, span: 0.8 },
  'story-1080x1920.png': { width: 1080, height: 1920, background: '#f2e6d9', span: 0.6 },
};

const videos = {
  'vertical-1080x1920-15s.mp4': { width: 1080, height: 1920, seconds: 15 },
  'vertical-1080x1920-3s.mp4': { width: 1080, height: 1920, seconds: 3 },
  'vertical-1080x1920-90s.mp4': { width: 1080, height: 1920, seconds: 90, fps: 10 },
  'vertical-360x640-15s.mp4': { width: 360, height: 640, seconds: 15 },
  'landscape-1440x1080-15s.mp4': { width: 1440, height: 1080, seconds: 15 },
  'square-1080-20s.mp4': { width: 1080, height: 1080, seconds: 20 },
  'landscape-1280x720-200s.mp4': { width: 1280, height: 720, seconds: 200, fps: 5 },
  'wide-2400x1000-15s.mp4': { width: 2400, height: 1000, seconds: 15 },
};

// The multi-platform example campaign's assets (examples/multi-platform/assets/).
const examples = path.join(root, 'examples/multi-platform/assets');
mkdirSync(examples, { recursive: true });
const exampleImages = {
  'bottle-main-1600.png': { width: 1600, height: 1600, span: 0.88, product: '#2d6a8f' },
  'bottle-main-grey-900.png': { width: 900, height: 900, background: '#dcdcdc', span: 0.6, product: '#2d6a8f' },
  'bottle-lifestyle-1200x800.jpg': { width: 1200, height: 800, background: '#b9c9a7', span: 0.5, product: '#2d6a8f' },
  'jumper-1500.jpg': { width: 1500, height: 1500, background: '#f4f4f4', span: 0.8, product: '#2f5d3a' },
  'jumper-thumb-200.png': { width: 200, height: 200, background: '#f4f4f4', span: 0.8, product: '#2f5d3a' },
  'planter-pin-1000x1500.jpg': { width: 1000, height: 1500, background: '#e9e1d3', span: 0.6, product: '#7a9a5b' },
  'planter-story-1080x1920.png': { width: 1080, height: 1920, background: '#e9e1d3', span: 0.6, product: '#7a9a5b' },
  'ledger-1200x628.png': { width: 1200, height: 628, background: '#eef2f6', span: 0.6, product: '#1f3b5c' },
};
const exampleVideos = {
  'coffee-vertical-1080x1920-15s.mp4': { width: 1080, height: 1920, seconds: 15 },
  'coffee-4x3-1440x1080-4s.mp4': { width: 1440, height: 1080, seconds: 4 },
  'planter-teaser-1080x1920-3s.mp4': { width: 1080, height: 1920, seconds: 3 },
};

for (const [name, spec] of Object.entries(images)) await image(name, spec);
for (const [name, spec] of Object.entries(videos)) writeFileSync(path.join(out, name), makeMp4(spec));
for (const [name, spec] of Object.entries(exampleImages)) await image(name, spec, examples);
for (const [name, spec] of Object.entries(exampleVideos)) writeFileSync(path.join(examples, name), makeMp4(spec));
console.log(`wrote ${Object.keys(images).length} images and ${Object.keys(videos).length} videos to ${path.relative(root, out)}/`);
console.log(`wrote ${Object.keys(exampleImages).length + Object.keys(exampleVideos).length} example assets to ${path.relative(root, examples)}/`);
