import { fileURLToPath } from 'node:url';
import { boundHeapGrowth } from '../heap.js';
import { loadBundle, type LoadedBundle } from './code-cache.js';
import type * as BundleEntry from '../bundle-entry.js';

/** Set by the build (scripts/bundle.mjs): the hash of dist/adlint.cjs, naming its code cache entries. */
declare const __ADLINT_BUNDLE_ID__: string;

/**
 * The bundle beside this launcher (both are in dist/), loaded through the code cache. Every run
 * bounds its heap's growth (heap.ts: a run of 100,000 files otherwise lets the heap grow to 4× what
 * it keeps), and V8 refuses cached code made under other flags, so the flag is set here, before
 * the bundle is compiled, for the command and for each worker thread alike.
 */
export function loadCli(writer: boolean): LoadedBundle<typeof BundleEntry> {
  boundHeapGrowth();
  return loadBundle(fileURLToPath(new URL('./adlint.cjs', import.meta.url)), __ADLINT_BUNDLE_ID__, writer);
}
