import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The CLI's own package.json, found by walking up from this module: it sits at a different depth
 * in the compiled files (dist/) and in the bundle's chunks (dist/chunks/).
 */
function ownPackage(): { version: string } {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'adlint') return pkg;
    }
    if (path.dirname(dir) === dir) return { version: '0.0.0' };
  }
}

export const VERSION = ownPackage().version;
