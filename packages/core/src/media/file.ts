import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { MEDIA_FILE_TYPES, mediaFileType, mediaFormats, type MediaKind } from '../model/file-types.js';
import { mediaProblem, type MediaProblem } from './problems.js';
import { noteInputRead } from '../fs/read-log.js';
import { mayRead, projectRoot } from '../fs/project-root.js';

export type { MediaKind } from '../model/file-types.js';
export type { MediaProblem } from './problems.js';

/** A media file that exists and is a regular file, with what its first bytes say it is. */
export interface MediaFile {
  abs: string;
  /** As written in the creative (for messages). */
  written: string;
  size: number;
  /** Changes when the file does: keys the per-run caches. */
  key: string;
  /** Lower-case extension without the dot. */
  ext: string;
  /** What the content is (its magic bytes), not what the name says. */
  kind: MediaKind;
  /** ISO base media (MP4/MOV/HEIF) brand, when the file has an `ftyp` box. */
  brand?: string;
  /** The first bytes (up to HEAD_BYTES), where JPEG and PNG headers live. */
  head: Buffer;
  /** The last bytes (up to TAIL_BYTES), where end markers live. */
  tail: Buffer;
}

/** Read with the magic bytes in the same open: headers of JPEG and PNG sit in the first 64 KB. */
export const HEAD_BYTES = 64 * 1024;
export const TAIL_BYTES = 64;

/** Extension → image format as sharp names it (jpg and jpeg are one format). */
export const IMAGE_EXTENSIONS = mediaFormats('image');

/** Extension → video container. adlint reads the boxes of MP4 and MOV files. */
export const VIDEO_EXTENSIONS = mediaFormats('video');

/** Media extensions, for finding bare media files in folders. */
export const MEDIA_EXTENSIONS = MEDIA_FILE_TYPES.flatMap((t) => t.suffixes.map((s) => s.slice(1)));

/** The kind a file name promises, or null when the extension is not one adlint knows. */
export function kindByName(file: string): MediaKind | null {
  return mediaFileType(file)?.media ?? null;
}

export function extOf(file: string): string {
  return path.extname(file).slice(1).toLowerCase();
}

/** HEIF-family brands are still images even though the file is ISO base media like MP4. */
const IMAGE_BRANDS = new Set(['avif', 'avis', 'heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);
/** QuickTime files from before `ftyp` start with one of these boxes. */
const QUICKTIME_BOXES = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

/** Stats and sniffs a media reference relative to the creative's folder. */
export async function openMedia(baseDir: string, written: string): Promise<MediaFile | MediaProblem> {
  const abs = path.resolve(baseDir, written);
  noteInputRead(abs);
  const root = projectRoot(baseDir);
  if (!mayRead(root, abs)) return mediaProblem('outside-project', { file: written, root }, 'parse', true);
  let info;
  try {
    info = await stat(abs);
  } catch (e) {
    return statProblem(written, e as NodeJS.ErrnoException);
  }
  if (info.isDirectory()) return mediaProblem('folder', { file: written }, 'parse', true);
  if (!info.isFile()) return mediaProblem('not-a-file', { file: written }, 'parse', true);
  if (info.size === 0) return mediaProblem('empty-file', { file: written }, 'parse', true);
  let head: Buffer;
  let tail: Buffer;
  try {
    const fd = await open(abs, 'r');
    try {
      const h = Buffer.alloc(Math.min(HEAD_BYTES, info.size));
      const t = Buffer.alloc(Math.min(TAIL_BYTES, info.size));
      head = h.subarray(0, (await fd.read(h, 0, h.length, 0)).bytesRead);
      tail = t.subarray(0, (await fd.read(t, 0, t.length, info.size - t.length)).bytesRead);
    } finally {
      await fd.close();
    }
  } catch (e) {
    return statProblem(written, e as NodeJS.ErrnoException);
  }
  const boxType = head.toString('latin1', 4, 8);
  const file: MediaFile = { abs, written, size: info.size, key: `${abs}\u0000${info.size}\u0000${info.mtimeMs}`, ext: extOf(written), kind: 'image', head, tail };
  if (boxType === 'ftyp') {
    file.brand = head.toString('latin1', 8, 12);
    file.kind = IMAGE_BRANDS.has(file.brand) ? 'image' : 'video';
  } else if (QUICKTIME_BOXES.has(boxType)) {
    file.kind = 'video';
  }
  return file;
}

function statProblem(written: string, e: NodeJS.ErrnoException): MediaProblem {
  const ids = { ENOENT: 'file-not-found', ENOTDIR: 'file-not-found', ELOOP: 'link-loop', EACCES: 'permission-denied' } as const;
  const id = ids[e.code as keyof typeof ids] ?? 'unreadable-file';
  return mediaProblem(id, { file: written, code: e.code ?? e.message }, 'parse', true);
}

export function isProblem<T extends object>(v: T | MediaProblem): v is MediaProblem {
  return 'fatal' in v && 'reason' in v;
}

/** Reads `length` bytes at `position` (fewer at the end of the file). */
export async function readRange(abs: string, position: number, length: number): Promise<Buffer> {
  const fd = await open(abs, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await fd.read(buf, 0, length, position);
    return buf.subarray(0, bytesRead);
  } finally {
    await fd.close();
  }
}
