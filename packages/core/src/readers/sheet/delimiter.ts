export type Delimiter = ',' | ';' | '\t';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** How far into the file the first line is looked for: a header row is never this long. */
const SCAN_LIMIT = 65_536;

/**
 * The delimiter that splits the first non-empty line into the most cells (outside quotes). Ties,
 * and a line with none of them, go to `fallback` (tab for `.tsv`, comma otherwise).
 */
export function detectDelimiter(text: string, from: number, fallback: Delimiter): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  const end = Math.min(text.length, from + SCAN_LIMIT);
  let quoted = false;
  let seenContent = false;
  for (let i = from; i < end; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (seenContent) break;
    } else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
    if (c !== '\n' && c !== '\r') seenContent = true;
  }
  let best = fallback;
  for (const d of DELIMITERS) if (counts[d] > counts[best]) best = d;
  return best;
}
