import type { CopyOverview, DisplayLimit, LintMessage } from '@adlint/core';
import { esc } from './escape.js';

/**
 * The value (or its part from `start` to `stop`) with every range a message points at marked.
 * Ranges may overlap: the text is cut at every boundary and each piece is marked with the worst
 * severity that covers it. `keep` limits the marks to some messages (one platform's).
 */
export function highlighted(copy: CopyOverview, messages: readonly LintMessage[], start = 0, stop = copy.text.length, keep: (m: LintMessage) => boolean = () => true): string {
  const marks = copy.marks.filter((m) => keep(messages[m.message]!) && m.range[1] > start && m.range[0] < stop);
  const cuts = new Set([start, stop]);
  for (const m of marks) cuts.add(Math.max(start, m.range[0])).add(Math.min(stop, m.range[1]));
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k]!, points[k + 1]!];
    const piece = esc(copy.text.slice(from, to));
    const covering = marks.filter((m) => m.range[0] <= from && m.range[1] >= to).map((m) => messages[m.message]!);
    if (!covering.length) {
      out += piece;
      continue;
    }
    const worst = covering.some((m) => m.severity === 'error') ? 'error' : covering.some((m) => m.severity === 'warning') ? 'warning' : 'info';
    out += `<mark class="m-${worst}" title="${esc(covering.map((m) => m.message).join('\n'))}">${piece}</mark>`;
  }
  return out;
}

/**
 * The value as the platform shows it: the part within the limit, an ellipsis, and the part cut
 * off greyed and struck through (and named for screen readers).
 */
export function truncation(text: string, limit: DisplayLimit): string {
  const who = `<span class="who">${esc(limit.platforms.join(', '))}</span> <code>${esc(limit.ruleId)}</code>`;
  if (limit.cut === null) return `<li class="fits">${who}: <span class="st st-ready"><span aria-hidden="true">✓</span> fits</span> (${limit.actual} of ${limit.max} ${esc(limit.unit)})</li>`;
  const shown = esc(text.slice(0, limit.cut));
  const hidden = esc(text.slice(limit.cut, limit.end));
  const kind = limit.severity === 'error' ? 'rejected past' : 'cut after';
  return `<li>${who}: ${kind} ${limit.max} ${esc(limit.unit)} (this is ${limit.actual})
<div class="preview" dir="auto">${shown}<span class="ellipsis" aria-hidden="true">…</span><del class="cut"><span class="sr">cut off: </span>${hidden}</del></div></li>`;
}
