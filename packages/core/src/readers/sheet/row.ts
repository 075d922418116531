import type { Creative, CreativeData, Span, TextSource } from '../../model/creative.js';
import { parseSelector } from '../../model/fields.js';
import { deepMerge } from '../manifest.js';
import type { TextMap } from '../../model/creative.js';
import type { ReadProblem } from '../types.js';
import { readProblem } from '../file-problems.js';
import { cellText, cellValue, locateCells, type CellBounds } from './cells.js';
import { headerKey, type ColumnSpec, type HeaderMatch } from './mapping.js';
import type { SheetRecord } from './records.js';

interface PlannedField {
  /** The field path as mapped; list items are renumbered per row (`copy.headlines[3]` may become `[2]`). */
  path: string;
  /** For list items: the list's path and the mapped index, which orders the columns. */
  list: { path: string; order: number } | null;
  spec: ColumnSpec;
  col: number;
}

/** What every row of one sheet is read with: settled once, at the header row. */
export interface RowPlan {
  fields: PlannedField[];
  width: number;
  delimiter: string;
  /** The mapping's platforms and placement, under each row's own values. */
  base: CreativeData;
  defaults: CreativeData | undefined;
}

export function planRows(header: HeaderMatch, width: number, delimiter: string, defaults: CreativeData | undefined): RowPlan {
  const fields: PlannedField[] = [];
  for (const [path, spec] of Object.entries(header.mapping.columns)) {
    const col = header.index.get(headerKey(spec.column));
    if (col === undefined) continue;
    const item = /^(.*)\[(\d+)\]$/.exec(path);
    fields.push({ path, list: item ? { path: item[1]!, order: Number(item[2]) } : null, spec, col });
  }
  // Lists are filled in their mapped order, whatever the columns' order in the file.
  const group = (f: PlannedField): string => f.list?.path ?? f.path;
  fields.sort((a, b) => group(a).localeCompare(group(b)) || (a.list?.order ?? 0) - (b.list?.order ?? 0));
  const { platforms, placement } = header.mapping;
  return { fields, width, delimiter, base: { ...(platforms ? { platforms } : {}), ...(placement ? { placement } : {}) }, defaults };
}

interface Cell {
  raw: string;
  /** Null when the located cells disagree with the parser: positions fall back to the row. */
  bounds: CellBounds | null;
}

/**
 * One data row as a creative. Empty cells are absent fields, so list items close up (an empty
 * `Headline 3` makes `Headline 4` `copy.headlines[2]`). A row with no copy at all is a campaign,
 * ad group or keyword row, not an ad: no creative.
 */
export function buildRow(text: string, record: SheetRecord, plan: RowPlan, filePath: string, index: number): { creative: Creative | null; problems: ReadProblem[] } {
  if (!plan.fields.some((f) => f.path.startsWith('copy.') && (record.cells[f.col] ?? '').trim() !== '')) return { creative: null, problems: [] };
  const bounds = locateCells(text, record.start, record.end, plan.delimiter);
  const trusted = bounds?.length === record.cells.length && plan.fields.every((f) => cellValue(text, bounds[f.col]!) === record.cells[f.col]);
  const cellAt = (col: number): Cell => ({ raw: record.cells[col] ?? '', bounds: trusted ? bounds[col]! : null });
  const rowSpan: Span = [record.start, record.start];

  const own: CreativeData = {};
  const spans = new Map<string, Span>();
  const texts = new Map<string, TextSource>();
  const problems: ReadProblem[] = [];
  const listLength = new Map<string, number>();
  for (const field of plan.fields) {
    const cell = cellAt(field.col);
    if (cell.raw.trim() === '') continue;
    const span: Span = cell.bounds ? [cell.bounds.start, cell.bounds.end] : rowSpan;
    const k = field.list ? listLength.get(field.list.path) ?? 0 : 0;
    const path = field.list ? `${field.list.path}[${k}]` : field.path;
    const value = convert(field.spec, cell, span, path, spans, texts, text, problems);
    if (value === undefined) continue;
    setPath(own, path, value);
    spans.set(path, span);
    if (field.list) {
      listLength.set(field.list.path, k + 1);
      // The list as a whole (for counts) spans its first to its last cell.
      const whole = spans.get(field.list.path);
      spans.set(field.list.path, whole ? [whole[0], span[1]] : span);
    }
  }
  const data = deepMerge<CreativeData>(plan.defaults, plan.base, own);
  return { creative: { filePath, index, data, span: rowSpan, spans, texts }, problems };
}

/** A cell's field value by its column type; undefined (with a problem when it is wrong) to leave the field out. */
function convert(spec: ColumnSpec, cell: Cell, span: Span, path: string, spans: Map<string, Span>, texts: Map<string, TextSource>, text: string, problems: ReadProblem[]): unknown {
  const trimmed = cell.raw.trim();
  switch (spec.type) {
    case 'text':
      texts.set(path, textSource(text, cell, span));
      return cell.raw;
    case 'integer':
      if (/^-?\d+$/.test(trimmed)) return Number(trimmed);
      problems.push(readProblem('sheet-not-integer', span, { column: spec.column, value: trimmed }, 'adlint/schema'));
      return undefined;
    case 'enum':
      return lookup(spec, trimmed) ?? undefined;
    case 'list': {
      const items: string[] = [];
      const source = cell.bounds ? cellText(text, cell.bounds) : null;
      for (const part of splitWithOffsets(cell.raw, spec.separator ?? ',')) {
        const value = lookup(spec, part.value);
        if (value === null) continue;
        const itemPath = `${path}[${items.length}]`;
        if (source) {
          const map = subMap(source.map, part.from, part.to);
          spans.set(itemPath, [map.starts[0]!, map.ends[map.ends.length - 1]!]);
          if (value === part.value) texts.set(itemPath, { span: [map.starts[0]!, map.ends[map.ends.length - 1]!], style: style(cell), map });
        }
        items.push(value);
      }
      return items.length ? items : undefined;
    }
    case 'media':
      // adlint never fetches: an image given by URL cannot be checked, so it is no media entry.
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return undefined;
      texts.set(`${path}.path`, textSource(text, cell, span));
      spans.set(`${path}.path`, span);
      return { path: cell.raw, ...(spec.role ? { role: spec.role } : {}) };
  }
}

function lookup(spec: ColumnSpec, value: string): string | null {
  if (!spec.values) return value;
  const key = value.toLowerCase();
  return key in spec.values ? spec.values[key]! : value;
}

function style(cell: Cell): TextSource['style'] {
  return cell.bounds?.quoted ? 'CSV_QUOTED' : 'CSV_PLAIN';
}

function textSource(text: string, cell: Cell, span: Span): TextSource {
  return { span, style: style(cell), map: cell.bounds ? cellText(text, cell.bounds).map : null };
}

function subMap(map: TextMap, from: number, to: number): TextMap {
  return { starts: map.starts.subarray(from, to), ends: map.ends.subarray(from, to) };
}

/** Items of a list cell, trimmed, with their value ranges; empty items dropped. */
function splitWithOffsets(value: string, separator: string): { value: string; from: number; to: number }[] {
  const out: { value: string; from: number; to: number }[] = [];
  let from = 0;
  for (const part of value.split(separator)) {
    const lead = part.length - part.trimStart().length;
    const item = part.trim();
    if (item) out.push({ value: item, from: from + lead, to: from + lead + item.length });
    from += part.length + separator.length;
  }
  return out;
}

/** Sets `copy.headlines[2]`, `media[0]`, `targeting.age_min` in a plain object. */
function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const steps = parseSelector(path);
  let node: Record<string | number, unknown> = root;
  steps.forEach((step, i) => {
    const key = 'key' in step ? step.key : 'index' in step ? step.index : null;
    if (key === null) throw new Error(`sheet mapping field "${path}" has a wildcard`);
    if (i === steps.length - 1) {
      node[key] = value;
      return;
    }
    const next = steps[i + 1]!;
    node[key] ??= 'index' in next ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
}
