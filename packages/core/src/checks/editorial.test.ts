import { describe, expect, it } from 'vitest';
import { testInput, testRule } from '../../test-helpers/check-context.js';
import { capitalizationCheck } from './capitalization.js';
import { punctuationCheck } from './punctuation.js';
import { repetitionCheck } from './repetition.js';
import { symbolsCheck } from './symbols.js';
import { whitespaceCheck } from './whitespace.js';

const HOSTILE = ['a\ud800b', 'cafe\u0301 CAFE\u0301', '\u202bשלום\u202c!!', '👩‍👩‍👧👩‍👩‍👧 ok', `${'word '.repeat(20_000)}!!`];

describe('capitalization', () => {
  it('reports a text’s ALL CAPS words and gimmicky mixed case as one finding, not allowed acronyms or brand casing', async () => {
    const run = capitalizationCheck.compile({ allow: ['ASAP'] }, testRule());
    const reports = await run(testInput({ copy: { headline: 'FREE Flowers ASAP on iPhone, FlOwErS, TV' } }));
    expect(reports.map((r) => [r.data!.found, r.data!.kind, r.data!.count, r.range])).toEqual([['FREE, FlOwErS', 'all caps and mixed case', 2, [0, 36]]]);
    expect(reports[0]!.suggestions).toEqual([{ desc: 'Write "Free Flowers ASAP on iPhone, Flowers"', edit: { range: [0, 36], text: 'Free Flowers ASAP on iPhone, Flowers' } }]);
  });
  it('makes Title Case the fix when the rule says so', async () => {
    const [r] = await capitalizationCheck.compile({ title_case_fix: true }, testRule())(testInput({ copy: { headline: 'BIG sale' } }));
    expect(r!.fix).toEqual({ range: [0, 3], text: 'Big' });
  });
  it('tells initialisms from shouting with the dictionary: listed capitals, short non-words and codes pass', async () => {
    const run = capitalizationCheck.compile({}, testRule());
    const clean = [
      'NASA-grade foil, SPF 50 and UVA/UVB filters',
      'HDR video, OLED panel, HDMI 2.1 and USB3 ports',
      'LED strip lights with BPA-free clips and UPF 50 fabric',
      '16 GB RAM, 512 GB SSD, Wi-Fi 6',
      'DIY kit for HVAC filters, FAQ and PDF guide included',
      'Mouse with 3 DPI levels and 4 LEDs at 2.4 GHz, 1000 FPS sensor',
    ];
    for (const headline of clean) expect(await run(testInput({ copy: { headline } })), headline).toEqual([]);
    const shouted = await run(testInput({ copy: { headline: 'SHOP NOW: BIG DEALS on LED lights' } }));
    expect(shouted.map((r) => r.data!.found)).toEqual(['SHOP, NOW, BIG, DEALS']);
    expect(shouted[0]!.range).toEqual([0, 19]);
    const [gimmicky] = await run(testInput({ copy: { headline: 'RUNning Shoes' } }));
    expect(gimmicky!.data).toMatchObject({ found: 'RUNning', kind: 'mixed case', suggestion: 'Running' });
  });
});

describe('punctuation', () => {
  it('collapses repeated marks, fullwidth included', async () => {
    const run = punctuationCheck.compile({ repeated: true }, testRule());
    const reports = await run(testInput({ copy: { headline: 'Sale!!! Really?! 好！！' } }));
    expect(reports.map((r) => [r.data!.found, r.fix])).toEqual([
      ['!!!', { range: [4, 7], text: '!' }],
      ['?!', { range: [14, 16], text: '?' }],
      ['！！', { range: [18, 20], text: '！' }],
    ]);
  });
  it('reports forbidden marks, spaces before marks, unbalanced pairs', async () => {
    const text = testInput({ copy: { headline: 'Sale ! (today “only' } });
    expect((await punctuationCheck.compile({ forbid: '!' }, testRule())(text)).map((r) => r.range)).toEqual([[5, 6]]);
    expect((await punctuationCheck.compile({ space_before: true }, testRule())(text)).map((r) => r.fix)).toEqual([{ range: [4, 5], text: '' }]);
    expect((await punctuationCheck.compile({ balanced: true }, testRule())(text)).map((r) => r.range)).toEqual([[7, 8], [14, 15]]);
    expect(await punctuationCheck.compile({ balanced: true }, testRule())(testInput({ copy: { headline: 'Say "hi" (now) 「好」' } }))).toEqual([]);
  });
});

describe('symbols', () => {
  it('reports forbidden characters by code point', async () => {
    const reports = await symbolsCheck.compile({ forbid: '!$?_{}^¬¦' }, testRule())(testInput({ copy: { title: 'Shirt $20 {new}' } }));
    expect(reports.map((r) => r.data!.found)).toEqual(['$', '{', '}']);
  });
  it('forbids emoji, a ZWJ family counting as one', async () => {
    const reports = await symbolsCheck.compile({ emoji: 'forbid' }, testRule())(testInput({ copy: { headline: 'Hi 👩‍👩‍👧 ©' } }));
    expect(reports.map((r) => r.range)).toEqual([[3, 11]]);
  });
  it('reports emoji past the maximum', async () => {
    const reports = await symbolsCheck.compile({ max_emoji: 1 }, testRule())(testInput({ copy: { body: '🌸 spring 🌸 sale 🇺🇸' } }));
    expect(reports.map((r) => [r.data!.found, r.data!.count])).toEqual([['🌸', 3], ['🇺🇸', 3]]);
  });
  it('finds every kind of emoji in non-ASCII text (keycaps, flags, skin tones, ©️, ZWJ, tags), and none in plain Chinese', async () => {
    const run = symbolsCheck.compile({ emoji: 'forbid' }, testRule());
    const kinds = ['1️⃣', '#️⃣', '🇨🇳', '👍🏽', '🏽', '©️', '‼️', '🧑‍🦰', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '☝️', '🀄'];
    // Each in a text of its own: one pictograph in the text must not be what lets another kind be found.
    for (const kind of kinds) {
      const reports = await run(testInput({ copy: { body: `新品“上市”：${kind}。` } }));
      expect(reports.map((r) => r.data!.found)).toEqual([kind]);
    }
    expect(await run(testInput({ copy: { body: '全网销量第1的NO.1颈椎枕，最*佳睡眠伴侣！#1 © 2024' } }))).toEqual([]);
  });
  it('counts every kind of emoji sequence, and none in text that only looks like it', async () => {
    const forbid = symbolsCheck.compile({ emoji: 'forbid' }, testRule());
    const found = async (text: string) => (await forbid(testInput({ copy: { body: text } }))).map((r) => r.data!.found);
    const kinds = ['#️⃣', '🇨🇳', '👍🏽', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '👩‍💻', '©️', '☀️', '🀄'];
    expect(await found(`Sale ${kinds.join(' x ')}`)).toEqual(kinds);
    expect(await found('Café — 20 % off, “linen” №1 ™ ©, 最佳 #1 *new* 3⃝')).toEqual([]);
  });
});

describe('repetition', () => {
  it('reports a word past the maximum once, function words exempt', async () => {
    const run = repetitionCheck.compile({ max: 2 }, testRule());
    const [r, ...rest] = await run(testInput({ copy: { title: 'Linen Shirt for Men, linen shirt of the linen of the year' } }));
    expect(rest).toEqual([]);
    expect(r).toEqual({ field: 'copy.title', range: [40, 45], messageId: 'repeated-word', data: { word: 'linen', found: 'linen', max: 2, count: 3 } });
  });
  it('reports duplicate items of a list field, case and spacing ignored', async () => {
    const run = repetitionCheck.compile({ unique_items: true }, testRule());
    const reports = await run(testInput({ copy: { headlines: ['Linen Shirts', 'Spring Sale', 'linen  shirts'] } }, ['copy.headlines']));
    expect(reports).toEqual([{ field: 'copy.headlines[2]', messageId: 'duplicate-item', data: { found: 'linen  shirts', first: 'copy.headlines[0]' } }]);
  });
});

describe('whitespace', () => {
  it('reports edges, double spaces and tabs, each with a fix', async () => {
    const reports = await whitespaceCheck.compile({}, testRule())(testInput({ copy: { headline: ' Linen  shirts\tnow ' } }));
    expect(reports.map((r) => [r.data!.kind, r.fix])).toEqual([
      ['leading', { range: [0, 1], text: '' }],
      ['trailing', { range: [18, 19], text: '' }],
      ['double space', { range: [6, 8], text: ' ' }],
      ['tab', { range: [14, 15], text: ' ' }],
    ]);
  });
  it('checks only what the rule leaves on', async () => {
    expect(await whitespaceCheck.compile({ edges: false, tabs: false }, testRule())(testInput({ copy: { headline: ' a\tb ' } }))).toEqual([]);
  });
});

describe('editorial checks on hostile text', () => {
  it('do not crash or hang on lone surrogates, combining marks, RTL marks, ZWJ emoji, 100 KB', async () => {
    const input = testInput({ copy: { headlines: HOSTILE } });
    const checks = [
      capitalizationCheck.compile({}, testRule()),
      punctuationCheck.compile({ repeated: true, forbid: '!', space_before: true, balanced: true }, testRule()),
      symbolsCheck.compile({ forbid: '$', max_emoji: 1 }, testRule()),
      repetitionCheck.compile({ max: 2, unique_items: true }, testRule()),
      whitespaceCheck.compile({}, testRule()),
    ];
    const counts = [];
    for (const run of checks) counts.push((await run(input)).length);
    expect(counts).toEqual([1, 6, 1, 1, 0]);
  });
});
