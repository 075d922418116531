import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adlintJson, repoRoot } from './helpers/cli.js';

/**
 * The precision corpus: `test/corpus/clean/<pack>/` holds realistic creatives that comply with
 * that pack. Linted through the CLI (JSON format), none may produce an error, and the warnings and
 * infos they produce must match `test/corpus/clean/expected-warnings.json`, so a change in noise
 * shows up in review. After a deliberate change, regenerate the list with
 *
 *   UPDATE_CORPUS=1 npx vitest run test/corpus.test.ts
 *
 * and review its diff. A folder named after a pack is linted with `--platform <pack>`; any other
 * folder uses the platforms its creatives name.
 */
const corpusDir = path.join(repoRoot, 'test/corpus/clean');
const expectedFile = path.join(corpusDir, 'expected-warnings.json');
const MIN_CREATIVES = 50;
const update = process.env.UPDATE_CORPUS === '1';

const { parse } = createRequire(path.join(repoRoot, 'packages/core/package.json'))('yaml') as typeof import('yaml');

const folders = readdirSync(corpusDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

interface Linted {
  errors: string[];
  noise: string[];
}

/** `tiktok/cjk.ad.yaml:12:22 warning tiktok/ad-text-length copy.primary_text`, sorted. */
function lintFolder(folder: string): Linted {
  const dir = path.join(corpusDir, folder);
  const isPack = existsSync(path.join(repoRoot, 'rules', `${folder}.yaml`));
  const { code, results, stderr } = adlintJson([path.relative(repoRoot, dir), ...(isPack ? ['--platform', folder] : [])]);
  if (code === 2) throw new Error(`adlint failed on ${folder}: ${stderr}`);
  const errors: string[] = [];
  const noise: string[] = [];
  for (const r of results) {
    const file = path.relative(corpusDir, r.filePath).split(path.sep).join('/');
    for (const m of r.messages) {
      const line = `${file}:${m.line}:${m.column} ${m.severity} ${m.ruleId} ${m.field ?? '-'}`;
      if (m.severity === 'error') errors.push(`${line}: ${m.message}`);
      else noise.push(line);
    }
  }
  const byPosition = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });
  return { errors: errors.sort(byPosition), noise: noise.sort(byPosition) };
}

/** Creatives in a folder's manifests (a `creatives:` list counts each item). */
function countCreatives(folder: string): number {
  let n = 0;
  for (const name of readdirSync(path.join(corpusDir, folder))) {
    if (!/\.ad\.(ya?ml|json)$/.test(name)) continue;
    const doc = parse(readFileSync(path.join(corpusDir, folder, name), 'utf8')) as { creatives?: unknown[] } | null;
    n += Array.isArray(doc?.creatives) ? doc.creatives.length : 1;
  }
  return n;
}

const linted = new Map<string, Linted>();
let expected: Record<string, string[]> = {};

beforeAll(() => {
  for (const folder of folders) linted.set(folder, lintFolder(folder));
  if (update) {
    const out = Object.fromEntries([...linted].map(([folder, l]) => [folder, l.noise]));
    writeFileSync(expectedFile, `${JSON.stringify(out, null, 2)}\n`);
  }
  expected = existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, string[]>) : {};
}, 120_000);

describe('precision corpus', () => {
  it('has corpus folders', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it('lists expected warnings only for folders that exist', () => {
    expect(Object.keys(expected).sort()).toEqual(folders);
  });

  describe.each(folders)('%s', (folder) => {
    it(`holds at least ${MIN_CREATIVES} creatives`, () => {
      expect(countCreatives(folder)).toBeGreaterThanOrEqual(MIN_CREATIVES);
    });

    it('produces no errors', () => {
      expect(linted.get(folder)!.errors).toEqual([]);
    });

    it('produces exactly the warnings in expected-warnings.json (UPDATE_CORPUS=1 to regenerate)', () => {
      expect(linted.get(folder)!.noise).toEqual(expected[folder] ?? []);
    });
  });
});
