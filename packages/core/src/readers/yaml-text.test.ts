import { describe, expect, it } from 'vitest';
import { isMap, isPair, parseDocument, type Scalar } from 'yaml';
import { textSourceOf } from './yaml-text.js';

/** Parses `key: <scalar>` documents and returns the text source of `key`'s value. */
function sourceOf(yaml: string, key = 'v') {
  const doc = parseDocument(yaml, { keepSourceTokens: true });
  const map = doc.contents;
  if (!isMap(map)) throw new Error('not a map');
  const pair = map.items.find((p) => isPair(p) && (p.key as Scalar).value === key)!;
  const node = pair.value as Scalar<string>;
  return { node, src: textSourceOf(node, 0) };
}

/** The source characters behind value units [start, end). */
function behind(yaml: string, start: number, end: number, key = 'v'): string {
  const { src } = sourceOf(yaml, key);
  expect(src.map).not.toBeNull();
  return yaml.slice(src.map!.starts[start]!, src.map!.ends[end - 1]!);
}

describe('textSourceOf maps value characters to source characters', () => {
  it('plain scalars, including folded continuation lines', () => {
    const yaml = 'v: plain first\n  second line\n';
    const { node } = sourceOf(yaml);
    expect(node.value).toBe('plain first second line');
    expect(behind(yaml, 12, 18)).toBe('second');
    // The folded space maps to the line break.
    expect(behind(yaml, 11, 12)).toBe('\n');
  });

  it('single-quoted scalars with doubled quotes', () => {
    const yaml = "v: 'it''s best'\n";
    const { node } = sourceOf(yaml);
    expect(node.value).toBe("it's best");
    expect(behind(yaml, 2, 3)).toBe("''");
    expect(behind(yaml, 5, 9)).toBe('best');
  });

  it('double-quoted scalars with escapes', () => {
    const yaml = 'v: "say \\"hi\\" caf\\u00e9 \\U0001F600 x\\ty"\n';
    const { node } = sourceOf(yaml);
    expect(node.value).toBe('say "hi" café 😀 x\ty');
    expect(behind(yaml, 4, 8)).toBe('\\"hi\\"');
    expect(behind(yaml, 12, 13)).toBe('\\u00e9');
    // Both UTF-16 units of an astral character map to its one escape.
    expect(behind(yaml, 14, 16)).toBe('\\U0001F600');
    expect(behind(yaml, 18, 19)).toBe('\\t');
  });

  it('double-quoted escaped line breaks join without a space', () => {
    const yaml = 'v: "one\\\n   two"\n';
    const { node } = sourceOf(yaml);
    expect(node.value).toBe('onetwo');
    expect(behind(yaml, 3, 6)).toBe('two');
  });

  it('empty lines in flow scalars become newlines', () => {
    const yaml = 'v: "a\n\n  b"\n';
    const { node } = sourceOf(yaml);
    expect(node.value).toBe('a\nb');
    expect(behind(yaml, 2, 3)).toBe('b');
  });

  it('literal block scalars keep lines and indentation beyond the block indent', () => {
    const yaml = 'v: |\n  first\n    indented\n  last\nw: 1\n';
    const { node } = sourceOf(yaml);
    expect(node.value).toBe('first\n  indented\nlast\n');
    expect(behind(yaml, 6, 16)).toBe('  indented');
    expect(behind(yaml, 17, 21)).toBe('last');
  });

  it('folded block scalars fold single breaks into spaces', () => {
    const yaml = 'v: >-\n  one\n  two\n\n  three\n';
    const { node } = sourceOf(yaml);
    expect(node.value).toBe('one two\nthree');
    expect(behind(yaml, 4, 7)).toBe('two');
    expect(behind(yaml, 8, 13)).toBe('three');
  });

  it('keep chomping and explicit indentation', () => {
    const yaml = 'v: |+2\n   x\n\nw: 1\n';
    const { node } = sourceOf(yaml);
    expect(node.value).toBe(' x\n\n');
    expect(behind(yaml, 0, 2)).toBe(' x');
  });

  it('CRLF line breaks', () => {
    const yaml = 'v: |\r\n  a\r\n  b\r\n';
    const { node } = sourceOf(yaml);
    expect(node.value).toBe('a\nb\n');
    expect(behind(yaml, 2, 3)).toBe('b');
  });

  it('nested block scalars in lists', () => {
    const yaml = 'v:\n  - |\n    one\n    two\n';
    const doc = parseDocument(yaml, { keepSourceTokens: true });
    const item = (doc.getIn(['v', 0], true) as Scalar<string>);
    const src = textSourceOf(item, 2);
    expect(item.value).toBe('one\ntwo\n');
    expect(src.map).not.toBeNull();
    expect(yaml.slice(src.map!.starts[4]!, src.map!.ends[6]!)).toBe('two');
  });
});
