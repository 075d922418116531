import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RecognisedLine } from '../model/image-text.js';
import type { MediaFile } from './file.js';
import { languagePackage, ocrEngine, recognise } from './ocr-engine.js';
import { ResultCache, loadSharp } from './runtime.js';
import { coverPicture, ffmpegPresent, frameAt, sampleTimes } from './video-frames.js';

/** What was read from one media file: its still picture (an image, a video's cover) and its sampled frames. */
export interface MediaText {
  still: RecognisedLine[] | null;
  /** Frames whose text differs from the frame before, in time order. */
  frames: { time: number; lines: RecognisedLine[] }[];
}

/** Why a file's text was not (wholly) read; `packages` are the Debian packages that would let it be. */
export interface MediaTextGap {
  reason: string;
  /** What was not read (`photo.png`, `clip.mp4`), for gaps about one picture. */
  subject?: string;
  /** The video frame that was not read, in seconds. */
  time?: number;
  /** No frame of the video could be decoded. */
  noFrames?: true;
  /** What is missing, for saying it once per run (`tesseract`, `chi_sim`, `ffmpeg`). */
  missing?: string;
  packages?: string[];
}

export interface MediaTextOptions {
  languages: readonly string[];
  /** Frames sampled across a video besides the first. */
  frames: number;
  /** Folder of results kept across runs, by content hash (`--cache`); none by default. */
  cacheDir?: string;
  /** Counts pictures recognised and results served from the cache. */
  stats: { recognised: number; cached: number };
}

// 1: lines with words and boxes.
const CACHE_FORMAT = 1;

const memory = new ResultCache<{ text: MediaText | null; gaps: MediaTextGap[] }>(2_000);

/**
 * The text in a media file, cached by its content (and the languages and frames asked for): in
 * memory for the run, and in `cacheDir` across runs. A result read without some of its
 * languages is not kept across runs, so installing them takes effect.
 */
export async function readMediaText(file: MediaFile, duration: number | null, options: MediaTextOptions): Promise<{ text: MediaText | null; gaps: MediaTextGap[] }> {
  const hash = await hashFile(file.abs);
  const key = createHash('sha256').update(`${CACHE_FORMAT}\u0000${hash}\u0000${file.kind}\u0000${options.languages.join('+')}\u0000${file.kind === 'video' ? options.frames : 0}`).digest('hex');
  return memory.get(key, async () => {
    const stored = options.cacheDir ? await readStored(options.cacheDir, key) : null;
    if (stored) {
      options.stats.cached++;
      return { text: stored, gaps: [] };
    }
    const result = await recogniseFile(file, duration, options);
    if (options.cacheDir && result.text && result.gaps.length === 0) await store(options.cacheDir, key, result.text);
    return result;
  });
}

async function recogniseFile(file: MediaFile, duration: number | null, options: MediaTextOptions): Promise<{ text: MediaText | null; gaps: MediaTextGap[] }> {
  const engine = await ocrEngine();
  if (!engine) {
    return { text: null, gaps: [{ reason: 'tesseract is not installed', missing: 'tesseract', packages: ['tesseract-ocr', ...options.languages.map(languagePackage)] }] };
  }
  const gaps: MediaTextGap[] = [];
  const languages = options.languages.filter((l) => engine.languages.has(l));
  for (const l of options.languages.filter((x) => !engine.languages.has(x))) {
    gaps.push({ reason: `tesseract's ${l} language data is not installed`, missing: l, packages: [languagePackage(l)] });
  }
  if (!languages.length) return { text: null, gaps };
  const read = async (input: string | Buffer, time?: number): Promise<RecognisedLine[] | null> => {
    const r = await recognise(input, languages, time);
    options.stats.recognised++;
    if (Array.isArray(r)) return r;
    gaps.push({ subject: file.written, ...(time === undefined ? {} : { time }), reason: r.reason });
    return null;
  };
  if (file.kind === 'image') {
    const still = await read(file.abs);
    return { text: still ? { still, frames: [] } : null, gaps };
  }
  if (!(await ffmpegPresent())) return { text: null, gaps: [...gaps, { reason: 'ffmpeg is not installed', missing: 'ffmpeg', packages: ['ffmpeg'] }] };
  const frames: MediaText['frames'] = [];
  let before: string | null = null;
  let beforeLook: Buffer | null = null;
  for (const time of sampleTimes(duration ?? 0, options.frames)) {
    const png = await frameAt(file.abs, time);
    if (!png) continue;
    // A still scene looks the same a second later (up to the encoder's noise): its text is the
    // frame before's, not worth a second reading.
    const look = await glance(png);
    if (beforeLook && look && sameLook(beforeLook, look)) continue;
    beforeLook = look;
    const lines = await read(png, time);
    if (!lines) continue;
    const text = lines.map((l) => l.text).join('\n');
    // A banner that stays on screen is one finding, at the first frame that shows it.
    if (text === before) continue;
    before = text;
    frames.push({ time, lines });
  }
  const cover = await coverPicture(file.abs);
  const still = cover ? await read(cover) : null;
  if (!frames.length && !still) gaps.push({ subject: file.written, noFrames: true, reason: 'no frame could be decoded' });
  return { text: { still, frames }, gaps };
}

/** A 128×128 grey copy of a frame: enough to tell a changed caption from the same scene re-encoded. */
async function glance(png: Buffer): Promise<Buffer | null> {
  const sharp = await loadSharp();
  return sharp(png).greyscale().resize(128, 128, { fit: 'fill' }).raw().toBuffer().catch(() => null);
}

/**
 * Whether two glances are the same picture: nowhere more than 16 grey levels apart. Encoder noise
 * on a still scene stays far below that; one changed digit of a caption moves a few glance
 * pixels by far more.
 */
function sameLook(a: Buffer, b: Buffer): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i]! - b[i]!) > 16) return false;
  return true;
}

function hashFile(abs: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(abs).on('error', reject).on('data', (d) => hash.update(d)).on('end', () => resolve(hash.digest('hex')));
  });
}

async function readStored(dir: string, key: string): Promise<MediaText | null> {
  try {
    const doc = JSON.parse(await readFile(path.join(dir, `${key}.json`), 'utf8')) as { format?: unknown; text?: unknown };
    // Anything else (a half-written, edited or foreign file) is read again and replaced.
    return doc.format === CACHE_FORMAT && isMediaText(doc.text) ? doc.text : null;
  } catch {
    return null;
  }
}

async function store(dir: string, key: string, text: MediaText): Promise<void> {
  const file = path.join(dir, `${key}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(tmp, JSON.stringify({ format: CACHE_FORMAT, text }));
    await rename(tmp, file);
  } catch {
    // A cache that cannot be written costs the next run time, not correctness.
    await unlink(tmp).catch(() => {});
  }
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBox = (b: unknown): boolean => typeof b === 'object' && b !== null && ['x', 'y', 'w', 'h'].every((k) => isNum((b as Record<string, unknown>)[k]));

function isLines(v: unknown): v is RecognisedLine[] {
  return Array.isArray(v) && v.every((l: Partial<RecognisedLine>) =>
    typeof l === 'object' && l !== null && typeof l.text === 'string' && isNum(l.start) && isNum(l.end) && isNum(l.confidence) && isBox(l.box)
    && Array.isArray(l.words) && l.words.every((w) => typeof w === 'object' && w !== null && isNum(w.start) && isNum(w.end) && isNum(w.confidence) && isBox(w.box)));
}

function isMediaText(v: unknown): v is MediaText {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Partial<MediaText>;
  return (t.still === null || isLines(t.still)) && Array.isArray(t.frames) && t.frames.every((f) => typeof f === 'object' && f !== null && isNum(f.time) && isLines(f.lines));
}
