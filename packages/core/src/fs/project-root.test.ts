import { mkdirSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mayReadUnlessLink, realInside, resolveFoldersOnce } from './project-root.js';

describe('realInside', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'adlint-real-'));
  const project = path.join(base, 'project');
  const outside = path.join(base, 'outside');
  mkdirSync(path.join(project, 'ads'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(project, 'ads', 'a.ad.yaml'), 'x: 1\n');
  writeFileSync(path.join(outside, 'secret.ad.yaml'), 'x: 1\n');
  symlinkSync(path.join(outside, 'secret.ad.yaml'), path.join(project, 'ads', 'file-link.ad.yaml'));
  symlinkSync(outside, path.join(project, 'dir-link'));
  // The project reached through a link to it (as /tmp is on macOS): its files are inside.
  symlinkSync(project, path.join(base, 'project-link'));
  // `dir-link/..` is `base` to the system (beside the link's target), `project` as written.
  mkdirSync(path.join(base, 'ads'));
  writeFileSync(path.join(base, 'ads', 'a.ad.yaml'), 'outside: 1\n');
  const upThroughLink = `${project}${path.sep}dir-link${path.sep}..${path.sep}ads${path.sep}a.ad.yaml`;

  it('a file is inside through its real path; a link to a file or folder outside is not', () => {
    expect(realInside(project, path.join(project, 'ads', 'a.ad.yaml'))).toBe(true);
    expect(realInside(project, path.join(project, 'ads', 'file-link.ad.yaml'))).toBe(false);
    expect(realInside(project, path.join(project, 'dir-link', 'secret.ad.yaml'))).toBe(false);
    expect(realInside(path.join(base, 'project-link'), path.join(base, 'project-link', 'ads', 'a.ad.yaml'))).toBe(true);
    expect(realInside(path.join(base, 'project-link'), path.join(project, 'ads', 'a.ad.yaml'))).toBe(true);
  });

  it('a `..` after a link is taken as the system takes it', () => {
    expect(realInside(project, upThroughLink)).toBe(false);
  });

  it('a missing file is judged by its written path', () => {
    expect(realInside(project, path.join(project, 'ads', 'missing.ad.yaml'))).toBe(true);
    expect(realInside(project, path.join(outside, 'missing.ad.yaml'))).toBe(false);
  });

  it('asked again after a folder inside became a link out, the answer follows the file system', () => {
    const dir = path.join(project, 'swapped');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'b.ad.yaml'), 'x: 1\n');
    expect(realInside(project, path.join(dir, 'b.ad.yaml'))).toBe(true);
    const moved = path.join(project, 'swapped-old');
    renameSync(dir, moved);
    symlinkSync(outside, dir);
    writeFileSync(path.join(outside, 'b.ad.yaml'), 'x: 1\n');
    expect(realInside(project, path.join(dir, 'b.ad.yaml'))).toBe(false);
  });

  describe('with folders resolved once per run', () => {
    afterEach(() => resolveFoldersOnce(false));

    it('gives the same answers: a link to a file or folder outside is still refused', () => {
      resolveFoldersOnce(true);
      // Twice each: the second answer comes from the folder resolved by the first.
      for (let i = 0; i < 2; i++) {
        expect(realInside(project, path.join(project, 'ads', 'a.ad.yaml'))).toBe(true);
        expect(realInside(project, path.join(project, 'ads', 'file-link.ad.yaml'))).toBe(false);
        expect(realInside(project, path.join(project, 'dir-link', 'secret.ad.yaml'))).toBe(false);
        expect(realInside(path.join(base, 'project-link'), path.join(base, 'project-link', 'ads', 'a.ad.yaml'))).toBe(true);
        expect(realInside(project, path.join(project, 'ads', 'missing.ad.yaml'))).toBe(true);
        expect(realInside(project, path.join(outside, 'missing.ad.yaml'))).toBe(false);
        expect(realInside(project, path.join(project, 'ads', '..', 'dir-link', 'secret.ad.yaml'))).toBe(false);
        expect(realInside(project, upThroughLink)).toBe(false);
        expect(mayReadUnlessLink(project, upThroughLink)).toBe(false);
      }
    });

    it('a folder of many files, one a link out among them: only that one is refused', () => {
      const dir = path.join(project, 'many');
      mkdirSync(dir);
      for (let i = 0; i < 300; i++) writeFileSync(path.join(dir, `ad-${i}.ad.yaml`), 'x: 1\n');
      symlinkSync(path.join(outside, 'secret.ad.yaml'), path.join(dir, 'ad-150-link.ad.yaml'));
      // A link inside the project to a file inside it is read.
      symlinkSync(path.join(project, 'ads', 'a.ad.yaml'), path.join(dir, 'inner-link.ad.yaml'));
      resolveFoldersOnce(true);
      const refused = [];
      for (let i = 0; i < 300; i++) if (!realInside(project, path.join(dir, `ad-${i}.ad.yaml`))) refused.push(i);
      expect(refused).toEqual([]);
      expect(realInside(project, path.join(dir, 'ad-150-link.ad.yaml'))).toBe(false);
      expect(realInside(project, path.join(dir, 'inner-link.ad.yaml'))).toBe(true);
      // Through the project reached by a link, the folder resolves to the real project.
      expect(realInside(project, path.join(base, 'project-link', 'many', 'ad-3.ad.yaml'))).toBe(true);
      expect(realInside(project, path.join(base, 'project-link', 'many', 'ad-150-link.ad.yaml'))).toBe(false);
    });

    it('mayReadUnlessLink: true only for a file whose folder, resolved, is inside', () => {
      expect(mayReadUnlessLink(project, path.join(project, 'ads', 'a.ad.yaml'))).toBe(false);
      resolveFoldersOnce(true);
      expect(mayReadUnlessLink(project, path.join(project, 'ads', 'a.ad.yaml'))).toBe(process.platform !== 'win32');
      // True for a link in such a folder too: the caller opens refusing links (readRegularFileAndModeSync's noFollow).
      expect(mayReadUnlessLink(project, path.join(project, 'ads', 'file-link.ad.yaml'))).toBe(process.platform !== 'win32');
      expect(mayReadUnlessLink(project, path.join(project, 'dir-link', 'secret.ad.yaml'))).toBe(false);
      expect(mayReadUnlessLink(project, path.join(outside, 'secret.ad.yaml'))).toBe(false);
      // An open refusing links still follows a link named with a trailing `/` or `/.`: resolved whole.
      for (const written of [`${project}${path.sep}dir-link${path.sep}`, `${project}${path.sep}dir-link${path.sep}.`]) {
        expect(mayReadUnlessLink(project, written)).toBe(false);
        expect(realInside(project, written)).toBe(false);
      }
    });

    it('a file made a link out during the run is refused: only folders are resolved once', () => {
      const dir = path.join(project, 'turned');
      mkdirSync(dir);
      const file = path.join(dir, 'c.ad.yaml');
      writeFileSync(file, 'x: 1\n');
      resolveFoldersOnce(true);
      expect(realInside(project, file)).toBe(true);
      renameSync(file, path.join(dir, 'c-old.ad.yaml'));
      symlinkSync(path.join(outside, 'secret.ad.yaml'), file);
      expect(realInside(project, file)).toBe(false);
    });
  });
});
