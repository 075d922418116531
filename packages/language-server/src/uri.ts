import { fileURLToPath, pathToFileURL } from 'node:url';

/** The path of a `file:` URI; null for other schemes (an unsaved buffer), which adlint does not lint. */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}
