/** Aspect ratios and file sizes as packs write them and as messages show them. */

export interface Ratio {
  /** As written in the pack: `9:16`, `1.91:1`. */
  label: string;
  value: number;
}

export const RATIO_PATTERN = '^\\d+(\\.\\d+)?:\\d+(\\.\\d+)?$';

export function parseRatio(label: string): Ratio {
  const [w, h] = label.split(':').map(Number) as [number, number];
  return { label, value: w / h };
}

/** The first allowed ratio within `tolerance` (relative: 0.01 = 1 %) of width/height, or null. */
export function matchRatio(width: number, height: number, allowed: readonly Ratio[], tolerance: number): Ratio | null {
  const actual = width / height;
  return allowed.find((r) => Math.abs(actual - r.value) / r.value <= tolerance) ?? null;
}

/**
 * Whether width/height lies between `min` and `max` (either may be open), each end widened by
 * `tolerance` as `matchRatio` widens a listed ratio, so an image that matches an end exactly
 * within tolerance also falls in the range.
 */
export function inRatioRange(width: number, height: number, min: Ratio | undefined, max: Ratio | undefined, tolerance: number): boolean {
  const actual = width / height;
  if (min && actual < min.value * (1 - tolerance)) return false;
  if (max && actual > max.value * (1 + tolerance)) return false;
  return true;
}

/** A ratio people recognise: `4:3` when small whole numbers express it exactly, else `1.91:1`. */
export function describeRatio(width: number, height: number): string {
  const g = gcd(width, height);
  const a = width / g;
  const b = height / g;
  if (a <= 32 && b <= 32) return `${a}:${b}`;
  return width >= height ? `${round2(width / height)}:1` : `1:${round2(height / width)}`;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a || 1;
}

function round2(n: number): string {
  return String(Math.round(n * 100) / 100);
}

const UNITS: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

/** `30 MB`, `5120 KB`, `4 GB` or a number of bytes. Units are binary, as platforms' upload limits are. */
export const SIZE_SCHEMA = {
  anyOf: [
    { type: 'integer', minimum: 1 },
    { type: 'string', pattern: '^\\d+(\\.\\d+)?\\s*(B|KB|MB|GB)$' },
  ],
};

export function parseSize(size: number | string): number {
  if (typeof size === 'number') return size;
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)$/.exec(size)!;
  return Math.round(Number(m[1]) * UNITS[m[2]!]!);
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${round1(bytes / 1024)} KB`;
  if (bytes < 1024 ** 3) return `${round1(bytes / 1024 ** 2)} MB`;
  return `${round1(bytes / 1024 ** 3)} GB`;
}

function round1(n: number): string {
  return String(Math.round(n * 10) / 10);
}
