// Builds the packages after `pnpm install` or `npm install` in a source checkout: a developer's
// clone, or the clone the pre-commit framework installs the remote hook from (it runs
// `npm install`, then `npm pack`, then `npm install -g` of that tarball). The tarball ships the
// built CLI and @adlint/core bundled, and no sources, so installed there this does nothing.
// A `postinstall` rather than `prepare`: npm runs `prepare` on `npm pack` too, and the script
// banner npm prints on stdout would corrupt the tarball name pre-commit reads from it.
import { existsSync } from 'node:fs';

if (existsSync(new URL('../packages/core/src/', import.meta.url))) await import('./build.mjs');
