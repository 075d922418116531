// `pnpm run build` / `npm run build`: each package's own build, core first, through the package
// manager that runs this (pnpm for developers, npm in the clone the pre-commit hook installs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageManager = process.env.npm_execpath;
// The editor packages are pnpm workspace members only: the clone the pre-commit hook installs with
// npm has no dependencies for them, so they are built where they were installed.
const editorPackages = ['packages/language-server', 'packages/vscode']
  .filter((dir) => existsSync(fileURLToPath(new URL(`../${dir}/node_modules/`, import.meta.url))));
for (const dir of ['packages/core', 'packages/cli', ...editorPackages]) {
  const cwd = fileURLToPath(new URL(`../${dir}/`, import.meta.url));
  const build = packageManager
    ? spawnSync(process.execPath, [packageManager, 'run', 'build'], { cwd, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
