import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../model/message.js';
import { applyFixes } from './apply-fixes.js';

const msg = (start: number, end: number, text: string, ruleId = 'p/r'): LintMessage => ({
  ruleId, severity: 'error', message: '', line: 1, column: 1, endLine: 1, endColumn: 1,
  field: null, category: 'punctuation', platform: null, source: null, fix: { range: [start, end], text },
});

describe('applyFixes', () => {
  it('applies fixes in file order whatever their message order', () => {
    const r = applyFixes('Sale!!! Now!!', [msg(11, 13, '!'), msg(4, 7, '!')]);
    expect(r.output).toBe('Sale! Now!');
    expect(r.applied).toHaveLength(2);
  });
  it('skips a fix that overlaps one already applied', () => {
    const r = applyFixes('abcdef', [msg(1, 4, 'X', 'p/a'), msg(2, 5, 'Y', 'p/b')]);
    expect(r.output).toBe('aXef');
    expect(r.applied.map((m) => m.ruleId)).toEqual(['p/a']);
  });
  it('applies a fix at the very end of a text without a trailing newline', () => {
    expect(applyFixes('end  ', [msg(3, 5, '')]).output).toBe('end');
  });
  it('ignores messages without a fix', () => {
    const plain = { ...msg(0, 1, ''), fix: undefined };
    expect(applyFixes('abc', [plain]).output).toBe('abc');
  });
});
