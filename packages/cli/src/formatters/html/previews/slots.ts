import type { CopyOverview, CreativeOverview, DisplayLimit, LintMessage, MediaOverview, PlatformPreview } from '@adlint/core';
import { highlighted } from '../copy-text.js';
import { esc } from '../escape.js';
import { thumbnail, type Thumbnails } from '../thumbnail.js';

/** What a layout draws from: one creative as one platform shows it. */
export interface PreviewInput {
  creative: CreativeOverview;
  preview: PlatformPreview;
  /** All messages of the creative's file: what copy marks point into. */
  fileMessages: readonly LintMessage[];
  thumbs: Thumbnails;
}

/**
 * The pieces layouts are made of: copy values cut where the platform's length rules cut them
 * (the core's display limits, the same counting as the checks), findings of this platform marked
 * in them, and images. Remembers which copy fields it drew, so the details need not repeat them.
 */
export class PreviewSlots {
  readonly drawn = new Set<string>();
  private readonly keep: (m: LintMessage) => boolean;

  constructor(readonly input: PreviewInput) {
    const { platform } = input.preview;
    this.keep = (m) => m.platform === null || m.platform.split(',').includes(platform);
  }

  get words(): PlatformPreview['words'] {
    return this.input.preview.words;
  }

  /** The values of the first of `names` the creative has (`headlines` → copy.headlines[0], [1]…; `headline` → copy.headline). */
  values(...names: string[]): CopyOverview[] {
    for (const name of names) {
      const field = `copy.${name}`;
      const found = this.input.creative.copy.filter((c) => c.field === field || c.field.startsWith(`${field}[`));
      if (found.length) return found;
    }
    return [];
  }

  /**
   * A copy value as the platform shows it. Past a limit where the platform truncates (a warning)
   * the text ends in an ellipsis (and `more`, where the platform offers one) and the rest is
   * struck through; past a limit it rejects (an error) the rest is struck through in red. Each
   * cut is where the core's display limit puts it: the same counting as the length check.
   */
  text(copy: CopyOverview, options: { more?: boolean } = {}): string {
    this.drawn.add(copy.field);
    const cuts = this.platformLimits(copy).filter((l) => l.cut !== null).sort((a, b) => a.cut! - b.cut!);
    const mark = (from: number, to: number): string => highlighted(copy, this.input.fileMessages, from, to, this.keep);
    const end = cuts.length ? Math.max(...cuts.map((l) => l.end)) : copy.text.length;
    let body = mark(0, cuts[0]?.cut ?? end);
    let rejected = false;
    cuts.forEach((limit, i) => {
      const from = limit.cut!;
      const to = Math.max(from, cuts[i + 1]?.cut ?? end);
      rejected ||= limit.severity === 'error';
      const why = `${rejected ? 'rejected past' : 'cut after'} ${limit.max} ${limit.unit} (this is ${limit.actual})`;
      if (i === 0 && !rejected) body += `<span class="ellipsis" aria-hidden="true">…</span>${options.more ? `<span class="more">${esc(this.words.more)}</span>` : ''}`;
      if (to > from) body += `<del class="cut${rejected ? ' rej' : ''}" title="${esc(why)}"><span class="sr" lang="en">${rejected ? 'rejected' : 'cut off'}: </span>${mark(from, to)}</del>`;
    });
    return `<span class="slot" data-field="${esc(copy.field)}">${body}</span>`;
  }

  /** The display limits of this platform on the fields drawn so far, for the preview's legend. */
  limits(): { field: string; limit: DisplayLimit }[] {
    return this.input.creative.copy.flatMap((c) => (this.drawn.has(c.field) ? this.platformLimits(c).map((limit) => ({ field: c.field, limit })) : []));
  }

  /** The first medium with one of `roles`, else the first one. */
  medium(...roles: string[]): MediaOverview | undefined {
    const media = this.input.creative.media;
    return media.find((m) => m.role !== undefined && roles.includes(m.role)) ?? media[0];
  }

  /** An image filling its frame, marked when this platform's rules found something about it. */
  image(media: MediaOverview | undefined): string {
    if (!media) return '<span class="thumb none fill">no image</span>';
    const found = this.input.creative.messages.map((i) => this.input.fileMessages[i]!).filter((m) => this.keep(m) && m.field !== null && (m.field === media.field || m.field.startsWith(`${media.field}.`)));
    const img = thumbnail(media, this.input.thumbs, 'fill');
    if (!found.length) return img;
    const worst = found.some((m) => m.severity === 'error') ? 'error' : found.some((m) => m.severity === 'warning') ? 'warning' : 'info';
    return `<mark class="mk m-${worst}" title="${esc(found.map((m) => m.message).join('\n'))}">${img}</mark>`;
  }

  /** The advertiser's name as the ad shows it: the creative's own, or the platform's stand-in. */
  advertiser(): string {
    const [name] = this.values('business_name', 'brand_name', 'display_name', 'brand');
    return name ? this.text(name) : `<span class="ph">${esc(this.words.advertiser)}</span>`;
  }

  /** The domain shown with the ad: the display URL's, else the landing page's. */
  domain(): string {
    const url = this.input.creative.displayUrl ?? this.input.creative.landingUrl;
    if (!url) return '';
    try {
      return new URL(/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`).hostname.replace(/^www\./, '');
    } catch {
      return url;
    }
  }

  /** The call to action: the creative's, or the platform's default button. */
  cta(): string {
    const [cta] = this.values('cta');
    return `<span class="cta">${cta ? this.text(cta) : esc(this.words.cta)}</span>`;
  }

  private platformLimits(copy: CopyOverview): DisplayLimit[] {
    return copy.limits.filter((l) => l.platforms.includes(this.input.preview.platform));
  }
}
