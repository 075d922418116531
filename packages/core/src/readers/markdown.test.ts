import { describe, expect, it } from 'vitest';
import type { Creative } from '../model/creative.js';
import { readMarkdown } from './markdown.js';

function read(text: string, name = 'x.listing.md') {
  return readMarkdown(text, name, {});
}

function creativeOf(text: string, name?: string): Creative {
  const result = read(text, name);
  expect(result.problems).toEqual([]);
  expect(result.creatives).toHaveLength(1);
  return result.creatives[0]!;
}

/** The source characters behind value units [start, end) of a field. */
function behind(text: string, creative: Creative, field: string, start: number, end: number): string {
  const source = creative.texts.get(field);
  expect(source?.map).toBeTruthy();
  return text.slice(source!.map!.starts[start]!, source!.map!.ends[end - 1]!);
}

/** The value units of `field` whose text is `needle`, and the source they come from. */
function sourceOf(text: string, creative: Creative, field: string, needle: string): string {
  const value = field.split(/\.|\[|\]/).filter(Boolean).reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], creative.data) as string;
  const at = value.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  return behind(text, creative, field, at, at + needle.length);
}

describe('readMarkdown: body convention', () => {
  it('maps the first H1, the first list and paragraphs of a listing', () => {
    const md = '---\nplatforms: [amazon]\n---\n# Linen Shirt\n\nIntro paragraph.\n\n- One\n- Two\n\nClosing words.\n\n- Other list\n';
    const c = creativeOf(md);
    expect(c.data.copy).toEqual({
      title: 'Linen Shirt',
      bullets: ['One', 'Two'],
      body: 'Intro paragraph.\n\nClosing words.\n\nOther list',
    });
    expect(c.data.placement).toBe('listing');
    expect(c.data.platforms).toEqual(['amazon']);
    expect(sourceOf(md, c, 'copy.bullets[1]', 'Two')).toBe('Two');
  });

  it('uses headline and primary_text for ads and landing_page placement for landing pages', () => {
    expect(creativeOf('# Head\n\nText.\n', 'a.ad.md').data.copy).toEqual({ headline: 'Head', primary_text: 'Text.' });
    expect(creativeOf('# Head\n', 'a.landing.md').data).toMatchObject({ placement: 'landing_page', copy: { title: 'Head' } });
  });

  it('assigns the blocks under a field heading to that field, through aliases in several languages', () => {
    const md = '# T\n\n## Description\n\nFirst.\n\nSecond.\n\n## 搜索词\n\nlinen shirt summer\n\n## Key features\n\n- A\n- B\n\n## Why linen?\n\nBecause.\n';
    const c = creativeOf(md);
    expect(c.data.copy).toEqual({
      title: 'T',
      description: 'First.\n\nSecond.',
      search_terms: 'linen shirt summer',
      bullets: ['A', 'B'],
      body: 'Why linen?\n\nBecause.',
    });
    expect(sourceOf(md, c, 'copy.description', 'Second')).toBe('Second');
  });

  it('keeps code, HTML, URLs and comments out of the copy; link text is copy', () => {
    const md = '# T\n\nSee [our *store*](https://shop.example) or <https://x.example> `code` <b>bold</b>\n\n```\nnot copy\n```\n\n<script>alert(1)</script>\n\n<!-- note -->\n';
    expect(creativeOf(md).data.copy).toEqual({ title: 'T', body: 'See our store or   bold' });
  });

  it('maps characters through emphasis, escapes, entities and multi-line list items', () => {
    const md = '# A \\*great\\* deal &amp; *more* &#x4E2D;\n\n- first line\n  continues *here*\n  > not a quote\n';
    const c = creativeOf(md);
    expect(c.data.copy!.title).toBe('A *great* deal & more 中');
    expect(sourceOf(md, c, 'copy.title', '*great*')).toBe('\\*great\\*');
    expect(sourceOf(md, c, 'copy.title', '&')).toBe('&amp;');
    expect(sourceOf(md, c, 'copy.title', 'more')).toBe('more');
    expect(sourceOf(md, c, 'copy.title', '中')).toBe('&#x4E2D;');
    // The quote inside the item is a block of its own: the item's blocks are joined by a line break.
    expect(c.data.copy!.bullets).toEqual(['first line continues here\nnot a quote']);
    expect(sourceOf(md, c, 'copy.bullets[0]', 'continues here')).toBe('continues *here');
    // A soft break is one space, standing for the line break and the next line's indentation.
    expect(sourceOf(md, c, 'copy.bullets[0]', 'line continues')).toBe('line\n  continues');
  });

  it('maps lazy continuation lines of quotes and CRLF line breaks', () => {
    const md = '# T\r\n\r\n> quoted line\r\n> second\r\n';
    const c = creativeOf(md);
    expect(c.data.copy!.body).toBe('quoted line second');
    expect(sourceOf(md, c, 'copy.body', 'second')).toBe('second');
  });

  it('turns images into media and alt texts into copy.alt', () => {
    const md = '# T\n\n![Front *view* &amp; back](img/front.jpg "main") ![](img/side.png) ![Remote](https://cdn.example/x.jpg)\n\n![Ref][pic]\n\n[pic]: img/ref.jpg\n';
    const c = creativeOf(md);
    expect(c.data.media).toEqual([
      { path: 'img/front.jpg', role: 'main' },
      { path: 'img/side.png', role: 'gallery' },
      { path: 'img/ref.jpg', role: 'gallery' },
    ]);
    expect(c.data.copy!.alt).toEqual(['Front view & back', '', 'Remote', 'Ref']);
    expect(sourceOf(md, c, 'copy.alt[0]', 'view & back')).toBe('view* &amp; back');
    expect(md.slice(...c.spans.get('media[0].path')!)).toBe('img/front.jpg');
    expect(md.slice(...c.spans.get('media[2].path')!)).toBe('img/ref.jpg');
    expect(md.slice(...c.spans.get('copy.alt[1]')!)).toBe('![](img/side.png)');
  });

  it('appends body images after frontmatter media and lets body copy replace frontmatter copy', () => {
    const md = '---\nmedia:\n  - { path: a.jpg, role: main }\ncopy:\n  title: From frontmatter\n  search_terms: kept\n---\n# From body\n\n![x](b.jpg)\n';
    const c = creativeOf(md);
    expect(c.data.media).toEqual([{ path: 'a.jpg', role: 'main' }, { path: 'b.jpg', role: 'gallery' }]);
    expect(c.data.copy).toMatchObject({ title: 'From body', search_terms: 'kept' });
    expect(md.slice(...c.texts.get('copy.title')!.span)).toBe('From body');
    expect(md.slice(...c.texts.get('copy.search_terms')!.span)).toBe('kept');
    expect(md.slice(...c.spans.get('media[1].path')!)).toBe('b.jpg');
  });

  it('counts a byte-order mark in every position', () => {
    const md = '\uFEFF---\nplacement: feed\n---\n# Tëst &amp; go\n';
    const c = creativeOf(md);
    expect(sourceOf(md, c, 'copy.title', '& go')).toBe('&amp; go');
    expect(md.slice(...c.spans.get('placement')!)).toBe('feed');
  });
});

describe('readMarkdown: directive comments', () => {
  it('finds them in frontmatter comments and HTML comments, not in code', () => {
    const md = '---\nlocale: en-US # adlint-disable-line t/a\n---\n<!-- adlint-disable-file -->\n\n`<!-- adlint-disable -->`\n\nText <!--adlint-enable t/b-->\n';
    const comments = read(md).directiveComments!.map((c) => [c.text, md.slice(...c.span)]);
    expect(comments).toEqual([
      [' adlint-disable-line t/a', '# adlint-disable-line t/a'],
      [' adlint-disable-file ', '<!-- adlint-disable-file -->'],
      ['adlint-enable t/b', '<!--adlint-enable t/b-->'],
    ]);
  });
});

describe('readMarkdown: bad input', () => {
  it('reports invalid frontmatter YAML at its position and still reads the body', () => {
    const md = '---\nplatforms: [meta\n---\n# Title\n';
    const result = read(md);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.ruleId).toBe('adlint/parse');
    expect(result.creatives[0]!.data.copy).toEqual({ title: 'Title' });
  });

  it('reports frontmatter schema problems at the offending key', () => {
    const md = '---\nplatfroms: [meta]\n---\n# Title\n';
    const result = read(md);
    expect(result.problems).toMatchObject([{ ruleId: 'adlint/schema', reason: 'unknown field "platfroms"' }]);
    expect(md.slice(...result.problems[0]!.span)).toBe('platfroms');
    expect(result.creatives[0]!.data.platforms).toBeUndefined();
  });

  it('refuses a creatives list in frontmatter', () => {
    const result = read('---\ncreatives: []\n---\n# T\n');
    expect(result.problems[0]).toMatchObject({ ruleId: 'adlint/schema', span: [4, 13] });
  });

  it('reads a file without frontmatter, and an empty frontmatter', () => {
    expect(creativeOf('# Just a title\n').data).toEqual({ placement: 'listing', copy: { title: 'Just a title' } });
    expect(creativeOf('---\n---\n# T\n').data).toEqual({ placement: 'listing', copy: { title: 'T' } });
  });

  it('reports an unterminated frontmatter fence and reads nothing', () => {
    const result = read('---\nplatforms: [meta]\n# Title\n');
    expect(result.creatives).toEqual([]);
    expect(result.problems).toMatchObject([{ ruleId: 'adlint/parse', span: [0, 3] }]);
  });

  it('refuses nesting deeper than 100 levels without parsing it', () => {
    const md = `# T\n\n${'> '.repeat(150)}deep\n`;
    const result = read(md);
    expect(result.creatives).toEqual([]);
    expect(result.problems).toMatchObject([{ ruleId: 'adlint/parse', span: [5, 305] }]);
  });

  it('reads 90 levels of nested lists and quotes without recursion trouble', () => {
    const c = creativeOf(`# T\n\n${'- '.repeat(90)}deep list\n\n${'> '.repeat(90)}deep quote\n`);
    expect(c.data.copy).toEqual({ title: 'T', bullets: ['deep list'], body: 'deep quote' });
  });
});
