import { kindByName, type CopyOverview, type LintMessage, type MediaOverview } from '@adlint/core';
import type { RuleMeta } from '../types.js';
import { highlighted, truncation } from './copy-text.js';
import { breakable, esc, isWebLink } from './escape.js';
import { badge } from './matrix.js';
import type { Row } from './model.js';
import { drawPreview } from './previews/index.js';
import { thumbnail, type Thumbnails } from './thumbnail.js';

/** Longer side of an image as the details show it, in CSS pixels. */
const THUMB_SIDE = 96;

export interface DetailsContext {
  rules: ReadonlyMap<string, RuleMeta>;
  thumbs: Thumbnails;
  /** Open by default only when the report is short enough to read top to bottom (and then only creatives with something to fix). */
  open: boolean;
}

/**
 * A creative as each of its platforms shows it, then its copy, media and messages grouped by the
 * field they are about. A display limit a preview already shows is not repeated under its field.
 */
export function details(r: Row, ctx: DetailsContext): string {
  const c = r.creative;
  const drawn = new Map<string, ReadonlySet<string>>();
  const previews = (c?.previews ?? []).map((preview) => {
    const out = drawPreview({ creative: c!, preview, fileMessages: r.fileMessages, thumbs: ctx.thumbs });
    drawn.set(preview.platform, out.drawn);
    return out.html;
  });
  const groups = new Map<string, LintMessage[]>();
  for (const m of r.messages) {
    const key = groupOf(m.field);
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const parts: string[] = [];
  const take = (key: string): LintMessage[] => {
    const list = groups.get(key) ?? [];
    groups.delete(key);
    return list;
  };
  const lang = c?.locale ? ` lang="${esc(c.locale)}"` : '';
  for (const copy of c?.copy ?? []) {
    const undrawn = { ...copy, limits: copy.limits.filter((l) => l.platforms.some((p) => !drawn.get(p)?.has(copy.field))) };
    const messages = take(copy.field);
    // A preview that draws the value marks its platform's messages in it: the value is not shown
    // again when previews mark every message about it, nor its group when nothing is left to say.
    const inPreview = (m: LintMessage) => [...drawn].some(([p, fields]) => fields.has(copy.field) && (m.platform === null || m.platform.split(',').includes(p)));
    const shown = [...drawn.values()].some((d) => d.has(copy.field)) && messages.every(inPreview);
    if (shown && !messages.length && !undrawn.limits.length) continue;
    parts.push(copyGroup(undrawn, messages, r.fileMessages, lang, ctx, shown));
  }
  for (const media of c?.media ?? []) parts.push(mediaGroup(media, take(media.field), ctx));
  for (const [key, list] of groups) parts.push(group(key === '' ? 'The creative as a whole' : key, '', list, ctx));
  const facts = c ? [c.platforms.length ? `for ${c.platforms.join(', ')}` : 'no platform', c.placement, c.locale].filter(Boolean).join(' · ') : 'problems with the file itself';
  const open = ctx.open && r.messages.some((m) => m.severity !== 'info');
  const fields = parts.join('\n') || '<p class="hint">Nothing to show.</p>';
  return `<details id="${r.id}" class="creative" data-row="${r.id}" data-state="${r.overall.state}"${open ? ' open' : ''}>
<summary><h3><span class="file">${breakable(r.file)}</span> <span class="label" dir="auto">${esc(r.label)}</span></h3> ${badge(r.overall)} <span class="facts">${esc(facts)}</span></summary>
<div class="cbody">${previews.length ? `<div class="pvs">${previews.join('\n')}</div>` : ''}<div class="fields">${fields}</div></div>
</details>`;
}

/** `media[0].path` belongs to `media[0]`; every other field is its own group. */
function groupOf(field: string | null): string {
  if (field === null) return '';
  return /^media\[\d+\]/.exec(field)?.[0] ?? field;
}

/** `shown`: a preview above shows the value with every message marked, so only the messages are listed. */
function copyGroup(copy: CopyOverview, messages: LintMessage[], all: readonly LintMessage[], lang: string, ctx: DetailsContext, shown: boolean): string {
  const limits = copy.limits.length ? `<ul class="limits">${copy.limits.map((l) => truncation(copy.text, l)).join('')}</ul>` : '';
  const body = `${shown ? '' : `<div class="copy"${lang} dir="auto">${highlighted(copy, all)}</div>`}${limits}`;
  return group(copy.field, body, messages, ctx, lang);
}

function mediaGroup(media: MediaOverview, messages: LintMessage[], ctx: DetailsContext): string {
  const image = ctx.thumbs.images.get(media.abs);
  const thumb = thumbnail(media, ctx.thumbs, { side: THUMB_SIDE }, image ? textBoxes(messages, image.width, image.height) : '');
  const facts = image
    ? `${image.format.toUpperCase()} ${image.width}×${image.height} px, ratio ${image.ratio}`
    : kindByName(media.path) === 'video' ? `video: no preview${messages.length ? '; what its rules found is below' : ''}` : 'not measured: the file cannot be read as an image';
  // Image rules' ratios say nothing about a video or an unreadable file.
  const accepts = !image ? '' : media.accepts.map((a) => `<li><span class="who">${esc(a.platforms.join(', '))}</span> accepts ${a.ratios.map(esc).join(', ')} <code>${esc(a.ruleId)}</code></li>`).join('');
  const body = `<div class="media">${thumb}<div><p><code class="path">${esc(media.path)}</code>${media.role ? ` (${esc(media.role)})` : ''}</p><p>${esc(facts)}</p>${accepts ? `<ul class="limits">${accepts}</ul>` : ''}</div></div>`;
  return group(media.field, body, messages, ctx);
}

/** Outlines on a thumbnail around the findings in text read from the picture (their `box`), so the eye finds them. */
function textBoxes(messages: readonly LintMessage[], width: number, height: number): string {
  const pct = (v: number, of: number): string => `${Math.round((v / of) * 1000) / 10}%`;
  // Boxes on a video frame are not on this picture.
  return messages.filter((m) => m.box && m.box.time === undefined).map((m) => {
    const b = m.box!;
    return `<span class="tbox tbox-${m.severity}" title="${esc(m.ruleId)}" style="left:${pct(b.x, width)};top:${pct(b.y, height)};width:${pct(b.w, width)};height:${pct(b.h, height)}"></span>`;
  }).join('');
}

function group(title: string, body: string, messages: LintMessage[], ctx: DetailsContext, lang = ''): string {
  const list = messages.length ? `<ul class="msgs">${messages.map((m) => message(m, ctx, lang)).join('')}</ul>` : '';
  return `<section class="field"><h4><code>${esc(title)}</code></h4>${body}${list}</section>`;
}

function message(m: LintMessage, ctx: DetailsContext, lang: string): string {
  const source = m.source ?? ctx.rules.get(m.ruleId)?.source;
  const link = source ? (isWebLink(source) ? ` <a href="${esc(source)}" rel="noreferrer">policy</a>` : ` <span class="src">${esc(source)}</span>`) : '';
  const remedies: string[] = [];
  if (m.fix) remedies.push(m.fix.text ? `fix: replace with “<span${lang}>${esc(m.fix.text)}</span>” (adlint --fix)` : 'fix: remove it (adlint --fix)');
  for (const s of m.suggestions ?? []) remedies.push(`suggestion: ${esc(s.desc)}`);
  return `<li class="sev-${m.severity}"><span class="sev">${esc(m.severity)}</span> <span dir="auto">${esc(m.message)}</span>
<div class="meta"><code>${esc(m.ruleId)}</code> line ${m.line}:${m.column}${link}</div>${remedies.length ? `<ul class="fixes">${remedies.map((t) => `<li>${t}</li>`).join('')}</ul>` : ''}</li>`;
}
