import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../model/message.js';
import { loadLexicon } from './lexicon.js';

const dir = mkdtempSync(path.join(tmpdir(), 'adlint-lexicon-'));
let n = 0;
function lexicon(content: string | Buffer): string {
  const file = path.join(dir, `lexicon-${n++}.yaml`);
  writeFileSync(file, content);
  return file;
}
function problem(file: string): string {
  try {
    loadLexicon(file);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message.replace(`${file}:`, '').trimStart();
  }
  return 'no error';
}

describe('loadLexicon', () => {
  it('loads and caches a lexicon: one automaton per file', () => {
    const file = lexicon('name: Health\nterms:\n  - term: cure\n    replacement: may help\n  - { term: 治愈, exceptions: [治愈系] }\n');
    const a = loadLexicon(file);
    expect(a.name).toBe('Health');
    expect(a.matcher.entries.map((e) => e.term)).toEqual(['cure', '治愈']);
    expect(loadLexicon(file)).toBe(a);
  });
  it('accepts variants, plain or with a source, and reports a bad one at its line', () => {
    const file = lexicon('name: Homophones\nterms:\n  - term: 最佳\n    variants: [蕞佳, { text: 醉佳, source: "https://example.org/a" }]\n');
    expect(loadLexicon(file).matcher.foldedPatterns()).toEqual(['最佳', '蕞佳', '醉佳']);
    expect(problem(lexicon('name: V\nterms:\n  - term: 最佳\n    variants: [{ txt: 醉佳 }]\n'))).toMatch(/^4:\d+: lexicon: /);
  });
  it('reports each bad input at its line and column', () => {
    expect(problem(lexicon('name: Empty\nterms: []\n'))).toBe('2:8: lexicon: terms must NOT have fewer than 1 items');
    expect(problem(lexicon('name: Dup\nterms:\n  - term: cure\n  - term: CURE\n'))).toBe('4:11: lexicon: duplicate term "CURE" (same as "cure" once case and width are ignored)');
    expect(problem(lexicon('name: Blank\nterms:\n  - term: "  "\n'))).toBe('3:11: lexicon: term "  " is empty or only whitespace');
    expect(problem(lexicon('name: Exc\nterms:\n  - term: 最\n    exceptions: [最近, 第一次]\n'))).toBe('4:22: lexicon: exception "第一次" does not contain the term "最"');
    expect(problem(lexicon('name: Typo\nterms:\n  - term: cure\n    replacment: x\n'))).toBe('4:5: lexicon: unknown field "replacment" in terms[0] (did you mean "replacement"?)');
    expect(problem(lexicon(Buffer.from('name: Latin1\nterms:\n  - term: caf\xe9\n', 'latin1')))).toBe('3:14: lexicon is not valid UTF-8 (save it as UTF-8)');
    expect(problem(path.join(dir, 'missing.yaml'))).toBe('cannot read lexicon: ENOENT');
  });
});
