import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPatterns, ignoreFilesReason, selectFiles } from './discover.js';

function tree(files: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'adlint-walk-'));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), 'x: 1\n');
  }
  return dir;
}

describe('expandPatterns walking a folder', () => {
  it('finds creative and media files by an ending in lower or upper case, never in hidden, node_modules or .git folders, nor links', async () => {
    const many = Array.from({ length: 400 }, (_, i) => `many/ad-${String(i).padStart(3, '0')}.ad.yaml`);
    const dir = tree([
      'a.ad.yaml', 'B.AD.YAML', 'c.ad.yml', 'd.ad.json', 'e.ad.md', 'f.listing.md', 'sub/deep/g.landing.md', 'h.landing.html', 'i.landing.htm', 'j.csv', 'K.TSV',
      'pic.jpg', 'PIC2.JPEG', 'clip.mp4', 'still.heic',
      // Mixed case is not walked (a named file is still read: isCreativeFile ignores case).
      'mixed.Ad.Yaml', 'mixed.Jpg',
      '.hidden.ad.yaml', '.dir/x.ad.yaml', 'node_modules/pkg/x.ad.yaml', '.git/x.ad.yaml', 'sub/node_modules/y.ad.yaml',
      'notes.txt', 'a.yaml', 'ad.yaml', 'clip.webm', 'x.ad.yaml.bak',
      ...many,
    ]);
    mkdirSync(path.join(dir, 'elsewhere'));
    writeFileSync(path.join(dir, 'elsewhere', 'z.ad.yaml'), 'x: 1\n');
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'linked-folder'));
    // Links are not followed in a walk, to files or folders (a file named outright is the linter's to judge: realInside).
    symlinkSync(path.join(dir, 'elsewhere', 'z.ad.yaml'), path.join(dir, 'linked-file.ad.yaml'));
    const [match] = await expandPatterns(['.'], dir);
    const found = match!.files.map((f) => path.relative(dir, f).split(path.sep).join('/')).sort();
    expect(match!.kind).toBe('folder');
    expect(found).toEqual([
      'B.AD.YAML', 'K.TSV', 'PIC2.JPEG', 'a.ad.yaml', 'c.ad.yml', 'clip.mp4', 'd.ad.json', 'e.ad.md', 'elsewhere/z.ad.yaml', 'f.listing.md',
      'h.landing.html', 'i.landing.htm', 'j.csv', ...many, 'pic.jpg', 'still.heic', 'sub/deep/g.landing.md',
    ].sort());
  });

  it('a folder of many files with an ignore file and --ignore-pattern: each rule leaves out exactly its files', async () => {
    const files = Array.from({ length: 300 }, (_, i) => `ads/b${i % 3}/ad-${i}.ad.yaml`);
    const dir = tree(files);
    writeFileSync(path.join(dir, '.adlintignore'), 'ads/b1/\n!ads/b1/ad-1.ad.yaml\n');
    const matches = await expandPatterns(['ads'], dir);
    const reason = ignoreFilesReason({ cwd: dir, ignorePatterns: ['ad-2*.ad.yaml'], useIgnore: true });
    const kept = selectFiles(matches, reason, { errorOnUnmatched: true, warnIgnored: true, warn: () => {} }).map((f) => path.relative(dir, f).split(path.sep).join('/'));
    // gitignore: a file inside an ignored folder cannot be re-included.
    const expected = files.filter((f) => !f.startsWith('ads/b1/') && !path.basename(f).startsWith('ad-2')).sort();
    expect(kept).toEqual(expected);
    expect(kept.length).toBeGreaterThan(100);
  });
});
