import { readFileSync } from 'node:fs';
import { corePath, coreRequire } from '../package-paths.js';

let words: Set<string> | undefined;

/**
 * Whether a lower-case word (or its plural, past or -ing form) is English, from the SCOWL en_US
 * list that scripts/gen-english-case.mjs extracts from dictionary-en. The 180 kB file is read on
 * the first question only, which only a text with a suspicious token asks.
 */
export function isEnglishWord(lower: string): boolean {
  if (!words) {
    // zlib is required here, not imported: a run that asks no such question does not load it.
    const { gunzipSync } = coreRequire('node:zlib') as typeof import('node:zlib');
    words = new Set(gunzipSync(readFileSync(corePath('data', 'english-words.txt.gz'))).toString('utf8').split('\n'));
  }
  return words.has(lower);
}
