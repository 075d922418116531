import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Creative, CreativeData, Span } from '../model/creative.js';
import { deepMerge } from './manifest.js';
import { pageCopy } from './html/page-copy.js';
import type { ReadOptions, ReadResult } from './types.js';
import { firstLine } from './yaml-document.js';
import { readProblem } from './file-problems.js';

/** This module is imported only when an HTML page is linted, so rehype loads only then. */
const processor = unified().use(rehypeParse);

/**
 * `*.landing.html`: a landing page as a site builder exports it or a server serves it, read
 * into the landing copy fields (see docs/landing.md) with every character's source position.
 * Nothing on the page runs: parsing builds a tree, scripts stay text that is never copy.
 */
export function readHtml(text: string, filePath: string, options: ReadOptions): ReadResult {
  // A byte-order mark would be page content to the parser (moving <head> into the body); a space
  // in its place is ignored before the doctype and keeps every offset.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  let root: Root;
  try {
    root = processor.parse(source);
  } catch (e) {
    // The tree is built recursively: markup nested thousands deep (no real page) runs out of stack.
    const problem = e instanceof RangeError ? readProblem('html-too-deep', [0, 0]) : readProblem('html-unparsable', [0, 0], { detail: firstLine((e as Error).message) });
    return { creatives: [], problems: [problem] };
  }
  const page = pageCopy(root, source);
  const own: CreativeData = { placement: 'landing_page' };
  const data = deepMerge<CreativeData>(own, options.defaults, page.locale ? { locale: page.locale } : undefined);
  if (Object.keys(page.copy).length) data.copy = page.copy;
  if (page.links.length) data.links = page.links;
  const spans = new Map<string, Span>(page.spans);
  if (page.media.length) {
    const before = data.media ?? [];
    data.media = [...before, ...page.media.map((m) => m.ref)];
    page.media.forEach((m, k) => {
      spans.set(`media[${before.length + k}]`, m.span);
      if (m.pathSpan) spans.set(`media[${before.length + k}].path`, m.pathSpan);
    });
  }
  const creative: Creative = { filePath, index: 0, data, span: [0, 0], spans, texts: page.texts };
  return page.directiveComments.length ? { creatives: [creative], problems: [], directiveComments: page.directiveComments } : { creatives: [creative], problems: [] };
}
