import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, writeFileAtomic } from './write-atomic.js';

function tempFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'adlint-atomic-')), 'a.ad.yaml');
  writeFileSync(file, text);
  return file;
}

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const file = tempFile('old\n');
    await writeFileAtomic(file, 'new\n', await snapshot(file));
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(readdirSync(path.dirname(file))).toEqual(['a.ad.yaml']);
  });

  it('refuses to overwrite a file that changed since it was read, and leaves it intact', async () => {
    const file = tempFile('old\n');
    const before = await snapshot(file);
    writeFileSync(file, 'edited by someone else\n');
    await expect(writeFileAtomic(file, 'new\n', before)).rejects.toThrow('file changed on disk');
    expect(readFileSync(file, 'utf8')).toBe('edited by someone else\n');
    expect(readdirSync(path.dirname(file))).toEqual(['a.ad.yaml']);
  });

  it('refuses a read-only file', async () => {
    const file = tempFile('old\n');
    const before = await snapshot(file);
    await expect(writeFileAtomic(file, 'new\n', { ...before, mode: 0o100444 })).rejects.toThrow('read-only');
    expect(readFileSync(file, 'utf8')).toBe('old\n');
  });

  it('refuses when the file was deleted meanwhile, and creates nothing', async () => {
    const file = tempFile('old\n');
    const before = await snapshot(file);
    const other = path.join(path.dirname(file), 'b.ad.yaml');
    await expect(writeFileAtomic(other, 'new\n', before)).rejects.toThrow('file changed on disk');
    expect(readdirSync(path.dirname(file))).toEqual(['a.ad.yaml']);
  });
});
