import path from 'node:path';

/** A `/`-path that path.resolve would change: `//`, a `.` or `..` part, a trailing `/`. */
const NOT_NORMAL = /\/\/|\/\.\.?(?:\/|$)|.\/$/;

/**
 * `path.resolve(p)`, returning `p` itself when it already is an absolute, normal path (on POSIX),
 * as nearly every path a run passes on is. path.resolve builds a new string a character at a time
 * on every call, and a run asked it a dozen times per file: on a 2,000-file corpus that was
 * megabytes of garbage for the collector.
 */
export function absolutePath(p: string): string {
  if (path.sep === '/' && p.charCodeAt(0) === 47 && !NOT_NORMAL.test(p)) return p;
  return path.resolve(p);
}
