import { constants, existsSync, lstatSync, realpathSync } from 'node:fs';
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

/** The opt-in as set, for a worker thread to make the same one. */
export function outsideProjectAllowed(): boolean {
  return outsideAllowed;
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
 * (`realpathSync.native`), not Node's walk that lstats every folder of the path on each call —
 * or, while a run resolves folders once (resolveFoldersOnce), from its folder's and one lstat.
 */
export function realInside(root: string, file: string): boolean {
  const realRoot = realRootOf(root);
  const real = realPath(file);
  if (real === null) return isInside(root, file) || isInside(realRoot, file);
  return realUnder(realRoot, real);
}

/** The root's real path, resolved once; as written when it cannot be resolved (and asked again next time). */
function realRootOf(root: string): string {
  let realRoot = realRoots.get(root);
  if (realRoot === undefined) {
    realRoot = root;
    try {
      realRoot = realpathSync.native(root);
      realRoots.set(root, realRoot);
    } catch {
      // Compared as written.
    }
  }
  return realRoot;
}

/** Whether canonical `real` lies in canonical `realRoot`: a prefix answers most calls without path.relative. */
function realUnder(realRoot: string, real: string): boolean {
  if (real.startsWith(realRoot) && (real.length === realRoot.length || real[realRoot.length] === path.sep || realRoot.endsWith(path.sep))) return true;
  return isInside(realRoot, real);
}

/** Opening with this flag refuses a file that is itself a link (0 where the system has none: Windows). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Whether `file`, named from within `root`'s project, may be read provided it is not itself a
 * link: true when its folder, resolved once for the run, lies inside the project. The caller then
 * opens it refusing a link (readRegularFileAndModeSync's `noFollow`) and, if it is one, asks
 * mayRead about it whole. Spares the lstat per file that mayRead costs. False when this cannot be
 * told so cheaply (no run resolving folders, a system without O_NOFOLLOW, a folder outside the
 * project, which a link in it may still lead back into, reading outside allowed): mayRead decides.
 */
export function mayReadUnlessLink(root: string, file: string): boolean {
  if (outsideAllowed || !realFolders || NO_FOLLOW === 0 || UP.test(file)) return false;
  const realDir = realFolder(path.dirname(absolutePath(file)));
  return realDir !== undefined && realUnder(realRootOf(root), realDir);
}

/**
 * A `.` or `..` part, or a trailing separator: the system takes `..` after the link before it
 * (`link/../x` is beside the link's target) where path.resolve takes it away as written, and a
 * name ending in `/` or `/.` is followed even by an open that refuses links. Such a path is
 * resolved whole, never from its folder as written.
 */
const UP = /(?:^|[\\/])\.\.?(?:[\\/]|$)|[\\/]$/;

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
  if (realFolders && !UP.test(file)) {
    const abs = absolutePath(file);
    const dir = path.dirname(abs);
    const realDir = realFolder(dir);
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

/** A folder's real path, resolved once while a run resolves folders once; undefined when it cannot be (asked again next time). */
function realFolder(dir: string): string | undefined {
  let realDir = realFolders?.get(dir);
  if (realDir === undefined && realFolders) {
    try {
      realDir = realpathSync.native(dir);
      realFolders.set(dir, realDir);
    } catch {
      // The file's own realpath says why.
    }
  }
  return realDir;
}
