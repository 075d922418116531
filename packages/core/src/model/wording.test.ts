import { describe, expect, it } from 'vitest';
import { fillTemplate, joinList, languageOf, placeholders, worded } from './wording.js';

describe('wording', () => {
  it('takes the language from a locale as packs and creatives write it, English for any other', () => {
    expect(['zh', 'zh-CN', 'ZH_hant', 'zh-TW'].map(languageOf)).toEqual(['zh', 'zh', 'zh', 'zh']);
    expect(['en', 'en-US', 'de', 'zhx', '', undefined].map(languageOf)).toEqual(['en', 'en', 'en', 'en', 'en', 'en']);
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('{{file}} 是 {{ dimensions }}；{{nope}}', { file: 'a.png', dimensions: '1×1' })).toBe('a.png 是 1×1；{{nope}}');
    expect(placeholders('{{b}} {{a}} {{ b }}')).toEqual(['a', 'b', 'b']);
  });
  it('joins lists as each language does', () => {
    expect(joinList(['JPEG', 'PNG'], 'en')).toBe('JPEG, PNG');
    expect(joinList(['JPEG', 'PNG'], 'zh')).toBe('JPEG、PNG');
  });
  it('words a problem by id, keeping its English text as the reason', () => {
    const w = worded({ gone: { en: 'not found: {{file}}', zh: '找不到：{{file}}' } }, 'gone', { file: 'a.png' });
    expect(w).toEqual({ messageId: 'gone', data: { file: 'a.png' }, wording: { en: 'not found: {{file}}', zh: '找不到：{{file}}' }, reason: 'not found: a.png' });
    expect(() => worded({}, 'nope', {})).toThrow('no wording for message "nope"');
  });
  it('fills a wording\'s slots with parts worded in each language, an absent part as nothing', () => {
    const wordings = { unknown: { en: 'unknown "{{x}}"{{hint}}', zh: '没有“{{x}}”{{hint}}' } };
    const hint = { en: ' (did you mean "{{near}}"?)', zh: '（是不是“{{near}}”？）' };
    expect(worded(wordings, 'unknown', { x: 'fead', near: 'feed' }, { hint }).wording).toEqual({ en: 'unknown "{{x}}" (did you mean "{{near}}"?)', zh: '没有“{{x}}”（是不是“{{near}}”？）' });
    expect(worded(wordings, 'unknown', { x: 'fead', near: 'feed' }, { hint }).reason).toBe('unknown "fead" (did you mean "feed"?)');
    expect(worded(wordings, 'unknown', { x: 'zzz' }, { hint: undefined }).reason).toBe('unknown "zzz"');
  });
});
