import path from 'node:path';
import type { Creative, CreativeData } from '../model/creative.js';

/** Config's word on a folder of media that no manifest describes (`media:` in `.adlint.yaml`). */
export interface MediaAssignment {
  platforms?: string[];
  placement?: string;
  role?: string;
  category?: string;
}

/**
 * A media file on its own as a creative of one `media[0]` entry, so the image and video rules
 * run on it. It has no source text: every message sits at 1:1 of the media file.
 */
export function bareMediaCreative(filePath: string, assignment: MediaAssignment, defaults: CreativeData = {}): Creative {
  const data: CreativeData = { media: [{ path: path.basename(filePath), ...(assignment.role ? { role: assignment.role } : {}) }] };
  // Only what decides which media rules apply: copy, URLs and targeting of defaults are not this file's.
  for (const key of ['locale', 'placement', 'category', 'special_ad_category'] as const) if (defaults[key] !== undefined) data[key] = defaults[key];
  if (assignment.platforms) data.platforms = assignment.platforms;
  if (assignment.placement) data.placement = assignment.placement;
  if (assignment.category) data.category = assignment.category;
  return { filePath, index: 0, data, span: [0, 0], spans: new Map(), texts: new Map() };
}
