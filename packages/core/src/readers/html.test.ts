import { describe, expect, it } from 'vitest';
import { readHtml } from './html.js';

function read(html: string) {
  const result = readHtml(html, 'p.landing.html', {});
  const creative = result.creatives[0]!;
  /** The source characters behind `value[from, to)` of a field. */
  const source = (field: string, from: number, to: number): string => {
    const map = creative.texts.get(field)!.map!;
    return html.slice(map.starts[from]!, map.ends[to - 1]!);
  };
  return { result, creative, data: creative.data, source };
}

describe('readHtml', () => {
  it('maps the first h1 to the title, the first list outside the chrome to bullets, the rest to the body', () => {
    const { data } = read('<nav><ul><li>Home</li></ul></nav><h1>Shirts</h1><p>One</p><ul><li>Linen</li><li><p>Two</p><p>lines</p></li></ul><h1>Later</h1><ol><li>x</li></ol>');
    expect(data.copy).toEqual({ body: 'Home\n\nOne\n\nLater\n\nx', title: 'Shirts', bullets: ['Linen', 'Two\nlines'] });
    expect(data.placement).toBe('landing_page');
  });

  it('collapses whitespace and decodes entities as a browser shows them, each character mapped to its source', () => {
    const html = '<p>  Linen &amp;\n   <b>cotton</b>&nbsp;&#x41;<br>next  </p>';
    const { data, source } = read(html);
    expect(data.copy!.body).toBe('Linen & cotton\u00a0A\nnext');
    expect(source('copy.body', 6, 7)).toBe('&amp;');
    expect(source('copy.body', 7, 8)).toBe('\n   ');
    expect(source('copy.body', 8, 14)).toBe('cotton');
    expect(source('copy.body', 14, 16)).toBe('&nbsp;&#x41;');
    expect(source('copy.body', 16, 17)).toBe('<br>');
  });

  it('points a legacy reference without `;` at its whole text node rather than at wrong characters', () => {
    const html = '<p>a &copy b</p>';
    const { data, creative } = read(html);
    expect(data.copy!.body).toBe('a © b');
    const map = creative.texts.get('copy.body')!.map!;
    expect(html.slice(map.starts[2]!, map.ends[2]!)).toBe('a &copy b');
  });

  it('leaves out scripts, styles, templates, noscript, comments, form values and hidden elements', () => {
    const { data } = read('<p>Shown<script>Hidden()</script><style>p{}</style></p><template>t</template><noscript>n</noscript><!-- c -->' +
      '<p hidden>h</p><p aria-hidden="true">a</p><p style="color: red; display : none !important">d</p><p style="visibility:hidden">v</p>' +
      '<input value="i"><textarea>x</textarea><dialog>closed</dialog><dialog open>Open</dialog>');
    expect(data.copy!.body).toBe('Shown\n\nOpen');
  });

  it('keeps alt text as copy.alt with its attribute position, local images as media, links with their targets', () => {
    const html = '<p><img src="a.jpg" alt="Blue &quot;linen&quot;"><img src="https://cdn.example/b.png"><a href="/policies/refund-policy"> Refunds <span hidden>x</span></a></p>';
    const { data, creative, source } = read(html);
    expect(data.copy!.alt).toEqual(['Blue "linen"', '']);
    expect(source('copy.alt[0]', 5, 6)).toBe('&quot;');
    expect(data.media).toEqual([{ path: 'a.jpg', role: 'gallery' }]);
    const pathSpan = creative.spans.get('media[0].path')!;
    expect(html.slice(...pathSpan)).toBe('a.jpg');
    expect(data.links).toEqual([{ text: 'Refunds', href: '/policies/refund-policy' }]);
  });

  it('takes the language from <html lang>, the title from <title> when there is no h1, and keeps offsets past a byte-order mark', () => {
    const html = '\uFEFF<html lang="zh-CN"><head><title>衬衫 &amp; 裤子</title></head><body><p>正文</p></body></html>';
    const { data, source } = read(html);
    expect(data.locale).toBe('zh-CN');
    expect(data.copy).toEqual({ body: '正文', title: '衬衫 & 裤子' });
    expect(source('copy.body', 0, 2)).toBe('正文');
    expect(source('copy.title', 3, 4)).toBe('&amp;');
  });

  it('finds adlint directives in comments', () => {
    const html = '<p>x</p><!-- adlint-disable-next-line tiktok/x --><!-- other -->';
    const { result } = read(html);
    expect(result.directiveComments).toEqual([{ text: ' adlint-disable-next-line tiktok/x ', textOffset: 12, span: [8, 50] }]);
  });

  it('reads markup nested far deeper than pages are, and says so, without crashing, when nesting exhausts the parser', () => {
    const nested = (depth: number): string => `${'<div><span>'.repeat(depth)}deep${'</span></div>'.repeat(depth)}`;
    expect(read(nested(500)).data.copy!.body).toBe('deep');
    const tooDeep = readHtml(nested(20_000), 'p.landing.html', {});
    expect(tooDeep.creatives).toEqual([]);
    expect(tooDeep.problems.map((p) => p.reason)).toEqual(['HTML nested too deeply to read: not linted']);
  });
});
