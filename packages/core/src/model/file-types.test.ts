import { describe, expect, it } from 'vitest';
import { FILE_TYPES, creativeFileType, describeSuffixes, globsFor, isLandingPageFile, mediaFileType, mediaFormats } from './file-types.js';

describe('the file-type table', () => {
  it('claims each ending once, so a name has one reader or one media kind', () => {
    const endings = FILE_TYPES.flatMap((t) => t.suffixes);
    expect(new Set(endings).size).toBe(endings.length);
    for (const s of endings) expect(s).toMatch(/^\.[a-z0-9.]+$/);
  });

  it('matches names in any case and by their whole ending', () => {
    expect(creativeFileType('Ads/SPRING.AD.YAML')?.reader).toBe('manifest');
    expect(creativeFileType('feed.Listing.md')?.role).toBe('listing');
    expect(creativeFileType('README.md')).toBeNull();
    expect(creativeFileType('notes.ad.txt')).toBeNull();
    expect(mediaFileType('hero.JPEG')?.format).toBe('jpeg');
    expect(mediaFileType('clip.webm')).toBeNull();
    expect(isLandingPageFile('shop/Page.LANDING.md')).toBe(true);
    expect(isLandingPageFile('shop/page.ad.md')).toBe(false);
  });

  it('derives globs, formats and the endings users read', () => {
    expect(globsFor([{ name: 'x', suffixes: ['.ad.yaml'], reader: 'manifest', role: 'ad' }])).toEqual(['**/*.{ad.yaml,AD.YAML}']);
    expect(mediaFormats('video')).toEqual({ mp4: 'mp4', m4v: 'mp4', mov: 'mov', qt: 'mov' });
    expect(describeSuffixes('landing')).toBe('*.landing.md, *.landing.html or *.landing.htm');
    expect(describeSuffixes()).toBe('*.ad.yaml, *.ad.yml, *.ad.json, *.ad.md, *.listing.md, *.landing.md, *.landing.html, *.landing.htm, *.csv or *.tsv');
  });

  it('judges a long name by its end as it judges the whole name lowered', () => {
    const whole = (name: string): string | null => FILE_TYPES.find((t) => t.suffixes.some((x) => name.toLowerCase().endsWith(x)))?.name ?? null;
    const folders = ['', '/tmp/', `/${'深'.repeat(40)}/`, `/${'x'.repeat(31)}\u{1F600}/`, '/ΣΑΣ/', '/İ/'];
    const names = ['a.ad.yaml', 'A.AD.YML', '广告.Landing.HTML', 'x.landİng.md', 'ΣΣ.csv', 'e\u{1F600}.TSV', 'hero.JPEG', 'clip.MOV', 'page.landing.htm', 'no.ad.txt', 'x.ad.yaml.bak'];
    for (const folder of folders) {
      for (const name of names) {
        // Padded so the name's end is cut at every offset, surrogate pairs and combining marks included.
        for (const pad of ['', 'K', '\u{1F600}', 'İ'.repeat(20), 'a'.repeat(25)]) {
          const file = `${folder}${pad}${name}`;
          expect(creativeFileType(file)?.name ?? mediaFileType(file)?.name ?? null, file).toBe(whole(file));
        }
      }
    }
  });
});
