import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Creative, CreativeData, Span, TextSource } from '../model/creative.js';
import { creativeFileType } from '../model/file-types.js';
import { deepMerge } from './manifest.js';
import { bodyCopy, type BodyCopy, type MarkdownKind } from './markdown/body-copy.js';
import { readFrontmatter, type Frontmatter } from './markdown/frontmatter.js';
import { deepestNesting, MAX_NESTING } from './markdown/nesting.js';
import type { DirectiveComment, ReadOptions, ReadProblem, ReadResult } from './types.js';
import { firstLine } from './yaml-document.js';
import { readProblem } from './file-problems.js';
import { markdownStorm } from './work-bound.js';

/** This module is imported only when a Markdown file is linted, so unified loads only then. */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** What a file's kind implies unless config or frontmatter say otherwise. */
const KIND_DEFAULTS: Record<MarkdownKind, CreativeData> = {
  ad: {},
  listing: { placement: 'listing' },
  landing: { placement: 'landing_page' },
};

const OPENING_FENCE = /^---[ \t]*(?:\r\n|\r|\n|$)/;

/** `*.ad.md`, `*.listing.md`, `*.landing.md`: YAML frontmatter plus copy by the convention of docs/markdown.md. */
export function readMarkdown(text: string, filePath: string, options: ReadOptions): ReadResult {
  // micromark drops a byte-order mark, so its offsets are one short of the file's.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const deep = deepestNesting(text);
  if (deep) return notLinted(readProblem('markdown-too-deep', deep, { max: MAX_NESTING }));
  const storm = markdownStorm(text);
  if (storm) return notLinted(readProblem(storm.id, [storm.offset, storm.offset + 1], { max: storm.max }));
  let root: Root;
  try {
    root = processor.parse(text);
  } catch (e) {
    return notLinted(readProblem('markdown-unparsable', [0, 0], { detail: firstLine((e as Error).message) }));
  }
  const first = root.children[0];
  if (first?.type !== 'yaml' && OPENING_FENCE.test(text.slice(shift))) {
    return notLinted(readProblem('frontmatter-unclosed', [shift, shift + 3]));
  }
  const front = first?.type === 'yaml' ? readFrontmatter(text, first, shift) : null;
  const kind = kindOf(filePath);
  const body = bodyCopy(root, text, kind, shift);
  const directiveComments = [...(front?.directiveComments ?? []), ...htmlDirectiveComments(root, text, shift)];
  const creative = makeCreative(filePath, kind, options, front, body, shift);
  const problems: ReadProblem[] = front?.problems ?? [];
  return directiveComments.length ? { creatives: [creative], problems, directiveComments } : { creatives: [creative], problems };
}

function notLinted(problem: ReadProblem): ReadResult {
  return { creatives: [], problems: [problem] };
}

function kindOf(filePath: string): MarkdownKind {
  return creativeFileType(filePath)?.role ?? 'ad';
}

/**
 * Config defaults, then the frontmatter, then the body: a copy field the body writes replaces the
 * frontmatter's, and body images are added after the frontmatter's media.
 */
function makeCreative(filePath: string, kind: MarkdownKind, options: ReadOptions, front: Frontmatter | null, body: BodyCopy, shift: number): Creative {
  const base = deepMerge<CreativeData>(KIND_DEFAULTS[kind], options.defaults, front?.data);
  const data = deepMerge<CreativeData>(base, Object.keys(body.copy).length ? { copy: body.copy } : undefined);
  const spans = new Map<string, Span>();
  const texts = new Map<string, TextSource>();
  const replaced = (path: string): boolean => {
    const m = /^copy\.([^.[]+)/.exec(path);
    return m !== null && m[1]! in body.copy;
  };
  for (const [path, span] of front?.fields.spans ?? []) if (!replaced(path)) spans.set(path, span);
  for (const [path, source] of front?.fields.texts ?? []) if (!replaced(path)) texts.set(path, source);
  for (const [path, span] of body.spans) spans.set(path, span);
  for (const [path, source] of body.texts) texts.set(path, source);
  if (body.media.length > 0) {
    const before = base.media ?? [];
    data.media = [...before, ...body.media.map((m) => m.ref)];
    body.media.forEach((m, k) => {
      spans.set(`media[${before.length + k}]`, m.span);
      if (m.pathSpan) spans.set(`media[${before.length + k}].path`, m.pathSpan);
    });
  }
  return { filePath, index: 0, data, span: front?.span ?? [shift, shift], spans, texts };
}

/** `<!-- adlint-… -->` comments in HTML nodes (blocks and inline), found without recursion. */
function htmlDirectiveComments(root: Root, text: string, shift: number): DirectiveComment[] {
  if (!text.includes('adlint-')) return [];
  const found: DirectiveComment[] = [];
  const pending: Nodes[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'html' && node.position) {
      const start = (node.position.start.offset ?? 0) + shift;
      const end = (node.position.end.offset ?? 0) + shift;
      for (const m of text.slice(start, end).matchAll(/<!--([\s\S]*?)-->/g)) {
        if (!m[1]!.trimStart().startsWith('adlint-')) continue;
        const at = start + m.index;
        found.push({ text: m[1]!, textOffset: at + 4, span: [at, at + m[0].length] });
      }
    } else if ('children' in node) {
      for (const child of node.children) pending.push(child);
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}
