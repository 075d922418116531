import { IMAGE_EXTENSIONS, VIDEO_EXTENSIONS, type MediaFile, type MediaProblem } from './file.js';
import { ResultCache, headerSlots, loadSharp } from './runtime.js';
import { mediaProblem } from './problems.js';

/** What an image's header says: no pixel is decoded to learn it. */
export interface ImageHeader {
  /** jpeg, png, gif, webp, avif, heif, tiff, svg… */
  format: string;
  /** As displayed: EXIF orientation applied. */
  width: number;
  height: number;
  /** sharp's colour space name: srgb, cmyk, b-w, rgb16… */
  space: string;
  hasAlpha: boolean;
  /** Frames (1 for a still image). */
  frames: number;
  /** Problems that do not stop the checks (a lying extension, a truncated file). */
  warnings: MediaProblem[];
}

const cache = new ResultCache<ImageHeader | MediaProblem>();

export function readImageHeader(file: MediaFile): Promise<ImageHeader | MediaProblem> {
  return cache.get(file.key, () => headerSlots(() => read(file)));
}

async function read(file: MediaFile): Promise<ImageHeader | MediaProblem> {
  const sharp = await loadSharp();
  let meta;
  try {
    // limitInputPixels: false because only the header is read here; decoding is bounded elsewhere.
    meta = await sharp(headerSource(file), { limitInputPixels: false }).metadata().catch((e: unknown) => {
      // A header longer than the bytes already read (a huge ICC profile): ask again with the file.
      if (typeof headerSource(file) === 'string') throw e;
      return sharp(file.abs, { limitInputPixels: false }).metadata();
    });
  } catch (e) {
    const named = IMAGE_EXTENSIONS[file.ext] ?? VIDEO_EXTENSIONS[file.ext];
    const detail = firstLine((e as Error).message);
    return named
      ? mediaProblem('unreadable-format', { file: file.written, format: named.toUpperCase(), detail }, 'parse', true)
      : mediaProblem('not-an-image', { file: file.written, detail }, 'parse', true);
  }
  // sharp reports AVIF as HEIF with AV1 compression; platforms list AVIF on its own.
  const format = meta.format === 'heif' && meta.compression === 'av1' ? 'avif' : String(meta.format);
  const header: ImageHeader = {
    format,
    width: meta.autoOrient?.width ?? meta.width,
    height: meta.autoOrient?.height ?? meta.height,
    space: String(meta.space ?? 'srgb'),
    hasAlpha: meta.hasAlpha,
    frames: meta.pages ?? 1,
    warnings: [],
  };
  const promised = IMAGE_EXTENSIONS[file.ext];
  const sameFamily = promised === format || (promised === 'heif' && format === 'avif');
  if (promised && !sameFamily) {
    header.warnings.push(mediaProblem('misnamed-image', { file: file.written, ext: file.ext, format: format.toUpperCase() }, 'image-format', false));
  }
  const truncated = endsEarly(file, format);
  if (truncated) header.warnings.push(mediaProblem('truncated-image', { file: file.written, format: format.toUpperCase(), marker: truncated }, 'parse', false));
  return header;
}

/**
 * Whether the file lacks its format's end marker: the cheap way to catch a half-copied upload
 * without decoding it. Returns the missing marker's name, or null.
 */
function endsEarly(file: MediaFile, format: string): string | null {
  if (!['jpeg', 'png', 'gif'].includes(format)) return null;
  const tail = file.tail;
  if (format === 'jpeg') return tail.includes(Buffer.from([0xff, 0xd9])) ? null : 'EOI';
  if (format === 'png') return tail.includes(Buffer.from('IEND', 'latin1')) ? null : 'IEND';
  // GIF ends with the trailer byte 0x3B; some encoders pad with zeros after it.
  let i = tail.length - 1;
  while (i > 0 && tail[i] === 0) i--;
  return tail[i] === 0x3b ? null : '0x3B';
}

/**
 * JPEG and PNG say everything sharp reports in their first bytes, already read when the file was
 * opened: parsing those saves opening the file again. Other formats (GIF frames are counted over
 * the whole file) are read from the path.
 */
function headerSource(file: MediaFile): Buffer | string {
  const h = file.head;
  const jpeg = h.length > 2 && h[0] === 0xff && h[1] === 0xd8;
  const png = h.length > 8 && h.readUInt32BE(0) === 0x89504e47;
  return jpeg || png ? h : file.abs;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}
