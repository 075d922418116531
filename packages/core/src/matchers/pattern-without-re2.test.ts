// Where the optional peer `re2` is not installed (the default), patterns run in
// JavaScript's engine: a pattern unsafe there is refused, never run; the bundled packs lose nothing.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { testRule } from '../../test-helpers/check-context.js';

vi.mock('../package-paths.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../package-paths.js')>();
  const coreRequire = ((id: string) => {
    if (id === 're2') throw new Error("Cannot find module 're2'");
    return actual.coreRequire(id);
  }) as NodeJS.Require;
  return { ...actual, coreRequire };
});

const { compilePattern, isSafeForBacktracking, patternEngine } = await import('./pattern.js');
const { bundledRulesDir } = await import('../package-paths.js');
const { Linter } = await import('../linter.js');
const { testPacks } = await import('../packs/test-examples.js');

/** Every `pattern:` of every bundled pack, as compilePattern sees it. */
function bundledPatterns(): { file: string; pattern: string }[] {
  const found: { file: string; pattern: string }[] = [];
  const collect = (file: string, value: unknown): void => {
    if (Array.isArray(value)) value.forEach((v) => collect(file, v));
    else if (value && typeof value === 'object') {
      const pattern = (value as { pattern?: unknown }).pattern;
      if (typeof pattern === 'string') found.push({ file, pattern });
      Object.values(value).forEach((v) => collect(file, v));
    }
  };
  for (const entry of readdirSync(bundledRulesDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.yaml')) continue;
    const file = path.join(entry.parentPath, entry.name);
    collect(path.relative(bundledRulesDir, file), parse(readFileSync(file, 'utf8')));
  }
  return found;
}

describe('patterns without RE2', () => {
  it('says why patterns run in JavaScript\'s engine', () => {
    expect(patternEngine()).toEqual({ engine: 'javascript', reason: "Cannot find module 're2'" });
  });

  it.each(['(a|a)*b', '(a|aa)*b', 'a*a*a*a*a*b', '([a-z]|a)*$b', '(a+)+b', '(\\w+\\s?)*!'])('refuses %s, naming RE2 and how to install it', (pattern) => {
    expect(() => compilePattern({ pattern }, testRule())).toThrow(/RE2, which runs it safely, is not installed .*`npm install re2`.* @ pattern$/);
  });

  it('runs a pattern that is safe for a backtracking engine, with the same hits', async () => {
    const run = compilePattern({ pattern: '\\b(?:free|gratis)\\s+shipping\\b|\\bwww\\.\\S+' }, testRule());
    expect(run.find('Free shipping at www.example.com').map((h) => h.match)).toEqual(['Free shipping', 'www.example.com']);
    expect(run.find(`${'a'.repeat(4999)}!`)).toEqual([]);
  });

  it('every bundled pattern passes the check for a backtracking engine', () => {
    const patterns = bundledPatterns();
    expect(patterns.length).toBeGreaterThan(20);
    expect(patterns.filter((p) => !isSafeForBacktracking(p.pattern))).toEqual([]);
  });

  it('every bundled pack compiles, and every example passes, in JavaScript\'s engine', async () => {
    const linter = new Linter();
    const results = await testPacks(linter, linter.packs.ids());
    const failed = results.flatMap((r) => r.outcomes.filter((o) => !o.passed));
    expect(failed).toEqual([]);
    expect(results.flatMap((r) => r.outcomes).length).toBeGreaterThan(100);
  });
});

describe('the check for a backtracking engine', () => {
  it('refuses a quantified group holding a quantifier or an alternation, and three unbounded quantifiers in one alternative', () => {
    for (const unsafe of ['(a|aa)*b', '(?:a+)+', '(?<w>\\w+\\s?)*!', '(?:x|y){2,}', 'a*b+c*', '\\d+.*?\\d+.*x'])
      expect(isSafeForBacktracking(unsafe), unsafe).toBe(false);
  });
  it('accepts a quantified group of fixed parts, bounded quantifiers and unbounded ones spread over alternatives', () => {
    for (const safe of ['(?:\\p{L}\\.){4,}', '(?:ab)*c', 'a{1,30}b{0,5}c{2}d+e*', 'https?://\\S+|\\bwww\\.\\S+|[\\w.+-]+@[\\w.-]*\\w', '(?=.*?\\d)\\w+', '[(+*|]+x'])
      expect(isSafeForBacktracking(safe), safe).toBe(true);
  });
});
