import { kindByName, type MediaOverview, type Thumbnail } from '@adlint/core';
import { esc } from './escape.js';

/** The embedded images of a report, and the class that shows each (every image is embedded once). */
export interface Thumbnails {
  images: ReadonlyMap<string, Thumbnail>;
  /** Class names of the embedded previews, by absolute path. */
  previewClass: ReadonlyMap<string, string>;
}

/**
 * An image as a report draws it: within a `side`×`side` box, or filling the width of a frame in
 * its own ratio (`fill`). The one place thumbnails are drawn, in details and platform previews
 * alike; without an embedded preview (a video, an unreadable file) a labelled placeholder.
 */
/** `inner`: marks drawn over the picture (outlines of findings in its text). */
export function thumbnail(media: MediaOverview, thumbs: Thumbnails, fit: { side: number } | 'fill', inner = ''): string {
  const image = thumbs.images.get(media.abs);
  const cls = image && thumbs.previewClass.get(media.abs);
  const fill = fit === 'fill' ? ' fill' : '';
  if (!image || !cls) return `<span class="thumb none${fill}" aria-hidden="true">${kindByName(media.path) === 'video' ? '▶ video' : 'no preview'}</span>`;
  const label = `role="img" aria-label="${esc(media.path)}"`;
  if (fit === 'fill') return `<span class="thumb ${cls} fill" ${label} style="aspect-ratio:${image.width}/${image.height}">${inner}</span>`;
  const scale = fit.side / Math.max(image.width, image.height);
  return `<span class="thumb ${cls}" ${label} style="width:${Math.max(8, Math.round(image.width * scale))}px;height:${Math.max(8, Math.round(image.height * scale))}px">${inner}</span>`;
}
