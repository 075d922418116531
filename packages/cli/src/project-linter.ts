import { Linter } from '@adlint/core';
import { ConfigResolver, type ConfigFile } from './config.js';

/** Adds the packs that configs name (`packs:`) to the linter's registry. */
export function addConfigPacks(linter: Linter, configs: ConfigFile[]): void {
  for (const config of configs) for (const pack of config.packs ?? []) linter.packs.addFile(pack);
}

/** A linter that knows the bundled packs and those of the config that applies in `cwd` (for rules/explain/test-packs). */
export function linterForFolder(cwd: string): Linter {
  const linter = new Linter();
  addConfigPacks(linter, new ConfigResolver().chainFor(cwd));
  return linter;
}
