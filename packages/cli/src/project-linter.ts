import { ConfigResolver, Linter, addConfigPacks } from '@adlint/core';

/** A linter that knows the bundled packs and those of the config that applies in `cwd` (for rules/explain/test-packs). */
export function linterForFolder(cwd: string): Linter {
  const linter = new Linter();
  addConfigPacks(linter, new ConfigResolver().chainFor(cwd));
  return linter;
}
