import type { CheckInput, FieldValue, Report } from '../model/check.js';
import type { Creative } from '../model/creative.js';
import { isProblem, kindByName, openMedia, type MediaFile, type MediaKind } from './file.js';
import { mediaProblem, type MediaProblem } from './problems.js';

/** One `media[i]` entry a rule looks at. */
export interface MediaEntry {
  /** `media[2].path`: where messages about the file point. */
  pathField: string;
  written: string;
}

/** The media entries among the selected fields: `media[i]` objects or their `media[i].path` strings. */
export function mediaEntries(fields: readonly FieldValue[]): MediaEntry[] {
  const out: MediaEntry[] = [];
  for (const f of fields) {
    const v = f.value;
    if (typeof v === 'string' && f.path.endsWith('.path')) out.push({ pathField: f.path, written: v });
    else if (typeof v === 'object' && v !== null && typeof (v as { path?: unknown }).path === 'string') {
      out.push({ pathField: `${f.path}.path`, written: (v as { path: string }).path });
    }
  }
  return out;
}

// Keyed by the creative's span map: each platform sees the creative as its own shallow copy
// (its placement as that platform's id), and all copies share the one map.
const opened = new WeakMap<Creative['spans'], Map<string, Promise<MediaFile | MediaProblem>>>();
const reported = new WeakMap<Creative['spans'], Set<string>>();

/**
 * Runs `inspect` on each selected media file whose content is of `kind`. A problem with the
 * file itself (missing, a folder, unreadable, a lying name) is reported once per creative, by
 * the first rule that reads the file, rather than once per rule.
 */
export async function forEachMedia(
  input: CheckInput,
  kind: MediaKind,
  inspect: (entry: MediaEntry, file: MediaFile) => Promise<Report[]>,
): Promise<Report[]> {
  const reports: Report[] = [];
  for (const entry of mediaEntries(input.fields)) {
    const result = await open(input, entry.written);
    const named = kindByName(entry.written);
    if (isProblem(result)) {
      // Whose problem a missing file is depends on its name: unknown names go to the image check.
      if ((named ?? 'image') === kind) reports.push(...once(input.creative, entry, [result]));
      continue;
    }
    const lying = (holds: MediaKind): MediaProblem =>
      holds === 'image' ? mediaProblem('holds-image', { file: entry.written, ext: result.ext }, 'image-format', false) : mediaProblem('holds-video', { file: entry.written, ext: result.ext }, 'video', false);
    if (result.kind !== kind) {
      // Named for this check but holding the other kind: said here too (same words, so reported
      // once), or a video rule alone would pass an image or a text file named .mp4 unseen.
      if (named === kind) reports.push(...once(input.creative, entry, [lying(result.kind)]));
      continue;
    }
    if (named && named !== kind) reports.push(...once(input.creative, entry, [lying(kind)]));
    reports.push(...(await inspect(entry, result)));
  }
  return reports;
}

/** Reports file problems that this creative has not been told about yet. */
export function once(creative: Creative, entry: MediaEntry, problems: readonly MediaProblem[]): Report[] {
  let seen = reported.get(creative.spans);
  if (!seen) reported.set(creative.spans, (seen = new Set()));
  const out: Report[] = [];
  for (const p of problems) {
    const key = `${entry.pathField}\u0000${p.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field: entry.pathField, messageId: p.messageId, data: p.data, aboutInput: true, category: p.category });
  }
  return out;
}

function open(input: CheckInput, written: string): Promise<MediaFile | MediaProblem> {
  let files = opened.get(input.creative.spans);
  if (!files) opened.set(input.creative.spans, (files = new Map()));
  let p = files.get(written);
  if (!p) {
    p = openMedia(input.baseDir, written);
    files.set(written, p);
  }
  return p;
}
