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

/** The packs bundled with adlint: top-level `rules/` of the repository. */
export const bundledRulesDir = corePath('..', '..', 'rules');
