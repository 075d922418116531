/**
 * What the CLI's launcher needs before it loads its bundle (the start-up code cache): modules that
 * import nothing but Node's own, so that the launcher stays a few kilobytes.
 */
export { readRegularFileSync } from './fs/regular-file.js';
export { userCacheRoot, writeCacheEntry } from './fs/user-cache.js';
