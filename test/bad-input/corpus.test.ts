import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adlint, type JsonMessage, type JsonResult } from '../helpers/cli.js';
import { corpusCases, writeCorpus, type BadCase, type ExpectedProblem } from './cases.js';

/**
 * The whole corpus in one CLI run (as CI lints a repository), then one assertion per case on its
 * entry of the JSON report: the run must survive every file, and each file yields exactly the
 * file-level messages its case expects.
 */
const cases = corpusCases();
let dir: string;
let run: { code: number; stdout: string; stderr: string; ms: number };
let byFile: Map<string, JsonResult>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'adlint-bad-input-'));
  await writeCorpus(dir, cases);
  const started = Date.now();
  // The report goes to a file: with thousands of messages it outgrows a spawn's output buffer.
  const report = path.join(tmpdir(), `${path.basename(dir)}.json`);
  const r = adlint(['.', ...cases.filter((c) => c.explicit).map((c) => c.name), '--format', 'json', '--output-file', report], { cwd: dir });
  run = { ...r, ms: Date.now() - started };
  byFile = new Map();
  try {
    for (const result of JSON.parse(readFileSync(report, 'utf8')) as JsonResult[]) byFile.set(path.relative(dir, result.filePath), result);
  } catch {
    // Left empty: the first test reports the run's output.
  }
  if (process.env.ADLINT_CORPUS_DUMP) console.log(`${cases.length} cases, CLI run ${run.ms} ms`);
  if (process.env.ADLINT_CORPUS_DUMP) writeFileSync(process.env.ADLINT_CORPUS_DUMP, JSON.stringify([...byFile].map(([f, r]) => [f, r.messages.filter(fileLevel).map((m) => `${m.ruleId} ${m.category} ${m.line}:${m.column} ${m.field} ${m.message.slice(0, 150)}`)]), null, 1));
}, 120_000);

/** Coverage notes (info) say what was checked; a bad input is judged by its problems. */
const COVERAGE_NOTES = new Set(['adlint/not-checked', 'adlint/default-placement']);

/** Messages about the file itself rather than its copy: what a bad input must produce. */
function fileLevel(m: JsonMessage): boolean {
  if (COVERAGE_NOTES.has(m.ruleId)) return false;
  return m.ruleId.startsWith('adlint/') || m.category === 'parse' || m.category === 'image-format';
}

function matches(m: JsonMessage, e: ExpectedProblem): boolean {
  return (
    m.ruleId === e.ruleId &&
    (e.category === '*' || m.category === e.category) &&
    m.line === e.line &&
    (e.column === undefined || m.column === e.column) &&
    (e.field === undefined || m.field === e.field) &&
    (e.message === undefined || e.message.test(m.message))
  );
}

describe('bad-input corpus', () => {
  it('holds at least 400 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(400);
  });

  it('survives the whole corpus in one run: exit 1, JSON report, nothing on stderr, within a minute', () => {
    expect(run.stderr).toBe('');
    expect(byFile.size, run.stdout.slice(0, 2000) + run.stderr).toBeGreaterThan(0);
    // Exit 1: lint errors, as the contract says; never a crash (2) or a signal (-1).
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(60_000);
  });

  const describeCase = (c: BadCase): string => `${c.kind}: ${c.name.replace(/\n/g, '\\n')}`;
  it.each(cases.map((c) => [describeCase(c), c] as const))('%s', (_title, c) => {
    const result = byFile.get(c.name);
    if ('absent' in c.expect) {
      expect(result).toBeUndefined();
      return;
    }
    expect(result, `no report entry for ${c.name}`).toBeDefined();
    const messages = result!.messages;
    // Every position lies inside the file: 1-based and ordered.
    for (const m of messages) {
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect(m.column).toBeGreaterThanOrEqual(1);
      expect(m.endLine * 1e9 + m.endColumn).toBeGreaterThanOrEqual(m.line * 1e9 + m.column);
    }
    const actual = messages.filter(fileLevel);
    const show = actual.map((m) => `${m.ruleId} ${m.category} ${m.line}:${m.column} ${m.field} ${m.message}`);
    if ('clean' in c.expect) {
      expect(show).toEqual([]);
      return;
    }
    const expected = c.expect.problems;
    const wantedFileLevel = expected.filter((e) => e.category !== '*');
    expect(actual.length, show.join('\n')).toBe(wantedFileLevel.length);
    wantedFileLevel.forEach((e, i) => expect(matches(actual[i]!, e), `${show[i]}\nexpected ${JSON.stringify({ ...e, message: String(e.message) })}`).toBe(true));
    for (const e of expected.filter((x) => x.category === '*')) {
      expect(messages.some((m) => matches(m, e)), `${e.ruleId} ${String(e.message)} in\n${messages.map((m) => m.message).join('\n')}`).toBe(true);
    }
  });
});
