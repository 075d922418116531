import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Environment for an npm install that leaves out `re2`, the optional native dependency, without
 * reaching the network or compiling: its install script first downloads a prebuilt binary (skipped
 * by `DEVELOPMENT_SKIP_GETTING_ASSET`, the switch of its installer, install-artifact-from-github),
 * then builds with node-gyp (here a program that fails at once), and npm drops an optional
 * dependency whose install fails. `--omit=optional` cannot do this: it also drops sharp's and
 * esbuild's platform binaries, which are optional dependencies too. A user without a compiler and
 * without the download gets the same install; with RE2 the run is the same, only protected.
 */
export function withoutNativeBuilds(dir: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const noGyp = path.join(dir, 'no-node-gyp');
  writeFileSync(noGyp, '#!/bin/sh\necho "adlint tests: native builds are skipped" >&2\nexit 1\n');
  chmodSync(noGyp, 0o755);
  return { DEVELOPMENT_SKIP_GETTING_ASSET: '1', npm_config_node_gyp: noGyp };
}
