import damerauLevenshtein from 'damerau-levenshtein';

/**
 * The known value nearest to `input`, if it is close enough to be a likely typo.
 *
 * Matching ignores case, width and separators (`-`, `_`, space) so `in-feed` finds `in_feed`.
 * Distance counts a swap of two neighbours as one edit (Damerau), the commonest typo (`serach`).
 * The allowance is one edit per five characters, at least one: `descriptons` finds
 * `descriptions`, while `electronics` must not find `politics`.
 */
export function didYouMean(input: string, known: Iterable<string>): string | undefined {
  const wanted = normalise(input);
  if (wanted.length === 0) return undefined;
  const allowance = Math.max(1, Math.floor(wanted.length / 5));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = damerauLevenshtein(wanted, normalise(candidate)).steps;
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
