import { describe, expect, it } from 'vitest';
import { bundledRulesDir } from '../package-paths.js';
import { platformPreview } from './preview.js';
import { PackRegistry } from './registry.js';

const packs = new PackRegistry([bundledRulesDir]);

describe('platformPreview', () => {
  it('draws the layout of the placement as written, through its aliases', () => {
    expect(platformPreview(packs.get('meta'), { placement: 'feed' })).toMatchObject({ platform: 'meta', layout: 'feed-post', placement: 'feed', locale: 'en' });
    expect(platformPreview(packs.get('meta'), { placement: 'Instagram Stories' })).toMatchObject({ layout: 'vertical-video', placement: 'story' });
    expect(platformPreview(packs.get('oceanengine'), { placement: '信息流' })).toMatchObject({ layout: 'vertical-video', placement: 'feed', words: { sponsored: '广告', more: '展开' } });
  });

  it("falls back to the pack's default placement, and to its layout", () => {
    expect(platformPreview(packs.get('google-ads'), { copy: { headlines: ['Linen shirts'] } })).toMatchObject({ layout: 'search-ad', placement: 'search' });
    expect(platformPreview(packs.get('google-ads'), { copy: { headline: 'Linen' } })).toMatchObject({ layout: 'search-ad', placement: null });
    expect(platformPreview(packs.get('amazon'), { placement: 'no such placement' })).toMatchObject({ layout: 'product-detail', placement: 'listing' });
  });

  it('draws nothing for a landing page, a placement marked none, or a pack without `preview:`', () => {
    expect(platformPreview(packs.get('tiktok'), { placement: 'landing_page' })).toBeNull();
    expect(platformPreview(packs.get('linkedin'), { placement: 'message ads' })).toBeNull();
    expect(platformPreview(packs.get('china-ad-law'), {})).toBeNull();
  });

  it('every platform pack says how its ads look, in its own language', () => {
    for (const id of packs.ids()) {
      const pack = packs.get(id);
      if (pack.abstract) continue;
      expect(pack.preview, id).toBeDefined();
      if (pack.locale === 'zh') expect(Object.values(pack.preview!.words ?? {}).join(''), id).toMatch(/^[\p{Script=Han}]+$/u);
    }
  });
});
