import { esc } from '../escape.js';
import type { Layout } from './layout.js';

/** A feed post: advertiser and ad label, primary text cut behind the platform's "See more", the image in its ratio, a headline bar with the button. */
export const feedPost: Layout = {
  name: 'feed post',
  css: `.pv-feed-post{width:100%;max-width:25rem}.fp-head{display:flex;gap:.5rem;align-items:center;padding:.6rem .75rem;line-height:1.25}
.av{width:2.2rem;height:2.2rem;border-radius:50%;background:#d8dee4;flex:none}.fp-head small,.fp-bar small{color:#65676b;display:block}
.fp-text{padding:0 .75rem .6rem;white-space:pre-wrap}.fp-media{background:#f0f2f5}
/* Feeds show an image at most 4:5 tall, cropping a taller one. */
.fp-media .thumb.fill{max-height:31.25rem}
.fp-bar{display:flex;gap:.5rem;align-items:center;justify-content:space-between;padding:.5rem .75rem;background:#f0f2f5;border-top:1px solid #dadde1;line-height:1.3}
.fp-bar b{display:block}`,
  draw(s) {
    const [text] = s.values('primary_text', 'primary_texts', 'body');
    const [headline] = s.values('headline', 'headlines', 'title');
    const [description] = s.values('description', 'descriptions');
    const domain = s.domain();
    return `<div class="fp-head"><span class="av" aria-hidden="true"></span><span><b>${s.advertiser()}</b><small>${esc(s.words.sponsored)}</small></span></div>
${text ? `<div class="fp-text">${s.text(text, { more: true })}</div>` : ''}
<div class="fp-media">${s.image(s.medium('feed', 'square', 'landscape', 'portrait', 'main'))}</div>
<div class="fp-bar"><span>${domain ? `<small>${esc(domain.toUpperCase())}</small>` : ''}${headline ? `<b>${s.text(headline)}</b>` : ''}${description ? `<small>${s.text(description)}</small>` : ''}</span>${s.cta()}</div>`;
  },
};
