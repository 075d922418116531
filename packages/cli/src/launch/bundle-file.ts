import { fileURLToPath } from 'node:url';
import { boundHeapGrowth } from '../heap.js';
import { loadBundle, type LoadedBundle } from './code-cache.js';
import type * as BundleEntry from '../bundle-entry.js';

/** Set by the build (scripts/bundle.mjs): the hash of dist/adlint.cjs, naming its code cache entries. */
declare const __ADLINT_BUNDLE_ID__: string;

/**
 * The bundle beside this launcher (both are in dist/), loaded through the code cache. V8 refuses
 * cached code made under other flags, so the flag every run sets is set before it is compiled.
 */
export function loadCli(writer: boolean): LoadedBundle<typeof BundleEntry> {
  boundHeapGrowth();
  return loadBundle(fileURLToPath(new URL('./adlint.cjs', import.meta.url)), __ADLINT_BUNDLE_ID__, writer);
}
