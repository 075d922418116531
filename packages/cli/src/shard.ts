import { InvalidArgumentError } from 'commander';

export interface Shard {
  index: number;
  count: number;
}

/** `--shard <i>/<n>`: the i-th of n parts, 1-based. */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected <i>/<n> with 1 <= i <= n, e.g. 2/4');
  return { index, count };
}

/**
 * The shard's files: every n-th of the sorted list, from the i-th. The same tree gives every job
 * the same list, so the shards never overlap and together cover every file, with sizes within one.
 */
export function selectShard<T>(sorted: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...sorted];
  return sorted.filter((_, k) => k % shard.count === shard.index - 1);
}
