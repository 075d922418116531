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
 * Patterns of the bundled packs, already checked at build time (scripts/precompile-yaml.mjs):
 * loading the checker cost more than the rest of a one-file run. Keyed by flags and source, so
 * any other or edited pattern is still checked here.
 */
let verified: Set<string> | undefined;

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

/** The part of a RegExp that matching needs; RE2 objects and RegExps both have it. */
interface Matcher {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}
type Re2Constructor = new (source: string, flags: string) => Matcher;
// Required on first use (native, CommonJS, about 25 ms to load): a run whose packs have no
// pattern does not pay for it. `null` once it failed to load: it is an optional peer dependency,
// there only where the user installed it next to adlint (`npm install re2`), as a native addon's
// install may download a binary or compile for minutes.
let re2: Re2Constructor | null | undefined;
let re2Missing: string | undefined;

function loadRe2(): Re2Constructor | null {
  if (re2 === undefined) {
    try {
      re2 = coreRequire('re2') as Re2Constructor;
    } catch (e) {
      re2 = null;
      re2Missing = (e as Error).message.split('\n')[0];
    }
  }
  return re2;
}

/** How packs' patterns run here, for `--debug`: RE2, or JavaScript's engine and why. */
export function patternEngine(): { engine: 're2' } | { engine: 'javascript'; reason: string } {
  return loadRe2() ? { engine: 're2' } : { engine: 'javascript', reason: re2Missing ?? 'not installed' };
}

/**
 * A pack's regular expression, compiled once, in an engine that cannot backtrack: RE2 (Google's
 * linear-time engine, through the `re2` bindings). safe-regex2 alone let `(a|a)*b`, `(a|aa)*b`
 * and `a*a*a*a*a*b` through, which hang on a few thousand characters, and a synchronous match
 * cannot be stopped by a deadline. A pattern runs in JavaScript's engine only when RE2 cannot
 * run it (lookaround, backreferences) or is not installed, and then only when it passes a
 * stricter test than safe-regex2 (see isSafeForBacktracking); the bundled packs' patterns all
 * pass it, so without RE2 a user loses only hand-written patterns that need it.
 */
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
  const RE2 = loadRe2();
  let matcher: Matcher | undefined;
  if (RE2) {
    try {
      matcher = new RE2(source, `${flags}g`);
    } catch {
      // RE2 lacks lookaround and backreferences: JavaScript's engine, if the pattern is safe there.
    }
  }
  if (!matcher) {
    matcher = regex;
    const safe = verifiedSafe().has(`${flags}/${source}`) || (isSafeForBacktracking(source) && (safeRegex ??= coreRequire('safe-regex2') as (re: RegExp) => boolean)(regex));
    if (!safe) {
      const risk = 'may backtrack catastrophically in JavaScript\'s engine (a quantified group containing a quantifier or `|`, or more than two unbounded quantifiers in one alternative)';
      rule.fail(
        RE2
          ? `pattern uses lookaround or a backreference, which only JavaScript's engine runs, and ${risk}; rewrite it without them`
          : `pattern ${risk}, and RE2, which runs it safely, is not installed (the optional package \`re2\` did not load); install it with \`npm install re2\` where adlint is installed, or rewrite the pattern`,
        [...at, 'pattern'],
      );
    }
  }
  if (firstMatch(matcher, '')) rule.fail('pattern matches the empty string, so it would match every text', [...at, 'pattern']);
  const maxLength = params.max_length ?? DEFAULT_MAX_LENGTH;
  const blockers = (params.not_preceded_by ?? []).map((w) => foldText(w.trim()).text.trim());
  return {
    find(text) {
      const hits: PatternHit[] = [];
      const capped = text.length > maxLength ? text.slice(0, maxLength) : text;
      const folded = params.fold ? foldForPattern(capped) : null;
      const hay = folded ? folded.text : capped;
      matcher.lastIndex = 0;
      for (let m = matcher.exec(hay); m; m = matcher.exec(hay)) {
        // A zero-width match (`\b`) would be found again at the same place.
        if (m[0].length === 0) matcher.lastIndex++;
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

function firstMatch(matcher: Matcher, text: string): boolean {
  matcher.lastIndex = 0;
  const found = matcher.exec(text) !== null;
  matcher.lastIndex = 0;
  return found;
}

/**
 * For patterns JavaScript's backtracking engine runs: no quantifier on a group that itself holds
 * a quantifier or an alternation (`(a|aa)*`, `(a+)+`: the exponential shapes), and at most two
 * unbounded quantifiers in each top-level alternative (`a*a*a*b` is cubic in the text; top-level
 * alternatives are tried one after another, so their costs add). A bounded quantifier (`{0,30}`)
 * multiplies the cost by at most its bound, so it is not counted.
 */
export function isSafeForBacktracking(source: string): boolean {
  const plain = source
    .replace(/\\[pPu]\{[^}]*\}|\\k<[^>]*>|\\./g, 'e')
    .replace(/\[(?:\\.|[^\]])*\]/g, 'c')
    // Group prefixes hold `?` and `<`, which are no quantifiers: `(?:`, `(?=`, `(?<!`, `(?<name>`.
    .replace(/\(\?(?:[:=!]|<[=!]|<[^>]*>)/g, '(');
  const opens: number[] = [];
  const alternatives: string[] = [];
  let from = 0;
  for (let i = 0; i < plain.length; i++) {
    const c = plain[i];
    if (c === '(') opens.push(i);
    else if (c === ')') {
      const open = opens.pop() ?? 0;
      if (/^(?:[*+]|\{\d+(?:,\d*)?\})/.test(plain.slice(i + 1)) && /[*+?{|]/.test(plain.slice(open + 1, i))) return false;
    } else if (c === '|' && opens.length === 0) {
      alternatives.push(plain.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(plain.slice(from));
  return alternatives.every((alt) => (alt.match(/[*+]|\{\d+,\}/g) ?? []).length <= 2);
}

/** Whether one of `words` ends right before `at`, spaces and `:#` between them allowed. */
function precededBy(text: string, at: number, words: readonly string[]): boolean {
  let end = at;
  while (end > 0 && /[\s:#：]/u.test(text[end - 1]!)) end--;
  const before = text.slice(Math.max(0, end - 12), end);
  return words.some((w) => before.endsWith(w));
}
