import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MEDIA_EXTENSIONS, isCreativeFile, preCommitFilesPattern } from '@adlint/core';
import { repoRoot } from './helpers/cli.js';
import { FILES_LINE, PATTERN_FILES } from '../scripts/gen-file-patterns.mjs';

/**
 * The pre-commit hook's `files` pattern says which staged files reach adlint. It must name
 * exactly what adlint reads: creatives its readers claim and media it can measure. A file type
 * added to the file-type table must reach the hook; the behavioural cases below keep the derived
 * pattern honest (a media format adlint cannot read, such as WebM, stays out).
 */
const hooks = parse(readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; files: string }[];
const written = hooks.find((h) => h.id === 'adlint')!.files;
// pre-commit patterns are Python regexes; `(?i)` is the one construct JavaScript writes as a flag.
const pattern = new RegExp(written.replace(/^\(\?i\)/, ''), written.startsWith('(?i)') ? 'i' : '');

const reads = (name: string): boolean => isCreativeFile(name) || MEDIA_EXTENSIONS.includes(path.extname(name).slice(1).toLowerCase());

const NAMES = [
  'a.ad.yaml', 'a.ad.yml', 'a.ad.json', 'a.ad.md', 'a.listing.md', 'a.landing.md', 'ads.csv', 'ads.tsv', 'ADS.CSV', 'Ads.Tsv',
  'a.yaml', 'a.json', 'README.md', 'notes.txt', 'a.ad.txt', 'a.webm', 'a.mkv', 'a.avi', 'a.bmp', 'a.svg', 'a.pdf',
  ...MEDIA_EXTENSIONS.flatMap((ext) => [`a.${ext}`, `A.${ext.toUpperCase()}`]),
];

describe('.pre-commit-hooks.yaml files pattern', () => {
  it.each(PATTERN_FILES)('%s shows the pattern the file-type table gives (run node scripts/gen-file-patterns.mjs)', (rel) => {
    const shown = [...readFileSync(path.join(repoRoot, rel), 'utf8').matchAll(FILES_LINE)].map((m) => m[2]);
    expect(shown.length).toBeGreaterThan(0);
    for (const p of shown) expect(p).toBe(preCommitFilesPattern());
  });

  it.each(NAMES)('%s reaches adlint exactly when adlint reads it', (name) => {
    expect(pattern.test(name)).toBe(reads(name));
  });

  it('includes sheets and leaves out media adlint cannot read', () => {
    expect(pattern.test('ads.csv') && pattern.test('ads.tsv')).toBe(true);
    expect(pattern.test('clip.webm')).toBe(false);
  });
});
