// Bundles the compiled CLI (dist/bundle-entry.js and everything it imports, @adlint/core
// included) into one CommonJS file, dist/adlint.cjs, and builds its two launchers, dist/adlint.js
// (the command) and dist/adlint-worker.js (a lint pool's worker thread). A pre-commit hook starts
// adlint on every commit: resolving and loading some hundred separate modules cost more than
// linting one file, and compiling the bundle cost a third of such a run. The launchers load the
// bundle through V8's code cache (src/launch/code-cache.ts), which Node 20 offers for scripts but
// not for ES modules, hence CommonJS. sharp stays external: it is a native module.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

// The ES module chunks of earlier builds.
rmSync('dist/chunks', { recursive: true, force: true });

// commander requires child_process when it loads, for subcommands that are programs of their own,
// which adlint has none of; loading it (and the network modules it needs) was ~3 ms of every start.
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({ contents: "exports.spawn = (...args) => require('node:child_process').spawn(...args);", loader: 'js' }));
  },
};

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none' };

await build({
  ...common,
  entryPoints: ['dist/bundle-entry.js'],
  outfile: 'dist/adlint.cjs',
  format: 'cjs',
  plugins: [lazyChildProcessForCommander],
  // Prefer packages' ESM builds, as the ES module bundle did: one copy of each, converted once.
  mainFields: ['module', 'main'],
  external: ['sharp'],
  // import() of the bundle's own modules and of packages becomes require(): a vm.Script cannot
  // import() on Node 20 without an experimental flag. A user's module goes through the launcher's
  // import() (src/launched.ts).
  supported: { 'dynamic-import': false },
  // A third less to read and hold at every start; names stay, so stack traces still say where.
  minifyWhitespace: true,
  minifySyntax: true,
  // The sources find their package files from import.meta.url; in a CommonJS file that is the file's own URL.
  define: { 'import.meta.url': '__adlintImportMetaUrl' },
  banner: { js: "const __adlintImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});

const bundleId = createHash('sha256').update(readFileSync('dist/adlint.cjs')).digest('hex').slice(0, 16);

await build({
  ...common,
  entryPoints: { adlint: 'dist/launch/adlint.js', 'adlint-worker': 'dist/launch/adlint-worker.js' },
  outdir: 'dist',
  format: 'esm',
  define: { __ADLINT_BUNDLE_ID__: JSON.stringify(bundleId) },
});
