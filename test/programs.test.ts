import { afterEach, expect, it } from 'vitest';
import { skipLine, skippedPrograms } from './helpers/programs.js';

const saved = { PATH: process.env.PATH, CI: process.env.CI };
afterEach(() => {
  process.env.PATH = saved.PATH;
  if (saved.CI === undefined) delete process.env.CI;
  else process.env.CI = saved.CI;
});

it('tests needing a missing program are skipped, with a line saying what and how to enable them', () => {
  process.env.PATH = '';
  delete process.env.CI;
  expect(skippedPrograms()).toEqual(expect.arrayContaining(['git', 'pre-commit']));
  expect(skipLine('pre-commit')).toBe(
    'adlint tests: skipped the pre-commit framework tests: pre-commit is not installed (Debian/Ubuntu: apt-get install -y pre-commit). With CI=true they are required.',
  );
});

it('with CI=true nothing is skipped: the tests run and fail where a program is missing', () => {
  process.env.PATH = '';
  process.env.CI = 'true';
  expect(skippedPrograms()).toEqual([]);
  process.env.CI = 'false';
  expect(skippedPrograms()).toEqual(expect.arrayContaining(['git', 'pre-commit']));
});
