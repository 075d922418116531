/**
 * Every kind of file adlint reads, in one table. Discovery globs, the reader a file goes to, media
 * detection and the pre-commit hook's `files` pattern are all derived from it, so a new file type
 * is one row here (and, for a new `reader`, one reader registered under that id in readers/index.ts).
 */

/** The reader modules (readers/index.ts maps each id to its reader). */
export type ReaderId = 'manifest' | 'sheet' | 'markdown' | 'html';

export type MediaKind = 'image' | 'video';

interface FileTypeBase {
  /** What a user calls it, for docs and messages. */
  name: string;
  /** File name endings, lower case with the leading dot; names match case-insensitively. */
  suffixes: readonly string[];
}

/** What a creative file holds: ads, a marketplace listing, or a landing page that ads link. */
export type CreativeRole = 'ad' | 'listing' | 'landing';

/** A file of creatives, read by a reader. */
export interface CreativeFileType extends FileTypeBase {
  reader: ReaderId;
  role: CreativeRole;
}

/** An image or video, measured directly when config `media:` assigns it to platforms. */
export interface MediaFileType extends FileTypeBase {
  media: MediaKind;
  /** The format as sharp names it (images) or the container (videos): jpg and jpeg are one format. */
  format: string;
}

export type FileType = CreativeFileType | MediaFileType;

export const FILE_TYPES: readonly FileType[] = [
  { name: 'ad manifest (YAML)', suffixes: ['.ad.yaml', '.ad.yml'], reader: 'manifest', role: 'ad' },
  { name: 'ad manifest (JSON)', suffixes: ['.ad.json'], reader: 'manifest', role: 'ad' },
  { name: 'ad (Markdown)', suffixes: ['.ad.md'], reader: 'markdown', role: 'ad' },
  { name: 'listing (Markdown)', suffixes: ['.listing.md'], reader: 'markdown', role: 'listing' },
  { name: 'landing page (Markdown)', suffixes: ['.landing.md'], reader: 'markdown', role: 'landing' },
  { name: 'landing page (HTML)', suffixes: ['.landing.html', '.landing.htm'], reader: 'html', role: 'landing' },
  { name: 'bulk sheet (CSV/TSV)', suffixes: ['.csv', '.tsv'], reader: 'sheet', role: 'ad' },
  { name: 'JPEG image', suffixes: ['.jpg', '.jpeg'], media: 'image', format: 'jpeg' },
  { name: 'PNG image', suffixes: ['.png'], media: 'image', format: 'png' },
  { name: 'GIF image', suffixes: ['.gif'], media: 'image', format: 'gif' },
  { name: 'WebP image', suffixes: ['.webp'], media: 'image', format: 'webp' },
  { name: 'AVIF image', suffixes: ['.avif'], media: 'image', format: 'avif' },
  { name: 'HEIF image', suffixes: ['.heic', '.heif'], media: 'image', format: 'heif' },
  { name: 'TIFF image', suffixes: ['.tif', '.tiff'], media: 'image', format: 'tiff' },
  { name: 'MP4 video', suffixes: ['.mp4', '.m4v'], media: 'video', format: 'mp4' },
  { name: 'QuickTime video', suffixes: ['.mov', '.qt'], media: 'video', format: 'mov' },
];

export const CREATIVE_FILE_TYPES: readonly CreativeFileType[] = FILE_TYPES.filter((t): t is CreativeFileType => 'reader' in t);
export const MEDIA_FILE_TYPES: readonly MediaFileType[] = FILE_TYPES.filter((t): t is MediaFileType => 'media' in t);

/** The creative file type of a file name, or null when no reader claims it. */
export function creativeFileType(filePath: string): CreativeFileType | null {
  // Asked several times in a row about each file (its reader, whether it is a page, its size limit).
  if (filePath === lastAsked.path) return lastAsked.type;
  const ending = lowerEnding(filePath);
  const type = CREATIVE_FILE_TYPES.find((t) => t.suffixes.some((s) => ending.endsWith(s))) ?? null;
  lastAsked = { path: filePath, type };
  return type;
}

let lastAsked: { path: string; type: CreativeFileType | null } = { path: '', type: null };

/** Whether a file is a landing page that ads link (`landing: ./page.landing.md`). */
export function isLandingPageFile(filePath: string): boolean {
  return creativeFileType(filePath)?.role === 'landing';
}

/** The endings of one role's files as a user reads them: `*.landing.md`, or `*.a, *.b or *.c`. */
export function describeSuffixes(role?: CreativeRole): string {
  const names = CREATIVE_FILE_TYPES.filter((t) => !role || t.role === role).flatMap((t) => t.suffixes.map((s) => `*${s}`));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('');
}

/** The media file type a file name promises, or null when it is not an image or video adlint reads. */
export function mediaFileType(filePath: string): MediaFileType | null {
  const ending = lowerEnding(filePath);
  return MEDIA_FILE_TYPES.find((t) => t.suffixes.some((s) => ending.endsWith(s))) ?? null;
}

/** Extension (no dot) → format, for one media kind. */
export function mediaFormats(kind: MediaKind): Readonly<Record<string, string>> {
  return Object.fromEntries(MEDIA_FILE_TYPES.filter((t) => t.media === kind).flatMap((t) => t.suffixes.map((s) => [s.slice(1), t.format])));
}

/** Glob patterns for walking folders: each ending in lower and upper case (globs match case-sensitively). */
export function globsFor(types: readonly FileType[]): string[] {
  return types.flatMap((t) => t.suffixes.map((s) => `**/*.{${s.slice(1)},${s.slice(1).toUpperCase()}}`));
}

/** The pre-commit hook's `files` pattern (a Python regex): exactly the files of the table. */
export function preCommitFilesPattern(types: readonly FileType[] = FILE_TYPES): string {
  const endings = types.flatMap((t) => t.suffixes.map((s) => s.slice(1).replace(/\./g, '\\.')));
  return `(?i)\\.(${endings.join('|')})$`;
}

/** More than the longest suffix: a surrogate pair cut at the start cannot reach into it. */
const ENDING = 32;

/**
 * The end of a file name in lower case, once per question: asked several times per file, the whole
 * path lowered for each file type was a new string per type and call. Lower case maps code point
 * by code point (final sigma, the one exception, lowers to no ASCII letter), so the last
 * characters of the end lowered are those of the whole name lowered.
 */
function lowerEnding(filePath: string): string {
  return (filePath.length > ENDING ? filePath.slice(-ENDING) : filePath).toLowerCase();
}
