import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PackRegistry, bundledRulesDir } from '../../packs/registry.js';
import { validator } from '../../schema/validate.js';
import { builtinMappings, candidatesFor, headerKey, matchHeader } from './mapping.js';

const dir = new URL('../../../sheets/', import.meta.url);

describe('built-in sheet mappings', () => {
  const packs = new PackRegistry([bundledRulesDir]);

  it.each(readdirSync(dir).filter((f) => f.endsWith('.yaml')))('%s is a valid config `sheets:` entry for packs that exist', (file) => {
    const { id, name, detect, required, ...entry } = parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, unknown>;
    expect(`${id}.yaml`).toBe(file);
    expect(name).toEqual(expect.any(String));
    const validate = validator('config');
    expect(validate({ sheets: [{ files: '*.csv', ...entry }] }), JSON.stringify(validate.errors)).toBe(true);
    for (const platform of entry.platforms as string[]) expect(packs.has(platform)).toBe(true);
    const columns = entry.columns as Record<string, unknown>;
    for (const field of required as string[]) expect(columns).toHaveProperty([field]);
    expect((detect as string[]).length).toBeGreaterThan(0);
  });

  it('recognises each header by its identifying columns only', () => {
    const candidates = candidatesFor(undefined);
    if (typeof candidates === 'string') throw new Error(candidates);
    for (const m of builtinMappings()) {
      const header = [...m.detect, ...Object.values(m.columns).map((c) => c.column)].map((c) => ` ${c.toUpperCase()} `);
      expect(matchHeader(header, candidates)).toMatchObject({ mapping: { id: m.id }, missing: [] });
      expect(matchHeader(m.detect.slice(1), candidates)).toBeNull();
    }
  });

  it('config may not map a column to a wildcard field', () => {
    expect(validator('config')({ sheets: [{ files: '*.csv', columns: { 'copy.headlines[*]': 'Headline' } }] })).toBe(false);
  });

  it('compares header names trimmed, case- and spacing-insensitively', () => {
    expect(headerKey('  Ad   Group ')).toBe('ad group');
  });
});
