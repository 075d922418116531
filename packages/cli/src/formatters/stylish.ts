import path from 'node:path';
import pc from 'picocolors';
import type { LintMessage } from '@adlint/core';
import type { Formatter } from './types.js';
import { visible } from './visible.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** ESLint-like: a header per file, one aligned line per message, then a summary. */
export const format: Formatter = (results, { cwd, color }) => {
  const c = pc.createColors(color);
  const severityText = (m: LintMessage): string =>
    m.severity === 'error' ? c.red('error') : m.severity === 'warning' ? c.yellow('warning') : c.blue('info');
  let out = '';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const rows = result.messages.map((m) => ({
      place: `${m.line}:${m.column}`,
      severity: m.severity,
      label: severityText(m),
      text: visible(m.message.replace(/\s*\n\s*/g, ' ')),
      rule: visible(m.ruleId),
    }));
    const placeW = Math.max(...rows.map((r) => r.place.length));
    const sevW = Math.max(...rows.map((r) => r.severity.length));
    const textW = Math.max(...rows.map((r) => r.text.length));
    out += `\n${c.underline(visible(path.relative(cwd, result.filePath) || result.filePath))}\n`;
    for (const r of rows) {
      out += `  ${c.dim(r.place.padEnd(placeW))}  ${r.label}${' '.repeat(sevW - r.severity.length)}  ${r.text.padEnd(textW)}  ${c.dim(r.rule)}\n`;
    }
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    for (const m of result.messages) {
      if (!m.fix) continue;
      if (m.severity === 'error') fixableErrors++;
      else fixableWarnings++;
    }
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos) parts.push(`${infos} info`);
  const mark = errors ? c.red('✖') : c.yellow('⚠');
  out += `\n${c.bold(`${mark} ${plural(total, 'problem')} (${parts.join(', ')})`)}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    out += c.bold(`  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.\n`);
  }
  return out;
};
