import type { FileResult } from './message.js';

/**
 * What fixing needs of a linter: lint a text as if it were the file `filePath`, under that file's
 * settings. Fixing and the pack self-test take this rather than the Linter class, so they sit
 * above the engine without depending on the class that assembles it.
 */
export interface TextLinter<Settings> {
  lintText(text: string, filePath: string, settings: Settings): Promise<FileResult>;
}
