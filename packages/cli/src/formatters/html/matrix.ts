import { esc } from './escape.js';
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

/** Creatives ready for every platform they target, then per platform how many of its creatives are ready. */
export function summary(model: ReportModel): string {
  const creatives = model.rows.filter((r) => r.creative);
  const count = (s: State): number => model.rows.filter((r) => r.overall.state === s).length;
  const perPlatform = model.platforms.map((p) => {
    const targeted = model.rows.filter((r) => r.cells.has(p));
    const ready = targeted.filter((r) => !['blocked', 'unchecked'].includes(r.cells.get(p)!.state)).length;
    return `<li><strong>${esc(p)}</strong>: ${ready} of ${targeted.length} can go live</li>`;
  });
  const unread = model.rows.length - creatives.length;
  return `<section class="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
<p class="big"><strong>${creatives.filter((r) => r.overall.state === 'ready').length} of ${creatives.length}</strong> creative${creatives.length === 1 ? ' is' : 's are'} ready for every platform they target.</p>
<ul class="counts">
<li>${badge({ state: 'ready', errors: 0, warnings: 0 })} ${count('ready')}</li>
${count('unchecked') ? `<li>${badge({ state: 'unchecked', errors: 0, warnings: 0 })} ${count('unchecked')} <span class="hint">no rule of a platform checked them: see --print-config</span></li>\n` : ''}<li>${badge({ state: 'warnings', errors: 0, warnings: 0 })} ${count('warnings')} <span class="hint">can go live, but check them</span></li>
<li>${badge({ state: 'blocked', errors: 0, warnings: 0 })} ${count('blocked')} <span class="hint">will be rejected or cannot be read</span></li>
</ul>
${perPlatform.length ? `<ul class="platforms">${perPlatform.join('')}</ul>` : ''}
${unread ? `<p class="hint">${unread} row${unread > 1 ? 's are' : ' is'} about files as a whole (unreadable files, or problems outside any creative).</p>` : ''}
</section>`;
}

export function matrix(model: ReportModel): string {
  const head = model.platforms.map((p) => `<th scope="col">${esc(p)}</th>`).join('');
  return `<section aria-labelledby="matrix-h">
<h2 id="matrix-h">Readiness by platform</h2>
<div class="controls" hidden>
<label>Show <select id="filter"><option value="all">all</option><option value="blocked">blocked</option><option value="warnings">with warnings</option><option value="unchecked">not checked</option><option value="ready">ready</option></select></label>
<label>Find <input id="find" type="search" placeholder="file or name"></label>
<span id="pager"></span>
</div>
<p class="hint" id="matrix-note">Each creative (rows) for each platform it targets (columns); “—” = not targeted. Select a row for its details.</p>
<div class="scroll" tabindex="0" role="region" aria-label="Readiness matrix, scrolls sideways">
<table class="matrix" aria-describedby="matrix-note">
<caption class="sr">Readiness of each creative for each platform</caption>
<thead><tr><th scope="col">Creative</th><th scope="col">Overall</th>${head}</tr></thead>
<tbody>
${model.rows.map((r) => matrixRow(r, model.platforms)).join('\n')}
</tbody>
</table>
</div>
</section>`;
}

function matrixRow(r: Row, platforms: string[]): string {
  const cells = platforms.map((p) => {
    const c = r.cells.get(p);
    return c ? `<td data-platform="${esc(p)}" data-state="${c.state}"><a href="#${r.id}">${badge(c)}</a></td>` : '<td class="na"><span aria-label="not targeted">—</span></td>';
  });
  return `<tr data-row="${r.id}" data-state="${r.overall.state}"><th scope="row"><a href="#${r.id}"><span class="file">${esc(r.file)}</span> <span class="label" dir="auto">${esc(r.label)}</span></a></th><td data-state="${r.overall.state}">${badge(r.overall)}</td>${cells.join('')}</tr>`;
}
