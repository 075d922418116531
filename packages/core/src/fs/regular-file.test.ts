import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotReadableError, isLinkRefused, readRegularFile, readRegularFileAndModeSync } from './regular-file.js';

describe('readRegularFileAndModeSync', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'adlint-regular-'));

  it('gives exactly each file\'s bytes, file after file, small ones sharing a pool and large ones not', async () => {
    const sizes = [0, 1, 7, 4095, 4096, 4097, 8191, 9000, 70_000];
    const files = sizes.map((size, i) => {
      const file = path.join(dir, `f${i}.ad.yaml`);
      // Each file's own byte, so a byte of a neighbour in the pool would show.
      writeFileSync(file, Buffer.alloc(size, 0x41 + i));
      return file;
    });
    for (let round = 0; round < 3; round++) {
      for (const [i, file] of files.entries()) {
        const { bytes } = readRegularFileAndModeSync(file);
        expect(bytes.length).toBe(sizes[i]);
        expect(bytes.every((b) => b === 0x41 + i)).toBe(true);
        expect(await readRegularFile(file)).toEqual(bytes);
      }
    }
  });

  it('refuses a folder, a pipe and a file over the limit, saying why', () => {
    const code = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return e instanceof NotReadableError ? e.code : 'other';
      }
      return 'read';
    };
    expect(code(() => readRegularFileAndModeSync(dir))).toBe('EISDIR');
    const big = path.join(dir, 'big.ad.yaml');
    writeFileSync(big, Buffer.alloc(101));
    expect(code(() => readRegularFileAndModeSync(big, 100))).toBe('EFBIG');
    expect(code(() => readRegularFileAndModeSync(path.join(dir, 'missing')))).toBe('ENOENT');
    if (process.platform !== 'win32') {
      const fifo = path.join(dir, 'pipe.ad.yaml');
      execFileSync('mkfifo', [fifo]);
      expect(code(() => readRegularFileAndModeSync(fifo))).toBe('ENOTREG');
    }
  });

  it('noFollow: a file that is a link is refused as one, a plain file read', () => {
    const target = path.join(dir, 'target.ad.yaml');
    writeFileSync(target, 'x: 1\n');
    const link = path.join(dir, 'link.ad.yaml');
    symlinkSync(target, link);
    expect(readRegularFileAndModeSync(target, 100, { noFollow: true }).bytes.toString()).toBe('x: 1\n');
    expect(readRegularFileAndModeSync(link).bytes.toString()).toBe('x: 1\n');
    if (process.platform === 'win32') return;
    let refusal: unknown;
    try {
      readRegularFileAndModeSync(link, 100, { noFollow: true });
    } catch (e) {
      refusal = e;
    }
    expect(isLinkRefused(refusal)).toBe(true);
    expect(isLinkRefused(new NotReadableError(target, 'ENOENT', 'ENOENT'))).toBe(false);
  });
});
