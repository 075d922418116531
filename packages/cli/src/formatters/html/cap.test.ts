import { describe, expect, it } from 'vitest';
import { summarize } from '@adlint/core';
import { HtmlSelection } from './cap.js';

const result = (name: string, findings: boolean) =>
  summarize(`/p/${name}`, findings ? [{ ruleId: 'r', message: 'm', severity: 'error', category: 'policy', line: 1, column: 1, endLine: 1, endColumn: 2 } as never] : []);

describe('HtmlSelection', () => {
  it('keeps files with findings first, then clean ones, in their order, up to the cap', () => {
    const s = new HtmlSelection<string>(3);
    for (const [name, bad] of [['a', false], ['b', true], ['c', false], ['d', true], ['e', false]] as const) s.add(result(name, bad), name);
    expect(s.selected()).toEqual(['a', 'b', 'd']);
    expect(s.omitted()).toEqual({ shown: 3, total: 5, findingsNotShown: 0 });
  });

  it('counts the files with findings it could not show', () => {
    const s = new HtmlSelection<string>(2);
    for (const name of ['a', 'b', 'c', 'd']) s.add(result(name, true), name);
    expect(s.selected()).toEqual(['a', 'b']);
    expect(s.omitted()).toEqual({ shown: 2, total: 4, findingsNotShown: 2 });
  });

  it('leaves nothing out within the cap', () => {
    const s = new HtmlSelection<string>(2);
    s.add(result('a', false), 'a');
    expect(s.selected()).toEqual(['a']);
    expect(s.omitted()).toBeUndefined();
  });
});
