import { manifestReader } from './manifest.js';
import { sheetReader } from './sheet/reader.js';
import type { FileItem, ReadOptions, Reader } from './types.js';

/** Markdown files are read by unified and its plugins, imported only when such a file is linted. */
const markdownReader: Reader = {
  id: 'markdown',
  async read(text, filePath, options) {
    const { readMarkdown } = await import('./markdown.js');
    return readMarkdown(text, filePath, options);
  },
};

/** HTML pages are read by rehype, imported only when such a file is linted. */
const htmlReader: Reader = {
  id: 'html',
  async read(text, filePath, options) {
    const { readHtml } = await import('./html.js');
    return readHtml(text, filePath, options);
  },
};

/** One kind of file adlint reads: how its name ends, the globs that find it, its reader. */
interface FileType {
  pattern: RegExp;
  globs: string[];
  reader: Reader;
  /** A landing page: linked from ads by `landing:`, checked by the landing checks when linted itself. */
  landingPage?: boolean;
}

const FILE_TYPES: FileType[] = [
  { pattern: /\.ad\.(ya?ml|json)$/i, globs: ['**/*.ad.yaml', '**/*.ad.yml', '**/*.ad.json'], reader: manifestReader },
  { pattern: /\.(csv|tsv)$/i, globs: ['**/*.{csv,tsv,CSV,TSV}'], reader: sheetReader },
  { pattern: /\.(ad|listing)\.md$/i, globs: ['**/*.ad.md', '**/*.listing.md'], reader: markdownReader },
  { pattern: /\.landing\.md$/i, globs: ['**/*.landing.md'], reader: markdownReader, landingPage: true },
  { pattern: /\.landing\.html?$/i, globs: ['**/*.landing.html', '**/*.landing.htm'], reader: htmlReader, landingPage: true },
];

/** The reader for a file name, or null when the file is not a creative adlint reads. */
export function readerFor(filePath: string): Reader | null {
  return FILE_TYPES.find((t) => t.pattern.test(filePath))?.reader ?? null;
}

/**
 * The reader of a page an ad links in `landing:`: a landing page file, or any saved HTML page
 * (`landing: ./page.html`, as a site builder names its export). Null for anything else.
 */
export function landingReaderFor(filePath: string): Reader | null {
  if (isLandingPageFile(filePath)) return readerFor(filePath);
  return /\.html?$/i.test(filePath) ? htmlReader : null;
}

/** True for a landing page file (`*.landing.md`, `*.landing.html`). */
export function isLandingPageFile(filePath: string): boolean {
  return FILE_TYPES.some((t) => t.landingPage && t.pattern.test(filePath));
}

export function isCreativeFile(filePath: string): boolean {
  return readerFor(filePath) !== null;
}

/** Glob patterns of the files adlint reads, for folder walking. */
export const CREATIVE_GLOBS = FILE_TYPES.flatMap((t) => t.globs);

/** A file's creatives and problems in file order: streamed when the reader can, so each creative is let go once linted. */
export async function* readItems(reader: Reader, text: string, filePath: string, options: ReadOptions): AsyncGenerator<FileItem> {
  if (reader.stream) {
    yield* reader.stream(text, filePath, options);
    return;
  }
  const { creatives, problems, directiveComments } = await reader.read(text, filePath, options);
  for (const problem of problems) yield { problem };
  for (const creative of creatives) yield { creative };
  if (directiveComments?.length) yield { directiveComments };
}
