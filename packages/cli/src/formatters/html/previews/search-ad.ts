import { esc } from '../escape.js';
import type { Layout } from './layout.js';

/** A search text ad: the advertiser and display URL with its paths, up to three headlines joined by " | ", two descriptions. */
export const searchAd: Layout = {
  name: 'search text ad',
  css: `.pv-search-ad{max-width:38rem;padding:.75rem 1rem;font-family:Arial,"Noto Sans","Noto Sans CJK SC",sans-serif}
.sa-spons{font-weight:700;font-size:.8rem}.sa-top{display:flex;gap:.6rem;align-items:center;font-size:.85rem;line-height:1.3}
.sa-fav{width:1.6rem;height:1.6rem;border-radius:50%;background:#e8eaed;flex:none}.sa-url{color:#4d5156}
.sa-hl{color:#1a0dab;font-size:1.25rem;line-height:1.3;margin:.35rem 0 .2rem}.sa-desc{color:#4d5156;font-size:.9rem}`,
  draw(s) {
    const heads = s.values('headlines', 'headline', 'title').slice(0, 3);
    const descs = s.values('descriptions', 'description').slice(0, 2);
    const paths = [...s.values('path1'), ...s.values('path2')];
    return `<div class="sa-spons">${esc(s.words.sponsored)}</div>
<div class="sa-top"><span class="sa-fav" aria-hidden="true"></span><span><span class="sa-name">${s.advertiser()}</span><br><span class="sa-url">${esc(s.domain() || 'example.com')}${paths.map((p) => ` › ${s.text(p)}`).join('')}</span></span></div>
<div class="sa-hl">${heads.map((h) => s.text(h)).join('<span class="sa-sep"> | </span>')}</div>
<div class="sa-desc">${descs.map((d) => s.text(d)).join(' ')}</div>`;
  },
};
