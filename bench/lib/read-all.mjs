#!/usr/bin/env node
// The read-only I/O floor of a whole-corpus run: a Node process that walks the folder given and
// reads every file's bytes, then does nothing with them. No tool can lint the files faster than it
// can read them, so the corpus rows are also shown as a multiple of this.
import fs from 'node:fs';
import path from 'node:path';

let bytes = 0;
for (const name of fs.readdirSync(process.argv[2], { recursive: true })) {
  const file = path.join(process.argv[2], name);
  if (fs.statSync(file).isFile()) bytes += fs.readFileSync(file).length;
}
if (!bytes) process.exit(1);
