#!/usr/bin/env node
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';
import { VERSION } from './version.js';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
} else if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
  process.stderr.write('usage: adlint-language-server --stdio   (also --node-ipc, --socket=<port>, --pipe=<name>)\n');
  process.exitCode = 2;
} else {
  startServer(createConnection(ProposedFeatures.all));
}
