#!/usr/bin/env node
import { loadCli } from './bundle-file.js';

// The `adlint` command (package.json `bin`): a few kilobytes that load the bundle and run it.
const { exports: cli, note } = loadCli(true);
await cli.runCli(process.argv.slice(2), { codeCacheNote: note, importModule: (specifier) => import(specifier) });
