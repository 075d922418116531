import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The CLI's own package.json, found by walking up from this module: it sits at a different depth
 * in the compiled files (dist/) and in the bundle's chunks (dist/chunks/).
 */
interface OwnPackage {
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

function ownPackage(): OwnPackage {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as OwnPackage & { name?: string };
      if (pkg.name === 'adlint') return pkg;
    }
    if (path.dirname(dir) === dir) return { version: '0.0.0' };
  }
}

const pkg = ownPackage();
export const VERSION = pkg.version;

/**
 * The repository's web address: package.json `repository` (as npm normalises it) or, until the
 * package says, the address `adlint init` already names. Reports link rule docs inside it.
 */
export const REPOSITORY_URL = ((): string => {
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const url = raw?.replace(/^git\+/, '').replace(/\.git$/, '').replace(/^git@github\.com:/, 'https://github.com/').replace(/^github:/, 'https://github.com/');
  return url && /^https:\/\//.test(url) ? url : 'https://github.com/adlint/adlint';
})();

/** The project's home page (package.json `homepage`, else the repository's README). */
export const HOMEPAGE = pkg.homepage ?? `${REPOSITORY_URL}#readme`;

/** The published docs folder; the version's tag would be exact, but tags are not made yet, so the main branch. */
export const DOCS_URL = `${REPOSITORY_URL}/blob/main/docs/`;
