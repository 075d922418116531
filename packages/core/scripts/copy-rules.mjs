// Copies the repository's top-level rules/ (packs, lexicons, taxonomy and the media their
// examples name, which `adlint test-packs` runs) into this package's rules/, which is what the
// published package and the pre-commit hook's install read (see src/package-paths.ts).
import { cpSync, rmSync } from 'node:fs';

const from = new URL('../../../rules/', import.meta.url);
const to = new URL('../rules/', import.meta.url);
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
