import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, tempProject } from './helpers/cli.js';

const DRAFT = `platforms: [meta]
placement: feed
copy:
  headline: Guaranteed results or your money back, the best shirt ever made
  primary_text: Linen shirts in twelve colours.
`;

describe('html report previews are pack data', () => {
  it("a custom pack's preview: draws its placements in its layouts, with its words, cut by its length rule", () => {
    const pack = `id: shop
name: Shop
version: "1"
locale: de
placements:
  feed: { description: Feed }
  clips: { description: Clips }
preview:
  layout: note-card
  placements: { clips: vertical-video }
  words: { sponsored: Anzeige, more: mehr, cta: Ansehen, advertiser: Deine Marke }
rules:
  - id: title-length
    check: length
    severity: warning
    applies: { fields: [copy.title] }
    max: 10
    message: "Titel hat {{actual}} Zeichen; höchstens {{max}}."
    source: https://example.com/spec
    confidence: documented
    examples:
      invalid: [{ copy: { title: Leinenhemden im Sommer } }]
      valid: [{ copy: { title: Leinen } }]
`;
    const dir = tempProject({
      '.adlint.yaml': 'root: true\npacks: [shop.yaml]\nplatforms: [shop]\n',
      'shop.yaml': pack,
      'a.ad.yaml': 'placement: feed\ncopy: { title: Leinenhemden im Sommer }\n',
      'b.ad.yaml': 'placement: clips\ncopy: { title: Leinen }\n',
    });
    const html = adlint(['--format', 'html', '.'], { cwd: dir }).stdout;
    expect(html).toContain('<figure class="pvw" data-platform="shop" data-layout="note-card">');
    expect(html).toContain('<figure class="pvw" data-platform="shop" data-layout="vertical-video">');
    expect(html).toContain('<span class="nc-ad">Anzeige</span>');
    expect(html).toContain('<span class="ph">Deine Marke</span>');
    // Cut after 10 characters, as the length rule counts; the finding marked inside the cut part.
    expect(html).toContain('<span class="slot" data-field="copy.title">Leinenhemd<span class="ellipsis" aria-hidden="true">…</span><del class="cut" title="cut after 10 characters (this is 22)"><span class="sr" lang="en">cut off: </span><mark class="m-warning" title="Titel hat 22 Zeichen; höchstens 10.">en im Sommer</mark></del></span>');
    // Only the layouts used carry their style.
    expect(html).toContain('.pv-note-card{');
    expect(html).not.toContain('.pv-search-ad{');
  });
});

describe('html report --compare <previous.json>', () => {
  it('says what got better or worse since the run that wrote the json report', () => {
    const dir = tempProject({ '.adlint.yaml': 'root: true\n', 'shirt.ad.yaml': DRAFT, 'fine.ad.yaml': 'platforms: [meta]\nplacement: feed\ncopy: { headline: Linen shirts }\n' });
    const before = adlint(['--format', 'json', '--output-file', 'before.json', '.'], { cwd: dir });
    expect(before.stderr).toBe('');
    writeFileSync(path.join(dir, 'shirt.ad.yaml'), DRAFT.replace('Guaranteed results or your money back, the best shirt ever made', 'Linen shirts, washed soft'));
    const run = adlint(['--format', 'html', '--compare', 'before.json', '.'], { cwd: dir });
    expect(run.stderr).toBe('');
    const html = run.stdout;
    expect(html).toContain('<h2 id="compare-h">Since the previous run</h2>');
    expect(html).toMatch(/Warnings \d+ → <strong>0<\/strong> <span class="st st-ready">−\d+<\/span>/);
    expect(html).toContain('<th scope="row">shirt.ad.yaml</th>');
    expect(html).toMatch(/\d+ fixed, 0 new<\/td><td><span class="st st-ready">better<\/span>/);
    // A file without changes is not listed.
    expect(html).not.toContain('<th scope="row">fine.ad.yaml</th>');
  });

  it('refuses, in one line, a file that is not a json report, or a format other than html', () => {
    const dir = tempProject({ 'a.ad.yaml': 'platforms: [meta]\ncopy: { headline: Linen }\n', 'list.json': '{"filePath": "a"}', 'broken.json': '[{"filePath": "a", "messages": [' });
    const cases: [string[], RegExp][] = [
      [['--format', 'html', '--compare', 'missing.json', 'a.ad.yaml'], /^adlint: --compare missing\.json: cannot read it \(ENOENT\)\n$/],
      [['--format', 'html', '--compare', 'list.json', 'a.ad.yaml'], /^adlint: --compare list\.json: not a list of file results; expected the output of adlint --format json\n$/],
      [['--format', 'html', '--compare', 'broken.json', 'a.ad.yaml'], /^adlint: --compare broken\.json: not JSON \(.+\); write it with adlint --format json --output-file broken\.json\n$/],
      [['--compare', 'list.json', 'a.ad.yaml'], /^adlint: --compare shows its comparison in the html report: add --format html \(the format is stylish\)\n$/],
    ];
    for (const [args, error] of cases) {
      const r = adlint(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(error);
    }
  });
});

describe('html report of a large run', () => {
  it('embeds at most 2,000 files, those with findings first, and says so', () => {
    const pack = `id: cap
name: Cap
version: "1"
rules:
  - id: claims
    check: terms
    severity: error
    terms: [cures]
    message: "{{found}} is a claim"
    source: test
    confidence: documented
    examples: { invalid: [{ copy: { body: Cures colds } }], valid: [{ copy: { body: secures } }] }
`;
    const files: Record<string, string> = { '.adlint.yaml': 'root: true\npacks: [cap.yaml]\nplatforms: [cap]\n', 'cap.yaml': pack };
    // 2,003 creatives; the three with a claim sort last, past the cap.
    for (let i = 0; i < 2003; i++) files[`ads/ad-${String(i).padStart(4, '0')}.ad.yaml`] = `copy:\n  body: ${i >= 2000 ? 'Cures colds' : 'Plain linen shirts'} ${i}\n`;
    const dir = tempProject(files);
    const r = adlint(['ads', '-f', 'html', '-o', 'report.html'], { cwd: dir });
    expect(r.code).toBe(1);
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<strong>This report shows 2,000 of 2,003 files</strong>: every file with findings, then files without, in order.');
    expect(html).toContain('the exit code counts all 2,003');
    // A matrix row per embedded file (names are written with break opportunities).
    expect(html.match(/<tr data-row="c\d+"/g)).toHaveLength(2000);
    for (const shown of ['0000', '1996', '2000', '2002']) expect(html).toContain(`ad-<wbr>${shown}.ad.yaml`);
    for (const left of ['1997', '1999']) expect(html).not.toContain(`ad-<wbr>${left}.ad.yaml`);
    // Formats that stream keep every file.
    const json = JSON.parse(adlint(['ads', '-f', 'json'], { cwd: dir }).stdout) as unknown[];
    expect(json).toHaveLength(2003);
  });

  it('a report within the cap says nothing about a cap', () => {
    const dir = tempProject({ 'a.ad.yaml': DRAFT });
    adlint(['a.ad.yaml', '-f', 'html', '-o', 'report.html'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).not.toContain('This report shows');
  });
});
