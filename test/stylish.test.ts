import { describe, expect, it } from 'vitest';
import { adlint, tempProject } from './helpers/cli.js';

/** Display columns as a terminal counts them, written independently of the formatter: CJK, fullwidth forms and this emoji take two. */
const columns = (text: string): number => [...text].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}]/u.test(ch) ? 2 : 1), 0);

const LONG = 'platforms: [meta]\nplacement: feed\ncopy:\n  headline: The Breathable Linen Shirt You Will Wear All Summer Long\n  primary_text: Twelve colours.\n';
const CHINESE = 'platforms: [china-ad-law, meta]\nplacement: feed\ncategory: cosmetics\ntargeting: { age_min: 18 }\ncopy:\n  headline: 🌟药妆级修护面霜 The Breathable Linen Shirt You Will Wear\n  primary_text: 全网最好的面霜\n';

describe('stylish', () => {
  it('aligns the rule column when messages hold CJK text and emoji', () => {
    const r = adlint(['a.ad.yaml'], { cwd: tempProject({ 'a.ad.yaml': CHINESE }) });
    expect(r.code).toBe(1);
    const rows = r.stdout.split('\n').filter((l) => /^\s+\d+:\d+\s/.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.some((l) => /[\u4e00-\u9fff]/.test(l)) && rows.some((l) => /Headline is/.test(l))).toBe(true);
    const ruleColumn = rows.map((l) => columns(l.slice(0, l.search(/\S+$/))));
    expect(new Set(ruleColumn).size, rows.join('\n')).toBe(1);
  });

  it('ends a long run with counts per platform and per rule; a short one without', () => {
    const files: Record<string, string> = { 'cn.ad.yaml': CHINESE };
    for (let i = 0; i < 20; i++) files[`en/${i}.ad.yaml`] = LONG;
    const r = adlint(['.'], { cwd: tempProject(files) });
    expect(r.code).toBe(1);
    const tail = r.stdout.slice(r.stdout.indexOf('Problems by platform'));
    const lines = tail.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Problems by platform',
      '                errors  warnings',
      '  meta                        21',
      '  china-ad-law       2',
      '',
    ]);
    expect(tail).toMatch(/Problems by rule\n {2}\s+errors {2}warnings\n {2}meta\/headline-length {2}\s+21\n/);
    expect(tail).toMatch(/\n {2}china-ad-law\/absolute-terms {2}\s+1\n/);
    expect(tail).toMatch(/\n✖ 23 problems \(2 errors, 21 warnings\)\n/);
    const short = adlint(['en/0.ad.yaml'], { cwd: tempProject(files) });
    expect(short.stdout).not.toContain('Problems by');
  });
});
