// Bundles the extension and vscode-languageclient into one CommonJS file, as VS Code loads
// extensions; `vscode` is provided by the editor. The server is not bundled: the extension runs
// the @adlint/language-server installed in the workspace.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning',
  minify: true,
  legalComments: 'none',
});
