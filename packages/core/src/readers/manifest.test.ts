import { describe, expect, it } from 'vitest';
import { manifestReader } from './manifest.js';

describe('manifest creatives: positions of their own fields and of the defaults they inherit', () => {
  it('a field a creative writes replaces the default whole; the others point into defaults; creatives do not share their maps', async () => {
    const text = [
      'defaults:',
      '  platforms: [meta]',
      '  copy:',
      '    headline: Default headline',
      '    primary_text: Default text',
      '  cta: { label: Shop now }',
      'creatives:',
      '  - copy: { headline: Own headline }',
      '  - cta: { label: Buy }',
      '  - {}',
      '',
    ].join('\n');
    const { creatives } = await manifestReader.read(text, 'a.ad.yaml', {});
    const at = (i: number, path: string): string | undefined => {
      const span = creatives[i]!.spans.get(path);
      return span ? text.slice(span[0], span[1]) : undefined;
    };
    expect(creatives).toHaveLength(3);
    // The first writes copy: its copy is its own (no default primary_text position), cta is inherited.
    expect(at(0, 'copy.headline')).toBe('Own headline');
    expect(at(0, 'copy.primary_text')).toBeUndefined();
    expect(at(0, 'cta.label')).toBe('Shop now');
    expect(creatives[0]!.texts.get('copy.primary_text')).toBeUndefined();
    // The second inherits copy and writes cta.
    expect(at(1, 'copy.headline')).toBe('Default headline');
    expect(at(1, 'copy.primary_text')).toBe('Default text');
    expect(at(1, 'cta.label')).toBe('Buy');
    expect(at(2, 'copy.headline')).toBe('Default headline');
    expect(at(2, 'cta.label')).toBe('Shop now');
    expect(new Set(creatives.map((c) => c.spans)).size).toBe(3);
    expect(new Set(creatives.map((c) => c.texts)).size).toBe(3);
  });
});
