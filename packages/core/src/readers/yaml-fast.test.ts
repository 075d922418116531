import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCommonYaml } from './yaml-fast.js';
import { parseYaml, parseYamlWithLibrary } from './yaml-document.js';
import type { YamlNode } from './yaml-tree.js';

/**
 * The fast reader must give exactly what the yaml library gives (tree, ranges, text maps, data,
 * directive comments) or refuse. Checked on every YAML file of the repository, on the bench
 * generator's corpus, on hand-picked edge cases and on generated creatives.
 */
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const RUNS = Number(process.env.ADLINT_FUZZ_RUNS ?? 0) || 400;

/** A comparable form of a tree: text maps materialized. */
function plainTree(node: YamlNode | null | undefined): unknown {
  if (!node) return node;
  switch (node.kind) {
    case 'map':
      return { map: node.range, pairs: node.pairs.map((p) => ({ key: p.key, at: p.keyRange, value: plainTree(p.value) })) };
    case 'seq':
      return { seq: node.range, items: node.items.map(plainTree) };
    case 'scalar': {
      const t = node.text;
      return { scalar: node.range, text: t && { span: t.span, style: t.style, map: t.map && { starts: [...t.map.starts], ends: [...t.map.ends] } } };
    }
    default:
      return { alias: node.range };
  }
}

function parsed(result: ReturnType<typeof parseYaml>): unknown {
  const { doc, problems } = result;
  return { root: plainTree(doc.root), problems, data: problems.length ? null : doc.data(), directives: doc.directiveComments() };
}

/** Asserts the two readings agree; returns whether the fast reader took the text. */
function agrees(text: string): boolean {
  const fast = readCommonYaml(text) !== null;
  expect(parsed(parseYaml(text)), JSON.stringify(text)).toEqual(parsed(parseYamlWithLibrary(text)));
  return fast;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') yamlFiles(p, out);
    } else if (/\.(ya?ml|md)$/.test(entry.name)) out.push(p);
  }
  return out;
}

/** A file's YAML: the whole of a .yaml file, the frontmatter prefix of a Markdown file (as frontmatter.ts parses it). */
function yamlOf(file: string): string | null {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.md')) return text;
  if (!text.startsWith('---\n')) return null;
  const close = text.indexOf('\n---', 3);
  return close === -1 ? null : text.slice(0, close + 1);
}

describe('fast YAML reader', () => {
  it('reads every YAML file of the repository as the yaml library does, or leaves it to the library', () => {
    let taken = 0;
    let total = 0;
    for (const dir of ['examples', 'test', 'rules', 'docs', 'packages/core/data']) {
      for (const file of yamlFiles(path.join(repoRoot, dir))) {
        const text = yamlOf(file);
        if (text === null) continue;
        total++;
        if (agrees(text)) taken++;
      }
    }
    expect(total).toBeGreaterThan(100);
    // Most fixtures are written in the common subset: a reader that refused everything would pass the comparison.
    expect(taken).toBeGreaterThan(total / 4);
  });

  it('takes every creative of the bench corpus, with the same result', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'adlint-yaml-fast-'));
    execFileSync(process.execPath, [path.join(repoRoot, 'bench/gen-corpus.mjs'), '--n', '60', '--k', '40', '--out', out, '--no-md'], { stdio: 'ignore' });
    const files = yamlFiles(path.join(out, 'ads'));
    expect(files.length).toBe(60);
    for (const file of files) expect(agrees(readFileSync(file, 'utf8')), file).toBe(true);
  });

  it.each([
    ['a creative with comments, quotes and a flow list', '# note\nlocale: en-US\nplatforms: [google, "meta", \'x\']\ncopy:\n  # the line shown\n  headline: "Say \\"hi\\" \\u00e9" # why\n  description: It\'s 50% off, today\n'],
    ['a byte-order mark and CRLF line ends', '\ufeffcopy:\r\n  headline: Hello\r\n  bullets:\r\n  - one\r\n  - two\r\n'],
    ['a `---` line, blank lines and trailing spaces', '---\n\nname: x   \n\n\ncopy:   \n  headline: y  \n'],
    ['empty values', 'a:\nb:   \nc:\n  d:\ne: 1\n'],
    ['numbers, booleans and nulls', 'a: 12\nb: +3\nc: 1.50\nd: 1e3\ne: 0x1F\nf: 0o17\ng: .inf\nh: .NaN\ni: true\nj: False\nk: ~\nl: null\nm: 12 apples\nn: [1, 2.5, no]\n'],
    ['a list of creatives with defaults', 'defaults:\n  locale: zh-CN\ncreatives:\n  - name: a\n    copy:\n      headline: 你好\n  - name: b\n  -\n  - plain\n'],
    ['a sequence at its key\'s indentation', 'platforms:\n- google\n- meta\ncopy:\n  bullets:\n  - x\n'],
    ['directive comments', '# adlint-disable meta/x\ncopy:\n  headline: y # adlint-disable-line\n  # adlint-disable-next-line\n  description: z\n'],
  ])('takes %s, with the same result', (_name, text) => {
    expect(agrees(text)).toBe(true);
  });

  it.each([
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a block scalar', 'a: |\n  x\n'],
    ['a multi-line plain scalar', 'a: x\n  y\n'],
    ['a multi-line quoted scalar', 'a: "x\n  y"\n'],
    ['a flow mapping', 'a: { b: 1 }\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a quoted key', '"a": 1\n'],
    ['a tab', 'a:\t1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a comment indented past the value before it', 'a: x\n  # c\nb: 1\n'],
    ['a comment trailing a nested mapping', 'a:\n  b: x\n  # c\nd: 1\n'],
    ['a key that is not a string', 'true: 1\n'],
    ['a nested mapping in a compact one', 'a: b: c\n'],
    ['a JSON document', '{"a": 1}\n'],
    ['a comment-only document', '# nothing\n'],
    ['a plain scalar starting with an indicator', 'a: @x\n'],
    ['an unknown escape', 'a: "\\q"\n'],
    ['an empty value with a comment', 'a: # c\n\n'],
  ])('leaves %s to the library', (_name, text) => {
    expect(readCommonYaml(text)).toBeNull();
    agrees(text);
  });

  it('agrees with the library on generated creatives', () => {
    let taken = 0;
    fc.assert(
      fc.property(yamlText, (text) => {
        if (agrees(text)) taken++;
      }),
      { numRuns: RUNS },
    );
    // The generator writes mostly the common subset: a reader that refused it all would pass the comparison.
    expect(taken).toBeGreaterThan(RUNS / 10);
  });
});

// Generated creatives: mappings, sequences (block, flow, at the key's indentation), scalars in
// every one-line style, written with comments, blank lines and trailing spaces at random places.

type Value =
  | { t: 'scalar'; text: string; style: 'plain' | 'single' | 'double' }
  | { t: 'empty' }
  | { t: 'map'; pairs: [string, Value][] }
  | { t: 'seq'; items: Value[]; flow: boolean; atKeyIndent: boolean };

const CHARS = ['a', 'b', 'Z', '0', '7', ' ', ' ', ':', '#', ',', '[', ']', '{', '}', '"', "'", '\\', '-', '&', '*', '!', '|', '>', '%', '@', '`', '?', '.', '~', '你', '好', '😀', '\t', 'é'];
const WORDS = ['true', 'null', '~', '12', '+3', '1.50', '1e3', '0x1F', '.inf', 'Free shipping', 'Sale: today', 'We are #1', 'a #b', 'x:', 'http://x.example/p?q=1', '50% off', "it's", 'say "hi"', '', ' lead', 'trail ', '\\n', '\\u00e9', '\\x41', '\\"'];
const SAFE = ['a', 'B', '9', ' ', '你', '好', '😀', 'é', '.', '-', '!', '?'];
const text = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 3 },
  { arbitrary: fc.array(fc.constantFrom(...SAFE), { minLength: 1, maxLength: 12 }).map((c) => `w${c.join('')}`), weight: 8 },
  { arbitrary: fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((c) => c.join('')), weight: 1 },
);
const KEYS = ['name', 'locale', 'copy', 'headline', 'bullets', 'media', 'path', 'creatives', 'defaults', 'a-b', '_x', 'constructor', 'k9'];
/** Mostly distinct keys; now and then a duplicate, which the library reports. */
const pairs = (of: fc.Arbitrary<Value>, maxLength: number): fc.Arbitrary<[string, Value][]> =>
  fc.oneof(
    { arbitrary: fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), of), { minLength: 1, maxLength, selector: ([k]) => k }), weight: 9 },
    { arbitrary: fc.array(fc.tuple(fc.constantFrom(...KEYS), of), { minLength: 1, maxLength }), weight: 1 },
  );

const value: fc.Arbitrary<Value> = fc.letrec<{ value: Value }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ t: fc.constant('scalar' as const), text, style: fc.constantFrom('plain' as const, 'plain' as const, 'single' as const, 'double' as const) }),
    fc.constant({ t: 'empty' as const }),
    fc.record({ t: fc.constant('map' as const), pairs: pairs(tie('value'), 4) }),
    fc.record({ t: fc.constant('seq' as const), items: fc.array(tie('value'), { minLength: 1, maxLength: 3 }), flow: fc.boolean(), atKeyIndent: fc.boolean() }),
  ),
})).value;

function scalarSource(v: Extract<Value, { t: 'scalar' }>): string {
  if (v.style === 'single') return `'${v.text.replace(/'/g, "''")}'`;
  // Escapes written in the word list (`\n`) are kept as escapes; a lone backslash or quote is escaped.
  if (v.style === 'double') return `"${v.text.replace(/\\(?![nux"])/g, '\\\\').replace(/(?<!\\)"/g, '\\"')}"`;
  return v.text;
}

function isScalarLike(v: Value): boolean {
  return v.t === 'scalar';
}

/** Lines of `v` as the value of a key at `indent` (`inline` is what follows `key:` on its own line). */
function valueLines(v: Value, indent: number, step: number): { inline: string; lines: string[] } {
  if (v.t === 'scalar') return { inline: ` ${scalarSource(v)}`, lines: [] };
  if (v.t === 'empty') return { inline: '', lines: [] };
  if (v.t === 'seq' && v.flow && v.items.every(isScalarLike)) {
    return { inline: ` [${v.items.map((i) => scalarSource(i as Extract<Value, { t: 'scalar' }>)).join(', ')}]`, lines: [] };
  }
  if (v.t === 'seq') return { inline: '', lines: blockLines(v, v.atKeyIndent ? indent : indent + step, step) };
  return { inline: '', lines: blockLines(v, indent + step, step) };
}

function blockLines(v: Value, indent: number, step: number): string[] {
  const pad = ' '.repeat(indent);
  if (v.t === 'map') {
    const lines: string[] = [];
    for (const [key, val] of v.pairs) {
      const { inline, lines: below } = valueLines(val, indent, step);
      lines.push(`${pad}${key}:${inline}`, ...below);
    }
    return lines;
  }
  if (v.t === 'seq') {
    const lines: string[] = [];
    for (const item of v.items) {
      if (item.t === 'map') {
        const inner = blockLines(item, indent + 2, step);
        lines.push(`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1));
      } else if (item.t === 'seq' && !(item.flow && item.items.every(isScalarLike))) {
        const inner = blockLines(item, indent + 2, step);
        lines.push(`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1));
      } else {
        const { inline } = valueLines(item, indent, step);
        lines.push(`${pad}-${inline}`);
      }
    }
    return lines;
  }
  return [`${pad}${v.t === 'scalar' ? scalarSource(v) : ''}`];
}

/** `indent: 'next'` writes a comment at the indentation of the line it goes before, as people do. */
type Decoration = { at: number; kind: 'comment' | 'directive' | 'blank' | 'trailing' | 'inline'; indent: number | 'next' };
const decoration: fc.Arbitrary<Decoration> = fc.record({
  at: fc.nat(40),
  kind: fc.constantFrom('comment' as const, 'comment' as const, 'directive' as const, 'blank' as const, 'trailing' as const, 'inline' as const),
  indent: fc.constantFrom<number | 'next'>('next', 'next', 'next', 0, 2, 4, 1, 3, 6),
});

const yamlText: fc.Arbitrary<string> = fc
  .record({
    root: fc.oneof(
      fc.record({ t: fc.constant('map' as const), pairs: pairs(value, 5) }),
      fc.record({ t: fc.constant('seq' as const), items: fc.array(value, { minLength: 1, maxLength: 3 }), flow: fc.constant(false), atKeyIndent: fc.constant(false) }),
    ),
    step: fc.constantFrom(2, 2, 4, 1),
    decorations: fc.array(decoration, { maxLength: 5 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    start: fc.constantFrom('', '', '---\n', '# header\n'),
    finalNewline: fc.boolean(),
  })
  .map(({ root, step, decorations, crlf, bom, start, finalNewline }) => {
    const lines = blockLines(root, 0, step);
    for (const d of decorations) {
      const at = d.at % (lines.length + 1);
      const pad = d.indent === 'next' ? (/^ */.exec(lines[at] ?? '')![0]) : ' '.repeat(d.indent);
      if (d.kind === 'comment') lines.splice(at, 0, `${pad}# note: x`);
      else if (d.kind === 'directive') lines.splice(at, 0, `${pad}# adlint-disable-next-line some/rule`);
      else if (d.kind === 'blank') lines.splice(at, 0, pad);
      else if (at < lines.length && d.kind === 'trailing') lines[at] += pad || ' ';
      else if (at < lines.length) lines[at] += ` # adlint-disable-line`;
    }
    const body = start + lines.join('\n') + (finalNewline ? '\n' : '');
    return (bom ? '\ufeff' : '') + (crlf ? body.replace(/\n/g, '\r\n') : body);
  });
