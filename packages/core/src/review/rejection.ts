import type { RejectionReason } from '../model/message.js';
import type { CompiledRule } from '../model/pack.js';

/**
 * Finds the rules whose platform review reasons match a pasted rejection text. Sellers paste
 * whatever the platform showed: a whole e-mail, a label, an API code, in any language and width.
 * Both sides become bags of tokens (Latin words, CJK character bigrams, since Chinese has no word
 * boundaries) and a reason matches when most of the smaller bag is found in the other.
 */

export interface RejectionMatch {
  rule: CompiledRule;
  /** The rule's reason that matched best. */
  reason: RejectionReason;
  /** 0..1: the share of the shorter side's tokens found in the other. */
  score: number;
}

/** Below this share a shared word is coincidence ("text", "ad"), not the same reason. */
const MIN_SCORE = 0.5;

/** Words every rejection e-mail has; they say nothing about which reason it is. */
const STOPWORDS = new Set([
  'a', 'an', 'the', 'of', 'or', 'and', 'to', 'in', 'on', 'for', 'with', 'by', 'is', 'are', 'was', 'were', 'be', 'been',
  'it', 'its', 'this', 'that', 'your', 'you', 'our', 'we', 'ad', 'ads', 'about', 'because', 'not', 'no',
  'has', 'have', 'due', 'policy', 'policies', 'reason', 'rejected', 'disapproved', 'review',
]);

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Tokens of a text: case, width and punctuation folded; Latin words lightly stemmed; CJK as bigrams. */
export function rejectionTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  const folded = text.normalize('NFKC').toLowerCase().replace(/['’]/g, '');
  for (const run of folded.split(/[\p{P}\p{S}\p{Z}\s]+/u)) {
    // A run may mix scripts (绝对化用语no1): split it where CJK starts or ends.
    for (const part of run.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu) ?? []) {
      if (CJK.test(part)) {
        const chars = [...part];
        if (chars.length === 1) tokens.add(chars[0]!);
        for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i]! + chars[i + 1]!);
      } else if (!STOPWORDS.has(part)) {
        tokens.add(stem(part));
      }
    }
  }
  return tokens;
}

/** claims → claim, issues → issue; enough to make plural and singular meet. */
function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function score(query: Set<string>, reason: Set<string>): number {
  if (query.size === 0 || reason.size === 0) return 0;
  let common = 0;
  for (const t of reason) if (query.has(t)) common++;
  return common / Math.min(query.size, reason.size);
}

/**
 * Rules whose reasons match `text`, best first (ties: the reason more fully quoted, then rule id).
 * `platforms` narrows the reasons to those platforms' reviewers.
 */
export function matchRejection(text: string, rules: Iterable<CompiledRule>, platforms?: readonly string[]): RejectionMatch[] {
  const query = rejectionTokens(text);
  const matches: (RejectionMatch & { coverage: number })[] = [];
  for (const rule of rules) {
    let best: (RejectionMatch & { coverage: number }) | null = null;
    for (const reason of rule.reasons) {
      if (platforms?.length && !platforms.includes(reason.platform)) continue;
      // Codes (DESTINATION_NOT_WORKING) split at underscores like any punctuation.
      const tokens = rejectionTokens(`${reason.text} ${reason.code ?? ''}`);
      const s = score(query, tokens);
      const coverage = [...tokens].filter((t) => query.has(t)).length / Math.max(tokens.size, 1);
      if (s >= MIN_SCORE && (!best || s > best.score || (s === best.score && coverage > best.coverage))) best = { rule, reason, score: s, coverage };
    }
    if (best) matches.push(best);
  }
  matches.sort((a, b) => b.score - a.score || b.coverage - a.coverage || a.rule.id.localeCompare(b.rule.id));
  return matches.map(({ coverage: _coverage, ...m }) => m);
}
