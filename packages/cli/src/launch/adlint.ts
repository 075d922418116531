#!/usr/bin/env node
import { loadCli } from './bundle-file.js';

// The `adlint` command (package.json `bin`): a few kilobytes that load the bundle and run it.
const bundle = loadCli(true);
await bundle.exports.runCli(process.argv.slice(2), { codeCacheNote: bundle.note, linted: bundle.linted, importModule: (specifier) => import(specifier) });
