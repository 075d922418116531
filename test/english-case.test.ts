import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generate, target, wordsTarget } from '../scripts/gen-english-case.mjs';

describe('the English word lists generated from dictionary-en', () => {
  it('are current (run `pnpm gen:english-case` to regenerate)', async () => {
    const { source, wordList } = await generate();
    expect(readFileSync(target, 'utf8')).toBe(source);
    expect(gunzipSync(readFileSync(wordsTarget)).toString('utf8')).toBe(wordList);
    expect(source).toMatch(/'[^']*\bNASA\b/);
    expect(wordList).toMatch(/^flowers$/m);
  });
});
