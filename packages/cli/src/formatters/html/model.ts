import type { CreativeOverview, FileResult, LintMessage } from '@adlint/core';
import { displayPath } from '../report-paths.js';
import type { FormatterContext } from '../types.js';

/** `unchecked`: no problem found, but no rule of the platform checked the creative (never shown as ready). */
export type State = 'ready' | 'unchecked' | 'warnings' | 'blocked';

export interface Cell {
  state: State;
  errors: number;
  warnings: number;
}

/** One row of the matrix: a creative, or a file's problems that belong to no creative. */
export interface Row {
  /** The anchor of its details. */
  id: string;
  file: string;
  label: string;
  creative: CreativeOverview | null;
  messages: LintMessage[];
  /** All messages of its file: what the creative's copy marks point into. */
  fileMessages: readonly LintMessage[];
  /** Per targeted platform; a row with none (a file that could not be read) has only `overall`. */
  cells: Map<string, Cell>;
  overall: Cell;
}

export interface ReportModel {
  rows: Row[];
  /** Every platform some creative targets, as matrix columns. */
  platforms: string[];
}

/**
 * Creatives become rows with a cell per platform they target. A message counts for a platform
 * when the rule applied through it; messages with no platform (a schema problem) count for all.
 */
export function buildModel(results: readonly FileResult[], context: FormatterContext): ReportModel {
  const rows: Row[] = [];
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd);
    const creatives = context.report?.creatives.get(result.filePath) ?? [];
    const claimed = new Set<number>();
    for (const creative of creatives) {
      creative.messages.forEach((i) => claimed.add(i));
      const messages = creative.messages.map((i) => result.messages[i]!);
      const label = creative.name ?? (creatives.length > 1 ? `creative ${creative.index + 1}` : 'creative');
      rows.push(row(rows.length, file, label, creative, messages, creative.platforms, result.messages));
    }
    const rest = result.messages.filter((_, i) => !claimed.has(i));
    if (rest.length || creatives.length === 0) rows.push(row(rows.length, file, 'problems outside any creative', null, rest, [], result.messages));
  }
  const platforms = [...new Set(rows.flatMap((r) => [...r.cells.keys()]))].sort();
  return { rows, platforms };
}

function row(n: number, file: string, label: string, creative: CreativeOverview | null, messages: LintMessage[], platforms: string[], fileMessages: readonly LintMessage[]): Row {
  const cells = new Map(platforms.map((p) => [p, cell(messages.filter((m) => m.platform === null || m.platform.split(',').includes(p)))]));
  const overall = cell(messages);
  return { id: `c${n + 1}`, file, label, creative, messages, fileMessages, cells, overall };
}

function cell(messages: readonly LintMessage[]): Cell {
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.filter((m) => m.severity === 'warning').length;
  const unchecked = messages.some((m) => m.ruleId === 'adlint/not-checked');
  return { state: errors ? 'blocked' : warnings ? 'warnings' : unchecked ? 'unchecked' : 'ready', errors, warnings };
}
