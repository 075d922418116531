import { describe, expect, it } from 'vitest';
import { fillTemplate } from './wording.js';

describe('fillTemplate', () => {
  it('fills own data and leaves unknown names visible', () => {
    expect(fillTemplate('{{field}} is {{ actual }}, {{missing}}', { field: 'copy.headline', actual: 42 })).toBe('copy.headline is 42, {{missing}}');
  });

  it('never reads inherited properties: {{constructor}} and {{toString}} stay as written', () => {
    expect(fillTemplate('{{constructor}} {{toString}} {{__proto__}} {{hasOwnProperty}}', {})).toBe('{{constructor}} {{toString}} {{__proto__}} {{hasOwnProperty}}');
  });
});
