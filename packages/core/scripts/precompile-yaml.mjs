// Writes dist/yaml-cache/<sha1 of text>.json for every bundled pack, lexicon and the taxonomy that
// parses cleanly and is valid (see YamlCacheEntry in src/schema/yaml-file.ts): the run-time loader
// then skips YAML parsing and the validation recorded here. An invalid file is left uncached, so
// the run reports its problems at their file:line:column.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseDocument } from 'yaml';
import { isSafeForBacktracking } from '../dist/matchers/pattern.js';

const safeRegex = createRequire(import.meta.url)('safe-regex2');
const safePatterns = new Set();

/**
 * Every `pattern:` (with its `flags:`) anywhere in a pack, as compilePattern sees it, that passes
 * the check JavaScript's engine needs (used when RE2 cannot run it or is not installed).
 */
function collectPatterns(value) {
  if (Array.isArray(value)) value.forEach(collectPatterns);
  else if (value && typeof value === 'object') {
    if (typeof value.pattern === 'string') {
      const flags = typeof value.flags === 'string' ? value.flags : 'iu';
      try {
        if (isSafeForBacktracking(value.pattern) && safeRegex(new RegExp(value.pattern, `${flags}g`))) safePatterns.add(`${flags}/${value.pattern}`);
      } catch {
        // An invalid pattern is reported when the pack is compiled.
      }
    }
    Object.values(value).forEach(collectPatterns);
  }
}

const { YAML_CACHE_DIR, yamlCacheFile } = await import('../dist/schema/yaml-file.js');
const { bundledRulesDir } = await import('../dist/packs/registry.js');
const { compileSchema, currentKey, describeSchemaErrors, schemaKey, validator } = await import('../dist/schema/validate.js');
const { checkTypes } = await import('../dist/checks/index.js');
const { ruleSchemaFor } = await import('../dist/packs/compile.js');
const { CATEGORIES_FILE } = await import('../dist/vocabulary/categories.js');

/** The schema a bundled file is loaded with (registry.ts, lexicon.ts, categories.ts). */
function schemaOf(dir, name) {
  if (dir !== bundledRulesDir) return 'lexicon';
  return name === CATEGORIES_FILE ? 'categories' : 'pack';
}

/** The schema keys `data` is valid against (its own schema, and a pack's rules' parameter schemas), or a reason it is not. */
function validate(schema, data) {
  const own = validator(schema);
  if (!own(data)) return { problem: describeSchemaErrors(own.errors)?.reason };
  const keys = new Set([schemaKey(schema)]);
  if (schema === 'pack') {
    for (const rule of data.rules) {
      const check = checkTypes.get(rule.check);
      if (!check) return { problem: `rule ${rule.id}: unknown check type "${rule.check}"` };
      const key = `rule:${check.id}`;
      const params = compileSchema(key, () => ruleSchemaFor(check));
      if (!params(rule)) return { problem: `rule ${rule.id}: ${describeSchemaErrors(params.errors)?.reason}` };
      keys.add(currentKey(key, () => ruleSchemaFor(check)));
    }
  }
  return { validated: [...keys].sort() };
}

rmSync(YAML_CACHE_DIR, { recursive: true, force: true });
mkdirSync(YAML_CACHE_DIR, { recursive: true });
for (const dir of [bundledRulesDir, path.join(bundledRulesDir, 'lexicons')]) {
  let names = [];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n));
  } catch {
    continue;
  }
  for (const name of names) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length) continue;
    const data = doc.toJS({ maxAliasCount: 100 });
    const { validated, problem } = validate(schemaOf(dir, name), data);
    if (!validated) {
      console.warn(`precompile-yaml: ${path.join(dir, name)} left uncached, adlint will report it: ${problem}`);
      continue;
    }
    writeFileSync(yamlCacheFile(text), JSON.stringify({ validated, data }));
    collectPatterns(data);
  }
}
writeFileSync(new URL('../dist/safe-patterns.json', import.meta.url), JSON.stringify([...safePatterns].sort()));
// What a project's own YAML parses to depends on the parser: its entries in the user's cache are keyed by this (schema/yaml-file.ts).
writeFileSync(path.join(YAML_CACHE_DIR, 'parser-id'), `yaml@${createRequire(import.meta.url)('yaml/package.json').version}\n`);
