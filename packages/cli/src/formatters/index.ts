import type { Formatter } from './types.js';

/** Built-in formatters, loaded only when chosen. */
const BUILT_IN: Record<string, () => Promise<{ format: Formatter }>> = {
  json: () => import('./json.js'),
  stylish: () => import('./stylish.js'),
};

export const FORMAT_NAMES = Object.keys(BUILT_IN).sort();

export async function loadFormatter(name: string): Promise<Formatter | null> {
  const load = BUILT_IN[name];
  return load ? (await load()).format : null;
}
