import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { absolutePath } from './absolute.js';

describe('absolutePath', () => {
  it.each([
    '/', '/a', '/a/b.ad.yaml', '/a/.b', '/a/..b', '/a/b..', '/a/.../b', '/a/b.', '/.x',
    '//a', '/a//b', '/a/', '/a/./b', '/a/.', '/a/../b', '/a/..', '/..', '/.', '/./a',
    'a', 'a/b', './a', '../a', '', '.', 'a/', '/a/b/c/../../d',
  ])('agrees with path.resolve on %j', (p) => {
    expect(absolutePath(p)).toBe(path.resolve(p));
  });

});
