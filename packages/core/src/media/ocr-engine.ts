import os from 'node:os';
import pLimit from 'p-limit';
import type { RecognisedLine } from '../model/image-text.js';
import { parseTesseractTsv } from './ocr-tsv.js';
import { MAX_DECODE_PIXELS, loadSharp } from './runtime.js';
import { run } from './subprocess.js';

/**
 * Text recognition by the `tesseract` program (Debian `tesseract-ocr`, with one package per
 * language: `tesseract-ocr-chi-sim`…). A maintained engine whose language data is installed
 * with the system, never downloaded at run time; run as a program, it costs nothing until a
 * creative's image is read.
 */

/** One picture is given this long before it is reported as not read. */
export const OCR_TIMEOUT_MS = 30_000;
/** Pictures are shrunk to at most this many pixels before recognition: ad text is large, and time grows with pixels. */
export const OCR_MAX_PIXELS = 6_000_000;

export interface Engine {
  version: string;
  languages: Set<string>;
}

let engine: Promise<Engine | null> | undefined;

/** The installed engine and its languages, asked once per process; null when tesseract is not installed. */
export function ocrEngine(): Promise<Engine | null> {
  engine ??= Promise.all([run('tesseract', ['--version'], null, 10_000), run('tesseract', ['--list-langs'], null, 10_000)]).then(([v, l]) => {
    if (v.failure || v.code !== 0 || l.code !== 0) return null;
    const version = /tesseract\s+(\S+)/i.exec(v.stdout.toString('utf8') + v.stderr)?.[1] ?? 'unknown';
    // The first line says where the data is; each following line names one language.
    const languages = new Set(l.stdout.toString('utf8').split('\n').slice(1).map((s) => s.trim()).filter(Boolean));
    return { version, languages };
  });
  return engine;
}

/** The Debian package that installs a tesseract language (`chi_sim` → `tesseract-ocr-chi-sim`). */
export function languagePackage(language: string): string {
  return `tesseract-ocr-${language.toLowerCase().replace(/_/g, '-')}`;
}

const ocrSlots = pLimit(Math.max(1, Math.min(4, os.availableParallelism())));

export type Recognised = RecognisedLine[] | { reason: string };

/**
 * Recognises the text of one picture (any format sharp decodes, or PNG from a video frame):
 * decoded under adlint's pixel limit, turned upright, flattened on white, shrunk to at most
 * OCR_MAX_PIXELS, then read by tesseract from stdin. Boxes are in the original's pixels.
 */
export function recognise(input: string | Buffer, languages: readonly string[], time?: number): Promise<Recognised> {
  return ocrSlots(async () => {
    const sharp = await loadSharp();
    let png: Buffer;
    let scale = 1;
    try {
      const image = sharp(input, { limitInputPixels: MAX_DECODE_PIXELS, pages: 1 }).autoOrient();
      const meta = await sharp(input, { limitInputPixels: MAX_DECODE_PIXELS }).metadata();
      const width = meta.autoOrient?.width ?? meta.width;
      const height = meta.autoOrient?.height ?? meta.height;
      if (width * height > OCR_MAX_PIXELS) {
        scale = Math.sqrt((width * height) / OCR_MAX_PIXELS);
        image.resize({ width: Math.floor(width / scale) });
      }
      png = await image.flatten({ background: '#ffffff' }).greyscale().png({ compressionLevel: 1 }).toBuffer();
    } catch (e) {
      return { reason: `cannot be decoded for text recognition (${(e as Error).message.split('\n')[0]})` };
    }
    const out = await run('tesseract', ['stdin', 'stdout', '-l', languages.join('+'), 'tsv'], png, OCR_TIMEOUT_MS);
    if (out.failure === 'timeout') return { reason: `text recognition took longer than ${OCR_TIMEOUT_MS / 1000} s and was stopped` };
    if (out.failure === 'missing') return { reason: 'tesseract is not installed' };
    if (out.code !== 0) return { reason: `tesseract failed (${out.stderr.split('\n').find((l) => l.trim()) ?? `exit ${out.code}`})` };
    return parseTesseractTsv(out.stdout.toString('utf8'), scale, time);
  });
}
