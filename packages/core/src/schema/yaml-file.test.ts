import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

describe("a project's own YAML kept in the user's cache", () => {
  const saved = process.env.ADLINT_CACHE_DIR;
  let cache: string;
  beforeEach(() => {
    cache = mkdtempSync(path.join(tmpdir(), 'adlint-user-yaml-'));
    process.env.ADLINT_CACHE_DIR = cache;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.ADLINT_CACHE_DIR;
    else process.env.ADLINT_CACHE_DIR = saved;
  });
  const entries = (): string[] => (existsSync(path.join(cache, 'yaml')) ? readdirSync(path.join(cache, 'yaml')) : []);
  const validPack = 'id: my-pack\nname: My pack\nversion: "1"\nrules: []\n';
  const validData = { id: 'my-pack', name: 'My pack', version: '1', rules: [] };

  it('is written once the file parsed and validated, and read by the next run with the same data and positions', () => {
    const file = fileWithEntry(validPack);
    const first = loadYamlFile(file, 'pack', 'pack');
    expect(entries()).toHaveLength(1);
    expect(readYamlData(validPack).fromUserCache).toBeDefined();
    const second = loadYamlFile(file, 'pack', 'pack');
    expect(second.data).toEqual(first.data);
    expect(second.prebuilt).toBe(false);
    expect(second.position(['version'])).toEqual({ line: 3, column: 10 });
  });

  it('keeps nothing of a file with a problem, and an edited file is parsed afresh', () => {
    expect(() => loadYamlFile(fileWithEntry(invalidPack), 'pack', 'pack')).toThrow(/rules/);
    expect(entries()).toEqual([]);
    loadYamlFile(fileWithEntry(validPack), 'pack', 'pack');
    const edited = validPack.replace('rules: []', 'rules: nope');
    expect(() => loadYamlFile(fileWithEntry(edited), 'pack', 'pack')).toThrow(/pack\.yaml:4:8: .*rules/);
  });

  it('keeps nothing JSON would not give back as it was (a rule parameter of .inf)', () => {
    const rule = '  - id: headline\n    check: length\n    severity: error\n    max: .inf\n    message: Too long.\n    source: https://example.com/policy\n    confidence: documented\n    examples: { valid: [{}], invalid: [{}] }\n';
    const pack = validPack.replace('rules: []\n', `rules:\n${rule}`);
    expect((loadYamlFile(fileWithEntry(pack), 'pack', 'pack').data as { rules: { max: number }[] }).rules[0]!.max).toBe(Infinity);
    expect(entries()).toEqual([]);
  });

  it('an entry is trusted only for the schemas it names; a damaged one is dropped and written again', () => {
    const file = fileWithEntry(validPack);
    loadYamlFile(file, 'pack', 'pack');
    const entry = readYamlData(validPack).fromUserCache!;
    writeFileSync(entry, JSON.stringify({ validated: [], data: invalidData }));
    expect(() => loadYamlFile(file, 'pack', 'pack')).toThrow(/rules/);
    writeFileSync(entry, '{"validated": [');
    expect(loadYamlFile(file, 'pack', 'pack').data).toEqual(validData);
    expect(JSON.parse(readFileSync(entry, 'utf8'))).toEqual({ validated: [schemaKey('pack')], data: validData });
  });
});
