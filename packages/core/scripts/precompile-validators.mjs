// Generates dist/validators/<key>.cjs: every published schema and every check's rule schema as ajv
// standalone code, one file per schema, so the CLI validates without loading and compiling ajv at
// start-up and loads only the validators a run uses (one file for all of them was ~500 KB of code
// to compile for a one-file run that needs two or three).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const { AJV_OPTIONS, PRECOMPILED_DIR, precompiledFile, precompiledKey, readSchema } = await import('../dist/schema/validate.js');
const { checkTypes } = await import('../dist/checks/index.js');
const { ruleSchemaFor } = await import('../dist/packs/compile.js');

const ajv = new Ajv.default({ ...AJV_OPTIONS, code: { source: true } });
const keys = [];
for (const file of readdirSync(new URL('../schema/', import.meta.url))) {
  const name = /^(.*)\.schema\.json$/.exec(file)?.[1];
  if (!name) continue;
  // As the runtime reads it (validate.ts), so the keys match.
  const schema = readSchema(name);
  const key = precompiledKey(name, schema);
  ajv.addSchema({ ...schema, $id: undefined }, key);
  keys.push(key);
}
for (const check of checkTypes.values()) {
  const schema = ruleSchemaFor(check);
  const key = precompiledKey(`rule:${check.id}`, schema);
  ajv.addSchema(schema, key);
  keys.push(key);
}
rmSync(new URL('../dist/validators.cjs', import.meta.url), { force: true });
rmSync(PRECOMPILED_DIR, { recursive: true, force: true });
mkdirSync(PRECOMPILED_DIR, { recursive: true });
for (const key of keys) writeFileSync(precompiledFile(key), standaloneCode.default(ajv, ajv.getSchema(key)));
