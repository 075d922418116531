import { readFileSync } from 'node:fs';
import { corePath, coreRequire } from '../package-paths.js';
import type { RuleContext } from '../model/check.js';
import { foldText } from '../text/fold.js';
import { foldForPattern } from '../text/pattern-fold.js';

// Required on first use (it is CommonJS, and compiling is synchronous): a run whose packs have no
// pattern does not pay for loading it.
let safeRegex: ((re: RegExp) => boolean) | undefined;

/** The parameters by which a rule gives a regular expression (check `pattern`, and `conditional`). */
export interface PatternParams {
  pattern?: string;
  flags?: string;
  max_length?: number;
  /**
   * Match the folded text (NFKC: fullwidth ｖｘ１３８ reads vx138; lower case; invisible characters
   * dropped; separators and emoji between two CJK characters or between two digits dropped), so
   * `１３８ 1234🔥5678` matches `1[3-9]\d{9}`. Hits still point at the original characters.
   */
  fold?: boolean;
  /** Words that cancel a match right before it (spaces and `:：#` between allowed): `订单号`, `型号`. */
  not_preceded_by?: string[];
}

export const patternParamsSchema = {
  pattern: { type: 'string', minLength: 1 },
  flags: { type: 'string', pattern: '^(?!.*(.).*\\1)[imsu]*$' },
  max_length: { type: 'integer', minimum: 1 },
  fold: { type: 'boolean' },
  not_preceded_by: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 } },
};

/** Ad copy is short; longer texts are matched only up to here, so no pattern runs long. */
export const DEFAULT_MAX_LENGTH = 5000;
/** More matches in one text than this add noise, not information. */
const MAX_MATCHES = 50;

export interface PatternHit {
  start: number;
  end: number;
  match: string;
  groups: Record<string, string>;
}

export interface CompiledPattern {
  find(text: string): PatternHit[];
}

/**
 * Compiles a pack's regular expression once. Patterns with nested quantifiers (star height > 1,
 * the shape of catastrophic backtracking) are refused at load by safe-regex2 (fastify's
 * maintained checker; redos-detector was tried but cannot parse named groups, which messages
 * use), and texts are cut to `max_length` before matching.
 */
let verified: Set<string> | undefined;

/**
 * Patterns of the bundled packs, already checked at build time (scripts/precompile-yaml.mjs):
 * loading the checker cost more than the rest of a one-file run. Keyed by flags and source, so
 * any other or edited pattern is still checked here.
 */
function verifiedSafe(): Set<string> {
  if (!verified) {
    try {
      verified = new Set(JSON.parse(readFileSync(corePath('dist', 'safe-patterns.json'), 'utf8')) as string[]);
    } catch {
      verified = new Set();
    }
  }
  return verified;
}

export function compilePattern(params: PatternParams, rule: RuleContext, at: (string | number)[] = []): CompiledPattern {
  const source = params.pattern;
  if (source === undefined) return rule.fail('give `pattern`', at);
  const flags = params.flags ?? 'iu';
  let regex: RegExp;
  try {
    regex = new RegExp(source, `${flags}g`);
  } catch (e) {
    return rule.fail(`invalid regular expression: ${(e as Error).message}`, [...at, 'pattern']);
  }
  if (!verifiedSafe().has(`${flags}/${source}`) && !(safeRegex ??= coreRequire('safe-regex2') as (re: RegExp) => boolean)(regex)) {
    rule.fail('pattern may backtrack catastrophically (a quantified group inside a quantified group, or an unsupported construct such as lookbehind); rewrite it without nesting', [...at, 'pattern']);
  }
  if (new RegExp(source, flags).test('')) rule.fail('pattern matches the empty string, so it would match every text', [...at, 'pattern']);
  const maxLength = params.max_length ?? DEFAULT_MAX_LENGTH;
  const blockers = (params.not_preceded_by ?? []).map((w) => foldText(w.trim()).text.trim());
  return {
    find(text) {
      const hits: PatternHit[] = [];
      const capped = text.length > maxLength ? text.slice(0, maxLength) : text;
      const folded = params.fold ? foldForPattern(capped) : null;
      const hay = folded ? folded.text : capped;
      for (const m of hay.matchAll(regex)) {
        if (blockers.length && precededBy(hay, m.index, blockers)) continue;
        const groups: Record<string, string> = {};
        for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) groups[k] = v;
        const last = m.index + m[0].length - 1;
        const start = folded ? folded.starts[m.index]! : m.index;
        const end = folded ? folded.ends[last]! : m.index + m[0].length;
        // Messages quote what the copy says, not its folded spelling.
        hits.push({ start, end, match: folded ? capped.slice(start, end) : m[0], groups });
        if (hits.length === MAX_MATCHES) break;
      }
      return hits;
    },
  };
}

/** Whether one of `words` ends right before `at`, spaces and `:#` between them allowed. */
function precededBy(text: string, at: number, words: readonly string[]): boolean {
  let end = at;
  while (end > 0 && /[\s:#：]/u.test(text[end - 1]!)) end--;
  const before = text.slice(Math.max(0, end - 12), end);
  return words.some((w) => before.endsWith(w));
}
