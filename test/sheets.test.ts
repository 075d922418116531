import { copyFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineIndex, applyFixes, type LintMessage } from '@adlint/core';
import { adlint, adlintJson, repoRoot, tempProject, type JsonMessage } from './helpers/cli.js';

const examples = path.join(repoRoot, 'examples/sheets');

/** A sheet's text as adlint reads it: UTF-16 LE when it starts with that BOM, else UTF-8. */
function sheetText(file: string): string {
  const bytes = readFileSync(file);
  return bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le') : bytes.toString('utf8');
}

/** What a message points at, by its line and column (UTF-16 units, the BOM taking none). */
function pointed(text: string, m: JsonMessage): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offset(m.line, m.column), lines.offset(m.endLine, m.endColumn));
}

const summary = (text: string, messages: JsonMessage[]): [string, string | null, number, number, number, number, string][] =>
  messages.map((m) => [m.ruleId, m.field, m.line, m.column, m.endLine, m.endColumn, pointed(text, m)]);

describe('sample exports', () => {
  it('Google Ads Editor (UTF-16 LE, tabs, CRLF): the characters over the limit, inside quoted and multi-line cells', () => {
    const file = path.join(examples, 'google-ads-editor.csv');
    const { code, results } = adlintJson([file]);
    expect(code).toBe(1);
    const text = sheetText(file);
    expect(summary(text, results[0]!.messages)).toEqual([
      // `"Breathable ""Linen"" Summer Dresses for You"`: the doubled quotes count once in the value, twice in the column.
      ['google-ads/rsa-headline-length', 'copy.headlines[1]', 6, 97, 6, 108, 'ses for You'],
      // Description 1 holds a line break: the excess is on the cell's second line.
      ['google-ads/rsa-description-length', 'copy.descriptions[0]', 7, 54, 7, 63, ' batches.'],
    ]);
  });

  it('Meta Ads Manager (UTF-8, commas): copy, targeting numbers and lists', () => {
    const file = path.join(examples, 'meta-ads-manager.csv');
    const { results } = adlintJson([file]);
    const text = sheetText(file);
    expect(summary(text, results[0]!.messages)).toEqual([
      ['meta/primary-text-length', 'copy.primary_text', 3, 193, 3, 206, 'availability.'],
      ['meta/description-length', 'copy.description', 3, 238, 3, 242, 'onth'],
      ['meta/special-category-age', 'targeting.age_min', 3, 270, 3, 272, '25'],
      ['meta/special-category-dimensions', 'targeting.genders', 3, 276, 3, 281, 'Women'],
    ]);
  });

  it('Amazon flat file (tabs, header on the third row)', () => {
    const file = path.join(examples, 'amazon-flat-file.tsv');
    const { results } = adlintJson([file]);
    const text = sheetText(file);
    expect(summary(text, results[0]!.messages)).toEqual([
      ['amazon/title-length-mobile', 'copy.title', 5, 92, 5, 168, 's, Relaxed Fit, Sage Green, Size Medium, Made in Portugal from European Flax'],
    ]);
  });

  it('a fix from the JSON report edits only its cell, and the fixed sheet lints clean of it', () => {
    const dir = tempProject({});
    const file = path.join(dir, 'meta.csv');
    copyFileSync(path.join(examples, 'meta-ads-manager.csv'), file);
    // Image paths in the sample are relative to examples/sheets.
    const text = sheetText(file).replaceAll('../spring-sale/', `${path.join(repoRoot, 'examples/spring-sale')}/`);
    writeFileSync(file, text);
    // The images stay in the repository, outside the temporary project: reading them is opted in.
    const before = adlintJson([file, '--allow-outside-project']).results[0]!;
    expect(before.fixableCount).toBe(1);
    const { output, applied } = applyFixes(text, before.messages as LintMessage[]);
    expect(applied.map((m) => m.ruleId)).toEqual(['meta/special-category-age']);
    expect(output).toBe(text.replace(',25,65,Women,', ',18,65,Women,'));
    writeFileSync(file, output);
    const after = adlintJson([file, '--allow-outside-project']).results[0]!;
    expect(after.messages.map((m) => m.ruleId)).toEqual(['meta/primary-text-length', 'meta/description-length', 'meta/special-category-dimensions']);
    expect(after.fixableCount).toBe(0);
  });
});

describe('--fix on sheets', () => {
  it('rewrites only the offending cell, keeping the delimiter, the quoting and every other byte', () => {
    const dir = tempProject({});
    const file = path.join(dir, 'meta.csv');
    copyFileSync(path.join(examples, 'meta-ads-manager.csv'), file);
    const text = sheetText(file).replaceAll('../spring-sale/', `${path.join(repoRoot, 'examples/spring-sale')}/`);
    writeFileSync(file, text);
    adlint(['--fix', file]);
    expect(readFileSync(file, 'utf8')).toBe(text.replace(',25,65,Women,', ',18,65,Women,'));
    expect(adlintJson([file]).results[0]!.fixableCount).toBe(0);
  });
});

describe('which CSV files are ad sheets', () => {
  it('walks *.csv and *.tsv in folders, and skips a CSV that matches no mapping without a message', () => {
    const dir = tempProject({
      'data/visits.csv': 'date,visits\n2024-01-01,12\n',
      'ads/rsa.TSV': 'Campaign\tAd group\tHeadline 1\tDescription 1\tFinal URL\nS\tG\tLinen shirts that breathe in any summer heat\tLight.\thttps://example.com\n',
    });
    const { code, results } = adlintJson(['.'], { cwd: dir });
    expect(code).toBe(1);
    expect(results.map((r) => [path.relative(dir, r.filePath), r.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`)])).toEqual([
      // Counts point at the list's cells: one headline, one description.
      ['ads/rsa.TSV', ['google-ads/rsa-headline-count@2:5', 'google-ads/rsa-headline-length@2:35', 'google-ads/rsa-description-count@2:50']],
      ['data/visits.csv', []],
    ]);
  });

  it('reads a sheet with the columns, platforms, placement and delimiter config names', () => {
    const dir = tempProject({
      '.adlint.yaml': 'sheets:\n  - files: "*.csv"\n    platforms: [meta]\n    placement: feed\n    delimiter: ";"\n    columns:\n      copy.headline: Titel\n      copy.primary_text: Text\n',
      'anzeigen.csv': 'Titel;Text\n"Leichte Leinenhemden; atmungsaktiv, in zwölf Farben";Kurz.\n',
    });
    const { results } = adlintJson(['anzeigen.csv'], { cwd: dir });
    const text = readFileSync(path.join(dir, 'anzeigen.csv'), 'utf8');
    expect(summary(text, results[0]!.messages)).toEqual([['meta/headline-length', 'copy.headline', 2, 42, 2, 53, 'wölf Farben']]);
  });
});

describe('bad sheets', () => {
  const HEADER = 'Campaign Name,Ad Name,Title,Body,Link\n';
  const files = {
    'good.csv': `${HEADER}S,A,Linen,Linen shirts.,https://example.com\n`,
    'missing.csv': 'Campaign,Ad group,Headline 1\nS,G,Linen\n',
    'ragged.csv': `${HEADER}S,A,Linen,Body,https://example.com,extra\nS,B,Linen,Body,https://example.com\n`,
    'unclosed.csv': `${HEADER}S,A,Linen,Body,https://example.com\nS,B,"Linen,Body,https://example.com\n`,
    'binary.csv': Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x00, 0x00]),
    'workbook.csv': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
    'huge.csv': '',
    'claimed.csv': 'date,visits\n',
    '.adlint.yaml': 'sheets:\n  - files: claimed.csv\n    mapping: meta-ads-manager\n',
  };

  it('reports each at its line and column and still lints the other files, without a stack trace', () => {
    const dir = tempProject(files);
    // 200 MB without writing them: a sparse file; the size check comes before reading.
    truncateSync(path.join(dir, 'huge.csv'), 200 * 1024 * 1024);
    const { code, results, stderr } = adlintJson(['.'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const byFile = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r.messages.map((m) => [m.ruleId, m.line, m.column, m.message])]));
    expect(byFile).toEqual({
      'binary.csv': [['adlint/parse', 1, 1, expect.stringMatching(/^binary file, not CSV text: export the sheet as CSV/)]],
      'claimed.csv': [['adlint/parse', 1, 1, expect.stringMatching(/^no header row in the first 10 rows matches the mapping tried: Meta Ads Manager bulk export \(meta-ads-manager: a header with Campaign Name, Ad Name, Body\)/)]],
      'good.csv': [],
      'huge.csv': [['adlint/parse', 1, 1, 'file is 209715200 bytes, over the 67108864-byte limit (max_file_size): not read']],
      'missing.csv': [['adlint/parse', 1, 1, expect.stringMatching(/^header row lacks the columns "Description 1", "Final URL" that the mapping Google Ads Editor export \(responsive search ads\)/)]],
      'ragged.csv': [['adlint/parse', 2, 1, 'row has 6 cells but the header has 5: cells cannot be matched to columns, so this row is not linted']],
      'unclosed.csv': [['adlint/parse', 3, 5, expect.stringMatching(/^unclosed quote/)]],
      'workbook.csv': [['adlint/parse', 1, 1, expect.stringMatching(/^this file is a ZIP archive such as an Excel workbook \(\.xlsx\), not CSV text: export the sheet as CSV/)]],
    });
  });

  it('prints bad-input messages in the default format too', () => {
    const dir = tempProject({ 'workbook.csv': files['workbook.csv'] });
    const r = adlint(['workbook.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1:1  error  this file is a ZIP archive such as an Excel workbook (.xlsx), not CSV text');
    expect(r.stderr).toBe('');
  });
});
