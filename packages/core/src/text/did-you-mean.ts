import { distance } from 'fastest-levenshtein';

/**
 * The known value nearest to `input`, if it is close enough to be a likely typo.
 *
 * Matching ignores case, width-insensitive separators (`-`, `_`, space) so `in-feed` finds
 * `in_feed`. The allowance grows with the word (one edit per three characters, at least one,
 * at most three) so `serach` finds `search` but `clam` does not find `claim`-like unrelated ids.
 */
export function didYouMean(input: string, known: Iterable<string>): string | undefined {
  const wanted = normalise(input);
  if (wanted.length === 0) return undefined;
  const allowance = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(wanted, normalise(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= allowance ? best : undefined;
}

/** A " (did you mean "x"?)" tail for a message, or an empty string. */
export function didYouMeanHint(input: string, known: Iterable<string>): string {
  const match = didYouMean(input, known);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}

function normalise(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[-_\s]+/gu, '_');
}
