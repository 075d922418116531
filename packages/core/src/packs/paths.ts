import { existsSync } from 'node:fs';
import path from 'node:path';
import { corePackageDir, corePath } from '../package-paths.js';

/**
 * The bundled packs, lexicons, taxonomy and example media. The published package carries them in
 * its own `rules/` (copied from the repository's top-level `rules/` by the build). In a source
 * checkout (`packages/core` of the workspace) the top-level `rules/` is read directly, so an
 * edited pack takes effect without a rebuild and a stale copy can never shadow it.
 */
export const bundledRulesDir = isSourceCheckout() ? corePath('..', '..', 'rules') : corePath('rules');

function isSourceCheckout(): boolean {
  return path.basename(path.dirname(corePackageDir)) === 'packages' && existsSync(corePath('..', '..', 'pnpm-workspace.yaml'));
}
