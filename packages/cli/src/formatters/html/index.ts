import type { FileResult, PreviewLayout } from '@adlint/core';
import type { HtmlOmitted } from './cap.js';
import { campaignNumbers } from './charts.js';
import { comparison } from './compare.js';
import type { FormatterContext } from '../types.js';
import { details } from './details.js';
import { esc } from './escape.js';
import { summary, matrix } from './matrix.js';
import { buildModel } from './model.js';
import { page } from './page.js';
import { previewCss } from './previews/index.js';

/** Said first in a report that embeds only some of the run's files. */
function omittedNotice({ shown, total, findingsNotShown }: HtmlOmitted): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  const which = findingsNotShown > 0
    ? `files with findings first, in order (${n(findingsNotShown)} more with findings are not shown)`
    : 'every file with findings, then files without, in order';
  return `<p class="notice" role="note"><strong>This report shows ${n(shown)} of ${n(total)} files</strong>: ${which}. The summary and matrix count the files shown; the exit code counts all ${n(total)}, and <code>--format json</code> or <code>sarif</code> reports every file.</p>
`;
}

/** Reports this short open every creative's details; longer ones start collapsed. */
const OPEN_UP_TO = 50;

/**
 * A self-contained HTML report: the run's numbers, a readiness matrix of creatives × platforms
 * by folder, then each creative as its platforms show it (cut where their length rules cut,
 * findings marked) with its copy, media and messages.
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
  const layouts = new Set<PreviewLayout>(model.rows.flatMap((r) => r.creative?.previews.map((p) => p.layout) ?? []));
  css += previewCss(layouts);
  const ctx = { rules: context.rules, thumbs: { images, previewClass }, open: model.rows.length <= OPEN_UP_TO };
  const files = new Set(results.map((r) => r.filePath)).size;
  const body = `<header><h1>adlint report</h1><p class="hint">${files} file${files === 1 ? '' : 's'}, ${model.rows.length} row${model.rows.length === 1 ? '' : 's'} · adlint ${esc(context.version)}</p></header>
${context.report?.omitted ? omittedNotice(context.report.omitted) : ''}${summary(model)}
${context.report?.previous ? comparison(results, context.report.previous, context.cwd) : ''}
${campaignNumbers(model)}
${matrix(model)}
<section aria-labelledby="details-h">
<h2 id="details-h">Details</h2>
<p class="hint">Each creative as its platforms show it, then its fields. Offending text is <mark class="m-warning">marked</mark> (hover for the message); the part a platform cuts is <del class="cut">struck through</del>, in red where the platform rejects it.</p>
${model.rows.map((r) => details(r, ctx)).join('\n')}
</section>
<footer>Made by adlint ${esc(context.version)}. Checks follow the platforms' published policies; a platform's reviewers have the last word.</footer>`;
  return page('adlint report', body, css);
}
