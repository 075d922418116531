import path from 'node:path';
import pc from 'picocolors';
import type { FileResult, LintMessage, Severity } from '@adlint/core';
import { whole } from './stream.js';
import type { FormatterContext, StreamFormatter } from './types.js';
import { visible } from './visible.js';
import { displayWidth, isFixedWidth, loadStringWidth, stringWidthLoaded } from './display-width.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A run with at least this many problems ends with counts per platform and rule: a long list hides the pattern. */
export const SUMMARY_MIN_PROBLEMS = 20;

/** Pads to a display width: CJK and emoji take two columns, combining marks none (string-width). */
const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number): string => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
const widest = (texts: readonly string[]): number => Math.max(0, ...texts.map((t) => displayWidth(t)));

interface Counts { error: number; warning: number; info: number }
const zero = (): Counts => ({ error: 0, warning: 0, info: 0 });

/** Rows of counts per key, most problems first, as aligned lines. */
function countTable(title: string, byKey: Map<string, Counts>, dim: (s: string) => string): string {
  const rows = [...byKey].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]));
  // Zeros left blank, so the counts that matter stand out.
  const n = (x: number): string => (x ? String(x) : '');
  const cells = rows.map(([key, c]) => [key, n(c.error), n(c.warning), n(c.info)] as const);
  const withInfo = rows.some(([, c]) => c.info > 0);
  const header = ['', 'errors', 'warnings', ...(withInfo ? ['info'] : [])];
  const widths = header.map((h, i) => widest([h, ...cells.map((c) => c[i]!)]));
  const line = (c: readonly string[]): string => `  ${pad(c[0]!, widths[0]!)}  ${c.slice(1, header.length).map((x, i) => padStart(x, widths[i + 1]!)).join('  ')}`.trimEnd();
  return `\n${title}\n${dim(line(header))}\n${cells.map(line).join('\n')}\n`;
}
const total = (c: Counts): number => c.error + c.warning + c.info;

/** ESLint-like: a header per file, one aligned line per message, then a summary; written file by file. */
export const stream: StreamFormatter = ({ cwd, color, write }) => {
  const c = pc.createColors(color);
  const severityText = (s: Severity): string => (s === 'error' ? c.red('error') : s === 'warning' ? c.yellow('warning') : c.blue('info'));
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  const byRule = new Map<string, Counts>();
  const byPlatform = new Map<string, Counts>();
  /** Results held back, in order, while string-width loads for one that needs it. */
  let held: FileResult[] = [];
  let waiting: Promise<void> | undefined;
  const emit = (result: FileResult): void => {
    const rows = result.messages.map((m) => ({
      place: `${m.line}:${m.column}`,
      severity: m.severity,
      text: messageText(m),
      rule: visible(m.ruleId),
    }));
    const placeW = widest(rows.map((r) => r.place));
    const sevW = widest(rows.map((r) => r.severity));
    const textW = widest(rows.map((r) => r.text));
    let out = `\n${c.underline(visible(path.relative(cwd, result.filePath) || result.filePath))}\n`;
    for (const r of rows) {
      out += `  ${c.dim(pad(r.place, placeW))}  ${severityText(r.severity)}${' '.repeat(sevW - r.severity.length)}  ${pad(r.text, textW)}  ${c.dim(r.rule)}\n`;
    }
    write(out);
    count(result, byRule, byPlatform);
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    for (const m of result.messages) {
      if (!m.fix) continue;
      if (m.severity === 'error') fixableErrors++;
      else fixableWarnings++;
    }
  };
  const release = (): void => {
    for (const r of held) emit(r);
    held = [];
  };
  return {
    file(result) {
      if (result.messages.length === 0) return;
      // Later results wait behind held ones: the report keeps the files' order.
      if (held.length > 0 || (!stringWidthLoaded() && needsStringWidth(result))) {
        held.push(result);
        waiting ??= loadStringWidth().then(release);
        return;
      }
      emit(result);
    },
    ready: () => waiting ?? Promise.resolve(),
    end() {
      if (held.length > 0) throw new Error('stylish: end() before ready()');
      // A file with messages always counts them (errorCount and the others are the messages'), so a run with none wrote nothing.
      const problems = errors + warnings + infos;
      if (problems === 0) return;
      let out = '';
      if (problems >= SUMMARY_MIN_PROBLEMS) {
        out += countTable(c.bold('Problems by platform'), byPlatform, c.dim);
        out += countTable(c.bold('Problems by rule'), byRule, c.dim);
      }
      const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
      if (infos) parts.push(`${infos} info`);
      const mark = errors ? c.red('✖') : c.yellow('⚠');
      out += `\n${c.bold(`${mark} ${plural(problems, 'problem')} (${parts.join(', ')})`)}\n`;
      if (fixableErrors + fixableWarnings > 0) {
        out += c.bold(`  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.\n`);
      }
      write(out);
    },
  };
};

/** The whole report at once; string-width is loaded first if a message needs it. */
export async function format(results: FileResult[], context: FormatterContext): Promise<string> {
  if (results.some(needsStringWidth)) await loadStringWidth();
  return whole(stream)(results, context);
}

/** Whether a result has text to align that only string-width counts (emoji, combining marks…). */
function needsStringWidth(result: FileResult): boolean {
  return result.messages.some((m) => !isFixedWidth(messageText(m)) || !isFixedWidth(visible(m.ruleId)) || (m.platform ?? '').split(',').some((p) => !isFixedWidth(visible(p.trim()))));
}

const messageText = (m: LintMessage): string => visible(m.message.replace(/\s*\n\s*/g, ' '));

/** Counts per rule and per platform (a message applied through several platforms counts for each; adlint's own file problems under "adlint"). */
function count(result: FileResult, byRule: Map<string, Counts>, byPlatform: Map<string, Counts>): void {
  const add = (map: Map<string, Counts>, key: string, m: LintMessage): void => {
    const counts = map.get(key) ?? zero();
    counts[m.severity]++;
    map.set(key, counts);
  };
  for (const m of result.messages) {
    add(byRule, visible(m.ruleId), m);
    const platforms = m.platform ? m.platform.split(',') : ['adlint'];
    for (const p of platforms) add(byPlatform, visible(p.trim()), m);
  }
}
