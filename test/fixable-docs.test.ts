import { describe, expect, it } from 'vitest';
import { currentAndExpected } from '../scripts/gen-fixable-docs.mjs';

describe('docs/fixing.md', () => {
  it('lists the rules that fix, as their examples show (run `pnpm docs:rules` to regenerate)', async () => {
    const { current, expected } = await currentAndExpected();
    expect(current).toBe(expected);
    expect(expected).toContain('`google-ads/repeated-punctuation` | punctuation | yes');
  });
});
