import { readFileSync } from 'node:fs';

/** adlint's version, from the package that is running. */
export const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
