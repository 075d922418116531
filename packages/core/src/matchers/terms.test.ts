import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold.js';
import { matchCase, RuleExceptions, selectLongest, TermMatcher, TermMatcherSet, type TermEntry } from './terms.js';

function found(entries: (string | TermEntry)[], text: string, extra?: string[]): string[] {
  const matcher = new TermMatcher(entries.map((e) => (typeof e === 'string' ? { term: e } : e)));
  const hits = selectLongest(matcher.find(foldText(text), extra ? new RuleExceptions(extra) : undefined));
  return hits.map((h) => text.slice(h.start, h.end));
}

describe('TermMatcher', () => {
  it('matches Latin terms on word boundaries only', () => {
    expect(found(['cure'], 'It cures nothing; secure; cure.')).toEqual(['cure']);
    expect(found(['free'], 'freedom, carefree, FREE!')).toEqual(['FREE']);
  });
  it('treats #1 as its own token', () => {
    expect(found(['#1'], '#1 best seller, #10 in class, x#1y')).toEqual(['#1']);
  });
  it('matches phrases across any whitespace and case', () => {
    expect(found(['clinically proven'], 'Clinically\n   PROVEN formula')).toEqual(['Clinically\n   PROVEN']);
  });
  it('matches forms as the same term', () => {
    expect(found([{ term: 'cure', forms: ['cures', 'cured'] }], 'It cures and cured.')).toEqual(['cures', 'cured']);
  });
  it('matches fullwidth and half-width forms', () => {
    expect(found(['free', 'ガイド'], 'ＦＲＥＥ ｶﾞｲﾄﾞ')).toEqual(['ＦＲＥＥ', 'ｶﾞｲﾄﾞ']);
  });
  it('resists evasion inside CJK terms and points at the original characters', () => {
    for (const text of ['最佳', '最 佳', '最*佳', '最\u200b佳', '最．佳']) expect(found(['最佳'], `本店${text}产品`)).toEqual([text]);
    expect(found(['第一'], '全国第-一')).toEqual(['第-一']);
  });
  it('needs no word boundaries in CJK, nor for Latin terms beside CJK', () => {
    expect(found(['最佳', 'free'], '全网最佳free送')).toEqual(['最佳', 'free']);
  });
  it('prefers the longest term at a position', () => {
    expect(found(['最', '最佳', '佳'], '最佳')).toEqual(['最佳']);
  });
  it('skips a hit inside one of its exceptions, matched against the text around it', () => {
    const entries = [{ term: '最', exceptions: ['最近', '最新款'] }, { term: '第一', exceptions: ['第一次', '第一步'] }, { term: '国家级', exceptions: ['国家级非物质文化遗产'] }];
    expect(found(entries, '最近上新，第一次购买，国家级非物质文化遗产')).toEqual([]);
    expect(found(entries, '最好的，行业第一，国家级产品')).toEqual(['最', '第一', '国家级']);
    expect(found(entries, '最 近')).toEqual([]);
  });
  it('applies a rule’s own exceptions to every term they contain', () => {
    expect(found(['最'], '最新款 最好', ['最新款'])).toEqual(['最']);
  });
  it('finds Latin terms through leetspeak and separators, at the original characters first to last', () => {
    const entries = ['sale', 'free', { term: 'cure', forms: ['cures'] }, { term: 'guarantee', forms: ['guaranteed'] }];
    expect(found(entries, 'Big S@le, FR33 gift; it c-u-r-e-s colds, S.a.L.e!')).toEqual(['S@le', 'FR33', 'c-u-r-e-s', 'S.a.L.e']);
    expect(found(entries, 'Results g u a r a n t e e d.')).toEqual(['g u a r a n t e e d']);
    expect(found(['free shipping'], 'F R E E shipping')).toEqual(['F R E E shipping']);
  });
  it('reports an evasion only where the de-obfuscated token matches a term on word boundaries', () => {
    expect(found(['free', 'sale'], 'FR33dom, wholes@le, MP3, s-a-l-e-s')).toEqual([]);
  });
  it('never flags codes, prices, versions, emails or URLs that look like a term once de-obfuscated', () => {
    // What each would read as, were it de-obfuscated.
    const entries = ['vio', 'sio', 'ai', 'bb', 'ak', 'covidig', 'email', 'sale', 'free'];
    for (const text of ['v1.0', '$10', 'A1', 'B2B', '4K', 'COVID-19', 'e-mail', 's@le@shop.com', 'https://fr33.com', 'fr33.shop']) {
      expect(found(entries, `Get ${text} now`), text).toEqual([]);
    }
  });
  it('still matches terms written with digits as they are (TOP1, NO.1)', () => {
    expect(found([{ term: 'TOP1', forms: ['NO1'] }, 'no.1'], '抖音TOP1爆款, NO1, No.1')).toEqual(['TOP1', 'NO1', 'No.1']);
  });
  it('applies exceptions to the de-obfuscated text', () => {
    expect(found([{ term: 'cured', exceptions: ['cured ham'] }], 'c-u-r-e-d ham, c-u-r-e-d skin')).toEqual(['c-u-r-e-d']);
  });
  it('matches variants as the term', () => {
    const matcher = new TermMatcher([{ term: '最佳', variants: ['蕞佳', { text: '醉佳', source: 'https://example.org/homophones' }] }]);
    const text = '蕞佳口感，醉佳选择';
    const hits = selectLongest(matcher.find(foldText(text)));
    expect(hits.map((h) => [text.slice(h.start, h.end), h.entry.term])).toEqual([
      ['蕞佳', '最佳'],
      ['醉佳', '最佳'],
    ]);
  });
  it('rejects bad term lists with the path of the bad entry', () => {
    const bad = (entries: TermEntry[]) => {
      try {
        new TermMatcher(entries);
      } catch (e) {
        return [(e as Error).message, (e as { path: unknown }).path];
      }
      return null;
    };
    expect(bad([{ term: 'Free' }, { term: 'ＦＲＥＥ' }])).toEqual(['duplicate term "ＦＲＥＥ" (same as "Free" once case and width are ignored)', [1, 'term']]);
    expect(bad([{ term: ' \u200b ' }])).toEqual(['term " \u200b " is empty or only whitespace', [0, 'term']]);
    expect(bad([{ term: '最', exceptions: ['第一次'] }])).toEqual(['exception "第一次" does not contain the term "最"', [0, 'exceptions', 0]]);
    expect(bad([{ term: 'cure', forms: ['cure'] }])?.[1]).toEqual([0, 'forms', 0]);
    expect(bad([{ term: 'x', replacement: 'y', suggestions: ['z'] }])?.[1]).toEqual([0, 'suggestions']);
    expect(bad([{ term: '最佳', variants: ['蕞佳', { text: '最 佳' }] }])).toEqual(['duplicate term "最 佳" (same as "最佳" once case and width are ignored)', [0, 'variants', 1, 'text']]);
  });
  it('does not crash or hang on hostile text', () => {
    const matcher = ['最佳', 'free', 'e\u0301'];
    expect(found(matcher, 'a\ud800最佳\udc00b')).toEqual(['最佳']);
    expect(found(matcher, 'cafe\u0301 free')).toEqual(['free']);
    expect(found(matcher, '\u202efree\u202c 👩‍👩‍👧 free')).toEqual(['free', 'free']);
    expect(found(matcher, `${'x '.repeat(50_000)}free`)).toEqual(['free']);
    expect(found(matcher, 'FR33 '.repeat(20_000))).toHaveLength(20_000);
    expect(found(matcher, 'f r e e '.repeat(12_500))).toEqual([]);
  });
});

describe('matchCase', () => {
  it('capitalizes the replacement when the found text starts with a capital', () => {
    expect(matchCase('may help', 'Cures')).toBe('May help');
    expect(matchCase('may help', 'cures')).toBe('may help');
    expect(matchCase('较好', '最佳')).toBe('较好');
  });
});

describe('context exceptions', () => {
  const m = new TermMatcher([
    { term: '最', unless_followed_by: '(?:低|高|大)\\p{Script=Han}{0,4}\\s?[-+]?\\d+\\s?(?:°c|kg|厘米)' },
    { term: '第一', unless_preceded_by: '(?:19|20)\\d{2}年\\p{Script=Han}{0,8}' },
  ]);
  const found = (text: string): string[] => m.find(foldText(text)).map((h) => text.slice(h.start, h.end));
  it('excepts a hit by what follows it, read in folded text (fullwidth digits, ℃)', () => {
    expect(found('明天最低气温－５℃')).toEqual([]);
    expect(found('最大承重150kg')).toEqual([]);
    expect(found('最低99元')).toEqual(['最']);
    expect(found('最好用')).toEqual(['最']);
  });
  it('excepts a hit by what precedes it, and only there', () => {
    expect(found('2023年天猫类目销量第一')).toEqual([]);
    expect(found('销量第一')).toEqual(['第一']);
  });
  it('refuses an invalid expression, naming the entry and field', () => {
    expect(() => new TermMatcher([{ term: '最', unless_followed_by: '(' }])).toThrow(/invalid regular expression in unless_followed_by/);
  });
});

describe('TermMatcherSet', () => {
  const lists: TermEntry[][] = [
    [{ term: 'rifle', forms: ['rifles'] }, { term: 'cure', forms: ['cures'], exceptions: ['cure time'] }],
    [{ term: 'rifle scope', forms: ['rifle scopes'] }, { term: 'cure' }, { term: '最', unless_followed_by: '低气温' }],
    [{ term: 'sale' }, { term: 'wine', weak: true }],
  ];
  const matchers = lists.map((entries) => new TermMatcher(entries));
  // Built at once, so every find below goes through the shared automaton.
  const set = new TermMatcherSet(matchers, 0);
  const texts = [
    'Rifle scopes and rifles; the cure time is short, it cures. Wine sale!',
    'Big S@le, c-u-r-e-s colds, r.i.f.l.e s-c-o-p-e; winery, 最低气温, 最好',
    '',
  ];

  it('finds in one scan what each list finds alone, grouped by list in list order', () => {
    for (const text of texts) {
      const folded = foldText(text);
      const expected = matchers.flatMap((m, source) => m.find(folded).map((hit) => ({ hit, source })));
      expect(set.find(folded)).toEqual(expected);
    }
  });

  it('reads the first texts list by list, then with the shared automaton: the same hits', () => {
    const lazy = new TermMatcherSet(matchers, 2);
    for (const text of [...texts, ...texts]) expect(lazy.find(foldText(text))).toEqual(set.find(foldText(text)));
  });

  it('judges a pattern two lists share by each list: an exception of one keeps the hit of the other', () => {
    const text = 'the cure time';
    expect(set.find(foldText(text)).map(({ source, hit }) => [source, text.slice(hit.start, hit.end)])).toEqual([[1, 'cure']]);
  });
});
