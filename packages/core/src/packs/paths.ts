/** The packs bundled with adlint: top-level `rules/` of the repository (defined beside the package paths, which every layer may import). */
export { bundledRulesDir } from '../package-paths.js';
