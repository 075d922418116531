import type { FileResult } from '@adlint/core';
import type { FormatterContext } from '../types.js';
import { details } from './details.js';
import { esc } from './escape.js';
import { summary, matrix } from './matrix.js';
import { buildModel } from './model.js';
import { page } from './page.js';

/** Reports this short open every creative's details; longer ones start collapsed. */
const OPEN_UP_TO = 50;

/**
 * A self-contained HTML report: a readiness matrix of creatives × platforms, then each
 * creative's copy (offending text marked, truncation previewed), media and messages.
 */
export function format(results: FileResult[], context: FormatterContext): string {
  const model = buildModel(results, context);
  const images = context.report?.images ?? new Map();
  // Each image is embedded once, as a CSS class, however many creatives use it.
  const previewClass = new Map<string, string>();
  let css = '';
  for (const [abs, image] of images) {
    if (!image.dataUri) continue;
    const name = `i${previewClass.size + 1}`;
    previewClass.set(abs, name);
    css += `.${name}{background-image:url("${image.dataUri}")}\n`;
  }
  const ctx = { rules: context.rules, images, previewClass, open: model.rows.length <= OPEN_UP_TO };
  const files = new Set(results.map((r) => r.filePath)).size;
  const body = `<header><h1>adlint report</h1><p class="hint">${files} file${files === 1 ? '' : 's'}, ${model.rows.length} row${model.rows.length === 1 ? '' : 's'} · adlint ${esc(context.version)}</p></header>
${summary(model)}
${matrix(model)}
<section aria-labelledby="details-h">
<h2 id="details-h">Details</h2>
<p class="hint">Offending text is <mark class="m-warning">marked</mark>; previews show what each platform displays, with the part it cuts <del class="cut">struck through</del>.</p>
${model.rows.map((r) => details(r, ctx)).join('\n')}
</section>
<footer>Made by adlint ${esc(context.version)}. Checks follow the platforms' published policies; a platform's reviewers have the last word.</footer>`;
  return page('adlint report', body, css);
}
