import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold.js';
import { decode, encode, readCompiledLexicon, userCacheDir, writeCompiledLexicon, type CompiledLexicon } from './compiled-lexicons.js';
import { TermMatcher, type TermEntry } from './terms.js';

const TERMS: TermEntry[] = [
  { term: 'cure', replacement: 'may help' },
  { term: '第一', exceptions: ['第一次'] },
  { term: '最', unless_followed_by: '低气温' },
  { term: 'clinically proven', forms: ['clinically-proven'] },
  { term: '最佳', variants: ['蕞佳'] },
];
const TEXT = 'Cures? It cures, secure, Clinically-Proven. 第一次 第一 最低气温 最好 最佳 蕞佳 c-u-r-e';

function compiled(): CompiledLexicon {
  const matcher = new TermMatcher(TERMS);
  return { data: { name: 'Test', terms: TERMS }, tables: matcher.tables() };
}
const hits = (m: TermMatcher) => m.find(foldText(TEXT)).map((h) => [h.start, h.end, h.entry.term, h.pattern]);

describe('compiled lexicons', () => {
  it('give back a matcher that finds exactly what the compiled one finds', () => {
    const back = decode(encode(compiled()))!;
    expect(back.data).toEqual({ name: 'Test', terms: TERMS });
    const original = hits(new TermMatcher(TERMS));
    expect(original.length).toBeGreaterThan(4);
    expect(hits(new TermMatcher(back.data.terms, back.tables))).toEqual(original);
    // Every table comes back as built, the root's bit set (made again from the root's pairs) too.
    expect(back.tables.automaton).toEqual(compiled().tables.automaton);
  });

  it('reject a damaged or truncated entry instead of reading it', () => {
    const bytes = encode(compiled());
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 7]! ^= 0x40;
    expect(decode(flipped)).toBeUndefined();
    expect(decode(bytes.subarray(0, bytes.length - 12))).toBeUndefined();
    expect(decode(bytes.subarray(0, 6))).toBeUndefined();
    expect(decode(Buffer.from('not a compiled lexicon at all'))).toBeUndefined();
  });

  it('are stored in the user cache folder, and a damaged entry there is discarded', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'adlint-compiled-'));
    const previous = process.env.ADLINT_CACHE_DIR;
    process.env.ADLINT_CACHE_DIR = dir;
    try {
      const folder = userCacheDir()!;
      expect(folder).toBe(path.join(dir, 'lexicons'));
      writeCompiledLexicon('k1', compiled());
      expect(readdirSync(folder)).toEqual(['k1.bin']);
      expect(readCompiledLexicon('k1')?.data.name).toBe('Test');
      const file = path.join(folder, 'k1.bin');
      writeFileSync(file, readFileSync(file).subarray(0, 100));
      expect(readCompiledLexicon('k1')).toBeUndefined();
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.ADLINT_CACHE_DIR;
      else process.env.ADLINT_CACHE_DIR = previous;
    }
  });

  it('have a folder per platform, or none when ADLINT_CACHE_DIR is empty', () => {
    expect(userCacheDir({ ADLINT_CACHE_DIR: '' })).toBeNull();
    if (process.platform === 'linux') expect(userCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe(path.join('/x/cache', 'adlint', 'lexicons'));
  });
});
