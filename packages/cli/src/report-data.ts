import path from 'node:path';
import { fileOverview, mayRead, projectRoot, thumbnail, type CreativeOverview, type FileResult, type FileSettings, type Linter, type Thumbnail } from '@adlint/core';
import type { ReportData } from './formatters/types.js';
import { mapBounded } from './io.js';

/** One linted file as the run saw it; `text` when it came from standard input. */
export interface ReportInput {
  file: string;
  settings: FileSettings;
  text?: string;
}

/** Files described at once: each is re-read, as lintFiles reads them. */
const CONCURRENCY = 16;
/** Images embedded as previews: bounds the report (a preview is a few kilobytes); later images are measured only. */
const MAX_PREVIEWS = 1_000;

/**
 * What the html report needs beyond the results: each file's creatives (copy, display limits,
 * media) and their images measured, with small previews. Gathered only when that format is chosen,
 * so other formats cost nothing; `results` are in `inputs`' order.
 */
export async function gatherReportData(linter: Linter, inputs: readonly ReportInput[], results: readonly FileResult[]): Promise<ReportData> {
  const described = await mapBounded(inputs.map((input, i) => ({ ...input, result: results[i]! })), CONCURRENCY, ({ file, settings, text, result }) =>
    fileOverview(linter, file, settings, result.messages, text),
  );
  const creatives = new Map<string, readonly CreativeOverview[]>(results.map((r, i) => [r.filePath, described[i]!]));
  // Only images inside each creative's project are shown: the lint refused the others, and a
  // report must not carry a readable copy of an image from elsewhere on the machine.
  const paths = [...new Set(described.flatMap((creatives, i) => {
    const root = projectRoot(path.dirname(path.resolve(inputs[i]!.file)));
    return creatives.flatMap((c) => c.media.map((m) => m.abs)).filter((abs) => mayRead(root, abs));
  }))];
  const measured = await mapBounded(paths.map((abs, i) => ({ abs, i })), CONCURRENCY, ({ abs, i }) => thumbnail(abs, i < MAX_PREVIEWS ? 96 : null));
  const images = new Map<string, Thumbnail>();
  paths.forEach((abs, i) => {
    if (measured[i]) images.set(abs, measured[i]!);
  });
  return { creatives, images };
}
