// Copies @adlint/core's JSON Schemas into this package's schema/: every package manager links
// the `adlint` a project installs at node_modules/adlint, so the files `adlint init` writes can
// point there (src/commands/init.ts); @adlint/core itself is not linked there by pnpm.
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const coreDir = path.dirname(createRequire(import.meta.url).resolve('@adlint/core/package.json'));
const to = new URL('../schema/', import.meta.url);
rmSync(to, { recursive: true, force: true });
cpSync(path.join(coreDir, 'schema'), to, { recursive: true });
