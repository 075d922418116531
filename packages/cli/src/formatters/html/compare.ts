import type { FileResult, LintMessage } from '@adlint/core';
import type { PreviousRun } from '../../previous-run.js';
import { displayPath, fingerprints } from '../report-paths.js';
import { breakable, esc } from './escape.js';

/** Files and rules listed by how much they changed: the first few say the story. */
const TOP = 10;

type Counted = Pick<LintMessage, 'ruleId' | 'severity' | 'message' | 'field'>;

interface FileChange {
  file: string;
  fixed: Counted[];
  added: Counted[];
  errors: [number, number];
  warnings: [number, number];
}

/**
 * What got better or worse since the previous run (`--compare previous.json`): a problem is the
 * same one when its rule, file, field and message are (the fingerprints of the SARIF and GitLab
 * reports, which do not move with line numbers). Files are matched by their path relative to
 * the folder adlint runs in, so both runs should start from the same folder.
 */
export function comparison(results: readonly FileResult[], previous: PreviousRun, cwd: string): string {
  const problems = (messages: readonly Counted[]) => messages.filter((m) => m.severity !== 'info');
  const before = new Map(previous.results.map((r) => [displayPath(r.filePath, cwd), problems(r.messages)]));
  const now = new Map(results.map((r) => [displayPath(r.filePath, cwd), problems(r.messages)]));
  const changes: FileChange[] = [];
  for (const file of new Set([...before.keys(), ...now.keys()])) {
    const was = before.get(file) ?? [];
    const is = now.get(file) ?? [];
    // fingerprints reads only rule, field and message, which both runs' messages have.
    const wasKeys = fingerprints(was as LintMessage[], file);
    const isKeys = fingerprints(is as LintMessage[], file);
    const fixed = was.filter((_, i) => !isKeys.includes(wasKeys[i]!));
    const added = is.filter((_, i) => !wasKeys.includes(isKeys[i]!));
    const count = (list: readonly Counted[], s: string) => list.filter((m) => m.severity === s).length;
    changes.push({ file, fixed, added, errors: [count(was, 'error'), count(is, 'error')], warnings: [count(was, 'warning'), count(is, 'warning')] });
  }
  const sum = (pick: (c: FileChange) => number) => changes.reduce((n, c) => n + pick(c), 0);
  const errors: [number, number] = [sum((c) => c.errors[0]), sum((c) => c.errors[1])];
  const warnings: [number, number] = [sum((c) => c.warnings[0]), sum((c) => c.warnings[1])];
  const fixed = sum((c) => c.fixed.length);
  const added = sum((c) => c.added.length);
  const changed = changes.filter((c) => c.fixed.length || c.added.length).sort((a, b) => b.added.length - b.fixed.length - (a.added.length - a.fixed.length) || a.file.localeCompare(b.file));
  const widest = Math.max(1, ...changed.map((c) => Math.max(c.fixed.length, c.added.length)));
  const rows = changed.slice(0, TOP).map((c) => {
    const verdict = c.added.length > c.fixed.length ? '<span class="st st-blocked">worse</span>' : c.added.length < c.fixed.length ? '<span class="st st-ready">better</span>' : '<span class="st st-warnings">changed</span>';
    return `<tr><th scope="row">${breakable(c.file)}</th><td class="barcell">${diverging(c.fixed.length, c.added.length, widest)}</td><td class="num">${c.fixed.length} fixed, ${c.added.length} new</td><td>${verdict}</td></tr>`;
  });
  return `<section aria-labelledby="compare-h"><h2 id="compare-h">Since the previous run</h2>
<p class="big">${delta('Errors', errors)} · ${delta('Warnings', warnings)} · <strong>${fixed}</strong> problem${fixed === 1 ? '' : 's'} fixed, <strong>${added}</strong> new <span class="hint">(compared with ${esc(previous.file)})</span></p>
${rows.length ? `<figure class="card"><figcaption>Files that changed${changed.length > TOP ? ` <span class="hint">(${TOP} of ${changed.length}, worst first)</span>` : ''}</figcaption>
<table class="chart" aria-label="Files that changed: problems fixed and new"><tbody>${rows.join('')}</tbody></table>
<p class="key"><span class="k b-ready"></span>fixed <span class="k b-blocked"></span>new</p></figure>` : '<p class="hint">No problem fixed or added.</p>'}
</section>`;
}

function delta(what: string, [was, is]: [number, number]): string {
  const d = is - was;
  const cls = d > 0 ? 'st st-blocked' : d < 0 ? 'st st-ready' : 'st';
  return `${what} ${was} → <strong>${is}</strong> <span class="${cls}">${d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '±0'}</span>`;
}

/** Fixed problems to the left of the middle line, new ones to the right. */
function diverging(fixed: number, added: number, widest: number): string {
  const w = widest * 2;
  return `<svg class="bar" viewBox="0 0 ${w} 1" preserveAspectRatio="none" role="img" aria-label="${fixed} fixed, ${added} new"><rect class="b-ready" x="${widest - fixed}" width="${fixed}" height="1"/><rect class="b-blocked" x="${widest}" width="${added}" height="1"/></svg>`;
}
