// Writes dist/yaml-cache/<sha1 of text>.json for every bundled pack and lexicon that parses
// cleanly (see src/schema/yaml-file.ts): the run-time loader then skips YAML parsing for them.
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

const { YAML_CACHE_DIR, yamlCacheKey } = await import('../dist/schema/yaml-file.js');
const { bundledRulesDir } = await import('../dist/packs/registry.js');

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
    writeFileSync(path.join(YAML_CACHE_DIR, `${yamlCacheKey(text)}.json`), JSON.stringify(data));
    collectPatterns(data);
  }
}
writeFileSync(new URL('../dist/safe-patterns.json', import.meta.url), JSON.stringify([...safePatterns].sort()));
