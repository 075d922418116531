import type { LintMessage } from '@adlint/core';
import { breakable, esc } from './escape.js';
import type { ReportModel, Row, State } from './model.js';

/** Longest lists of rules and files: the ones worth fixing first. */
const TOP = 8;

/** Bar segments in the order they are read: the good part first. */
const SEGMENTS: State[] = ['ready', 'unchecked', 'warnings', 'blocked'];

/**
 * The run's numbers as small charts: readiness per platform, messages per platform and kind of
 * rule, the rules that fire most and the files with most errors. Every bar carries its number
 * in text as well (and a name for screen readers).
 */
export function campaignNumbers(model: ReportModel): string {
  const cards = [readiness(model), topRules(model.rows), byCategory(model), topFiles(model.rows)].filter(Boolean);
  return cards.length ? `<section aria-labelledby="numbers-h"><h2 id="numbers-h">The run in numbers</h2><div class="cards">${cards.join('\n')}</div></section>` : '';
}

/** A horizontal bar of `parts` (class, size) out of `total`, scaled to the chart's width. */
function bar(parts: [string, number][], total: number, label: string): string {
  let x = 0;
  const rects = parts.filter(([, n]) => n > 0).map(([cls, n]) => {
    const rect = `<rect class="${cls}" x="${x}" width="${n}" height="1"/>`;
    x += n;
    return rect;
  });
  return `<svg class="bar" viewBox="0 0 ${Math.max(total, 1)} 1" preserveAspectRatio="none" role="img" aria-label="${esc(label)}">${rects.join('')}</svg>`;
}

function readiness(model: ReportModel): string {
  if (!model.platforms.length) return '';
  const rows = model.platforms.map((p) => {
    const targeted = model.rows.filter((r) => r.cells.has(p));
    const n = (s: State) => targeted.filter((r) => r.cells.get(p)!.state === s).length;
    const live = targeted.length - n('blocked') - n('unchecked');
    const words = SEGMENTS.map((s) => `${n(s)} ${s === 'unchecked' ? 'not checked' : s}`).join(', ');
    return `<tr><th scope="row">${esc(p)}</th><td class="barcell">${bar(SEGMENTS.map((s) => [`b-${s}`, n(s)]), targeted.length, words)}</td><td class="num">${live} of ${targeted.length}</td></tr>`;
  });
  return `<figure class="card"><figcaption>Can go live, per platform</figcaption>
<table class="chart" aria-label="Creatives by state, and how many can go live, per platform"><tbody>${rows.join('')}</tbody></table>
<p class="key"><span class="k b-ready"></span>ready <span class="k b-warnings"></span>warnings <span class="k b-blocked"></span>blocked <span class="k b-unchecked"></span>not checked</p></figure>`;
}

/** Errors and warnings only: info messages say what adlint did, not what to fix. */
function problems(r: Row): LintMessage[] {
  return r.messages.filter((m) => m.severity !== 'info');
}

/** Messages per platform × category, counted for a platform as its matrix cells count them. */
function byCategory(model: ReportModel): string {
  const counts = new Map<string, Map<string, number>>();
  const categories = new Set<string>();
  for (const r of model.rows) {
    for (const p of r.cells.keys()) {
      for (const m of problems(r)) {
        if (m.platform !== null && !m.platform.split(',').includes(p)) continue;
        const byCat = counts.get(p) ?? new Map<string, number>();
        byCat.set(m.category, (byCat.get(m.category) ?? 0) + 1);
        counts.set(p, byCat);
        categories.add(m.category);
      }
    }
  }
  if (!categories.size) return '';
  const cats = [...categories].sort();
  const max = Math.max(...[...counts.values()].flatMap((c) => [...c.values()]));
  const rows = model.platforms.filter((p) => counts.has(p)).map((p) => {
    const cells = cats.map((c) => {
      const n = counts.get(p)!.get(c) ?? 0;
      // Shade grows with the count; the number is always written too.
      return n ? `<td class="heat" style="--h:${(0.15 + 0.85 * (n / max)).toFixed(2)}">${n}</td>` : '<td class="heat0"><span class="sr">0</span></td>';
    });
    return `<tr><th scope="row">${esc(p)}</th>${cells.join('')}</tr>`;
  });
  return `<figure class="card wide"><figcaption>Errors and warnings by platform and kind of rule</figcaption>
<div class="scroll" tabindex="0" role="region" aria-label="Errors and warnings by platform and kind of rule, scrolls sideways"><table class="chart heatmap"><thead><tr><th scope="col"><span class="sr">Platform</span></th>${cats.map((c) => `<th scope="col"><span>${esc(c)}</span></th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div></figure>`;
}

function topRules(rows: readonly Row[]): string {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const m of rows.flatMap(problems)) {
    const c = counts.get(m.ruleId) ?? { errors: 0, warnings: 0 };
    c[m.severity === 'error' ? 'errors' : 'warnings']++;
    counts.set(m.ruleId, c);
  }
  return ranked('Rules that fire most', 'Rule', [...counts].map(([id, c]) => ({ name: `<code>${breakable(id)}</code>`, ...c })), (x) => x.errors + x.warnings);
}

function topFiles(rows: readonly Row[]): string {
  const counts = new Map<string, { errors: number; warnings: number; id: string }>();
  for (const r of rows) {
    const c = counts.get(r.file) ?? { errors: 0, warnings: 0, id: r.id };
    c.errors += r.overall.errors;
    c.warnings += r.overall.warnings;
    counts.set(r.file, c);
  }
  const withErrors = [...counts].filter(([, c]) => c.errors > 0);
  // Wide: paths read on one line.
  return ranked('Files with most errors', 'File', withErrors.map(([file, c]) => ({ name: `<a href="#${c.id}">${breakable(file)}</a>`, ...c })), (x) => x.errors * 1e6 + x.warnings, true);
}

/** The first few of `items` by `score`, each with a bar of its errors and warnings. */
function ranked(title: string, what: string, items: { name: string; errors: number; warnings: number }[], score: (x: { errors: number; warnings: number }) => number, wide = false): string {
  if (!items.length) return '';
  const top = items.sort((a, b) => score(b) - score(a)).slice(0, TOP);
  const max = Math.max(...top.map((x) => x.errors + x.warnings));
  const rows = top.map((x) => {
    const words = [x.errors ? `${x.errors} error${x.errors > 1 ? 's' : ''}` : '', x.warnings ? `${x.warnings} warning${x.warnings > 1 ? 's' : ''}` : ''].filter(Boolean).join(', ');
    return `<tr><th scope="row">${x.name}</th><td class="barcell">${bar([['b-blocked', x.errors], ['b-warnings', x.warnings]], max, words)}</td><td class="num">${words}</td></tr>`;
  });
  return `<figure class="card${wide ? ' wide' : ''}"><figcaption>${esc(title)}${items.length > TOP ? ` <span class="hint">(${TOP} of ${items.length})</span>` : ''}</figcaption>
<table class="chart" aria-label="${esc(`${title}: ${what.toLowerCase()}, errors and warnings`)}"><tbody>${rows.join('')}</tbody></table></figure>`;
}
