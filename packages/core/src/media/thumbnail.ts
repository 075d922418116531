import { isProblem, openMedia } from './file.js';
import { readImageHeader } from './image-header.js';
import { describeRatio } from './measures.js';
import { MAX_DECODE_PIXELS, decodeSlots, loadSharp } from './runtime.js';

/** An image as a report shows it: measured from its header, with a small embeddable preview. */
export interface Thumbnail {
  width: number;
  height: number;
  /** `4:5`, `1.91:1` */
  ratio: string;
  format: string;
  /** A `data:image/webp;base64,…` URI at most `maxSide` pixels on its longer side; absent when the image cannot be decoded within adlint's limits. */
  dataUri?: string;
}

/**
 * A bounded thumbnail: decoded under adlint's pixel limit, first frame only, small WebP so a
 * report of a thousand creatives stays a few megabytes. `maxSide` null measures the header only
 * (for reports that have embedded enough previews). Null for files that are not readable images
 * (videos, missing files): the lint messages already say why.
 */
export async function thumbnail(abs: string, maxSide: number | null = 96): Promise<Thumbnail | null> {
  const file = await openMedia('/', abs);
  if (isProblem(file) || file.kind !== 'image') return null;
  const header = await readImageHeader(file);
  if (isProblem(header)) return null;
  const facts = { width: header.width, height: header.height, ratio: describeRatio(header.width, header.height), format: header.format };
  if (maxSide === null || header.width * header.height > MAX_DECODE_PIXELS) return facts;
  const sharp = await loadSharp();
  try {
    const data = await decodeSlots(() =>
      sharp(abs, { limitInputPixels: MAX_DECODE_PIXELS, pages: 1 })
        .autoOrient()
        .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 60 })
        .toBuffer(),
    );
    return { ...facts, dataUri: `data:image/webp;base64,${data.toString('base64')}` };
  } catch {
    return facts;
  }
}
