// The import graph between the top-level areas of packages/core/src (a folder, or a root module
// such as linter.ts), read from import and export statements; test/architecture.test.ts holds it
// to the layer order.
//   node scripts/import-graph.mjs        one line per area: the areas it imports, with counts
//   node scripts/import-graph.mjs -v     also every file-to-file import between areas
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const coreSrc = path.join(root, 'packages/core/src');

/** `checks/terms.ts` → `checks`; `linter.ts` → `linter`. */
export function areaOf(relative) {
  const parts = relative.split('/');
  return parts.length === 1 ? parts[0].replace(/\.ts$/, '') : parts[0];
}

/** Every import of one area's module from another's, tests excluded (they may reach anywhere). */
export function crossAreaImports(srcDir = coreSrc) {
  const out = [];
  for (const entry of readdirSync(srcDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const from = path.relative(srcDir, file).split(path.sep).join('/');
    // The compiler's own scanner: finds static, type-only, re-export and dynamic imports alike.
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = path.relative(srcDir, path.resolve(path.dirname(file), fileName.replace(/\.js$/, '.ts'))).split(path.sep).join('/');
      if (areaOf(from) !== areaOf(to)) out.push({ from, to, fromArea: areaOf(from), toArea: areaOf(to) });
    }
  }
  return out.sort((a, b) => `${a.from} ${a.to}`.localeCompare(`${b.from} ${b.to}`));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const imports = crossAreaImports();
  const byArea = new Map();
  for (const i of imports) {
    const targets = byArea.get(i.fromArea) ?? new Map();
    targets.set(i.toArea, (targets.get(i.toArea) ?? 0) + 1);
    byArea.set(i.fromArea, targets);
  }
  for (const [area, targets] of [...byArea].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${area.padEnd(14)} -> ${[...targets].sort(([a], [b]) => a.localeCompare(b)).map(([t, n]) => `${t}(${n})`).join(', ')}`);
  }
  if (process.argv.includes('-v')) for (const i of imports) console.log(`  ${i.from} -> ${i.to}`);
}
