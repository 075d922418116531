/**
 * Reading any file adlint opens (configs, ignore files, caches, packs, lexicons, media to hash):
 * a named pipe blocks a read forever and a device (a link to /dev/zero) never ends, so only a
 * regular file is read, and only up to a size. The file is opened non-blocking (opening a pipe
 * would block too) and checked on the open descriptor, so it cannot be swapped between the check
 * and the read.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Why a file was not read: an errno code (`ENOENT`), or `ENOTREG` / `EFBIG` / `EISDIR` with words.
 */
export class NotReadableError extends Error {
  /** `size`: the file's bytes, for `EFBIG`. */
  constructor(readonly file: string, readonly code: string, reason: string, readonly size?: number) {
    super(reason);
  }
}

/** Config-like files: no hand-written config, pack or lexicon comes near this. */
export const MAX_CONFIG_FILE_SIZE = 16 * 1024 * 1024;

const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

function refuse(file: string, isFile: boolean, isDir: boolean, size: number, maxBytes: number): void {
  if (isDir) throw new NotReadableError(file, 'EISDIR', 'is a directory');
  if (!isFile) throw new NotReadableError(file, 'ENOTREG', 'not a regular file (a pipe, socket or device): not read');
  if (size > maxBytes) throw new NotReadableError(file, 'EFBIG', `file is ${size} bytes, over the ${maxBytes}-byte limit: not read`, size);
}

function wrap(file: string, e: unknown): never {
  if (e instanceof NotReadableError) throw e;
  const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
  throw new NotReadableError(file, code, code);
}

/** The bytes of a regular file of at most `maxBytes`; a NotReadableError says why not. */
export function readRegularFileSync(file: string, maxBytes = MAX_CONFIG_FILE_SIZE): Buffer {
  return readRegularFileAndModeSync(file, maxBytes).bytes;
}

/** Opening refusing a file that is itself a link (where the system can: not on Windows). */
const NO_FOLLOW_FLAGS = FLAGS | (constants.O_NOFOLLOW ?? 0);

/** Whether a read with `noFollow` was refused because the file is a link (ELOOP; EMLINK on FreeBSD). */
export function isLinkRefused(e: unknown): boolean {
  return e instanceof NotReadableError && (e.code === 'ELOOP' || e.code === 'EMLINK');
}

/**
 * As readRegularFileSync, with the file's mode from the same descriptor (kept when a fix rewrites it): no second stat.
 * `noFollow`: a file that is itself a link is not opened (isLinkRefused tells that refusal).
 */
export function readRegularFileAndModeSync(file: string, maxBytes = MAX_CONFIG_FILE_SIZE, options: { noFollow?: boolean } = {}): { bytes: Buffer; mode: number } {
  let fd: number;
  try {
    fd = openSync(file, options.noFollow ? NO_FOLLOW_FLAGS : FLAGS);
  } catch (e) {
    return wrap(file, e);
  }
  try {
    const info = fstatSync(fd);
    refuse(file, info.isFile(), info.isDirectory(), info.size, maxBytes);
    // Not zero-filled, and small files share Node's pool as readFileSync's do (no memory block of
    // its own per file): only the bytes read are handed on (`subarray` below), never the rest.
    const buf = Buffer.allocUnsafe(info.size);
    let read = 0;
    // Never past the size stat gave: a file growing while read is read as it was.
    while (read < buf.length) {
      const n = readSync(fd, buf, read, buf.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: buf.subarray(0, read), mode: info.mode };
  } catch (e) {
    return wrap(file, e);
  } finally {
    closeSync(fd);
  }
}

export async function readRegularFile(file: string, maxBytes = MAX_CONFIG_FILE_SIZE): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, FLAGS);
  } catch (e) {
    return wrap(file, e);
  }
  try {
    const info = await handle.stat();
    refuse(file, info.isFile(), info.isDirectory(), info.size, maxBytes);
    const buf = Buffer.alloc(info.size);
    let read = 0;
    while (read < buf.length) {
      const { bytesRead } = await handle.read(buf, read, buf.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buf.subarray(0, read);
  } catch (e) {
    return wrap(file, e);
  } finally {
    await handle.close();
  }
}
