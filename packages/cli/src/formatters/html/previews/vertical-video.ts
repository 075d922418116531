import { esc } from '../escape.js';
import type { Layout } from './layout.js';

/** An in-feed vertical video: a 9:16 frame with the account, caption (cut behind "more"), ad label and button over it. */
export const verticalVideo: Layout = {
  name: 'vertical video in the feed',
  css: `.pv-vertical-video{width:16rem;background:#000;color:#fff}
.vv-frame{position:relative;aspect-ratio:9/16;overflow:hidden}
.vv-frame>.thumb,.vv-frame>.mk{position:absolute;inset:0;width:100%;height:100%;background-color:#111;background-size:contain;border:0}
.vv-frame>.mk>.thumb{width:100%;height:100%;background-size:contain;background-color:#111}
.vv-frame .thumb.none{color:#8b949e}
.vv-side{position:absolute;right:.4rem;top:30%;display:flex;flex-direction:column;gap:.8rem}.vv-side span{width:1.9rem;height:1.9rem;border-radius:50%;background:rgba(255,255,255,.35)}
.vv-over{position:absolute;left:0;right:0;bottom:0;padding:2.5rem 2.8rem .6rem .6rem;background:linear-gradient(transparent,rgba(0,0,0,.75));font-size:.85rem;line-height:1.35}
.vv-over .cut{color:#c9d1d9;text-decoration-color:#8b949e}.vv-over .cut.rej{color:#ffaba8;text-decoration-color:#ff8182}.vv-over .ph{color:#fff}
.vv-spons{display:inline-block;font-size:.7rem;background:rgba(255,255,255,.25);padding:0 .3em;border-radius:.2em;margin:.3rem 0}
.vv-over .cta{display:block;text-align:center;margin:.3rem -2.2rem 0 0}.pv-vertical-video mark{color:#1f2328}`,
  draw(s) {
    const [title] = s.values('title', 'headline');
    const [text] = s.values('primary_text', 'primary_texts', 'description', 'body');
    return `<div class="vv-frame">${s.image(s.medium('story', 'portrait', 'vertical', 'cover', 'feed', 'main'))}
<div class="vv-side" aria-hidden="true"><span></span><span></span><span></span></div>
<div class="vv-over"><b>@${s.advertiser()}</b>${title ? `<div>${s.text(title)}</div>` : ''}${text ? `<div>${s.text(text, { more: true })}</div>` : ''}<span class="vv-spons">${esc(s.words.sponsored)}</span>${s.cta()}</div></div>`;
  },
};
