import { existsSync, lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { absolutePath } from './absolute.js';

const roots = new Map<string, string>();

/**
 * Reading outside the project is an opt-in of the person running adlint (`--allow-outside-project`),
 * never of a config: the config may come with the repository being checked.
 */
let outsideAllowed = false;

export function allowOutsideProject(allowed: boolean): void {
  outsideAllowed = allowed;
}

/** Whether `file`, named from within `root`'s project, may be read: inside it through links, or opted in. */
export function mayRead(root: string, file: string): boolean {
  return outsideAllowed || realInside(root, file);
}

/** The words every refusal ends with. */
export const OUTSIDE_HINT = 'not read (run with --allow-outside-project to read it)';

/**
 * The project a file belongs to: the nearest folder above `dir` holding `.git`; without one, the
 * folder adlint runs in when `dir` is inside it, else `dir` itself. Paths a creative, config or
 * pack names are read only inside it (resolved through links), so a shared repository cannot make
 * adlint read, print or embed `/etc/shadow` or `../secret/x.png`.
 */
export function projectRoot(dir: string): string {
  const known = roots.get(dir);
  if (known) return known;
  let root: string | undefined;
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) {
      root = d;
      break;
    }
    if (path.dirname(d) === d) break;
  }
  if (!root) {
    const cwd = process.cwd();
    root = isInside(cwd, dir) ? cwd : dir;
  }
  roots.set(dir, root);
  return root;
}

export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

const realRoots = new Map<string, string>();

/**
 * Whether `file` lies inside `root`, both resolved through links; a missing file is judged by its
 * written path. Asked for every file a run reads, so: the root's real path is resolved once per
 * root (a project's root and the folders above it are not the project's content, which a
 * checkout may change while a language server runs), and the file's with one realpath(3) call
 * (`realpathSync.native`), not Node's walk that lstats every folder of the path on each call.
 */
export function realInside(root: string, file: string): boolean {
  let realRoot = realRoots.get(root);
  if (realRoot === undefined) {
    realRoot = root;
    try {
      realRoot = realpathSync.native(root);
      realRoots.set(root, realRoot);
    } catch {
      // A root that cannot be resolved is compared as written (and asked again next time).
    }
  }
  const real = realPath(file);
  if (real === null) return isInside(root, file) || isInside(realRoot, file);
  // Both are canonical absolute paths here: a prefix answers most calls without path.relative.
  if (real.startsWith(realRoot) && (real.length === realRoot.length || real[realRoot.length] === path.sep || realRoot.endsWith(path.sep))) return true;
  return isInside(realRoot, real);
}

/** Each folder's real path, while a run resolves folders once (see resolveFoldersOnce); null otherwise. */
let realFolders: Map<string, string> | null = null;

/**
 * For the length of one run (a CLI invocation, not a language server, whose checkout may change
 * under it): each folder's real path is resolved once, and a file's from it with one lstat — a
 * file that is itself a link is still resolved whole. realpath(3) costs a system call per part of
 * the path, which for a corpus of 2,000 files in a few folders was most of the cost of reading
 * them. Calling it again starts afresh.
 */
export function resolveFoldersOnce(enabled: boolean): void {
  realFolders = enabled ? new Map() : null;
}

/** `file` resolved through links, or null when it cannot be (missing, unreadable folder). */
function realPath(file: string): string | null {
  if (realFolders) {
    const abs = absolutePath(file);
    const dir = path.dirname(abs);
    let realDir = realFolders.get(dir);
    if (realDir === undefined) {
      try {
        realDir = realpathSync.native(dir);
        realFolders.set(dir, realDir);
      } catch {
        // A folder that cannot be resolved is asked again: the file's own realpath says why.
      }
    }
    if (realDir !== undefined) {
      try {
        // Not a link, the file is its folder's real path and its name (`abs` is normalised: no `.` or `..` last).
        if (!lstatSync(abs).isSymbolicLink()) {
          // Joined by hand: path.join would normalise (a new string built a character at a time) what already is normal.
          const name = abs.slice(dir.endsWith(path.sep) ? dir.length : dir.length + 1);
          return realDir.endsWith(path.sep) ? realDir + name : realDir + path.sep + name;
        }
      } catch {
        // Missing or unreadable: as without the cache.
      }
    }
  }
  try {
    return realpathSync.native(file);
  } catch {
    return null;
  }
}
