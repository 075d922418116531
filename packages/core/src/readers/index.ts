import { manifestReader } from './manifest.js';
import type { Reader } from './types.js';

const MANIFEST = /\.ad\.(ya?ml|json)$/i;

/** The reader for a file name, or null when the file is not a creative adlint reads. */
export function readerFor(filePath: string): Reader | null {
  if (MANIFEST.test(filePath)) return manifestReader;
  return null;
}

export function isCreativeFile(filePath: string): boolean {
  return readerFor(filePath) !== null;
}

/** Glob patterns of the files adlint reads, for folder walking. */
export const CREATIVE_GLOBS = ['**/*.ad.yaml', '**/*.ad.yml', '**/*.ad.json'];
