import { describe, expect, it } from 'vitest';
import { testInput, testRule } from '../../test-helpers/check-context.js';
import { substitutionCheck } from './substitution.js';

describe('substitution check', () => {
  const run = substitutionCheck.compile({ allow: ['7UP'] }, testRule());
  it('reports look-alike characters standing for letters, with the plain word as suggestion', async () => {
    const reports = await run(testInput({ copy: { headline: 'Fresh fl@wers and f1owers, FR33 delivery, big S@le!' } }));
    expect(reports.map((r) => [r.data!.found, r.data!.suggestion, r.range])).toEqual([
      ['fl@wers', 'flowers', [6, 13]],
      ['f1owers', 'flowers', [18, 25]],
      ['FR33', 'FREE', [27, 31]],
      ['S@le', 'Sale', [46, 50]],
    ]);
  });
  it('leaves codes, prices, versions, emails, handles and allowed brands alone', async () => {
    const clean = 'Sony A7III, MP3 and H264, XR77 kit, B2B, 4K, $10, v2.4.1, 3in1, hello@shop.example, @trailhead, 7UP, COVID-19, 1st, 24/7';
    expect(await run(testInput({ copy: { body: clean } }))).toEqual([]);
  });
});
