// Writes the pre-commit `files` pattern, derived from the file-type table
// (packages/core/src/model/file-types.ts), into every file that shows it to users.
//   pnpm gen:file-patterns    (after `pnpm run build`; test/file-types.test.ts checks they are current)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preCommitFilesPattern } from '@adlint/core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Files holding a hook's `files: '…'` line, relative to the repository root. */
export const PATTERN_FILES = ['.pre-commit-hooks.yaml', 'docs/ci.md', 'examples/ci/pre-commit-config.yaml'];

/** A hook's `files:` line; the pattern itself is single-quoted YAML with no quote inside. */
export const FILES_LINE = /^(\s*files: ')([^']*)('\s*)$/gm;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pattern = preCommitFilesPattern();
  for (const rel of PATTERN_FILES) {
    const file = path.join(root, rel);
    const text = readFileSync(file, 'utf8');
    const next = text.replace(FILES_LINE, (_, pre, _old, post) => `${pre}${pattern}${post}`);
    if (next !== text) writeFileSync(file, next);
  }
}
