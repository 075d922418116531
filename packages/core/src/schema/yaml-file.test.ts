import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledRulesDir } from '../package-paths.js';
import { loadYamlFile, readYamlData, yamlCacheFile } from './yaml-file.js';
import { schemaKey } from './validate.js';

// Needs the build's dist/yaml-cache: `pnpm test` builds first.
const written: string[] = [];
afterEach(() => {
  for (const file of written.splice(0)) rmSync(file, { force: true });
});

/** A YAML file in a fresh folder and, when `validated` is given, a build-time cache entry for its bytes. */
function fileWithEntry(text: string, entry?: { validated: string[]; data: unknown }): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'adlint-yaml-cache-')), 'pack.yaml');
  writeFileSync(file, text);
  if (entry) {
    writeFileSync(yamlCacheFile(text), JSON.stringify(entry));
    written.push(yamlCacheFile(text));
  }
  return file;
}

// Invalid against the pack schema: `rules` must be a list.
const invalidPack = 'id: stale-pack\nversion: "1"\nrules: not-a-list\n';
const invalidData = { id: 'stale-pack', version: '1', rules: 'not-a-list' };

describe('validation the build did for a cached YAML file', () => {
  it('records, for a bundled pack, its own schema and each of its rules’ parameter schemas, at their current hashes', () => {
    const yaml = readYamlData(readFileSync(path.join(bundledRulesDir, 'google-ads.yaml'), 'utf8'));
    expect(yaml.fromCache).toBe(true);
    expect(yaml.validated.has(schemaKey('pack'))).toBe(true);
    expect([...yaml.validated].some((k) => k.startsWith('rule:length@'))).toBe(true);
    const lexicon = readYamlData(readFileSync(path.join(bundledRulesDir, 'lexicons', 'zh-urgency.yaml'), 'utf8'));
    expect([...lexicon.validated]).toEqual([schemaKey('lexicon')]);
  });

  it('is trusted for the schema it names at its current hash: the data is then not validated again', () => {
    const file = fileWithEntry(invalidPack, { validated: [schemaKey('pack')], data: invalidData });
    expect(loadYamlFile(file, 'pack', 'pack').data).toEqual(invalidData);
  });

  it('is not trusted for another schema, a stale hash of the same schema, or an entry that names none', () => {
    for (const validated of [[schemaKey('lexicon')], [schemaKey('pack').replace(/@.*/, '@000000000000')], []]) {
      const file = fileWithEntry(invalidPack, { validated, data: invalidData });
      expect(() => loadYamlFile(file, 'pack', 'pack'), validated.join()).toThrow(/pack\.yaml:3:8: .*rules/);
    }
  });

  it('reports a problem in an edited copy of a bundled pack at its file:line:column', () => {
    const text = readFileSync(path.join(bundledRulesDir, 'google-ads.yaml'), 'utf8').replace(/^version: .*$/m, '$&\nplatfrom: google-ads');
    const file = fileWithEntry(text);
    const line = text.split('\n').findIndex((l) => l.startsWith('platfrom:')) + 1;
    let error: { line?: number; column?: number; message: string } | undefined;
    try {
      loadYamlFile(file, 'pack', 'pack');
    } catch (e) {
      error = e as typeof error;
    }
    expect(error?.message).toMatch(/unknown field "platfrom"/);
    expect([error?.line, error?.column]).toEqual([line, 1]);
  });
});
