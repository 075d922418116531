// `pnpm run build` / `npm run build`: each package's own build, core first, through the package
// manager that runs this (pnpm for developers, npm in the clone the pre-commit hook installs).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const packageManager = process.env.npm_execpath;
for (const dir of ['packages/core', 'packages/cli']) {
  const cwd = fileURLToPath(new URL(`../${dir}/`, import.meta.url));
  const build = packageManager
    ? spawnSync(process.execPath, [packageManager, 'run', 'build'], { cwd, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
