import type { Element, ElementContent, Nodes, Root } from 'hast';
import type { MediaRef, PageLink, Span, TextSource } from '../../model/creative.js';
import { SourceTextBuilder } from '../markdown/source-text.js';
import type { DirectiveComment } from '../types.js';
import { alignHtmlText, collapseWhitespace, type AlignedText } from './align.js';

/** What an HTML landing page shows: copy by field with source maps, links, images and language. */
export interface PageCopy {
  copy: Record<string, string | string[]>;
  texts: Map<string, TextSource>;
  spans: Map<string, Span>;
  media: { ref: MediaRef; span: Span; pathSpan: Span | null }[];
  links: PageLink[];
  locale?: string;
  directiveComments: DirectiveComment[];
}

/** Never shown as copy, nor descended into: code, styling, inert or embedded content, form input. */
const NOT_COPY = new Set(['head', 'title', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'textarea', 'input', 'select']);
/** Elements that start a new block of text (a paragraph apart from the next). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li',
  'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Page chrome: a list in it is a menu, not the page's bullets. */
const CHROME = new Set(['nav', 'header', 'footer', 'aside']);
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
/** Image URLs with a scheme (or `//host`) are not files next to the page. */
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } };
const spanOf = (node: Positioned): Span => [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];

/** Hidden from every reader of the page: `hidden`, `aria-hidden="true"`, an inline `display:none`, a closed dialog. */
export function isHidden(el: Element): boolean {
  const p = el.properties;
  if (p.hidden !== undefined && p.hidden !== false && p.hidden !== null) return true;
  if (String(p.ariaHidden) === 'true') return true;
  if (typeof p.style === 'string' && HIDING_STYLE.test(p.style)) return true;
  return el.tagName === 'dialog' && (p.open === undefined || p.open === false || p.open === null);
}

/** Text being collected for one block: units and their source ranges. */
class Inline {
  value = '';
  starts: number[] = [];
  ends: number[] = [];
  /** A block ended inside the one being collected: a line break comes before the next text. */
  private pendingBreak = false;

  get endsInSpace(): boolean {
    return this.value.length === 0 || this.value.endsWith(' ') || this.value.endsWith('\n') || this.pendingBreak;
  }

  add(text: AlignedText): void {
    if (text.value.length === 0) return;
    if (this.pendingBreak) {
      this.trimEnd();
      // Zero-width at the next text, as the blank line between Markdown blocks: no fix edits through it.
      if (this.value.length > 0) this.push('\n', text.starts[0]!, text.starts[0]!);
      this.pendingBreak = false;
    }
    this.value += text.value;
    for (const s of text.starts) this.starts.push(s);
    for (const e of text.ends) this.ends.push(e);
  }

  /** A `<br>`: a line break mapped to the element. */
  lineBreak(span: Span): void {
    this.trimEnd();
    this.push('\n', span[0], span[1]);
  }

  /** A block inside the block being collected (a `<p>` in an `<li>`): a line break before what follows. */
  softBreak(): void {
    if (this.value.length > 0) this.pendingBreak = true;
  }

  trimEnd(): void {
    while (this.value.endsWith(' ')) {
      this.value = this.value.slice(0, -1);
      this.starts.pop();
      this.ends.pop();
    }
  }

  take(): SourceTextBuilder {
    this.trimEnd();
    const text = new SourceTextBuilder('HTML');
    text.pushUnits(this.value, this.starts, this.ends);
    this.value = '';
    this.starts = [];
    this.ends = [];
    this.pendingBreak = false;
    return text;
  }

  private push(c: string, start: number, end: number): void {
    this.value += c;
    this.starts.push(start);
    this.ends.push(end);
  }
}

interface Block {
  asItem: boolean;
  text: SourceTextBuilder;
  span: Span;
}

/** A block collected into its own field (the title, a bullet) until its element ends. */
interface Capture {
  element: Element;
  field: string;
  asItem: boolean;
}

type Step = { node: Nodes; inChrome: boolean } | { exit: Element };

/**
 * Maps an HTML page to the landing copy fields of docs/landing.md: the first `<h1>` is the title,
 * the items of the first list outside the page chrome are bullets, every other visible block is
 * the body; alt texts are `copy.alt[i]`, local images `media[]`. Written here rather than with
 * hast-util-to-text because every copy character must keep its source range (exact positions,
 * safe fixes), which to-text does not give. The walk is iterative: nesting cannot overflow the stack.
 */
export function pageCopy(root: Root, source: string): PageCopy {
  const fields = new Map<string, Block[]>();
  const alts: { text: SourceTextBuilder; span: Span }[] = [];
  const out: PageCopy = { copy: {}, texts: new Map(), spans: new Map(), media: [], links: [], directiveComments: [] };
  const inline = new Inline();
  let capture: Capture | null = null;
  let blockStart = 0;
  let titleTaken = false;
  let bulletsList: Element | null = null;
  let titleElement: Element | null = null;

  const addBlock = (field: string, asItem: boolean, span: Span): void => {
    const text = inline.take();
    if (text.length === 0) return;
    const blocks = fields.get(field) ?? [];
    blocks.push({ asItem, text, span });
    fields.set(field, blocks);
  };

  const pending: Step[] = [{ node: root, inChrome: false }];
  while (pending.length > 0) {
    const step = pending.pop()!;
    if ('exit' in step) {
      const el = step.exit;
      const [, end] = spanOf(el);
      if (capture?.element === el) {
        addBlock(capture.field, capture.asItem, [blockStart, end]);
        capture = null;
        blockStart = end;
      } else if (capture) inline.softBreak();
      else {
        addBlock('body', false, [blockStart, end]);
        blockStart = end;
      }
      continue;
    }
    const { node, inChrome } = step;
    switch (node.type) {
      case 'root':
        pushChildren(pending, node.children, inChrome);
        break;
      case 'comment': {
        const [start, end] = spanOf(node);
        if (node.value.trimStart().startsWith('adlint-') && source.startsWith('<!--', start)) {
          out.directiveComments.push({ text: node.value, textOffset: start + 4, span: [start, end] });
        }
        break;
      }
      case 'text': {
        const [start, end] = spanOf(node);
        const spaceBefore = inline.endsInSpace;
        inline.add(alignHtmlText(source, node.value, start, end, spaceBefore) ?? collapseWhitespace(node.value, start, end, spaceBefore));
        break;
      }
      case 'element': {
        const el = node;
        if (el.tagName === 'html' && typeof el.properties.lang === 'string' && el.properties.lang) out.locale = el.properties.lang;
        // The document title is copy only when the page has no <h1>: it is found in <head>, which is not walked.
        if (el.tagName === 'head') titleElement ??= el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'title') ?? null;
        if (el.tagName === 'title') titleElement ??= el;
        if (NOT_COPY.has(el.tagName) || isHidden(el)) break;
        if (el.tagName === 'br') {
          inline.lineBreak(spanOf(el));
          break;
        }
        if (el.tagName === 'img') {
          addImage(el, source, alts, out);
          break;
        }
        if (el.tagName === 'a' && typeof el.properties.href === 'string') {
          out.links.push({ text: visibleText(el), href: el.properties.href });
        }
        const chrome = inChrome || CHROME.has(el.tagName);
        if (BLOCK.has(el.tagName)) {
          const [start] = spanOf(el);
          if (capture) inline.softBreak();
          else {
            addBlock('body', false, [blockStart, start]);
            blockStart = start;
            if (el.tagName === 'h1' && !titleTaken) {
              titleTaken = true;
              capture = { element: el, field: 'title', asItem: false };
            } else if (el.tagName === 'li' && isItemOf(el, bulletsList)) {
              capture = { element: el, field: 'bullets', asItem: true };
            }
          }
          if ((el.tagName === 'ul' || el.tagName === 'ol') && !bulletsList && !chrome) bulletsList = el;
          pending.push({ exit: el });
        }
        pushChildren(pending, el.children, chrome);
        break;
      }
      default:
        break;
    }
  }
  addBlock('body', false, [blockStart, source.length]);
  if (!titleTaken && titleElement) {
    for (const child of titleElement.children) {
      if (child.type !== 'text') continue;
      const [start, end] = spanOf(child);
      inline.add(alignHtmlText(source, child.value, start, end, inline.endsInSpace) ?? collapseWhitespace(child.value, start, end, inline.endsInSpace));
    }
    addBlock('title', false, spanOf(titleElement));
  }
  finish(out, fields, alts);
  return out;
}

function pushChildren(pending: Step[], children: readonly (ElementContent | Root['children'][number])[], inChrome: boolean): void {
  for (let k = children.length - 1; k >= 0; k--) pending.push({ node: children[k]!, inChrome });
}

function isItemOf(el: Element, list: Element | null): boolean {
  return list !== null && list.children.includes(el);
}

/** A link's visible text, whitespace collapsed (for must-haves named by a footer link). */
function visibleText(el: Element): string {
  let text = '';
  const pending: Nodes[] = [el];
  while (pending.length > 0) {
    const n = pending.pop()!;
    if (n.type === 'text') text += n.value;
    else if (n.type === 'element' && (n === el || (!NOT_COPY.has(n.tagName) && !isHidden(n)))) {
      if (n.tagName === 'img' && typeof n.properties.alt === 'string') text += ` ${n.properties.alt} `;
      for (let k = n.children.length - 1; k >= 0; k--) pending.push(n.children[k]!);
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Where an attribute's value is written in an element's start tag, or null. */
function attributeSpan(source: string, el: Element, name: string): Span | null {
  const [start, end] = spanOf(el);
  const tagEnd = source.indexOf('>', start);
  const tag = source.slice(start, tagEnd < 0 || tagEnd > end ? end : tagEnd + 1);
  const m = new RegExp(String.raw`\s${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>\x60]+))`, 'i').exec(tag);
  if (!m) return null;
  const raw = m[1] ?? m[2] ?? m[3] ?? '';
  const at = start + m.index + m[0].length - raw.length - (m[3] === undefined ? 1 : 0);
  return [at, at + raw.length];
}

function addImage(el: Element, source: string, alts: { text: SourceTextBuilder; span: Span }[], out: PageCopy): void {
  const span = spanOf(el);
  const alt = typeof el.properties.alt === 'string' ? el.properties.alt : '';
  const text = new SourceTextBuilder('HTML');
  const at = attributeSpan(source, el, 'alt');
  if (alt) {
    const aligned = (at && alignHtmlText(source, alt, at[0], at[1], true)) ?? collapseWhitespace(alt, span[0], span[1], true);
    const value = aligned.value.replace(/ $/, '');
    text.pushUnits(value, aligned.starts.slice(0, value.length), aligned.ends.slice(0, value.length));
  }
  alts.push({ text, span });
  const src = typeof el.properties.src === 'string' ? el.properties.src : '';
  if (!src || REMOTE.test(src)) return;
  out.media.push({ ref: { path: src, role: 'gallery' }, span, pathSpan: attributeSpan(source, el, 'src') });
}

function finish(out: PageCopy, fields: Map<string, Block[]>, alts: { text: SourceTextBuilder; span: Span }[]): void {
  for (const [field, blocks] of fields) {
    const path = `copy.${field}`;
    out.spans.set(path, blocks.reduce<Span>((s, b) => [Math.min(s[0], b.span[0]), Math.max(s[1], b.span[1])], blocks[0]!.span));
    if (blocks.every((b) => b.asItem)) {
      out.copy[field] = blocks.map((b, i) => setText(out, `${path}[${i}]`, b.text));
      continue;
    }
    const joined = new SourceTextBuilder('HTML');
    for (const b of blocks) {
      joined.join('\n\n');
      joined.append(b.text);
    }
    out.copy[field] = setText(out, path, joined);
  }
  if (alts.length > 0) {
    out.copy.alt = alts.map((alt, i) => {
      out.spans.set(`copy.alt[${i}]`, alt.span);
      return setText(out, `copy.alt[${i}]`, alt.text);
    });
  }
}

function setText(out: PageCopy, path: string, text: SourceTextBuilder): string {
  const built = text.result();
  if (!built) return '';
  out.texts.set(path, built.source);
  out.spans.set(path, built.source.span);
  return built.value;
}
