import { describe, expect, it } from 'vitest';
import type { FileResult, LintMessage } from '@adlint/core';
import { Spill } from '../spill.js';
import { format as json, stream as jsonStream } from './json.js';
import { format as sarif, stream as sarifStream } from './sarif.js';
import type { FormatterContext, StreamContext, StreamFormatter } from './types.js';

function message(ruleId: string, line: number, over: Partial<LintMessage> = {}): LintMessage {
  return { ruleId, severity: 'error', message: `"${ruleId}" at ${line}\nsecond line 最佳`, line, column: 1, endLine: line, endColumn: 5, category: 'claim', ...over };
}

/** Files with and without findings, silenced ones, fixes: what a multi-file run gives. */
const results: FileResult[] = Array.from({ length: 40 }, (_, i) => {
  const messages = i % 3 === 0 ? [] : [message(`p/r${i % 5}`, i + 1, i % 4 === 0 ? { fix: { range: [0, 2], text: 'x' } } : {}), message('adlint/parse', 2, { severity: 'warning' })];
  const errorCount = messages.filter((m) => m.severity === 'error').length;
  return {
    filePath: `/repo/ads/ad-${i}.ad.yaml`, messages, errorCount, warningCount: messages.length - errorCount, infoCount: 0, fixableCount: messages.filter((m) => m.fix).length,
    ...(i % 7 === 1 ? { suppressedMessages: [{ ...message('p/r9', 3), suppressions: [{ kind: 'directive' as const, justification: 'approved' }] }] } : {}),
    ...(i % 2 ? { coverage: [] } : {}),
  };
});

const context: FormatterContext = { cwd: '/repo', color: false, version: '1.2.3', rules: new Map([['p/r1', { description: 'R1', severity: 'error' }]]) };

/** Streams through spills far smaller than the report, so both the text and the kept results go to disk. */
function streamed(stream: StreamFormatter): string {
  const out = new Spill(64);
  const spills = [out];
  const ctx: StreamContext = {
    cwd: context.cwd, color: false, version: context.version, rule: (id) => context.rules.get(id), write: (t) => out.write(t),
    keep: () => {
      const s = new Spill(64);
      spills.push(s);
      return { add: (r) => s.writeLine(JSON.stringify(r)), *replay() { for (const l of s.lines()) yield JSON.parse(l) as FileResult; } };
    },
  };
  const writer = stream(ctx);
  for (const r of results) writer.file(r, () => undefined);
  writer.end();
  const text = [...out.read()].join('');
  for (const s of spills) s.dispose();
  return text;
}

describe('streamed reports', () => {
  it('json: written file by file through disk, the same text as the whole list in one JSON.stringify', () => {
    const text = streamed(jsonStream);
    expect(text).toBe(json(results, context));
    expect(text).toBe(JSON.stringify(JSON.parse(text)));
    expect(JSON.parse(text)).toHaveLength(40);
    expect(json([], context)).toBe('[]');
  });

  it('sarif: results written after the rule list, exactly as JSON.stringify(log, null, 2) lays them out', () => {
    const text = streamed(sarifStream);
    expect(text).toBe(sarif(results, context));
    const log = JSON.parse(text);
    expect(text).toBe(JSON.stringify(log, null, 2));
    const run = log.runs[0];
    const expected = results.flatMap((r) => [...r.messages, ...(r.suppressedMessages ?? [])].map((m) => m.ruleId));
    expect(run.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(expected);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    const empty = sarif([], context);
    expect(empty).toBe(JSON.stringify(JSON.parse(empty), null, 2));
    expect(JSON.parse(empty).runs[0].results).toEqual([]);
  });
});

describe('Spill', () => {
  it('gives back what was written, in order, from memory or from disk', () => {
    for (const limit of [1 << 20, 10]) {
      const s = new Spill(limit);
      const lines = Array.from({ length: 500 }, (_, i) => `line ${i} 最佳 ${'x'.repeat(i % 50)}`);
      for (const l of lines) s.writeLine(l);
      expect([...s.lines()]).toEqual(lines);
      s.dispose();
    }
  });
});
