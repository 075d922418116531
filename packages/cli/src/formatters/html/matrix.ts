import { breakable, esc } from './escape.js';
import type { Cell, ReportModel, Row, State } from './model.js';

/** Words and a symbol for each state: colour is never the only signal. */
const STATE_TEXT: Record<State, { icon: string; word: string }> = {
  ready: { icon: '✓', word: 'Ready' },
  unchecked: { icon: '?', word: 'Not checked' },
  warnings: { icon: '!', word: 'Warnings' },
  blocked: { icon: '✕', word: 'Blocked' },
};

export function badge(c: Cell): string {
  const { icon, word } = STATE_TEXT[c.state];
  const counts = [c.errors ? `${c.errors} error${c.errors > 1 ? 's' : ''}` : '', c.warnings ? `${c.warnings} warning${c.warnings > 1 ? 's' : ''}` : ''].filter(Boolean).join(', ');
  return `<span class="st st-${c.state}"><span aria-hidden="true">${icon}</span> ${word}${counts ? ` <span class="n">(${counts})</span>` : ''}</span>`;
}

/** How many creatives are ready for every platform they target, and how many rows are in each state. */
export function summary(model: ReportModel): string {
  const creatives = model.rows.filter((r) => r.creative);
  const count = (s: State): number => model.rows.filter((r) => r.overall.state === s).length;
  const unread = model.rows.length - creatives.length;
  return `<section class="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
<p class="big"><strong>${creatives.filter((r) => r.overall.state === 'ready').length} of ${creatives.length}</strong> creative${creatives.length === 1 ? ' is' : 's are'} ready for every platform they target.</p>
<ul class="counts">
<li>${badge({ state: 'ready', errors: 0, warnings: 0 })} ${count('ready')}</li>
${count('unchecked') ? `<li>${badge({ state: 'unchecked', errors: 0, warnings: 0 })} ${count('unchecked')} <span class="hint">no rule of a platform checked them: see --print-config</span></li>\n` : ''}<li>${badge({ state: 'warnings', errors: 0, warnings: 0 })} ${count('warnings')} <span class="hint">can go live, but check them</span></li>
<li>${badge({ state: 'blocked', errors: 0, warnings: 0 })} ${count('blocked')} <span class="hint">will be rejected or cannot be read</span></li>
</ul>
${unread ? `<p class="hint">${unread} row${unread > 1 ? 's are' : ' is'} about files as a whole (unreadable files, or problems outside any creative).</p>` : ''}
</section>`;
}

/** A group with more platforms than this lists them in one cell rather than a column each: the table always fits. */
const MAX_COLUMNS = 7;

/** Rows in groups by folder (a campaign), each with a column for only the platforms its rows target. */
export function matrix(model: ReportModel): string {
  const groups = new Map<string, Row[]>();
  for (const r of model.rows) {
    const folder = folderOf(r.file);
    groups.set(folder, [...(groups.get(folder) ?? []), r]);
  }
  return `<section aria-labelledby="matrix-h">
<h2 id="matrix-h">Readiness by platform</h2>
<div class="controls" hidden>
<label>Show <select id="filter"><option value="all">all</option><option value="blocked">blocked</option><option value="warnings">with warnings</option><option value="unchecked">not checked</option><option value="ready">ready</option></select></label>
<label>Find <input id="find" type="search" placeholder="file or name"></label>
<span id="pager"></span>
</div>
<p class="hint" id="matrix-note">Creatives by folder; each folder has a column for each platform its creatives target. Select a row for its details.</p>
${[...groups].map(([folder, rows]) => group(folder, rows)).join('\n')}
</section>`;
}

function group(folder: string, rows: Row[]): string {
  const platforms = [...new Set(rows.flatMap((r) => [...r.cells.keys()]))].sort();
  const columns = platforms.length <= MAX_COLUMNS ? platforms : null;
  const head = columns ? columns.map((p) => `<th scope="col">${esc(p)}</th>`).join('') : '<th scope="col">Platforms</th>';
  const creatives = rows.filter((r) => r.creative).length;
  return `<section class="group" data-group="${esc(folder)}">
<table class="matrix" aria-describedby="matrix-note">
<caption><span class="folder">${breakable(folder || '.')}</span> <span class="hint">${creatives} creative${creatives === 1 ? '' : 's'}${platforms.length ? ` for ${esc(platforms.join(', '))}` : ''}</span></caption>
<thead><tr><th scope="col">Creative</th><th scope="col">Overall</th>${head}</tr></thead>
<tbody>
${rows.map((r) => matrixRow(r, columns)).join('\n')}
</tbody>
</table>
</section>`;
}

/** `columns`: the group's platforms, or null when they are listed in one cell. */
function matrixRow(r: Row, columns: string[] | null): string {
  const cells = columns
    ? columns.map((p) => {
        const c = r.cells.get(p);
        return c
          ? `<td data-platform="${esc(p)}" data-state="${c.state}" data-label="${esc(p)}"><a href="#${r.id}">${badge(c)}</a></td>`
          : `<td class="na" data-label="${esc(p)}"><span aria-label="not targeted">—</span></td>`;
      })
    : [`<td class="many">${[...r.cells].map(([p, c]) => `<a href="#${r.id}" data-platform="${esc(p)}" data-state="${c.state}"><span class="pn">${esc(p)}</span> ${badge(c)}</a>`).join(' ')}</td>`];
  const name = r.file.slice(r.file.lastIndexOf('/') + 1);
  return `<tr data-row="${r.id}" data-state="${r.overall.state}"><th scope="row"><a href="#${r.id}"><span class="file">${breakable(name)}</span> <span class="label" dir="auto">${esc(r.label)}</span></a></th><td data-label="Overall" data-state="${r.overall.state}">${badge(r.overall)}</td>${cells.join('')}</tr>`;
}

function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}
