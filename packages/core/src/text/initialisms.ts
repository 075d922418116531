import { AMBIGUOUS_INITIALISMS, INITIALISMS, SHORT_WORDS } from './english-case.generated.js';

/**
 * How English writes a token that appears in capitals, from the SCOWL dictionary (via
 * dictionary-en) rather than a hand list:
 * - `initialism`: the dictionary spells it in capitals (NASA, SPF, HDMI), or it is a short token
 *   that is no English word (HDR, OLED, UPF): an abbreviation, code or brand;
 * - `ambiguous`: the dictionary has it both in capitals and as a word (NOW, CARE, PRO, RAM);
 * - `word`: an ordinary word (FREE, SALE, DEALS) written in capitals, which is shouting.
 */
export type CapsKind = 'initialism' | 'ambiguous' | 'word';

/** Unknown all-caps tokens up to this many letters read as abbreviations; longer ones as shouting. */
const SHORT_UNKNOWN = 5;

let sets: { initialisms: Set<string>; ambiguous: Set<string>; words: Set<string> } | undefined;

function load(): NonNullable<typeof sets> {
  const split = (s: string): Set<string> => new Set(s.split(' ').filter(Boolean));
  sets ??= { initialisms: split(INITIALISMS), ambiguous: split(AMBIGUOUS_INITIALISMS), words: split(SHORT_WORDS) };
  return sets;
}

export function capsKind(token: string): CapsKind {
  const { initialisms, ambiguous, words } = load();
  if (initialisms.has(token)) return 'initialism';
  if (ambiguous.has(token)) return 'ambiguous';
  const lower = token.toLowerCase();
  if (words.has(lower)) return 'word';
  return [...token].length <= SHORT_UNKNOWN ? 'initialism' : 'word';
}
