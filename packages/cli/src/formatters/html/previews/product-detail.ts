import type { Layout } from './layout.js';

/** A product detail block: the main image on white beside the title, brand, bullets and description. */
export const productDetail: Layout = {
  name: 'product detail page',
  css: `.pv-product-detail{display:grid;grid-template-columns:minmax(6rem,10rem) minmax(0,1fr);gap:.75rem;padding:.75rem;max-width:38rem}
.pd-img{background:#fff;border:1px solid #e3e6e6}.pd-title{font-size:1.05rem;line-height:1.3;font-weight:500}.pd-brand{color:#007185;font-size:.85rem}
.pd-bul{margin:.4rem 0;padding-left:1.1rem;font-size:.85rem}.pd-desc{font-size:.85rem;color:#565959}
.pv-product-detail .cta{background:#ffd814;color:#0f1111;border-color:#fcd200}
@media (max-width:40rem){.pv-product-detail{grid-template-columns:1fr}.pd-img{max-width:12rem}}`,
  draw(s) {
    const [title] = s.values('title', 'headline');
    const bullets = s.values('bullets');
    const [description] = s.values('description', 'descriptions');
    return `<div class="pd-img">${s.image(s.medium('main'))}</div>
<div>${title ? `<div class="pd-title">${s.text(title)}</div>` : ''}<div class="pd-brand">${s.advertiser()}</div>
${bullets.length ? `<ul class="pd-bul">${bullets.map((b) => `<li>${s.text(b)}</li>`).join('')}</ul>` : ''}${description ? `<div class="pd-desc">${s.text(description)}</div>` : ''}${s.cta()}</div>`;
  },
};
