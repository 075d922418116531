import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Linter, fixText, type LintMessage } from '@adlint/core';
// Pure text modules, tested from source: they are not part of the package's public API.
import { foldText } from '../../packages/core/src/text/fold.js';
import { TermMatcher, selectLongest } from '../../packages/core/src/matchers/terms.js';
import { countBytes, countChars, countGraphemes, countWidth } from '../../packages/core/src/text/units.js';
import { decodeText } from '../../packages/core/src/readers/source-file.js';
import { CORPUS_PACK } from './cases.js';

/**
 * Property-based tests. A short run is always on; `ADLINT_FUZZ_RUNS=5000` (say) runs each property
 * that many times for a long fuzzing session.
 */
const RUNS = Number(process.env.ADLINT_FUZZ_RUNS ?? 0) || undefined;
const runs = (short: number): { numRuns: number } => ({ numRuns: RUNS ?? short });
const LONG = RUNS ? RUNS * 200 : 30_000;

let linter: Linter;
let bundled: Linter;

beforeAll(() => {
  const dir = mkdtempSync(path.join(tmpdir(), 'adlint-props-'));
  writeFileSync(path.join(dir, 'bi.yaml'), CORPUS_PACK);
  linter = new Linter({ rulesDirs: [dir] });
  bundled = new Linter();
});

/** Lines as LineIndex counts them (\r\n, \r, \n), to check positions independently. */
function assertInside(text: string, messages: readonly LintMessage[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const m of messages) {
    for (const [line, column] of [[m.line, m.column], [m.endLine, m.endColumn]] as const) {
      expect(line).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(lines.length);
      expect(column).toBeGreaterThanOrEqual(1);
      // +1 for just past the end; +1 for a BOM, which takes no column on line 1.
      expect(column).toBeLessThanOrEqual(lines[line - 1]!.length + 2);
    }
    expect(m.endLine * 1e9 + m.endColumn).toBeGreaterThanOrEqual(m.line * 1e9 + m.column);
  }
}

/** Text shaped like the formats' syntax, so random inputs get past the first token. */
const TOKENS = ['copy:', 'headline:', ' ', '  ', '\n', '\r\n', '- ', ': ', '{', '}', '[', ']', ',', '"', "'", '\\', '#', '&a', '*a', '|', '>', '---', '...', '!', '%', 'miracle cure', '最佳', 'media:', 'path: x.png', 'creatives:', 'platforms: [bi]', '\t', '\u200b', '\ufeff', '\u0000', '`', '```', '> ', '* ', '1. ', '<!--', '-->', '<script>', '\ud800', 'Campaign,Ad group,Headline 1', '\u202e'];
const shaped = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));
const NAMES = ['x.ad.yaml', 'x.ad.json', 'x.listing.md', 'x.ad.md', 'x.csv', 'x.tsv'];

describe('readers on any input', () => {
  it('never throw on any byte string, and every position lies inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), shaped.map((s) => new TextEncoder().encode(s))), fc.constantFrom(...NAMES), async (bytes, name) => {
        const decoded = decodeText(bytes);
        if (!decoded.ok) return;
        const result = await linter.lintText(decoded.text, name, { configPlatforms: ['bi'] });
        assertInside(decoded.text, result.messages);
      }),
      runs(300),
    );
  });

  it('never throw on syntax-shaped text with lone surrogates, BOMs and NULs', async () => {
    await fc.assert(
      fc.asyncProperty(shaped, fc.constantFrom(...NAMES), async (text, name) => {
        const result = await linter.lintText(text, name, { configPlatforms: ['bi'] });
        assertInside(text, result.messages);
      }),
      runs(300),
    );
  });
});

/** Filler that cannot spell the terms: the only hit is the one inserted. */
const latinFiller = fc.array(fc.constantFrom('x', 'y', 'z', ' ', '.', ',', '你', '好', '\n', 'Q'), { maxLength: 30 }).map((a) => a.join(''));
const cjkFiller = fc.array(fc.constantFrom('你', '好', '的', ' ', 'x', '。', '，', '\n'), { maxLength: 30 }).map((a) => a.join(''));
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\u200e'];

/** An evasion of a Latin term: random case, fullwidth letters, zero-width characters inside. */
const latinEvasion = (term: string): fc.Arbitrary<string> =>
  fc.tuple(...[...term].map(() => fc.tuple(fc.boolean(), fc.boolean(), fc.option(fc.constantFrom(...ZERO_WIDTH), { nil: undefined })))).map((choices) =>
    [...term]
      .map((ch, i) => {
        const [upper, wide, zw] = choices[i]!;
        let out = upper ? ch.toUpperCase() : ch;
        if (wide && /[a-zA-Z]/.test(out)) out = String.fromCharCode(out.charCodeAt(0) + 0xfee0);
        return i < term.length - 1 && zw ? out + zw : out;
      })
      .join(''),
  );

/** An evasion of a CJK term: separators between its characters (spaces, dots, stars, zero-width). */
const cjkEvasion = (term: string): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom('', ' ', '*', '.', '．', '\u200b', '-', '　'), { minLength: term.length - 1, maxLength: term.length - 1 }).map((gaps) => [...term].map((ch, i) => ch + (gaps[i] ?? '')).join(''));

describe('term matcher', () => {
  const matcher = new TermMatcher([{ term: 'miracle cure' }, { term: '最佳' }, { term: 'free' }]);
  const hits = (text: string): { start: number; end: number; term: string }[] => selectLongest(matcher.find(foldText(text))).map((h) => ({ start: h.start, end: h.end, term: h.entry.term }));

  it('finds a Latin term inserted anywhere, through case, width and zero-width evasion, at its exact characters', () => {
    fc.assert(
      fc.property(latinFiller, latinFiller, fc.constantFrom('miracle cure', 'free').chain((t) => latinEvasion(t).map((e) => [t, e] as const)), (before, after, [term, evaded]) => {
        // Latin terms need word boundaries: the inserted term is set off by spaces.
        const prefix = `${before} `;
        const text = `${prefix}${evaded} ${after}`;
        expect(hits(text)).toEqual([{ start: prefix.length, end: prefix.length + evaded.length, term }]);
        expect(hits(`${prefix} ${after}`)).toEqual([]);
      }),
      runs(500),
    );
  });

  it('finds a CJK term inserted anywhere, through separators between its characters', () => {
    fc.assert(
      fc.property(cjkFiller, cjkFiller, cjkEvasion('最佳'), (before, after, evaded) => {
        const text = `${before}${evaded}${after}`;
        expect(hits(text)).toEqual([{ start: before.length, end: before.length + evaded.length, term: '最佳' }]);
        expect(hits(`${before}${after}`)).toEqual([]);
      }),
      runs(500),
    );
  });

  it('stays linear on long texts full of near-misses', () => {
    const text = `${'miracle cur 最 佳佳 fre '.repeat(LONG / 20)}miracle cure`;
    const started = Date.now();
    expect(hits(text).map((h) => h.term)).toContain('miracle cure');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('length counting', () => {
  // Width is display width per grapheme (combining marks and joiners take no column), so it is
  // bounded by the graphemes, not by the code points: "क़" is two characters one column wide.
  it('bytes ≥ chars ≥ graphemes, width ≤ 2 × graphemes, chars ≤ UTF-16 units', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const chars = countChars(s);
        expect(countBytes(s)).toBeGreaterThanOrEqual(chars);
        expect(countGraphemes(s)).toBeLessThanOrEqual(chars);
        expect(countWidth(s)).toBeLessThanOrEqual(2 * countGraphemes(s));
        expect(chars).toBeLessThanOrEqual(s.length);
      }),
      runs(1000),
    );
  });

  it('counts CJK as 2 width units and 3 UTF-8 bytes a character', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0x4e00, max: 0x9fff }), { maxLength: 50 }).map((cps) => String.fromCodePoint(...cps)), (s) => {
        expect(countWidth(s)).toBe(2 * countChars(s));
        expect(countBytes(s)).toBe(3 * countChars(s));
      }),
      runs(500),
    );
  });

  it('adds up over concatenation (chars, width, bytes)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), (a, b) => {
        expect(countChars(a + b)).toBe(countChars(a) + countChars(b));
        expect(countWidth(a + b)).toBe(countWidth(a) + countWidth(b));
      }),
      runs(500),
    );
  });
});

describe('fixing random creatives built from pack examples', () => {
  /** Invalid examples of every bundled rule (fixable or not: fixes of some must not break the others), with their pack. */
  function fixableExamples(): { platform: string; creative: Record<string, unknown> }[] {
    const out: { platform: string; creative: Record<string, unknown> }[] = [];
    for (const id of bundled.packs.ids()) {
      let rules;
      try {
        rules = bundled.packs.get(id).rules;
      } catch {
        // A pack that does not load is the pack tests' finding (test/packs.test.ts), not this property's.
        continue;
      }
      for (const rule of rules) {
        for (const example of (rule.examples?.invalid ?? []) as unknown[]) {
          if (typeof example === 'object' && example !== null && !Array.isArray(example)) out.push({ platform: id, creative: example as Record<string, unknown> });
        }
      }
    }
    return out;
  }

  it('keeps the file parseable and every comment, is idempotent, and leaves no fixable message', async () => {
    const examples = fixableExamples();
    // The examples some fix applies to, so that most random files hold at least one.
    const fixable: number[] = [];
    for (const [i, { platform, creative }] of examples.entries()) {
      const r = await bundled.lintText(`- ${JSON.stringify({ platforms: [platform], ...creative })}`.slice(2), 'one.ad.yaml');
      if (r.messages.some((m) => m.fix)) fixable.push(i);
    }
    expect(fixable.length).toBeGreaterThan(5);
    let fixedFiles = 0;
    const FILE_PROBLEM = /^adlint\/(parse|schema)$/;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.integer({ min: 0, max: examples.length - 1 }), fc.constantFrom(...fixable)), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('\n', '\r\n'),
        async (picks, eol) => {
          // Each creative in flow (JSON) style, with comments above, beside and between: a fix must keep them all.
          const lines = ['# keep-top', 'creatives:'];
          picks.forEach((i, k) => {
            const { platform, creative } = examples[i]!;
            lines.push(`  # keep-above-${k}`, `  - ${JSON.stringify({ platforms: [platform], ...creative })} # keep-beside-${k}`);
          });
          lines.push('# keep-end', '');
          const text = lines.join(eol);
          const before = await bundled.lintText(text, 'fuzz.ad.yaml');
          const first = await fixText(bundled, text, 'fuzz.ad.yaml', {});
          const after = first.result.messages;
          expect(after.filter((m) => FILE_PROBLEM.test(m.ruleId)).length).toBeLessThanOrEqual(before.messages.filter((m) => FILE_PROBLEM.test(m.ruleId)).length);
          for (const comment of text.match(/# keep-[a-z]+(-\d+)?/g)!) expect(first.output).toContain(comment);
          if (eol === '\r\n') expect(first.output.replace(/\r\n/g, '')).not.toMatch(/\n/);
          expect(after.filter((m) => m.fix)).toEqual([]);
          const second = await fixText(bundled, first.output, 'fuzz.ad.yaml', {});
          expect(second.changed).toBe(false);
          if (first.changed) fixedFiles++;
        },
      ),
      runs(40),
    );
    // Not vacuous: fixes were applied to a good share of the files.
    expect(fixedFiles).toBeGreaterThan(5);
  });
});
