import { mkdirSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { realInside } from './project-root.js';

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

  it('a file is inside through its real path; a link to a file or folder outside is not', () => {
    expect(realInside(project, path.join(project, 'ads', 'a.ad.yaml'))).toBe(true);
    expect(realInside(project, path.join(project, 'ads', 'file-link.ad.yaml'))).toBe(false);
    expect(realInside(project, path.join(project, 'dir-link', 'secret.ad.yaml'))).toBe(false);
    expect(realInside(path.join(base, 'project-link'), path.join(base, 'project-link', 'ads', 'a.ad.yaml'))).toBe(true);
    expect(realInside(path.join(base, 'project-link'), path.join(project, 'ads', 'a.ad.yaml'))).toBe(true);
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
});
