import { describe, expect, it } from 'vitest';
import { rejectionTokens } from './rejection.js';

describe('rejectionTokens', () => {
  it('folds case, width and punctuation, drops filler words and plural -s', () => {
    expect([...rejectionTokens('Your ad was disapproved: ＣＬＡＩＭＳ, claim!')]).toEqual(['claim']);
    expect([...rejectionTokens('DESTINATION_NOT_WORKING')]).toEqual(['destination', 'working']);
  });

  it('splits Chinese into bigrams, also where it touches Latin', () => {
    expect([...rejectionTokens('含绝对化用语no1')]).toEqual(['含绝', '绝对', '对化', '化用', '用语', 'no1']);
    expect([...rejectionTokens('「最」')]).toEqual(['最']);
  });
});
