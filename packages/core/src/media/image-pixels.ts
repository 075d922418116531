import type { MediaFile, MediaProblem } from './file.js';
import type { ImageHeader } from './image-header.js';
import { MAX_DECODE_PIXELS, ResultCache, decodeSlots, loadSharp } from './runtime.js';
import { mediaProblem } from './problems.js';

/** Pixel measures are taken on a copy at most this many pixels on its longer side: enough for borders and bounding boxes. */
const ANALYSIS_SIZE = 1000;

export interface PixelParams {
  /** A channel value at or above this counts as white (250 = "RGB ≥ 250"). */
  white: number;
  /** Border width as a share of the shorter side. */
  border: number;
}

export interface PixelStats {
  /** Share of border pixels that are not white. */
  borderNotWhite: number;
  /** How much of the frame the non-white content spans: the larger of its bounding box's width and height shares. */
  fill: number;
}

const cache = new ResultCache<PixelStats | MediaProblem>(2_000);

/** Decodes (bounded) and measures the image's border and content; cached per file and parameters. */
export function readPixelStats(file: MediaFile, header: ImageHeader, params: PixelParams): Promise<PixelStats | MediaProblem> {
  const pixels = header.width * header.height;
  if (pixels > MAX_DECODE_PIXELS) {
    const mp = (n: number) => Math.round(n / 1e5) / 10;
    const data = { file: file.written, dimensions: `${header.width}×${header.height}`, megapixels: mp(pixels), limit: mp(MAX_DECODE_PIXELS) };
    return Promise.resolve(mediaProblem('too-many-pixels', data, 'image-size', true));
  }
  return cache.get(`${file.key}\u0000${params.white}\u0000${params.border}`, () => decodeSlots(() => measure(file, params)));
}

async function measure(file: MediaFile, params: PixelParams): Promise<PixelStats | MediaProblem> {
  const sharp = await loadSharp();
  let data: Buffer;
  let width: number;
  let height: number;
  try {
    // First frame only, transparent areas shown on white (as marketplaces show them), nearest-neighbour so a 1-px frame line survives.
    const out = await sharp(file.abs, { limitInputPixels: MAX_DECODE_PIXELS, pages: 1 })
      .autoOrient()
      .flatten({ background: '#ffffff' })
      .resize({ width: ANALYSIS_SIZE, height: ANALYSIS_SIZE, fit: 'inside', withoutEnlargement: true, kernel: 'nearest' })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    data = out.data;
    ({ width, height } = out.info);
  } catch (e) {
    return mediaProblem('undecodable', { file: file.written, detail: (e as Error).message.split('\n')[0]! }, 'parse', true);
  }
  const channels = data.length / (width * height);
  const isWhite = (x: number, y: number): boolean => {
    const i = (y * width + x) * channels;
    for (let c = 0; c < Math.min(channels, 3); c++) if (data[i + c]! < params.white) return false;
    return true;
  };
  const band = Math.max(1, Math.round(Math.min(width, height) * params.border));
  let borderTotal = 0;
  let borderOff = 0;
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const white = isWhite(x, y);
      if (x < band || y < band || x >= width - band || y >= height - band) {
        borderTotal++;
        if (!white) borderOff++;
      }
      if (!white) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  const fill = maxX < 0 ? 0 : Math.max((maxX - minX + 1) / width, (maxY - minY + 1) / height);
  return { borderNotWhite: borderTotal ? borderOff / borderTotal : 0, fill };
}
