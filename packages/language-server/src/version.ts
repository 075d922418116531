import { createRequire } from 'node:module';

/** This package's version, from its package.json (one folder above dist/). */
export const VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
