import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { creativeSchema, currentAndExpected } from '../scripts/gen-schema-vocabulary.mjs';
import { adlintJson, tempProject } from './helpers/cli.js';

/** The published creative schema as an editor uses it (value lists included). */
const editor = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(creativeSchema, 'utf8')) as object);
const flags = (yaml: string): string[] => (editor(parse(yaml)) ? [] : (editor.errors ?? []).filter((e) => e.keyword === 'enum').map((e) => e.instancePath));

describe('the creative JSON Schema carries the value lists of the packs', () => {
  it('is current with the packs and the taxonomy (pnpm docs:rules regenerates it)', () => {
    const { text, expected } = currentAndExpected();
    expect(text).toBe(expected);
  });

  it('lets an editor flag what names nothing, and accepts ids and aliases', () => {
    expect(flags('platforms: [douyin, meta, 小红书]\ncategory: 保健食品\nplacement: 信息流\n')).toEqual([]);
    expect(flags('platforms: [google-ads]\nplacement: search\ncategory: dietary supplement\nmedia: [{ path: a.png, role: landscape }]\n')).toEqual([]);
    expect(flags('platforms: [gogle-ads]\n')).toEqual(['/platforms/0']);
    expect(flags('category: clam\n')).toEqual(['/category']);
    expect(flags('placement: serach\n')).toEqual(['/placement']);
    // For one platform, only its placements: Google Ads has no feed.
    expect(flags('platforms: [google-ads]\nplacement: reels\n')).toEqual(['/placement']);
    expect(flags('platforms: [meta, google-ads]\nplacement: reels\n')).toEqual([]);
  });

  it('constrains nothing when adlint reads a creative: its own checks report the value at its position', () => {
    const dir = tempProject({ 'ad.ad.yaml': 'platforms: [google-ads]\nplacement: reels\ncategory: clam\ncopy:\n  headlines: [Linen shirts]\n' });
    const messages = adlintJson(['ad.ad.yaml'], { cwd: dir }).results[0]!.messages;
    expect(messages.filter((m) => m.ruleId === 'adlint/schema')).toEqual([]);
    expect(messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['adlint/unknown-placement', 'adlint/unknown-category']));
  });
});
