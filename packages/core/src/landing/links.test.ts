import { describe, expect, it } from 'vitest';
import { mayNameLandingPage } from './links.js';

describe('mayNameLandingPage', () => {
  const pattern = /\.landing\./i;
  it.each([
    'landing: ./page.landing.md\n',
    'landing: ./Page.LANDING.HTML\n',
    'x: a.LaNdInG.b',
    '.landing.',
    'copy: 夏季新品 .landing.md',
    'landing: ./page.landing',
    'landing: ./pagelanding.md',
    '.landin.g.',
    '..landing',
    'a.landing',
    '.landinG',
    // A dotless ı upper-cases to I, but a pattern without `u` folds no non-ASCII letter onto an ASCII one.
    '.landing\u3002',
    '.landıng.',
    '',
    '.',
    '........',
  ])('agrees with /\\.landing\\./i on %j', (text) => {
    expect(mayNameLandingPage(Buffer.from(text, 'utf8'))).toBe(pattern.test(text));
  });

  it('finds the mark past many other dots and at the very end', () => {
    const text = `${'a.b '.repeat(2000)}x.landing.`;
    expect(mayNameLandingPage(Buffer.from(text))).toBe(true);
    expect(mayNameLandingPage(Buffer.from(text.slice(0, -1)))).toBe(false);
  });
});
