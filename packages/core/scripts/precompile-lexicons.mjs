// Writes dist/lexicon-cache/: `compiler-id`, a hash of the source that decides what a lexicon
// compiles to (text folding, the matchers, the schemas that validate a lexicon), and one compiled
// entry per bundled lexicon (see src/matchers/compiled-lexicons.ts). A lexicon is then read from
// its entry instead of parsed and compiled on every run; an edited or other lexicon is compiled
// once and kept in the user's cache folder.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const core = fileURLToPath(new URL('..', import.meta.url));
const hash = createHash('sha1').update(JSON.parse(readFileSync(path.join(core, 'package.json'), 'utf8')).version);
for (const dir of ['src/text', 'src/matchers', 'schema']) {
  for (const name of readdirSync(path.join(core, dir)).filter((n) => !n.endsWith('.test.ts')).sort()) {
    hash.update(`${dir}/${name}\u0000`).update(readFileSync(path.join(core, dir, name))).update('\u0000');
  }
}
const { BUILD_LEXICON_CACHE_DIR, compiledLexiconKey, writeCompiledLexicon } = await import('../dist/matchers/compiled-lexicons.js');
const { loadLexicon } = await import('../dist/matchers/lexicon.js');
const { bundledRulesDir } = await import('../dist/package-paths.js');

rmSync(BUILD_LEXICON_CACHE_DIR, { recursive: true, force: true });
mkdirSync(BUILD_LEXICON_CACHE_DIR, { recursive: true });
const id = hash.digest('hex');
const dir = path.join(bundledRulesDir, 'lexicons');
let names = [];
try {
  // Subfolders too: the product lexicons (lexicons/products/) tell categories on every run.
  names = readdirSync(dir, { recursive: true }).filter((n) => /\.ya?ml$/.test(n));
} catch {
  // A build without bundled lexicons.
}
for (const name of names) {
  const file = path.join(dir, name);
  // Compiled without the id in place, so nothing is read from a stale cache.
  const lexicon = loadLexicon(file);
  const { name: lexiconName, source } = lexicon;
  writeCompiledLexicon(
    compiledLexiconKey(readFileSync(file), id),
    { data: { name: lexiconName, ...(source ? { source } : {}), terms: [...lexicon.matcher.entries] }, tables: lexicon.matcher.tables() },
    BUILD_LEXICON_CACHE_DIR,
  );
}
writeFileSync(path.join(BUILD_LEXICON_CACHE_DIR, 'compiler-id'), `${id}\n`);
