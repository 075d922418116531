import { esc } from '../escape.js';
import type { Layout } from './layout.js';

/** A note card in a two-column feed: the cover, the title under it, the account and the ad label. */
export const noteCard: Layout = {
  name: 'note card',
  css: `.pv-note-card{width:13.5rem}.nc-cover{background:#f5f5f5}
/* The feed shows a cover at most 3:4 tall, cropping a taller one. */
.nc-cover .thumb.fill{max-height:18rem}.nc-title{padding:.45rem .55rem .2rem;font-weight:600;line-height:1.35}
.nc-body{padding:0 .55rem;font-size:.8rem;color:#555}.nc-foot{display:flex;gap:.35rem;align-items:center;padding:.4rem .55rem .55rem;font-size:.75rem;color:#555}
.nc-foot .av{width:1.2rem;height:1.2rem}.nc-foot .nc-ad{margin-left:auto;border:1px solid #ccc;border-radius:.2em;padding:0 .25em}`,
  draw(s) {
    const [title] = s.values('title', 'headline');
    const [body] = s.values('body', 'primary_text', 'description');
    return `<div class="nc-cover">${s.image(s.medium('cover', 'main', 'feed', 'portrait'))}</div>
${title ? `<div class="nc-title">${s.text(title)}</div>` : ''}${body ? `<div class="nc-body">${s.text(body, { more: true })}</div>` : ''}
<div class="nc-foot"><span class="av" aria-hidden="true"></span>${s.advertiser()}<span class="nc-ad">${esc(s.words.sponsored)}</span></div>`;
  },
};
