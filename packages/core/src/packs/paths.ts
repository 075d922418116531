import { corePath } from '../package-paths.js';

/** The packs bundled with adlint: top-level `rules/` of the repository. */
export const bundledRulesDir = corePath('..', '..', 'rules');
