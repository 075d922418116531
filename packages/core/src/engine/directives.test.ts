import { describe, expect, it } from 'vitest';
import type { LintMessage, MessageCategory } from '../model/message.js';
import { yamlDirectiveComments } from '../readers/yaml-comments.js';
import { LineIndex } from '../text/line-index.js';
import { applyDirectives, parseDirective } from './directives.js';

const KNOWN = new Set(['p/a', 'p/b', 'p/c']);

function message(ruleId: string, line: number, column = 3, category: MessageCategory = 'length'): LintMessage {
  return { ruleId, severity: 'error', message: ruleId, line, column, endLine: line, endColumn: column + 1, field: 'copy.x', category, platform: 'p', source: null };
}

/** Applies the `#` directives of a YAML text to the messages; returns what is left as `ruleId@line`. */
function run(text: string, messages: LintMessage[], reportUnused = false): LintMessage[] {
  return applyDirectives(messages, yamlDirectiveComments(text), { lines: new LineIndex(text), isKnownRule: (id) => KNOWN.has(id), reportUnused }).messages;
}

const left = (messages: LintMessage[]): string[] => messages.map((m) => `${m.ruleId}@${m.line}`);

describe('parseDirective', () => {
  it('reads the kind and each rule id with its source span', () => {
    const text = ' adlint-disable p/a, p/b  p/c';
    const d = parseDirective({ text, textOffset: 10, span: [9, 9 + text.length] })!;
    expect(d.kind).toBe('disable');
    expect(d.rules).toEqual([
      { id: 'p/a', span: [26, 29] },
      { id: 'p/b', span: [31, 34] },
      { id: 'p/c', span: [36, 39] },
    ]);
  });

  it('tells disable from disable-next-line and refuses unknown kinds', () => {
    expect(parseDirective({ text: 'adlint-disable-next-line', textOffset: 0, span: [0, 24] })).toMatchObject({ kind: 'disable-next-line', rules: [] });
    expect(parseDirective({ text: 'adlint-disable-nextline p/a', textOffset: 0, span: [0, 27] })).toBeNull();
  });

  it('splits off a reason after " -- ", keeping ids before it and "--" inside an id', () => {
    const text = 'adlint-disable-next-line p/a, p/b -- study on file -- ref 7 ';
    expect(parseDirective({ text, textOffset: 0, span: [0, text.length] })).toMatchObject({ rules: [{ id: 'p/a' }, { id: 'p/b' }], reason: 'study on file -- ref 7', reasonSpan: [34, 59] });
    expect(parseDirective({ text: 'adlint-disable p/a --', textOffset: 0, span: [0, 21] })).toMatchObject({ rules: [{ id: 'p/a' }], reason: '', reasonSpan: [19, 21] });
    expect(parseDirective({ text: 'adlint-disable p/a--b', textOffset: 0, span: [0, 21] })).toMatchObject({ rules: [{ id: 'p/a--b' }] });
    expect(parseDirective({ text: 'adlint-disable p/a', textOffset: 0, span: [0, 18] })).not.toHaveProperty('reason');
  });
});

describe('applyDirectives', () => {
  const yaml = [
    'copy:', //                                  1
    '  # adlint-disable-next-line p/a', //       2
    '  a: x', //                                 3
    '  b: y # adlint-disable-line', //           4
    '  # adlint-disable p/b', //                 5
    '  c: z', //                                 6
    '  # adlint-enable', //                      7
    '  d: w', //                                 8
  ].join('\n');

  it('silences the next line, the same line and a range, for the rules named or all', () => {
    const messages = [message('p/a', 3), message('p/b', 3), message('p/a', 4), message('p/c', 4), message('p/b', 6), message('p/a', 6), message('p/b', 8)];
    expect(left(run(yaml, messages))).toEqual(['p/b@3', 'p/a@6', 'p/b@8']);
  });

  it('never silences parse, schema or directive messages', () => {
    expect(left(run('# adlint-disable-file\nx: 1\n', [message('adlint/schema', 2, 1, 'schema'), message('adlint/parse', 2, 1, 'parse')]))).toEqual(['adlint/schema@2', 'adlint/parse@2']);
  });

  it('enable <id> takes one rule back out of an every-rule range', () => {
    const text = '# adlint-disable\na: 1\n# adlint-enable p/a\nb: 2\n';
    expect(left(run(text, [message('p/a', 2), message('p/b', 2), message('p/a', 4), message('p/b', 4)]))).toEqual(['p/a@4']);
  });

  it('enable <id> ends only that rule of a multi-rule range', () => {
    const text = '# adlint-disable p/a, p/b\na: 1\n# adlint-enable p/a\nb: 2\n';
    expect(left(run(text, [message('p/a', 4), message('p/b', 4)]))).toEqual(['p/a@4']);
  });

  it('a file directive covers every line, before it too', () => {
    const text = 'a: 1\n# adlint-disable-file p/a\nb: 2\n';
    expect(left(run(text, [message('p/a', 1), message('p/b', 1), message('p/a', 3)]))).toEqual(['p/b@1']);
  });

  it('warns about unknown rules at the id, and unknown directives at the comment', () => {
    const text = 'a: 1 # adlint-disable-line p/zzz\nb: 2 # adlint-disable-lines\n';
    const out = run(text, []);
    expect(out).toMatchObject([
      { ruleId: 'adlint/unknown-directive', severity: 'warning', category: 'directive', line: 2, column: 6, endColumn: 28 },
      { ruleId: 'adlint/unknown-rule-in-directive', severity: 'warning', category: 'directive', line: 1, column: 28, endColumn: 33 },
    ]);
  });

  it('reports unused directives only when asked, with fixes that remove them', () => {
    const text = 'copy:\n  # adlint-disable-next-line p/a\n  a: x # adlint-disable-line p/b\n  c: z # adlint-disable-line p/a, p/c\n';
    expect(run(text, [message('p/a', 4)])).toEqual([]);
    const out = run(text, [message('p/a', 4)], true);
    expect(out.map((m) => [m.ruleId, m.line, m.column, m.message])).toEqual([
      ['adlint/unused-disable-directive', 2, 3, 'unused adlint-disable-next-line directive for "p/a": nothing was reported here'],
      ['adlint/unused-disable-directive', 3, 8, 'unused adlint-disable-line directive for "p/b": nothing was reported here'],
      ['adlint/unused-disable-directive', 4, 35, 'unused "p/c" in adlint-disable-line directive: it reported nothing here'],
    ]);
    const fixed = (m: LintMessage): string => text.slice(0, m.fix!.range[0]) + m.fix!.text + text.slice(m.fix!.range[1]);
    // A directive alone on its line goes with its line; a trailing one with the blanks before it.
    expect(fixed(out[0]!)).toBe('copy:\n  a: x # adlint-disable-line p/b\n  c: z # adlint-disable-line p/a, p/c\n');
    expect(fixed(out[1]!)).toBe('copy:\n  # adlint-disable-next-line p/a\n  a: x\n  c: z # adlint-disable-line p/a, p/c\n');
    expect(fixed(out[2]!)).toBe('copy:\n  # adlint-disable-next-line p/a\n  a: x # adlint-disable-line p/b\n  c: z # adlint-disable-line p/a\n');
  });
});

describe('yamlDirectiveComments', () => {
  it('finds real comments only, not # inside quoted or block scalars', () => {
    const text = 'a: "# adlint-disable-file"\nb: |\n  # adlint-disable-file\nc: 1 # adlint-disable-line p/a\n';
    expect(yamlDirectiveComments(text)).toEqual([{ text: ' adlint-disable-line p/a', textOffset: 62, span: [61, 86] }]);
  });
});
