import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toFileEdit } from '../../engine/positions.js';
import { fixFile } from '../../fix/fix-file.js';
import { Linter } from '../../linter.js';
import { sheetReader } from './reader.js';

const META = [
  'Campaign Name,Ad Name,Title,Body,Link,Age Min,Age Max,Gender,Special Ad Categories',
  'Flats,Park,"Flats ""near"" the park","Sunny flats,\r\nno fees.",https://example.com,25,65,All,HOUSING',
].join('\r\n') + '\r\n';

async function creativeOf(text: string) {
  const { creatives } = await sheetReader.read(text, 'meta.csv', {});
  return creatives[0]!;
}

describe('fixes inside CSV cells', () => {
  it('doubles quotes written into a quoted cell, line breaks and delimiters allowed', async () => {
    const c = await creativeOf(META);
    const title = c.texts.get('copy.headline')!;
    const edit = toFileEdit(title, { range: [0, 5], text: 'Homes, "big"\nones' })!;
    expect(META.slice(...edit.range)).toBe('Flats');
    expect(edit.text).toBe('Homes, ""big""\nones');
  });

  it('refuses to write a delimiter, quote or line break into an unquoted cell', async () => {
    const text = 'Campaign Name,Ad Name,Title,Body,Link\nS,A,Flats,Sunny,https://example.com\n';
    const title = (await creativeOf(text)).texts.get('copy.headline')!;
    expect(title.style).toBe('CSV_PLAIN');
    for (const bad of ['a,b', 'a;b', 'a\tb', 'say "x"', 'a\nb']) expect(toFileEdit(title, { range: [0, 5], text: bad })).toBeNull();
    expect(toFileEdit(title, { range: [0, 5], text: 'Homes' })).toEqual({ range: [text.indexOf('Flats'), text.indexOf('Flats') + 5], text: 'Homes' });
  });

  it('refuses an edit that would cut a doubled quote in half', async () => {
    const title = (await creativeOf(META)).texts.get('copy.headline')!;
    // Unit 6 is the `"` written as `""`.
    expect(toFileEdit(title, { range: [6, 7], text: "'" })).toBeNull();
  });

  it('fixes a UTF-16 sheet in place: only the cell changes, encoding, BOM, quoting and line ends stay', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'adlint-sheet-fix-'));
    const file = path.join(dir, 'meta.csv');
    const encode = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    writeFileSync(file, encode(META));
    const linter = new Linter();
    const result = await fixFile(linter, file, {}, { write: true });
    expect(result.messages.map((m) => m.ruleId)).not.toContain('meta/special-category-age');
    expect(readFileSync(file).equals(encode(META.replace(',25,', ',18,')))).toBe(true);
    const again = await fixFile(linter, file, {}, { write: true });
    expect(again.output).toBeUndefined();
    expect(again.fixableCount).toBe(0);
  });
});
