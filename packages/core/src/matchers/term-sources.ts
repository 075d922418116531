import { existsSync } from 'node:fs';
import path from 'node:path';
import type { RuleContext } from '../model/check.js';
import { foldText } from '../text/fold.js';
import { lexiconSchema, loadLexicon } from './lexicon.js';
import { RuleExceptions, selectLongest, TermListError, TermMatcher, type TermEntry, type TermHit } from './terms.js';
import { OUTSIDE_HINT, isInside, mayRead, projectRoot } from '../fs/project-root.js';
import { bundledRulesDir } from '../package-paths.js';
import { readConfigFile } from '../schema/yaml-file.js';
import { isBuildCompiledLexicon } from './compiled-lexicons.js';

/** The parameters by which a rule names its terms (check `terms`, and `conditional`'s `when`/`then`). */
export interface TermsParams {
  terms?: (string | TermEntry)[];
  lexicon?: string | string[];
  exceptions?: string[];
}

export const termsParamsSchema = {
  terms: { type: 'array', minItems: 1, items: { anyOf: [{ type: 'string', minLength: 1 }, lexiconSchema.definitions.entry] } },
  lexicon: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }] },
  exceptions: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
};

export interface CompiledTerms {
  /** Non-overlapping hits in the original text, leftmost-longest. */
  find(text: string): TermHit[];
}

/**
 * Compiles a rule's inline terms and lexicon files into matchers (a lexicon's is shared by every
 * rule naming the file). `at` is where the parameters sit in the rule, for pack errors.
 */
export function compileTerms(params: TermsParams, rule: RuleContext, at: (string | number)[] = []): CompiledTerms {
  const matchers: { matcher: TermMatcher; at: (string | number)[]; label: string }[] = [];
  if (params.terms) {
    const entries = params.terms.map((t) => (typeof t === 'string' ? { term: t } : t));
    try {
      matchers.push({ matcher: new TermMatcher(entries), at: [...at, 'terms'], label: 'terms' });
    } catch (e) {
      if (e instanceof TermListError) rule.fail(e.message, [...at, 'terms', ...e.path]);
      throw e;
    }
  }
  const files = params.lexicon === undefined ? [] : typeof params.lexicon === 'string' ? [params.lexicon] : params.lexicon;
  files.forEach((file, i) => {
    const where = typeof params.lexicon === 'string' ? [...at, 'lexicon'] : [...at, 'lexicon', i];
    const abs = path.resolve(path.dirname(rule.packFile), file);
    const root = lexiconRoot(rule.packFile);
    if (!mayRead(root, abs)) rule.fail(`lexicon ${file} is outside the pack's project (${root}): ${OUTSIDE_HINT}`, where);
    if (!existsSync(abs)) rule.fail(`lexicon file not found: ${file} (resolved to ${abs})`, where);
    matchers.push({ matcher: loadLexicon(abs).matcher, at: where, label: file });
  });
  if (matchers.length === 0) rule.fail('give `terms` or `lexicon`', at);
  const owner = new Map<string, string>();
  for (const m of matchers) {
    for (const p of m.matcher.foldedPatterns()) {
      const other = owner.get(p);
      if (other !== undefined) rule.fail(`duplicate term "${p}": in both ${other} and ${m.label}`, m.at);
      owner.set(p, m.label);
    }
  }
  let extra: RuleExceptions | undefined;
  if (params.exceptions) {
    extra = new RuleExceptions(params.exceptions);
    const unrelated = extra.firstUnrelated(matchers.map((m) => m.matcher));
    if (unrelated !== -1) rule.fail(`exception "${params.exceptions[unrelated]}" contains none of the rule's terms`, [...at, 'exceptions', unrelated]);
  }
  return {
    find(text) {
      const folded = foldText(text);
      // One source (most rules) needs no joined copy of its hits.
      const hits = matchers.length === 1 ? matchers[0]!.matcher.find(folded, extra) : matchers.flatMap((m) => m.matcher.find(folded, extra));
      return selectLongest(hits);
    },
  };
}

/**
 * Whether every lexicon the parameters name, at any depth (`conditional` names them in `when` and
 * `then`), is a bundled lexicon byte for byte as the build compiled it. Each is read (and so noted
 * as a file the rule is made of, for `--cache`) but not parsed or compiled.
 */
export function namesOnlyBuildLexicons(params: unknown, packFile: string): boolean {
  const dir = path.dirname(path.resolve(packFile));
  const files: string[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'lexicon') files.push(...(typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((f): f is string => typeof f === 'string') : []));
        else collect(v);
      }
    }
  };
  collect(params);
  return files.every((file) => {
    const abs = path.resolve(dir, file);
    if (!isInside(bundledRulesDir, abs)) return false;
    try {
      return isBuildCompiledLexicon(readConfigFile(abs, 'lexicon'));
    } catch {
      return false;
    }
  });
}

/** A bundled pack's lexicons lie in the bundled rules; a project's pack's, in its project. */
function lexiconRoot(packFile: string): string {
  const dir = path.dirname(path.resolve(packFile));
  return isInside(bundledRulesDir, dir) ? bundledRulesDir : projectRoot(dir);
}
