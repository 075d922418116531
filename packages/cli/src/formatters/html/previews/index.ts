import type { DisplayLimit, PreviewLayout } from '@adlint/core';
import { esc } from '../escape.js';
import { feedPost } from './feed-post.js';
import type { Layout } from './layout.js';
import { noteCard } from './note-card.js';
import { productDetail } from './product-detail.js';
import { searchAd } from './search-ad.js';
import { PreviewSlots, type PreviewInput } from './slots.js';
import { verticalVideo } from './vertical-video.js';

export type { PreviewInput } from './slots.js';

/** Every layout a pack's `preview:` may name. */
const LAYOUTS: Record<PreviewLayout, Layout> = {
  'search-ad': searchAd,
  'feed-post': feedPost,
  'vertical-video': verticalVideo,
  'product-detail': productDetail,
  'note-card': noteCard,
};

const BASE_CSS = `.pvs{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}.pvw{margin:0;min-width:0;max-width:100%}
.pvw figcaption{font-size:.85rem;color:var(--muted);margin-bottom:.25rem}.pvw figcaption strong{color:var(--fg)}
.pv{border:1px solid var(--line);border-radius:.6rem;background:#fff;overflow:hidden;overflow-wrap:anywhere;font-size:.9rem;line-height:1.4;box-shadow:0 1px 3px rgba(31,35,40,.12)}
.pv .thumb.fill{display:block;width:100%;border:0;background-size:cover}.pv .thumb.none.fill{aspect-ratio:1.91/1;display:flex;align-items:center;justify-content:center;color:var(--muted);font-size:.8rem}
.pv .cta{display:inline-block;padding:.2em .7em;border-radius:.3em;background:#e4e6eb;color:#050505;font-weight:600;font-size:.85rem;border:1px solid transparent}
.pv mark.mk{display:block;padding:0;border-radius:0;background:none;outline:3px solid var(--warn);outline-offset:-3px}.pv mark.mk.m-error{outline-color:var(--bad)}
.ph{color:#8b949e;font-style:italic}.more{color:#65676b;font-weight:600;margin:0 .35em 0 .25em;white-space:nowrap}
.cut.rej{color:var(--bad);text-decoration-color:var(--bad)}
.lim{margin:.3rem 0 0;padding-left:1.1rem;font-size:.8rem;max-width:25rem}`;

/** The style of the layouts a report uses, and nothing of the others. */
export function previewCss(used: ReadonlySet<PreviewLayout>): string {
  return used.size ? [BASE_CSS, ...[...used].sort().map((l) => LAYOUTS[l].css)].join('\n') : '';
}

/** One creative as one platform shows it, with the display limits it applied; `drawn`: the copy fields the preview shows. */
export function drawPreview(input: PreviewInput): { html: string; drawn: ReadonlySet<string> } {
  const { preview } = input;
  const layout = LAYOUTS[preview.layout];
  const slots = new PreviewSlots(input);
  const body = layout.draw(slots);
  const legend = legendOf(slots.limits());
  const where = preview.placement ? ` · ${esc(preview.placement)}` : '';
  // The creative's language where it says one (its copy is most of what is drawn), else the pack's (its words).
  const locale = input.creative.locale ?? preview.locale;
  const lang = locale ? ` lang="${esc(locale)}"` : '';
  const html = `<figure class="pvw" data-platform="${esc(preview.platform)}" data-layout="${preview.layout}">
<figcaption><strong>${esc(preview.platform)}</strong>${where} · ${esc(layout.name)}</figcaption>
<div class="pv pv-${preview.layout}"${lang} dir="auto">${body}</div>${legend ? `<ul class="lim">${legend}</ul>` : ''}</figure>`;
  return { html, drawn: slots.drawn };
}

/** Each value a limit cuts on a line of its own; the values that fit on one line per unit. */
function legendOf(limits: { field: string; limit: DisplayLimit }[]): string {
  const fits = new Map<string, string[]>();
  const lines: string[] = [];
  for (const { field, limit: l } of limits) {
    const count = `${l.actual} of ${l.max}`;
    if (l.cut === null) {
      fits.set(l.unit, [...(fits.get(l.unit) ?? []), `${esc(field.slice(5))} ${l.actual}/${l.max}`]);
      continue;
    }
    const state = l.severity === 'error' ? '<span class="st st-blocked"><span aria-hidden="true">✕</span> rejected</span>' : '<span class="st st-warnings"><span aria-hidden="true">!</span> cut</span>';
    lines.push(`<li title="${esc(l.ruleId)}"><code>${esc(field)}</code> ${state} ${count} ${esc(l.unit)}</li>`);
  }
  for (const [unit, list] of fits) lines.push(`<li>✓ fits (${esc(unit)}): ${list.join(' · ')}</li>`);
  return lines.join('');
}
