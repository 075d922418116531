import pLimit from 'p-limit';
import type { Sharp, SharpOptions } from 'sharp';

/**
 * Never decode more pixels than this (40 megapixels, e.g. 8000×5000): a "pixel bomb" of a few
 * kilobytes can claim billions. Header reads have no such cost and are not limited.
 */
export const MAX_DECODE_PIXELS = 40_000_000;

type SharpFactory = (input: string | Buffer, options?: SharpOptions) => Sharp;
let sharpPromise: Promise<SharpFactory> | undefined;

/** sharp (libvips) loads only when a creative has media: a pre-commit hook over copy starts fast. */
export function loadSharp(): Promise<SharpFactory> {
  sharpPromise ??= import('sharp').then(({ default: sharp }) => {
    // Each image is read once per run: libvips' operation cache would only hold memory.
    sharp.cache(false);
    return sharp as unknown as SharpFactory;
  });
  return sharpPromise;
}

/** Files opened at once for headers, and images decoded at once: bounded so 10,000 images never exhaust memory. */
export const headerSlots = pLimit(16);
export const decodeSlots = pLimit(2);

/**
 * Results per file for the run, keyed by path, size and modification time: several rules read
 * the same image once. Only small summaries are kept, never pixels.
 */
export class ResultCache<T> {
  private readonly map = new Map<string, Promise<T>>();

  constructor(private readonly max = 20_000) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    let p = this.map.get(key);
    if (!p) {
      if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value!);
      p = load();
      this.map.set(key, p);
    }
    return p;
  }
}
