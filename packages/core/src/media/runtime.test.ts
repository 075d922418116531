import { describe, expect, it } from 'vitest';
import { ResultCache } from './runtime.js';

describe('ResultCache', () => {
  it('loads a key once, also when rules ask at the same time', async () => {
    const cache = new ResultCache<number>();
    let loads = 0;
    const load = async (): Promise<number> => ++loads;
    const answers = await Promise.all([cache.get('a', load), cache.get('a', load), cache.get('b', load)]);
    expect(answers).toEqual([1, 1, 2]);
    expect(await cache.get('a', load)).toBe(1);
    expect(loads).toBe(2);
  });
  it('forgets the oldest entry past its bound', async () => {
    const cache = new ResultCache<string>(2);
    let loads = 0;
    const load = (v: string) => async (): Promise<string> => `${v}${++loads}`;
    await cache.get('a', load('a'));
    await cache.get('b', load('b'));
    await cache.get('c', load('c'));
    expect(await cache.get('a', load('a'))).toBe('a4');
  });
});
