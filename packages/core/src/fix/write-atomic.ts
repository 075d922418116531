import { createHash } from 'node:crypto';
import { chmod, chown, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { worded, type WordedProblem } from '../model/wording.js';
import { FIX_MESSAGES } from './fix-messages.js';

export interface FileSnapshot {
  hash: string;
  mode: number;
}

export async function snapshot(file: string): Promise<FileSnapshot> {
  const [bytes, info] = await Promise.all([readFile(file), stat(file)]);
  return { hash: hashOf(bytes), mode: info.mode };
}

export function hashOf(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A file `--fix` will not replace, and why (an id of FIX_MESSAGES with its data). */
export class WriteRefused extends Error {
  override name = 'WriteRefused';
  constructor(readonly problem: WordedProblem) {
    super(problem.reason);
  }
}

/**
 * Replaces `file` with `text` only if it still holds what was linted: written to a temporary file
 * in the same folder (same file system), flushed, given the original's mode and owner, then
 * renamed over the original, so a reader never sees half a file and a failure leaves the original
 * intact. A symbolic link is written through (the file it points to is replaced, the link stays
 * a link); a file with other hard links is refused, since a rename would part it from them.
 */
export async function writeFileAtomic(file: string, text: string | Uint8Array, expected: FileSnapshot): Promise<void> {
  if ((expected.mode & 0o222) === 0) throw new WriteRefused(worded(FIX_MESSAGES, 'read-only', {}));
  const target = await realpath(file).catch(() => file);
  const now = await snapshot(target).catch(() => null);
  if (!now || now.hash !== expected.hash) throw new WriteRefused(worded(FIX_MESSAGES, 'changed-on-disk', {}));
  const info = await stat(target);
  if (info.nlink > 1) throw new WriteRefused(worded(FIX_MESSAGES, 'hard-links', { links: info.nlink }));
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.adlint-${process.pid}-${Date.now()}.tmp`);
  try {
    const handle = await open(temp, 'wx', expected.mode & 0o7777);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(temp, expected.mode & 0o7777);
    if (info.uid !== process.getuid?.() || info.gid !== process.getgid?.()) {
      // Keep the owner; only possible as root or for one's own group. Otherwise not replaced.
      await chown(temp, info.uid, info.gid).catch(() => {
        throw new WriteRefused(worded(FIX_MESSAGES, 'other-owner', {}));
      });
    }
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}
