import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlintJson, pointedText, tempProject } from './helpers/cli.js';

const ad = (landing: string, text: string): string =>
  `platforms: [tiktok]\nplacement: in_feed\nlocale: en-US\nlanding: ${landing}\ncopy:\n  primary_text: "${text}"\n`;

/** A page as a site builder exports it: chrome, scripts, a footer of policy links. */
const page = (footer: string, extra = ''): string => `<!doctype html>
<html lang="en">
<head><title>Spring sale</title><script>window.dataLayer = ["Privacy Policy"]</script><style>.x{content:"Terms of Service"}</style></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/shop">Shop</a></li></ul></nav>
<h1>Linen shirts</h1>
<p>Now <span class="price"><span class="currency">$</span>19<small>.99</small></span> &ndash; 50% off. Free shipping on every order.</p>
${extra}
<footer>Shop Goods LLC · <a href="mailto:help@shop.example">help@shop.example</a><br>${footer}</footer>
</body></html>
`;
const policyLinks = '<a href="/policies/refund-policy">Refunds</a> · <a href="/policies/privacy-policy">Privacy</a> · <a href="/pages/terms">Terms</a>';

const messagesOf = (results: ReturnType<typeof adlintJson>['results'], file: string) => results.find((r) => r.filePath.endsWith(file))!.messages;

describe('HTML landing pages (*.landing.html)', () => {
  it('finds policies linked from the footer by link text or target, and the price split over inline elements', () => {
    const dir = tempProject({
      'ok.ad.yaml': ad('./sale.landing.html', 'Linen shirts $19.99, 50% off, free shipping'),
      'sale.landing.html': page(policyLinks),
    });
    const { results } = adlintJson(['ok.ad.yaml'], { cwd: dir });
    expect(messagesOf(results, 'ok.ad.yaml').filter((m) => m.ruleId.includes('landing'))).toEqual([]);
  });

  it('reports what the page lacks at landing:, and an offer the page does not show at the offer', () => {
    // Policies named only in a script, a style, a comment, a template or hidden elements are not on the page.
    const hiddenOnly = '<!-- Privacy Policy --><template><a href="/privacy">Privacy</a></template><span hidden>Returns &amp; refunds</span>' +
      '<div style="display: none">Terms of Service</div><p aria-hidden="true">Privacy Policy</p>';
    const dir = tempProject({
      'bad.ad.yaml': ad('./bare.landing.html', 'Linen shirts $24.99'),
      'bare.landing.html': page('', hiddenOnly),
    });
    const { results } = adlintJson(['bad.ad.yaml'], { cwd: dir });
    const messages = messagesOf(results, 'bad.ad.yaml');
    const text = readFileSync(path.join(dir, 'bad.ad.yaml'), 'utf8');
    const missing = messages.filter((m) => m.ruleId === 'tiktok/landing-page-must-haves');
    expect(missing.map((m) => /show (.*?);/.exec(m.message)![1]).sort()).toEqual(['a privacy policy', 'a return/refund policy', 'terms and conditions']);
    expect(missing.every((m) => pointedText(text, m) === './bare.landing.html')).toBe(true);
    const mismatch = messages.filter((m) => m.ruleId === 'tiktok/landing-offer-mismatch');
    expect(mismatch.map((m) => pointedText(text, m))).toEqual(['$24.99']);
  });

  it('points into the HTML source through entities, nested inline elements and around hidden ones', () => {
    const html = '<!doctype html><html lang="zh-CN"><body><h1>衬衫 &amp; <em>裤子</em></h1>\n' +
      '<p>我们的<strong>面料 <i>是&nbsp;全网&#26368;好</i></strong>的。<span hidden>国家级</span><span style="display:none">最佳</span>' +
      '<script>document.write("顶级")</script> &ldquo;<b>第<span>一</span>品牌</b>&rdquo;</p>\n</body></html>\n';
    const dir = tempProject({ 'zh.landing.html': html });
    const { results } = adlintJson(['zh.landing.html', '--platform', 'oceanengine'], { cwd: dir });
    const absolute = results[0]!.messages.filter((m) => m.ruleId === 'china-ad-law/absolute-terms');
    expect(absolute.map((m) => [m.line, pointedText(html, m)])).toEqual([[2, '全网&#26368;'], [2, '第<span>一']]);
  });

  it('lints a page linted itself like a *.landing.md page, with the page language from <html lang>', () => {
    const dir = tempProject({ 'p.landing.html': page(policyLinks) });
    const { results } = adlintJson(['p.landing.html', '--platform', 'tiktok'], { cwd: dir });
    expect(results[0]!.messages.filter((m) => m.ruleId === 'tiktok/landing-page-must-haves')).toEqual([]);
    const noLinks = tempProject({ 'p.landing.html': page('') });
    const bare = adlintJson(['p.landing.html', '--platform', 'tiktok'], { cwd: noLinks }).results[0]!.messages;
    expect(bare.filter((m) => m.ruleId === 'tiktok/landing-page-must-haves')).toHaveLength(3);
  });

  it('reads a linked HTML page (any *.html) only inside the project, like a Markdown one', () => {
    const outside = tempProject({ 'x.landing.html': page(policyLinks) });
    const dir = tempProject({ '.git/HEAD': 'ref: refs/heads/main\n' });
    const relative = path.relative(dir, path.join(outside, 'x.landing.html'));
    writeFileSync(path.join(dir, 'a.ad.yaml'), ad(relative, 'Linen shirts $19.99'));
    writeFileSync(path.join(dir, 'b.ad.yaml'), ad('./page.htm', 'Linen shirts $24.99'));
    writeFileSync(path.join(dir, 'page.htm'), page(policyLinks));
    writeFileSync(path.join(dir, 'c.ad.yaml'), ad('./page.txt', 'Linen shirts'));
    const { results } = adlintJson(['a.ad.yaml', 'b.ad.yaml', 'c.ad.yaml'], { cwd: dir });
    expect(messagesOf(results, 'a.ad.yaml').filter((m) => m.message.includes('is outside the project'))).toHaveLength(1);
    // A saved page need not be named *.landing.html to be linked.
    expect(messagesOf(results, 'b.ad.yaml').filter((m) => m.ruleId.includes('landing')).map((m) => m.ruleId)).toEqual(['tiktok/landing-offer-mismatch']);
    expect(messagesOf(results, 'c.ad.yaml').map((m) => m.message)).toContain('landing page ./page.txt is not a *.landing.md file or an HTML page (.html)');
  });

  it('a linked HTML page inherits the ad\'s platform: the law runs on its copy, reported in the page', () => {
    const adText = 'platforms: [oceanengine]\nplacement: feed\nlocale: zh-CN\ncategory: home\nlanding: ./pillow.landing.html\ncopy:\n  title: 记忆棉颈椎枕\n  primary_text: 慢回弹记忆棉，支持货到付款。\n';
    const html = '<!doctype html><html lang="zh-CN"><body><h1>记忆棉颈椎枕</h1>\n<p>睡眠<b>全网&#26368;</b>好的枕头。<span hidden>国家级</span></p>\n' +
      '<footer>杭州某某家居有限公司 · 客服电话：400-123-4567 · 七天无理由退换货</footer></body></html>\n';
    const dir = tempProject({ 'feed.ad.yaml': adText, 'pillow.landing.html': html });
    const { results } = adlintJson(['feed.ad.yaml'], { cwd: dir });
    const pageMessages = messagesOf(results, 'pillow.landing.html');
    expect(pageMessages.filter((m) => m.ruleId === 'adlint/no-platform')).toEqual([]);
    expect(pageMessages.filter((m) => m.ruleId === 'china-ad-law/absolute-terms').map((m) => [m.line, pointedText(html, m)])).toEqual([[2, '全网&#26368;']]);
  });

  it('is found when a folder is linted', () => {
    const dir = tempProject({ 'pages/p.landing.html': page('') });
    const { results } = adlintJson(['.', '--platform', 'tiktok'], { cwd: dir });
    expect(results.map((r) => path.basename(r.filePath))).toEqual(['p.landing.html']);
  });
});
