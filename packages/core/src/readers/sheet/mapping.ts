import path from 'node:path';
import { corePath } from '../../package-paths.js';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { Delimiter } from './delimiter.js';

/**
 * How one column's cells become a creative field. `text` cells are copy and URLs (with a source
 * map for exact positions and fixes); `integer`, `list` (split on `separator`) and `enum` are
 * targeting and categories, their cells looked up in `values` (case-insensitive; null drops the
 * value); `media` is a local file name, entered as `{ path, role }`.
 */
export interface ColumnSpec {
  column: string;
  type: 'text' | 'integer' | 'list' | 'enum' | 'media';
  separator?: string;
  values?: Record<string, string | null>;
  role?: string;
}

/** A sheet layout: which header names mean which creative fields, for which platform and placement. */
export interface SheetMapping {
  id: string;
  name: string;
  platforms?: string[];
  placement?: string;
  /** Header names that identify this export; all must be present for it to be recognised. */
  detect: string[];
  /** Fields whose columns the header must have once recognised. */
  required: string[];
  /** Creative field path → column. A list item's index orders the columns (`copy.headlines[0]`). */
  columns: Record<string, ColumnSpec>;
}

/** Config's word on the sheets matching a glob (`sheets:` in `.adlint.yaml`). */
export interface SheetSettings {
  /** A built-in mapping to use instead of detecting one. */
  mapping?: string;
  platforms?: string[];
  placement?: string;
  delimiter?: Delimiter;
  /** Field path → column header (or a full column spec): added to, or replacing, the mapping's. */
  columns?: Record<string, string | ColumnSpec>;
  /** Where the entry is written (`.adlint.yaml sheets[0]`), for messages. */
  origin?: string;
}

type WrittenMapping = Omit<SheetMapping, 'columns'> & { columns: Record<string, string | ColumnSpec> };

const MAPPINGS_DIR = corePath('sheets');
let builtins: SheetMapping[] | undefined;

/** The mappings shipped in `packages/core/sheets/*.yaml`, read once, on the first sheet. */
export function builtinMappings(): SheetMapping[] {
  builtins ??= readdirSync(MAPPINGS_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const written = parse(readFileSync(path.join(MAPPINGS_DIR, f), 'utf8')) as WrittenMapping;
      return { ...written, columns: normalizeColumns(written.columns) };
    });
  return builtins;
}

export function normalizeColumns(columns: Record<string, string | ColumnSpec>): Record<string, ColumnSpec> {
  const out: Record<string, ColumnSpec> = {};
  for (const [field, spec] of Object.entries(columns)) out[field] = typeof spec === 'string' ? { column: spec, type: 'text' } : { ...spec, type: spec.type ?? 'text' };
  return out;
}

/** What the reader tries on a sheet: detected built-ins, or exactly what config names. */
export interface Candidates {
  mappings: SheetMapping[];
  /** Config claims the file (a `sheets:` entry matches it): failing to read it is reported, not skipped. */
  claimed: boolean;
  /** Config names its columns or mapping: the header is the first row with any of them, not a detected signature. */
  explicit: boolean;
}

/** The mappings to try for a file's config entry; a string when the entry names an unknown mapping. */
export function candidatesFor(settings: SheetSettings | undefined): Candidates | string {
  const all = builtinMappings();
  if (!settings) return { mappings: all, claimed: false, explicit: false };
  const overrides = { ...(settings.platforms ? { platforms: settings.platforms } : {}), ...(settings.placement ? { placement: settings.placement } : {}) };
  let base: SheetMapping | undefined;
  if (settings.mapping) {
    base = all.find((m) => m.id === settings.mapping);
    if (!base) return `unknown sheet mapping "${settings.mapping}"${settings.origin ? ` (${settings.origin})` : ''}; built-in mappings: ${all.map((m) => m.id).join(', ')}`;
  }
  if (!settings.columns) return { mappings: (base ? [base] : all).map((m) => ({ ...m, ...overrides })), claimed: true, explicit: Boolean(base) };
  const columns = normalizeColumns(settings.columns);
  const mapping: SheetMapping = base
    ? { ...base, ...overrides, columns: { ...base.columns, ...columns } }
    : { id: 'config', name: `the columns of ${settings.origin ?? 'config `sheets:`'}`, ...overrides, detect: [], required: Object.keys(columns), columns };
  return { mappings: [mapping], claimed: true, explicit: true };
}

/** Header names compare trimmed, case- and spacing-insensitively (`Ad group` = `Ad Group`). */
export function headerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface HeaderMatch {
  mapping: SheetMapping;
  /** Column index of each header key (the first, when a name repeats). */
  index: Map<string, number>;
  /** Column names of required fields that the header lacks. */
  missing: string[];
}

/** The mapping this row is the header of, or null when it is not a header row. */
export function matchHeader(cells: readonly string[], candidates: Candidates): HeaderMatch | null {
  const index = new Map<string, number>();
  cells.forEach((c, i) => {
    const key = headerKey(c);
    if (key && !index.has(key)) index.set(key, i);
  });
  for (const mapping of candidates.mappings) {
    const recognised = candidates.explicit
      ? Object.values(mapping.columns).some((s) => index.has(headerKey(s.column)))
      : mapping.detect.every((name) => index.has(headerKey(name)));
    if (!recognised) continue;
    const missing = mapping.required.map((f) => mapping.columns[f]?.column ?? f).filter((name) => !index.has(headerKey(name)));
    return { mapping, index, missing };
  }
  return null;
}

/** How the mapping(s) tried are named in a message. */
export function describeMappings(mappings: readonly SheetMapping[]): string {
  return mappings
    .map((m) => (m.detect.length ? `${m.name} (${m.id}: a header with ${m.detect.join(', ')})` : `${m.name} (${Object.values(m.columns).map((s) => s.column).join(', ')})`))
    .join('; ');
}
