import { describe, expect, it } from 'vitest';
import type { Creative } from '../../model/creative.js';
import { valueRangeToSpan } from '../../engine/positions.js';
import type { ReadOptions, ReadResult } from '../types.js';
import { FILE_PROBLEMS } from '../file-problems.js';
import { sheetReader } from './reader.js';

const read = (text: string, options: ReadOptions = {}, file = 'export.csv'): Promise<ReadResult> => Promise.resolve(sheetReader.read(text, file, options));

/** The file text a field's value (or value range) maps to. */
function sourceOf(text: string, c: Creative, field: string, range?: [number, number]): string {
  const t = c.texts.get(field)!;
  const [s, e] = range ? valueRangeToSpan(t, range) : t.span;
  return text.slice(s, e);
}

const GOOGLE = [
  'Campaign\tAd group\tKeyword\tHeadline 1\tHeadline 2\tHeadline 3\tHeadline 4\tDescription 1\tDescription 2\tPath 1\tFinal URL',
  'Spring\t\t\t\t\t\t\t\t\t\t',
  'Spring\tShirts\t\t\t\t\t\t\t\t\t',
  'Spring\tShirts\tlinen shirts\t\t\t\t\t\t\t\t',
  'Spring\tShirts\t\tLinen\t"Say ""hi""\tthere"\t\tReturns\t"Line one\r\nline two"\tEasy.\tshirts\thttps://example.com',
].join('\r\n');

describe('sheet reader: built-in mappings', () => {
  it('reads Google Ads Editor ad rows, skipping campaign, ad group and keyword rows', async () => {
    const { creatives, problems } = await read(GOOGLE);
    expect(problems).toEqual([]);
    expect(creatives).toHaveLength(1);
    const [c] = creatives;
    expect(c!.data).toEqual({
      platforms: ['google-ads'],
      placement: 'search',
      // The empty Headline 3 closes up: Headline 4 is the third headline.
      copy: { headlines: ['Linen', 'Say "hi"\tthere', 'Returns'], descriptions: ['Line one\r\nline two', 'Easy.'], path1: 'shirts' },
      landing_url: 'https://example.com',
    });
    expect(c!.index).toBe(0);
    expect(GOOGLE.slice(c!.span[0], c!.span[0] + 6)).toBe('Spring');
    expect(c!.texts.get('copy.headlines[1]')!.style).toBe('CSV_QUOTED');
    expect(c!.texts.get('copy.headlines[0]')!.style).toBe('CSV_PLAIN');
    expect(sourceOf(GOOGLE, c!, 'copy.headlines[1]', [4, 8])).toBe('""hi""');
    expect(sourceOf(GOOGLE, c!, 'copy.descriptions[0]', [10, 18])).toBe('line two');
    expect(sourceOf(GOOGLE, c!, 'copy.headlines[2]')).toBe('Returns');
    const list = c!.spans.get('copy.headlines')!;
    expect(GOOGLE.slice(list[0], list[1])).toBe('Linen\t"Say ""hi""\tthere"\t\tReturns');
  });

  it('reads Meta targeting columns as numbers, lists and categories', async () => {
    const text = [
      'Campaign Name,Ad Name,Title,Body,Link,Image File Name,Age Min,Age Max,Gender,Countries,Special Ad Categories',
      'Spring,Flats,Flats,Sunny flats.,https://example.com,img/flat.jpg,25,65,Women,"US, CA",HOUSING',
      'Spring,Shirts,Shirts,Linen shirts.,https://example.com,https://cdn.example.com/a.jpg,18,65,All,DE,None',
    ].join('\n');
    const { creatives, problems } = await read(text);
    expect(problems).toEqual([]);
    expect(creatives.map((c) => c.data)).toEqual([
      {
        platforms: ['meta'], placement: 'feed', copy: { headline: 'Flats', primary_text: 'Sunny flats.' }, landing_url: 'https://example.com',
        media: [{ path: 'img/flat.jpg', role: 'feed' }], targeting: { age_min: 25, age_max: 65, genders: ['female'], countries: ['US', 'CA'] }, special_ad_category: 'housing',
      },
      // An image given by URL is not fetched, so it is no media entry; "None" is no category.
      { platforms: ['meta'], placement: 'feed', copy: { headline: 'Shirts', primary_text: 'Linen shirts.' }, landing_url: 'https://example.com', targeting: { age_min: 18, age_max: 65, genders: ['all'], countries: ['DE'] } },
    ]);
    const [flats] = creatives;
    const at = (field: string): string => text.slice(...flats!.spans.get(field)!);
    expect(at('targeting.age_min')).toBe('25');
    expect(at('targeting.countries[1]')).toBe('CA');
    expect(at('targeting.genders')).toBe('Women');
    expect(sourceOf(text, flats!, 'media[0].path')).toBe('img/flat.jpg');
  });

  it('finds the Amazon header below the template rows', async () => {
    const text = [
      'TemplateType=fptcustom\tVersion=2023.0101\t\t',
      'SKU\tProduct Name\tBullet Point\tMain Image URL',
      'item_sku\titem_name\tbullet_point1\tmain_image_url',
      'A-1\tLinen Shirt\tSoft\timages/a1.jpg',
    ].join('\n');
    const { creatives } = await read(text, {}, 'flat.tsv');
    expect(creatives.map((c) => c.data)).toEqual([{ platforms: ['amazon'], placement: 'listing', copy: { title: 'Linen Shirt', bullets: ['Soft'] }, media: [{ path: 'images/a1.jpg', role: 'main' }] }]);
  });

  it('puts config defaults under the row and the mapping', async () => {
    const { creatives } = await read(GOOGLE, { defaults: { locale: 'en-GB', placement: 'display' } });
    expect(creatives[0]!.data).toMatchObject({ locale: 'en-GB', placement: 'search' });
  });
});

describe('sheet reader: headers', () => {
  it('skips a sheet that matches no mapping without a message', async () => {
    expect(await read('date,visits\n2024-01-01,12\n')).toEqual({ creatives: [], problems: [] });
  });

  it('reports, once, the columns a recognised header lacks and the mapping tried', async () => {
    const text = 'Campaign,Ad group,Headline 1,Headline 2\nS,G,Linen,Sale\n';
    const { creatives, problems } = await read(text);
    expect(creatives).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ ruleId: 'adlint/parse', span: [0, 0] });
    expect(problems[0]!.reason).toMatch(/^header row lacks the columns "Description 1", "Final URL" that the mapping Google Ads Editor export \(responsive search ads\) \(google-ads-editor: /);
  });

  it('reports a sheet that config claims but no mapping fits, naming the mappings tried', async () => {
    const { problems } = await read('date,visits\n', { sheet: { origin: '.adlint.yaml sheets[0]' } });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toMatch(/^no header row in the first 10 rows matches the mapping tried: .*amazon-flat-file.*google-ads-editor.*meta-ads-manager/);
  });

  it('reads columns named in config, with its platforms, placement and delimiter', async () => {
    const text = 'Titel;Text;Ziel\n"Leinen; Hemden";Leicht.;https://example.de\n';
    const { creatives } = await read(text, { sheet: { platforms: ['meta'], placement: 'story', delimiter: ';', columns: { 'copy.headline': 'Titel', 'copy.primary_text': 'Text', landing_url: 'Ziel' } } });
    expect(creatives[0]!.data).toEqual({ platforms: ['meta'], placement: 'story', copy: { headline: 'Leinen; Hemden', primary_text: 'Leicht.' }, landing_url: 'https://example.de' });
  });

  it('checks a renamed required column under its config name', async () => {
    const text = 'Kampagne,Anzeigengruppe,Überschrift 1,Headline 1\nS,G,Leinen,x\n';
    const sheet = { mapping: 'google-ads-editor', columns: { 'copy.headlines[0]': 'Überschrift 1' }, origin: 'c sheets[0]' };
    const { problems } = await read(text, { sheet });
    expect(problems[0]!.reason).toMatch(/lacks the columns "Description 1", "Final URL"/);
  });

  it('reports an unknown mapping id', async () => {
    const { problems } = await read('a\n', { sheet: { mapping: 'tiktok', origin: 'x.yaml sheets[1]' } });
    expect(problems).toMatchObject([{ ruleId: 'adlint/schema', reason: expect.stringMatching(/^unknown sheet mapping "tiktok" \(x\.yaml sheets\[1\]\); built-in mappings: amazon-flat-file, google-ads-editor, meta-ads-manager$/) }]);
  });
});

describe('sheet reader: bad rows', () => {
  const header = 'Campaign Name,Ad Name,Title,Body,Link,Age Min\n';

  it('reports a ragged row and still reads the others', async () => {
    const text = `${header}S,A,T,Body one,https://a,18,extra\nS,B,T,Body two,https://b,18\n`;
    const { creatives, problems } = await read(text);
    expect(problems).toMatchObject([{ ruleId: 'adlint/parse', span: [header.length, header.length], reason: 'row has 7 cells but the header has 6: cells cannot be matched to columns, so this row is not linted' }]);
    expect(creatives.map((c) => c.data.copy?.primary_text)).toEqual(['Body two']);
  });

  it('reports a cell that is not a whole number at the cell, and reads the rest of the row', async () => {
    const text = `${header}S,A,T,Body,https://a,eighteen\n`;
    const { creatives, problems } = await read(text);
    const at = text.indexOf('eighteen');
    expect(problems).toEqual([{
      ruleId: 'adlint/schema', category: 'schema', span: [at, at + 8], reason: 'Age Min: expected a whole number, got "eighteen"',
      messageId: 'sheet-not-integer', data: { column: 'Age Min', value: 'eighteen' }, wording: FILE_PROBLEMS['sheet-not-integer'],
    }]);
    expect(creatives[0]!.data.targeting).toBeUndefined();
  });

  it('lints the rows before an unclosed quote and reports the quote', async () => {
    const text = `${header}S,A,T,Fine,https://a,18\nS,B,"Open,Body,https://b,18\nS,C,T,Lost,https://c,18\n`;
    const { creatives, problems } = await read(text);
    expect(creatives).toHaveLength(1);
    const at = text.indexOf('"Open');
    expect(problems).toMatchObject([{ ruleId: 'adlint/parse', span: [at, at + 1], reason: expect.stringMatching(/^unclosed quote/) }]);
  });

  it('says nothing about an unclosed quote in a sheet that is not an ad sheet', async () => {
    expect(await read('a,b\n"open,1\n')).toEqual({ creatives: [], problems: [] });
  });

  it('falls back to the row position when a cell is not what it seems', async () => {
    // A relaxed quote the parser reads its own way: positions are not trusted, values still are.
    const text = `${header}S,A,"T,U"x,Body,https://a,18\n`;
    const { creatives } = await read(text);
    expect(creatives[0]!.data.copy).toEqual({ headline: '"T,U"x', primary_text: 'Body' });
    const t = creatives[0]!.texts.get('copy.headline')!;
    expect(t.map).toBeNull();
    expect(t.span).toEqual([header.length, header.length]);
  });
});
