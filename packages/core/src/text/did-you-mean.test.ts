import { describe, expect, it } from 'vitest';
import { didYouMean, didYouMeanHint } from './did-you-mean.js';

describe('didYouMean', () => {
  const placements = ['search', 'display', 'performance_max', 'in_feed', 'listing', 'feed'];

  it('finds the intended value for common typos', () => {
    expect(didYouMean('serach', placements)).toBe('search');
    expect(didYouMean('descriptons', ['descriptions', 'description', 'headlines'])).toBe('descriptions');
    expect(didYouMean('alchohol', ['alcohol', 'tobacco'])).toBe('alcohol');
    expect(didYouMean('platfrom', ['platform', 'placement'])).toBe('platform');
    expect(didYouMean('in-feed', placements)).toBe('in_feed');
    expect(didYouMean('Listing', placements)).toBe('listing');
  });

  it('prefers the nearest candidate', () => {
    expect(didYouMean('feeed', placements)).toBe('feed');
  });

  it('says nothing for unrelated words', () => {
    expect(didYouMean('clam', ['alcohol', 'tobacco', 'housing'])).toBeUndefined();
    expect(didYouMean('electronics', ['politics', 'cosmetics'])).toBeUndefined();
    expect(didYouMean('logistics', ['politics', 'cosmetics'])).toBeUndefined();
    expect(didYouMean('x', placements)).toBeUndefined();
    expect(didYouMean('', placements)).toBeUndefined();
    expect(didYouMean('stories', [])).toBeUndefined();
  });

  it('formats a message tail', () => {
    expect(didYouMeanHint('platfrom', ['platform'])).toBe(' (did you mean "platform"?)');
    expect(didYouMeanHint('zzz', ['platform'])).toBe('');
  });
});
