import { manifestReader } from './manifest.js';
import { sheetReader } from './sheet/reader.js';
import type { FileItem, ReadOptions, Reader } from './types.js';

const MANIFEST = /\.ad\.(ya?ml|json)$/i;
const SHEET = /\.(csv|tsv)$/i;
const MARKDOWN = /\.(ad|listing|landing)\.md$/i;

/** Markdown files are read by unified and its plugins, imported only when such a file is linted. */
const markdownReader: Reader = {
  id: 'markdown',
  async read(text, filePath, options) {
    const { readMarkdown } = await import('./markdown.js');
    return readMarkdown(text, filePath, options);
  },
};

/** The reader for a file name, or null when the file is not a creative adlint reads. */
export function readerFor(filePath: string): Reader | null {
  if (MANIFEST.test(filePath)) return manifestReader;
  if (SHEET.test(filePath)) return sheetReader;
  if (MARKDOWN.test(filePath)) return markdownReader;
  return null;
}

export function isCreativeFile(filePath: string): boolean {
  return readerFor(filePath) !== null;
}

/** Glob patterns of the files adlint reads, for folder walking. */
export const CREATIVE_GLOBS = ['**/*.ad.yaml', '**/*.ad.yml', '**/*.ad.json', '**/*.{csv,tsv,CSV,TSV}', '**/*.ad.md', '**/*.listing.md', '**/*.landing.md'];

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
