import { describe, expect, it } from 'vitest';
import { renderAll, stalePages } from '../scripts/gen-rule-docs.mjs';

/**
 * docs/rules/ is generated from the packs; a pack change without `pnpm docs:rules` fails here, so
 * the published rule reference never drifts from the rules that run.
 */
describe('docs/rules', () => {
  it('is current with rules/*.yaml (run `pnpm docs:rules` to regenerate)', () => {
    const { stale, extra } = stalePages();
    expect({ stale, extra }).toEqual({ stale: [], extra: [] });
  });

  it('has a page per pack with every rule, its severity, source and confidence', () => {
    const pages = renderAll();
    const amazon = Object.entries(pages).find(([file]) => file.endsWith('/amazon.md'))?.[1] ?? '';
    expect(amazon).toContain('### title-length');
    expect(amazon).toContain('| Severity | error |');
    expect(amazon).toContain('| Confidence | documented |');
    expect(amazon).toContain('sellercentral-europe.amazon.com/help/hub/reference/external/201100890');
    expect(Object.keys(pages).some((f) => f.endsWith('/README.md'))).toBe(true);
  });
});
