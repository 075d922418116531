import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The @adlint/core package folder, found by package resolution rather than from this module's own
 * location, so schemas, sheet mappings, bundled packs and CommonJS dependencies are found both in
 * the compiled package and when the CLI is bundled into a single file.
 */
export const corePackageDir = path.dirname(createRequire(import.meta.url).resolve('@adlint/core/package.json'));

export function corePath(...parts: string[]): string {
  return path.join(corePackageDir, ...parts);
}

/** `require` as seen from the core package: its own dependencies, wherever this code runs. */
export const coreRequire = createRequire(corePath('package.json'));

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
