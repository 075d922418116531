// Reference "full decode" for the image row: decodes every pixel of every image in a folder with
// sharp (what an image check would cost if it decoded instead of reading headers). Two at a time,
// as adlint decodes. Usage: node bench/lib/decode-all.mjs <folder> [--none]
// --none loads sharp and lists the folder but decodes nothing: the baseline to subtract.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(path.join(process.cwd(), 'noop.js'));
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const sharp = (await import(require.resolve('sharp', { paths: [root] }))).default;
sharp.cache(false);
const dir = path.resolve(process.argv[2]);
const files = fs.readdirSync(dir).sort().map((f) => path.join(dir, f));
let pixels = 0;
let next = 0;
async function worker() {
  while (next < files.length) {
    const f = files[next++];
    const { info } = await sharp(f, { limitInputPixels: false }).raw().toBuffer({ resolveWithObject: true });
    pixels += info.width * info.height;
  }
}
if (!process.argv.includes('--none')) await Promise.all([worker(), worker()]);
console.log(`${files.length} images, ${(pixels / 1e6).toFixed(0)} megapixels decoded`);
