// The `ocr` section of bench/run.mjs: what reading text in media costs. N pictures (1080×1920
// PNG, three lines of Chinese and English each) and M videos (6 s, 1080×1920 H.264) are linted
// for oceanengine with `ocr: false` (baseline) and on; the difference per picture and per video is
// the OCR time. A third run keeps the text cache of `--cache` but drops its result cache, as a
// pre-commit run over edited creatives with unchanged pictures would. Needs tesseract (chi_sim,
// eng) and ffmpeg; skipped with a note without them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { textImage, textVideo } from '../test/fixtures/text-media.mjs';
import { timeInterleaved } from './lib/measure.mjs';

const present = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return !r.error && r.status === 0 ? r.stdout : null;
};

/** Missing programs, or null when the section can run. */
export function ocrMissing() {
  const langs = present('tesseract', ['--list-langs']);
  if (!langs || !/^chi_sim$/m.test(langs) || !/^eng$/m.test(langs)) return 'tesseract with chi_sim and eng (apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng)';
  if (!present('ffmpeg', ['-version'])) return 'ffmpeg (apt-get install ffmpeg)';
  return null;
}

const AD = (media) => `platforms: [oceanengine]\nplacement: feed\nlocale: zh-CN\ncategory: home\ncopy: { title: 纯棉四件套 }\nmedia:\n  - { path: ${media}, role: feed }\n`;

async function ensureCorpus(dir, pictures, videos) {
  const done = path.join(dir, '.done');
  if (fs.existsSync(done)) return;
  fs.rmSync(dir, { recursive: true, force: true });
  for (const sub of ['pictures', 'videos']) fs.mkdirSync(path.join(dir, sub, 'assets'), { recursive: true });
  const picture = (i) => textImage({ width: 1080, height: 1920, lines: [
    { text: `纯棉四件套 第${i}款 柔软亲肤`, x: 80, y: 300, size: 64 },
    { text: `全网最低价 限时${i % 9 + 1}折`, x: 80, y: 700, size: 72 },
    { text: `Order now: 1380013${String(i).padStart(4, '0')}`, x: 80, y: 1600, size: 56 },
  ] });
  for (let i = 0; i < pictures; i++) {
    fs.writeFileSync(path.join(dir, 'pictures/assets', `p${i}.png`), await picture(i));
    fs.writeFileSync(path.join(dir, 'pictures', `p${i}.ad.yaml`), AD(`assets/p${i}.png`));
  }
  for (let i = 0; i < videos; i++) {
    fs.writeFileSync(path.join(dir, 'videos/assets', `v${i}.mp4`), textVideo([await picture(i), await picture(i + 100), await picture(i + 200)], 2));
    fs.writeFileSync(path.join(dir, 'videos', `v${i}.ad.yaml`), AD(`assets/v${i}.mp4`));
  }
  for (const sub of ['pictures', 'videos']) {
    fs.writeFileSync(path.join(dir, sub, 'off.adlint.yaml'), 'ocr: false\n');
    fs.writeFileSync(path.join(dir, sub, 'on.adlint.yaml'), 'ocr: { frames: 4 }\n');
  }
  fs.writeFileSync(done, '');
}

/**
 * Times the section; returns table rows (made by `row` of bench/run.mjs) and the raw timings.
 * @param {{ out: string, pictures: number, videos: number, runs: number, spec: (name: string, cwd: string, args: string[]) => object, row: Function, fmtS: (s: number) => string, log: (s: string) => void }} o
 */
export async function ocrSection(o) {
  const dir = path.join(o.out, `ocr-${o.pictures}-${o.videos}`);
  await ensureCorpus(dir, o.pictures, o.videos);
  const rows = [];
  const timings = {};
  for (const [sub, count, unit] of [['pictures', o.pictures, 'picture'], ['videos', o.videos, 'video']]) {
    if (!count) continue;
    const cwd = path.join(dir, sub);
    o.log(`\n[ocr] ${count} ${unit}s: ocr off vs on vs text cache warm`);
    const cacheFile = path.join(cwd, '.adlintcache');
    const off = o.spec('ocr off', cwd, ['.', '-c', 'off.adlint.yaml', '-f', 'json', '-o', 'off.json']);
    const on = o.spec('ocr on', cwd, ['.', '-c', 'on.adlint.yaml', '-f', 'json', '-o', 'on.json']);
    // The result cache goes, the text cache stays: every creative is linted, no picture recognised.
    const cached = { ...o.spec('ocr on, text cached', cwd, ['.', '-c', 'on.adlint.yaml', '--cache', '-f', 'json', '-o', 'cached.json']), before: () => fs.rmSync(cacheFile, { force: true }) };
    const [tOff, tOn, tCached] = timeInterleaved([off, on, cached], o.runs, { log: o.log });
    const per = (t) => `${o.fmtS((t.median - tOff.median) / count)}/${unit} net of ocr off`;
    timings[sub] = { off: tOff, on: tOn, cached: tCached };
    rows.push(o.row(`OCR: ${count} ${unit}s, \`ocr: false\` (baseline)`, tOff, null, null));
    rows.push(o.row(`OCR: ${count} ${unit}s read${sub === 'videos' ? ' (first frame + 4 sampled)' : ''}`, tOn, per(tOn), null));
    rows.push(o.row(`OCR: ${count} ${unit}s, text from the --cache folder`, tCached, per(tCached), null));
  }
  return { rows, timings };
}
