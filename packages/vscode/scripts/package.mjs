// Packages the built extension as a .vsix with the official tool (@vscode/vsce), offline: nothing
// is looked up or published. Dependencies are already bundled into dist/extension.js, so vsce does
// not walk node_modules (it cannot read pnpm's layout anyway).
//   node scripts/package.mjs [--out <file.vsix>]     (default dist/adlint-vscode-<version>.vsix)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createVSIX } from '@vscode/vsce';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const at = process.argv.indexOf('--out');
const packagePath = path.resolve(at > 0 ? process.argv[at + 1] : `dist/adlint-vscode-${version}.vsix`);
// The licence (MIT, the repository's LICENSE) is named in package.json; no copy in this folder.
await createVSIX({ cwd: process.cwd(), packagePath, dependencies: false, skipLicense: true });
process.stdout.write(`${packagePath}\n`);
