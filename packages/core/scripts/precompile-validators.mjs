// Generates dist/validators.cjs: every published schema and every check's rule schema as ajv
// standalone code, so the CLI validates without loading and compiling ajv at start-up.
import { readdirSync, writeFileSync } from 'node:fs';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const { AJV_OPTIONS, precompiledKey, readSchema } = await import('../dist/schema/validate.js');
const { checkTypes } = await import('../dist/checks/index.js');
const { ruleSchemaFor } = await import('../dist/packs/compile.js');

const ajv = new Ajv.default({ ...AJV_OPTIONS, code: { source: true } });
const exports = {};
for (const file of readdirSync(new URL('../schema/', import.meta.url))) {
  const name = /^(.*)\.schema\.json$/.exec(file)?.[1];
  if (!name) continue;
  // As the runtime reads it (validate.ts), so the keys match.
  const schema = readSchema(name);
  const key = precompiledKey(name, schema);
  ajv.addSchema({ ...schema, $id: undefined }, key);
  exports[key] = key;
}
for (const check of checkTypes.values()) {
  const schema = ruleSchemaFor(check);
  const key = precompiledKey(`rule:${check.id}`, schema);
  ajv.addSchema(schema, key);
  exports[key] = key;
}
writeFileSync(new URL('../dist/validators.cjs', import.meta.url), standaloneCode.default(ajv, exports));
