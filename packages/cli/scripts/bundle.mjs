// Bundles the compiled CLI (dist/bin.js and everything it imports, @adlint/core included) into
// dist/adlint.js plus lazily loaded chunks. A pre-commit hook starts adlint on every commit, and
// resolving and loading some hundred separate modules cost more than linting one file.
// sharp stays external: it is a native module.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: without this, every build would leave its old chunks behind (and in the package).
rmSync('dist/chunks', { recursive: true, force: true });

await build({
  // The lint pool's worker threads start from their own entry, sharing the chunks.
  entryPoints: { adlint: 'dist/bin.js', 'adlint-worker': 'dist/lint-worker.js' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Prefer packages' ESM builds: interop of CommonJS builds under dynamic import() differs from Node's.
  mainFields: ['module', 'main'],
  external: ['sharp'],
  // CommonJS dependencies call require(); ESM output has none unless it is made.
  banner: { js: "import { createRequire as __adlintRequire } from 'node:module'; const require = __adlintRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
