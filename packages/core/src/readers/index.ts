import { manifestReader } from './manifest.js';
import { sheetReader } from './sheet/reader.js';
import { CREATIVE_FILE_TYPES, creativeFileType, globsFor, isLandingPageFile, type ReaderId } from '../model/file-types.js';
import { htmlValueWriter } from './html-write.js';
import type { ScalarStyle } from '../model/creative.js';
import { markdownValueWriter } from './markdown/write.js';
import type { FileItem, ReadOptions, Reader, ValueWriter } from './types.js';
import { yamlValueWriter } from './yaml-write.js';

/** Markdown files are read by unified and its plugins, imported only when such a file is linted. */
const markdownReader: Reader = {
  id: 'markdown',
  writers: [markdownValueWriter, yamlValueWriter],
  async read(text, filePath, options) {
    const { readMarkdown } = await import('./markdown.js');
    return readMarkdown(text, filePath, options);
  },
};

/** HTML pages are read by rehype, imported only when such a file is linted. */
const htmlReader: Reader = {
  id: 'html',
  writers: [htmlValueWriter],
  async read(text, filePath, options) {
    const { readHtml } = await import('./html.js');
    return readHtml(text, filePath, options);
  },
};

/** The reader of each reader id in the file-type table (model/file-types.ts). */
const READERS: Readonly<Record<ReaderId, Reader>> = { manifest: manifestReader, sheet: sheetReader, markdown: markdownReader, html: htmlReader };

/** The reader for a file name, or null when the file is not a creative adlint reads. */
export function readerFor(filePath: string): Reader | null {
  const type = creativeFileType(filePath);
  return type ? READERS[type.reader] : null;
}

/** The writer of fixes into scalars of a style, from the reader that produces them; null when none does. */
export function writerFor(style: ScalarStyle): ValueWriter | null {
  for (const reader of Object.values(READERS)) {
    const writer = reader.writers.find((w) => w.styles.includes(style));
    if (writer) return writer;
  }
  return null;
}

export { isLandingPageFile };

/**
 * The reader of a page an ad links in `landing:`: a landing page file, or any saved HTML page
 * (`landing: ./page.html`, as a site builder names its export). Null for anything else.
 */
export function landingReaderFor(filePath: string): Reader | null {
  if (isLandingPageFile(filePath)) return readerFor(filePath);
  return /\.html?$/i.test(filePath) ? htmlReader : null;
}

export function isCreativeFile(filePath: string): boolean {
  return readerFor(filePath) !== null;
}

/** Glob patterns of the files adlint reads, for folder walking. */
export const CREATIVE_GLOBS = globsFor(CREATIVE_FILE_TYPES);

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
