import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, target } from '../scripts/gen-english-case.mjs';

describe('packages/core/src/text/english-case.generated.ts', () => {
  it('is what the dictionary gives (run `node scripts/gen-english-case.mjs` to regenerate)', async () => {
    const expected = await generate();
    expect(readFileSync(target, 'utf8')).toBe(expected);
    expect(expected).toMatch(/'[^']*\bNASA\b/);
  });
});
