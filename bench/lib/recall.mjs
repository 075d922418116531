// Recall against expected.json: a planted hit counts as found when the tool reports a message on
// its line whose start column falls inside the planted characters (or whose range overlaps them).
// Messages that match no planted hit are counted as extra (false positives), so neither a fast
// wrong answer nor a noisy one can look good.
import fs from 'node:fs';
import path from 'node:path';

/**
 * @param report  ESLint-style JSON: [{ filePath, messages: [{ ruleId, line, column, endLine?, endColumn?, message }] }]
 * @param kind    'yaml' (adlint, positions in *.ad.yaml) or 'markdown' (textlint, positions in *.md)
 * @param options { ruleFilter(msg) → boolean; documentLevel: true for rules that report the
 *                  document without positions (ng-word): a hit then counts when its file has a
 *                  message naming the term }
 */
export function recall(corpusDir, expected, reportFile, kind, { ruleFilter = () => true, documentLevel = false } = {}) {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  const byFile = new Map();
  let other = 0;
  for (const f of report) {
    const rel = path.relative(corpusDir, f.filePath).split(path.sep).join('/');
    const msgs = [];
    for (const m of f.messages) {
      if (ruleFilter(m)) msgs.push({ ...m, used: false });
      else other++;
    }
    byFile.set(rel, msgs);
  }
  const fileKey = kind === 'yaml' ? 'ad' : 'md';
  const pos = kind === 'yaml' ? 'yaml' : 'markdown';
  const byVariant = {};
  let found = 0;
  for (const hit of expected.hits) {
    const msgs = byFile.get(hit[fileKey]) ?? [];
    const p = hit[pos];
    let ok = false;
    for (const m of msgs) {
      if (documentLevel) {
        if (m.message.includes(`"${hit.term}"`)) {
          ok = true;
          m.used = true;
        }
        continue;
      }
      if (m.line !== p.line) continue;
      const start = m.column;
      const end = m.endLine === m.line && m.endColumn > start ? m.endColumn : start + 1;
      if (start < p.endColumn && end > p.column) {
        ok = true;
        m.used = true;
      }
    }
    byVariant[hit.variant] ??= { total: 0, found: 0 };
    byVariant[hit.variant].total++;
    if (ok) {
      found++;
      byVariant[hit.variant].found++;
    }
  }
  let extra = 0;
  for (const msgs of byFile.values()) for (const m of msgs) if (!m.used) extra++;
  const total = expected.hits.length;
  const plainTotal = (byVariant.exact?.total ?? 0) + (byVariant.case?.total ?? 0);
  const plainFound = (byVariant.exact?.found ?? 0) + (byVariant.case?.found ?? 0);
  return {
    total,
    found,
    recall: total ? found / total : 1,
    plain: plainTotal ? plainFound / plainTotal : 1,
    evasion: byVariant.evasion?.total ? byVariant.evasion.found / byVariant.evasion.total : null,
    byVariant,
    extra,
    other,
    files: report.length,
  };
}

export const pct = (x) => (x === null || x === undefined ? '–' : `${(Math.floor(x * 1000) / 10).toFixed(1)} %`);

export function describeRecall(r) {
  return `${pct(r.recall)} (${r.found}/${r.total}; plain ${pct(r.plain)}, evasion ${pct(r.evasion)}; ${r.extra} extra)`;
}
