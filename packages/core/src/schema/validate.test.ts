import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTypes } from '../checks/index.js';
import { ruleSchemaFor } from '../packs/compile.js';
import { compileSchema, currentKey, precompiledFile, schemaKey } from './validate.js';

// Needs the build's dist/validators: `pnpm test` builds first.
describe('build-time validators', () => {
  it('are one module per schema, named by the schema’s current hash, for every published and rule schema', () => {
    for (const name of ['creative', 'pack', 'config', 'lexicon', 'categories']) expect(existsSync(precompiledFile(schemaKey(name))), name).toBe(true);
    for (const check of checkTypes.values()) expect(existsSync(precompiledFile(currentKey(`rule:${check.id}`, () => ruleSchemaFor(check)))), check.id).toBe(true);
    expect(precompiledFile('rule:length@0123456789ab')).toMatch(/[/\\]rule_length@0123456789ab\.cjs$/);
  });

  it('fall back to ajv for a schema the build did not compile', () => {
    const validate = compileSchema('test:no-module', () => ({ type: 'object', properties: { max: { type: 'integer' } }, additionalProperties: false }));
    expect(existsSync(precompiledFile(currentKey('test:no-module', () => ({}))))).toBe(false);
    expect(validate({ max: 3 })).toBe(true);
    expect(validate({ max: 'three' })).toBe(false);
  });
});
