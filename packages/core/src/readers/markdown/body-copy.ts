import type { Definition, Image, ImageReference, Nodes, Root, RootContent } from 'mdast';
import type { MediaRef, Span, TextSource } from '../../model/creative.js';
import { fieldForHeading } from './field-headings.js';
import { SourceTextBuilder } from './source-text.js';

/** Which convention a Markdown file follows, from its name (`*.ad.md`, `*.listing.md`, `*.landing.md`). */
export type MarkdownKind = 'ad' | 'listing' | 'landing';

export interface BodyMedia {
  ref: MediaRef;
  /** The whole `![alt](path)`. */
  span: Span;
  /** The path characters, when found in the source. */
  pathSpan: Span | null;
}

/** The copy, alt texts and images of a Markdown body, with their source positions. */
export interface BodyCopy {
  copy: Record<string, string | string[]>;
  /** Text sources by field path (`copy.bullets[2]`). */
  texts: Map<string, TextSource>;
  /** Source spans of whole fields (`copy.bullets`) and of items. */
  spans: Map<string, Span>;
  media: BodyMedia[];
}

/** One block of a field: a list item (kept as its own value) or a paragraph-like block (joined). */
interface Block {
  asItem: boolean;
  text: SourceTextBuilder;
}

const BLOCK_JOIN = '\n\n';
const LINE_JOIN = '\n';
/** A one-word image title names the image's role (`![Front](front.jpg "main")`). */
const ROLE_TITLE = /^[a-z][a-z_-]*$/;
/** Image URLs with a scheme (or `//host`) are not files next to the creative. */
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/**
 * Maps a Markdown body to copy fields (see docs/markdown.md): the first `#` heading is the
 * title (headline for ads), the items of the first list are bullets, other blocks are the body
 * (primary text for ads), and a `##` heading that names a field takes the blocks under it.
 * Code, HTML, link and image URLs are not copy; alt texts are `copy.alt[i]`, local images
 * `media[]`. Every walk is iterative: nesting depth cannot overflow the stack.
 */
export function bodyCopy(root: Root, source: string, kind: MarkdownKind, shift: number): BodyCopy {
  const walker = new BodyWalker(root, source, shift);
  const titleField = kind === 'ad' ? 'headline' : 'title';
  const textField = kind === 'ad' ? 'primary_text' : 'body';
  let titleTaken = false;
  let bulletsTaken = false;
  let section: string | null = null;

  for (const node of root.children) {
    switch (node.type) {
      case 'heading': {
        const heading = walker.inlineText(node);
        if (node.depth === 1) {
          section = null;
          if (!titleTaken) {
            titleTaken = true;
            walker.add(titleField, heading, false, node);
            break;
          }
        } else if (node.depth === 2) {
          section = fieldForHeading(heading.result()?.value ?? '');
          if (section) break;
        }
        walker.add(section ?? textField, heading, false, node);
        break;
      }
      case 'list':
        if (section) walker.addList(section, node, true);
        else if (!bulletsTaken) {
          bulletsTaken = true;
          walker.addList('bullets', node, true);
        } else walker.addList(textField, node, false);
        break;
      case 'paragraph':
      case 'blockquote':
        for (const leaf of walker.leafBlocks(node)) walker.add(section ?? textField, walker.inlineText(leaf), false, leaf);
        break;
      default:
        // Code, HTML (scripts included), thematic breaks, definitions and frontmatter are not copy.
        break;
    }
  }
  return walker.result();
}

class BodyWalker {
  private readonly fields = new Map<string, Block[]>();
  private readonly fieldSpans = new Map<string, Span>();
  private readonly alts: { text: SourceTextBuilder; span: Span }[] = [];
  private readonly media: BodyMedia[] = [];
  private definitions: Map<string, Definition> | null = null;

  constructor(
    private readonly root: Root,
    private readonly source: string,
    private readonly shift: number,
  ) {}

  spanOf(node: Positioned): Span {
    return [(node.position?.start.offset ?? 0) + this.shift, (node.position?.end.offset ?? 0) + this.shift];
  }

  add(field: string, text: SourceTextBuilder, asItem: boolean, node: Positioned): void {
    if (text.length === 0) return;
    const blocks = this.fields.get(field) ?? [];
    blocks.push({ asItem, text });
    this.fields.set(field, blocks);
    const [start, end] = this.spanOf(node);
    const known = this.fieldSpans.get(field);
    this.fieldSpans.set(field, known ? [Math.min(known[0], start), Math.max(known[1], end)] : [start, end]);
  }

  /** Each item of the list is one block: its paragraphs (and nested lists) joined by line breaks. */
  addList(field: string, list: Extract<RootContent, { type: 'list' }>, asItem: boolean): void {
    for (const item of list.children) {
      const text = new SourceTextBuilder();
      for (const leaf of this.leafBlocks(item)) {
        text.join(LINE_JOIN);
        this.appendInline(leaf, text);
      }
      this.add(field, text, asItem, item);
    }
  }

  /** Paragraphs and headings inside containers (quotes, lists, items), in document order. */
  leafBlocks(node: Nodes): Nodes[] {
    const leaves: Nodes[] = [];
    const pending: Nodes[] = [node];
    while (pending.length > 0) {
      const n = pending.pop()!;
      if (n.type === 'paragraph' || n.type === 'heading') leaves.push(n);
      else if (n.type === 'list' || n.type === 'listItem' || n.type === 'blockquote') {
        for (let k = n.children.length - 1; k >= 0; k--) pending.push(n.children[k]!);
      }
    }
    return leaves;
  }

  inlineText(node: Nodes): SourceTextBuilder {
    const text = new SourceTextBuilder();
    this.appendInline(node, text);
    return text;
  }

  /** Appends the copy of a paragraph or heading: text through emphasis and links; images become media. */
  appendInline(node: Nodes, text: SourceTextBuilder): void {
    const pending: Nodes[] = 'children' in node ? node.children.slice().reverse() : [];
    while (pending.length > 0) {
      const n = pending.pop()!;
      const [start, end] = this.spanOf(n);
      switch (n.type) {
        case 'text':
          text.pushMapped(this.source, n.value, start, end);
          break;
        case 'break':
          text.push(LINE_JOIN, start, end);
          break;
        case 'image':
        case 'imageReference':
          this.addImage(n, start, end);
          break;
        case 'link':
          // An autolink (`<https://…>`) is a URL, not copy.
          if (this.source[start] === '<') break;
          for (let k = n.children.length - 1; k >= 0; k--) pending.push(n.children[k]!);
          break;
        case 'inlineCode':
        case 'html':
          break;
        default:
          if ('children' in n) for (let k = n.children.length - 1; k >= 0; k--) pending.push(n.children[k]!);
      }
    }
  }

  private addImage(image: Image | ImageReference, start: number, end: number): void {
    const alt = new SourceTextBuilder();
    // Alt text starts after `![`; inline markup inside it is skipped while matching.
    if (image.alt) alt.pushMapped(this.source, image.alt, start + 2, end, true);
    this.alts.push({ text: alt, span: [start, end] });
    const resource = image.type === 'image' ? image : this.definition(image.identifier);
    if (!resource || REMOTE.test(resource.url) || resource.url === '') return;
    const role = resource.title && ROLE_TITLE.test(resource.title) ? resource.title : 'gallery';
    this.media.push({ ref: { path: resource.url, role }, span: [start, end], pathSpan: this.pathSpan(resource, image) });
  }

  private pathSpan(resource: Image | Definition, image: Image | ImageReference): Span | null {
    const [start, end] = this.spanOf(resource === image ? image : resource);
    const from = resource === image ? this.source.lastIndexOf('](', end) + 2 : this.source.indexOf(']:', start) + 2;
    const at = this.source.indexOf(resource.url, from);
    return from >= 2 && at >= 0 && at + resource.url.length <= end ? [at, at + resource.url.length] : null;
  }

  private definition(identifier: string): Definition | undefined {
    if (!this.definitions) {
      this.definitions = new Map();
      const pending: Nodes[] = [this.root];
      while (pending.length > 0) {
        const n = pending.pop()!;
        if (n.type === 'definition' && !this.definitions.has(n.identifier)) this.definitions.set(n.identifier, n);
        else if ('children' in n) for (const child of n.children) pending.push(child);
      }
    }
    return this.definitions.get(identifier);
  }

  result(): BodyCopy {
    const out: BodyCopy = { copy: {}, texts: new Map(), spans: new Map(), media: this.media };
    for (const [field, blocks] of this.fields) {
      const path = `copy.${field}`;
      out.spans.set(path, this.fieldSpans.get(field)!);
      if (blocks.every((b) => b.asItem)) {
        out.copy[field] = blocks.map((b, i) => this.setText(out, `${path}[${i}]`, b.text));
        continue;
      }
      const joined = new SourceTextBuilder();
      for (const b of blocks) {
        joined.join(BLOCK_JOIN);
        joined.append(b.text);
      }
      out.copy[field] = this.setText(out, path, joined);
    }
    if (this.alts.length > 0) {
      const alts: string[] = [];
      this.alts.forEach((alt, i) => {
        // An image without alt text still has an (empty) entry, located at the image.
        out.spans.set(`copy.alt[${i}]`, alt.span);
        alts.push(this.setText(out, `copy.alt[${i}]`, alt.text));
      });
      out.copy.alt = alts;
    }
    return out;
  }

  private setText(out: BodyCopy, path: string, text: SourceTextBuilder): string {
    const built = text.result();
    if (!built) return '';
    out.texts.set(path, built.source);
    out.spans.set(path, built.source.span);
    return built.value;
  }
}
