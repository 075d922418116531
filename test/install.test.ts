// adlint as a user gets it: both packages packed as they are published, installed with npm into
// a folder outside the repository, then run there. One pack and install serve every assertion.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PackRegistry } from '@adlint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adlint, repoRoot, type JsonResult } from './helpers/cli.js';
import { isCi } from './helpers/programs.js';

/** npm's own words for a registry it cannot reach. */
const UNREACHABLE = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|ENOTCACHED)\b/;

interface Installed {
  dir: string;
  tarballs: { core: string; cli: string };
}

let installed: Installed | undefined;
let skipReason: string | undefined;
let work: string;

/**
 * The environment of a user's shell: without NODE_PATH, which pnpm's bin shims set to the
 * repository's node_modules/.pnpm/node_modules, so the installed adlint would find dependencies
 * (RE2 among them) its own install lacks.
 */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.NODE_PATH;
  return env;
}

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): { code: number; output: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: userEnv({ NO_COLOR: '1', FORCE_COLOR: '', ...env }) });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

/** `pnpm pack` of a package (what `pnpm publish` uploads): the tarball's path. */
function pack(pkg: string, dest: string): string {
  const before = new Set(readdirSync(dest));
  const r = run('pnpm', ['pack', '--pack-destination', dest], path.join(repoRoot, 'packages', pkg));
  if (r.code !== 0) throw new Error(`pnpm pack packages/${pkg} failed:\n${r.output}`);
  const made = readdirSync(dest).filter((n) => !before.has(n) && n.endsWith('.tgz'));
  if (made.length !== 1) throw new Error(`pnpm pack packages/${pkg} made ${made.join(', ') || 'no tarball'}`);
  return path.join(dest, made[0]!);
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'adlint-install-'));
  const tarballs = { core: pack('core', work), cli: pack('cli', work) };
  const dir = path.join(work, 'project');
  cpSync(path.join(repoRoot, 'examples'), path.join(dir, 'examples'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'campaigns', private: true }));
  // From the tarballs, and the third-party dependencies from npm's cache where it has them. RE2 is
  // an optional peer, so npm leaves it out: patterns run in JavaScript's engine, and the bundled
  // packs must give the same problems there.
  const npm = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarballs.core, tarballs.cli], dir);
  if (npm.code !== 0) {
    if (UNREACHABLE.test(npm.output) && !isCi()) {
      skipReason = `adlint tests: skipped the install-from-tarball tests: the npm registry cannot be reached (${UNREACHABLE.exec(npm.output)![1]}) and npm's cache lacks a dependency. With CI=true they are required.`;
      process.stdout.write(`${skipReason}\n`);
      return;
    }
    throw new Error(`npm install of the packed tarballs failed:\n${npm.output}`);
  }
  installed = { dir, tarballs };
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The installed `adlint` (npm's bin link), run in the project folder. */
function installedAdlint(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(path.join(installed!.dir, 'node_modules/.bin/adlint'), args, {
    cwd: installed!.dir,
    encoding: 'utf8',
    env: userEnv({ NO_COLOR: '1', FORCE_COLOR: '' }),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Files in a tarball, without npm's `package/` prefix. */
function tarballFiles(tarball: string): string[] {
  const r = run('tar', ['-tzf', tarball], work);
  return r.output.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
}

/** A JSON report with file paths relative to the folder it was run in, for comparing two runs. */
function relativeResults(stdout: string, root: string): JsonResult[] {
  return (JSON.parse(stdout) as JsonResult[]).map((r) => ({ ...r, filePath: path.relative(root, r.filePath) }));
}

it('the packages and the hook package (the root) share one version, and the CLI and the language server depend on exactly that core', () => {
  const read = (file: string): { version: string; dependencies?: Record<string, string> } => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));
  const core = read('packages/core/package.json');
  expect(read('packages/cli/package.json').version).toBe(core.version);
  expect(read('package.json').version).toBe(core.version);
  expect(read('packages/cli/package.json').dependencies?.['@adlint/core']).toBe(core.version);
  expect(read('packages/language-server/package.json').version).toBe(core.version);
  expect(read('packages/language-server/package.json').dependencies?.['@adlint/core']).toBe(core.version);
  expect(read('packages/vscode/package.json').version).toBe(core.version);
});

describe('installed from the packed tarballs with npm', () => {
  it('lints a copy of examples/ with the same problems as the in-repo run', (ctx) => {
    if (!installed) return ctx.skip(skipReason);
    const inRepo = adlint(['examples', '--format', 'json']);
    const there = installedAdlint(['examples', '--format', 'json']);
    expect(there.stderr).toBe('');
    expect(there.code).toBe(inRepo.code);
    const results = relativeResults(there.stdout, installed.dir);
    expect(results.reduce((n, r) => n + r.messages.length, 0)).toBeGreaterThan(0);
    expect(results).toEqual(relativeResults(inRepo.stdout, repoRoot));
    // On worker threads (the installed bundle's adlint-worker.js): the same report.
    const pooled = installedAdlint(['examples', '--format', 'json', '--concurrency', '2']);
    expect(pooled.stderr).toBe('');
    expect(pooled.stdout).toBe(there.stdout);
  // Three whole runs over examples/, each reading the text in its pictures and video frames (docs/media.md).
  }, 120_000);

  it('installs no RE2 unless asked, and --debug says once that patterns run in JavaScript\'s engine', (ctx) => {
    if (!installed) return ctx.skip(skipReason);
    expect(existsSync(path.join(installed.dir, 'node_modules/re2'))).toBe(false);
    const there = installedAdlint(['examples', '--debug', '--format', 'json']);
    const notes = there.stderr.split('\n').filter((l) => l.includes('RE2'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^adlint:debug patterns run in JavaScript's engine, which refuses a pattern that may backtrack catastrophically: RE2 is not installed \(the optional package `re2` did not load: .*\); .*`npm install re2`/);
    expect(installedAdlint(['examples']).stderr).not.toContain('RE2');
  });

  it('finds an RE2 the user installed next to it (`npm install re2`), with the same problems', (ctx) => {
    if (!installed) return ctx.skip(skipReason);
    // The workspace's built re2, laid out as npm installs it: an install of re2 would fetch or compile it.
    const built = realpathSync(path.join(repoRoot, 'packages/core/node_modules/re2'));
    const target = path.join(installed.dir, 'node_modules/re2');
    for (const f of ['package.json', 're2.js', 'build/Release/re2.node']) cpSync(path.join(built, f), path.join(target, f), { recursive: true });
    try {
      const there = installedAdlint(['examples', '--debug', '--format', 'json']);
      expect(there.stderr.split('\n').filter((l) => l.includes('RE2'))).toEqual(['adlint:debug patterns run in RE2 (linear time)']);
      expect(relativeResults(there.stdout, installed.dir)).toEqual(relativeResults(adlint(['examples', '--format', 'json']).stdout, repoRoot));
    } finally {
      rmSync(target, { recursive: true, force: true });
    }
    // Two whole runs over examples/, each reading the text in its pictures and video frames (docs/media.md).
  }, 120_000);

  it('`adlint rules` lists every bundled pack, rule for rule', (ctx) => {
    if (!installed) return ctx.skip(skipReason);
    const there = installedAdlint(['rules', '--format', 'json']);
    expect(there.code, there.stderr).toBe(0);
    const rows = JSON.parse(there.stdout) as { id: string }[];
    const packs = new PackRegistry().ids();
    expect(packs.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.id.split('/')[0]))).toEqual(new Set(packs));
    expect(there.stdout).toBe(adlint(['rules', '--format', 'json']).stdout);
  });

  it('`adlint test-packs` runs every example of every bundled pack, and they pass', (ctx) => {
    if (!installed) return ctx.skip(skipReason);
    const there = installedAdlint(['test-packs']);
    expect(there.code, there.stdout).toBe(0);
    const count = /^(\d+) passed, 0 failed$/m.exec(there.stdout);
    expect(count, there.stdout).not.toBeNull();
    expect(Number(count![1])).toBeGreaterThan(0);
    expect(there.stdout).toBe(adlint(['test-packs']).stdout);
  });

  it('`adlint init` in a subfolder points editors at the installed schema', (ctx) => {
    if (!installed) return ctx.skip(skipReason);
    const dir = path.join(installed.dir, 'campaigns/spring');
    mkdirSync(dir, { recursive: true });
    const r = spawnSync(path.join(installed.dir, 'node_modules/.bin/adlint'), ['init'], { cwd: dir, encoding: 'utf8', env: userEnv() });
    expect(r.status, r.stderr).toBe(0);
    const first = readFileSync(path.join(dir, 'example.ad.yaml'), 'utf8').split('\n')[0]!;
    expect(first).toBe('# yaml-language-server: $schema=../../node_modules/adlint/schema/creative.schema.json');
    expect(readFileSync(path.join(dir, '../../node_modules/adlint/schema/creative.schema.json'), 'utf8')).toBe(readFileSync(path.join(repoRoot, 'packages/core/schema/creative.schema.json'), 'utf8'));
  });

  it('the library example of @adlint/core\'s README runs', (ctx) => {
    if (!installed) return ctx.skip(skipReason);
    const readme = readFileSync(path.join(repoRoot, 'packages/core/README.md'), 'utf8');
    const example = /```js\n([\s\S]+?)```/.exec(readme)![1]!;
    writeFileSync(path.join(installed.dir, 'example.mjs'), example);
    writeFileSync(path.join(installed.dir, 'spring.ad.yaml'), 'placement: search\ncopy:\n  headlines: [Spring Linen Shirts, Breathable Linen Summer Dresses for You, Free Returns]\n  descriptions: [Light linen shirts., Free returns.]\n');
    const r = spawnSync(process.execPath, ['example.mjs'], { cwd: installed.dir, encoding: 'utf8', env: userEnv() });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^3:\d+ error .*google-ads\/rsa-headline-length$/m);
  });

  it('`adlint --version` is the package version', (ctx) => {
    if (!installed) return ctx.skip(skipReason);
    expect(installedAdlint(['--version']).stdout.trim()).toBe(adlint(['--version']).stdout.trim());
  });

  it('the tarballs ship what runs, a README and the license, and name real dependency versions', (ctx) => {
    if (!installed) return ctx.skip(skipReason);
    const core = tarballFiles(installed.tarballs.core);
    const cli = tarballFiles(installed.tarballs.cli);
    for (const files of [core, cli]) {
      expect(files).toContain('README.md');
      expect(files).toContain('LICENSE');
      expect(files.filter((f) => /\.tsbuildinfo$|\.map$|\.test\.|(^|\/)src\//.test(f))).toEqual([]);
    }
    expect(cli).toContain('schema/creative.schema.json');
    expect(core).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'schema/creative.schema.json', 'rules/google-ads.yaml', 'rules/fixtures/square-1080.png']));
    expect(core.some((f) => f.startsWith('dist/yaml-cache/'))).toBe(true);
    // One build-time validator module per schema (schema/validate.ts), the creative's among them.
    expect(core.some((f) => /^dist\/validators\/creative@[0-9a-f]{12}\.cjs$/.test(f))).toBe(true);
    expect(core.some((f) => /^dist\/validators\/rule_length@[0-9a-f]{12}\.cjs$/.test(f))).toBe(true);
    expect(core.some((f) => f.startsWith('rules/lexicons/'))).toBe(true);
    expect(core).toContain('dist/lexicon-cache/compiler-id');
    expect(core.some((f) => /^dist\/lexicon-cache\/[0-9a-f]{40}\.bin$/.test(f))).toBe(true);
    // The CLI is one bundle and its two launchers (the command, a lint pool's worker), nothing compiled file by file.
    expect(cli.filter((f) => f.startsWith('dist/')).sort()).toEqual(['dist/adlint-worker.js', 'dist/adlint.cjs', 'dist/adlint.js']);
    const manifest = JSON.parse(run('tar', ['-xOzf', installed.tarballs.cli, 'package/package.json'], work).output) as { dependencies: Record<string, string> };
    expect(Object.values(manifest.dependencies).filter((v) => v.startsWith('workspace:'))).toEqual([]);
    for (const tarball of Object.values(installed.tarballs)) expect(statSync(tarball).size).toBeLessThan(1_000_000);
  });
});
