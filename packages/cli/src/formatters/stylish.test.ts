import { describe, expect, it } from 'vitest';
import type { FileResult, LintMessage } from '@adlint/core';
import { stringWidthLoaded } from './display-width.js';
import { format, stream } from './stylish.js';
import type { FormatterContext } from './types.js';

function result(file: string, text: string): FileResult {
  const m: LintMessage = { ruleId: 'p/r', severity: 'error', message: text, line: 1, column: 1, endLine: 1, endColumn: 2, category: 'claim', platform: 'p' };
  return { filePath: `/repo/${file}`, messages: [m, { ...m, line: 12, message: 'short' }], errorCount: 2, warningCount: 0, infoCount: 0, fixableCount: 0 };
}

const context: FormatterContext = { cwd: '/repo', color: false, version: '1.2.3', rules: new Map() };

function streamInto(out: string[]) {
  return stream({ cwd: '/repo', color: false, version: '1.2.3', rule: () => undefined, write: (t) => out.push(t), keep: () => ({ add: () => {}, replay: () => [] }) });
}

// In this order: string-width is loaded once, for the rest of the file.
describe('stylish and string-width', () => {
  it('writes a report of fixed-width text (Chinese, typographic quotes) without loading string-width', async () => {
    const out: string[] = [];
    const writer = streamInto(out);
    writer.file(result('a.ad.yaml', '“最佳”是绝对化用语，请删掉。'), () => undefined);
    expect(out.join('')).toContain('a.ad.yaml');
    await writer.ready?.();
    writer.end();
    expect(stringWidthLoaded()).toBe(false);
    // 28 columns: the quotes one each, the Chinese characters and fullwidth punctuation two.
    expect(out.join('')).toContain(`  1:1   error  “最佳”是绝对化用语，请删掉。  p/r\n  12:1  error  short${' '.repeat(28 - 5 + 2)}p/r\n`);
  });

  it('holds a result back while string-width loads, and every later one behind it, keeping the files’ order', async () => {
    const results = [result('a.ad.yaml', 'plain'), result('b.ad.yaml', 'Spring sale 🌸🌸 e\u0301'), result('c.ad.yaml', '不得使用“最”')];
    const out: string[] = [];
    const writer = streamInto(out);
    for (const r of results) writer.file(r, () => undefined);
    expect(out.join('')).toContain('a.ad.yaml');
    expect(out.join('')).not.toContain('b.ad.yaml');
    expect(out.join('')).not.toContain('c.ad.yaml');
    await writer.ready!();
    writer.end();
    const text = out.join('');
    expect(text.indexOf('a.ad.yaml')).toBeLessThan(text.indexOf('b.ad.yaml'));
    expect(text.indexOf('b.ad.yaml')).toBeLessThan(text.indexOf('c.ad.yaml'));
    // Emoji two columns each, the combining accent none: "short" is padded to 18 columns.
    expect(text).toContain(`  12:1  error  short${' '.repeat(18 - 5 + 2)}p/r\n`);
    expect(stringWidthLoaded()).toBe(true);
    expect(await format(results, context)).toBe(text);
  });
});
