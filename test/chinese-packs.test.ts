import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { Linter, checkTypes, directiveWordings, exampleCreative, fileProblemWordings, landingFetchFailureWordings, landingFetchWordings, runMessageWordings, schemaPartWordings, schemaProblemWordings, vocabularyPartWordings, vocabularyWordings, type LintMessage, type Wording } from '@adlint/core';
import { adlintJson, repoRoot, tempProject } from './helpers/cli.js';

/**
 * A Chinese pack speaks Chinese, every word: no check may splice an English sentence into its
 * messages (`…：WEBP is not an allowed format (JPEG, PNG)。…`). Every message a Chinese pack can
 * produce is held to that: its examples' messages, every template its rules word a message id
 * with (the rule's `message`, its `messages:`, the check's Chinese default for `{{problem}}` and
 * for problems with the input), the words checks fill in (units, ratio ranges, country names),
 * and the file problems of a file checked only for Chinese platforms. Names (JPG, PNG, a path,
 * `moov`) may stay.
 */
const linter = new Linter();
const zhPacks = linter.packs.ids().filter((id) => String(linter.packs.get(id).locale ?? '').startsWith('zh'));
/** Three Latin words in a row, separated by spaces: a sentence, not a name. */
const LATIN_SENTENCE = /[A-Za-z]+(?: [A-Za-z]+){2,}/;
/** A placeholder no data filled: a template naming data its check does not give. */
const UNFILLED = /\{\{\s*\w+\s*\}\}/;
/** A template with its placeholders taken out, as a marketer would read it whatever the data. */
const words = (template: string): string => template.replace(/\{\{\s*\w+\s*\}\}/g, '□');

/** A Chinese pack's id is a code, not a name a marketer reads: a message names the platform by its display name. */
const PACK_ID = new RegExp(`(?<![\\w/-])(?:${zhPacks.join('|')})(?![\\w/-])`);

const english = (messages: readonly LintMessage[]): string[] =>
  messages.filter((m) => LATIN_SENTENCE.test(m.message) || UNFILLED.test(m.message) || PACK_ID.test(m.message)).map((m) => `${m.ruleId} (${m.messageId}): ${m.message}`);

describe('Chinese packs', () => {
  it('are found', () => {
    expect(zhPacks).toEqual(expect.arrayContaining(['oceanengine', 'tencent-ads', 'china-ad-law', 'kuaishou', 'xiaohongshu']));
  });

  it.each(zhPacks)('%s: the messages of its invalid examples hold no English sentence and no unfilled placeholder', async (id) => {
    const pack = linter.packs.get(id);
    const found: string[] = [];
    let count = 0;
    for (const { rule } of linter.activeRules([id]).filter((a) => a.rule.packId === id)) {
      for (const [i, example] of rule.definition.examples.invalid.entries()) {
        const file = path.join(path.dirname(pack.file), `${rule.definition.id}.invalid-${i}.ad.yaml`);
        const result = await linter.lintText(stringify(exampleCreative(example)), file, { platforms: [id] });
        const own = result.messages.filter((x) => x.ruleId === rule.id);
        count += own.length;
        found.push(...english(own));
      }
    }
    expect(count).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });

  it.each(zhPacks)('%s: every template its rules can word a message with is Chinese, defaults included', (id) => {
    const found: string[] = [];
    for (const { rule } of linter.activeRules([id]).filter((a) => a.rule.packId === id)) {
      expect(rule.language, rule.id).toBe('zh');
      const templates = [rule.message, ...Object.values(rule.messages), ...Object.values(rule.check.messages).map((w) => w[rule.language])];
      for (const t of templates) if (LATIN_SENTENCE.test(words(t))) found.push(`${rule.id}: ${t}`);
    }
    expect(found).toEqual([]);
  });

  it('every check and file problem has a Chinese wording with no English sentence', () => {
    const all: [string, Wording][] = [
      ...[...checkTypes.values()].flatMap((c) => Object.entries(c.messages).map(([id, w]) => [`${c.id}/${id}`, w] as [string, Wording])),
      ...Object.entries(fileProblemWordings).map(([id, w]) => [`file/${id}`, w] as [string, Wording]),
      ...Object.entries(runMessageWordings).map(([id, w]) => [`run/${id}`, w] as [string, Wording]),
      ...Object.entries(directiveWordings).map(([id, w]) => [`directive/${id}`, w] as [string, Wording]),
      ...Object.entries({ ...landingFetchWordings, ...landingFetchFailureWordings }).map(([id, w]) => [`landing-fetch/${id}`, w] as [string, Wording]),
      ...Object.entries({ ...schemaProblemWordings, ...schemaPartWordings }).map(([id, w]) => [`schema/${id}`, w] as [string, Wording]),
      ...Object.entries({ ...vocabularyWordings, ...vocabularyPartWordings }).map(([id, w]) => [`vocabulary/${id}`, w] as [string, Wording]),
    ];
    expect(all.length).toBeGreaterThan(80);
    expect(all.filter(([, w]) => LATIN_SENTENCE.test(words(w.zh))).map(([id, w]) => `${id}: ${w.zh}`)).toEqual([]);
    // The English wordings are what the test would catch: it is not blind to them.
    expect(all.filter(([, w]) => LATIN_SENTENCE.test(words(w.en))).length).toBeGreaterThan(all.length / 2);
  });

  it('the words checks fill in are Chinese too: units, ratio ranges, durations, country names, an age not set', async () => {
    const dir = tempProject({
      'zh.yaml': `id: zh
name: Chinese test pack
version: "1"
locale: zh-CN
rules:
  - { id: len, check: length, severity: error, max: 4, unit: width, message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: ratio, check: image, severity: error, min_ratio: "1:1", max_ratio: "2:1", min_width: 2000, message: "{{file}}：{{problem}}", messages: { min-size: "{{file}}：{{problem}}" }, source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: long, check: video, severity: error, max_duration: 1, message: "{{file}}：{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: geo, check: targeting, severity: error, banned_countries: [US], message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: age, check: targeting, severity: error, min_age: { default: 18 }, message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: dims, check: targeting, severity: error, forbidden: [genders], message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
`,
      '.adlint.yaml': 'packs: [zh.yaml]\nplatforms: [zh]\n',
      'a.ad.yaml': 'copy: { headline: 春季新款亚麻衬衫 }\nmedia: [{ path: wide.png }, { path: long.mp4 }]\ntargeting: { countries: [US], genders: [female] }\n',
    });
    copyFileSync(path.join(repoRoot, 'rules/fixtures/landscape-1280x720.png'), path.join(dir, 'wide.png'));
    copyFileSync(path.join(repoRoot, 'rules/fixtures/landscape-1440x1080-15s.mp4'), path.join(dir, 'long.mp4'));
    const { results } = adlintJson(['a.ad.yaml'], { cwd: dir });
    const messages = results[0]!.messages.filter((m) => m.ruleId.startsWith('zh/'));
    expect(Object.fromEntries(messages.map((m) => [`${m.ruleId} ${m.messageId}`, m.message]))).toEqual({
      'zh/len too-long': '共 16 个宽度单位，上限为 4，请删掉 12',
      'zh/ratio min-size': 'wide.png：尺寸为 1280×720，小于最小尺寸 宽 2000 像素',
      'zh/long max-duration': 'long.mp4：视频时长 15 秒，最长 1 秒',
      'zh/geo banned-country': '该类别不得在美国（US）投放广告',
      'zh/age min-age-not-set': '未设置最低年龄；所有定向国家/地区要求 18 岁及以上',
      'zh/dims forbidden-dimension': '不允许按性别定向',
    });
    expect(english(messages)).toEqual([]);
  });

  it('a media file that cannot be read is said in Chinese by a Chinese pack, in English by an English one', () => {
    const dir = tempProject({
      '.adlint.yaml': 'platforms: [tencent-ads]\n',
      'a.ad.yaml': 'placement: feed\nmedia: [{ path: gone.jpg }, { path: broken.jpg }, { path: empty.png }, { path: clip.jpg }]\n',
      'b.ad.yaml': 'platforms: [meta]\nmedia: [{ path: gone.jpg }]\n',
    });
    writeFileSync(path.join(dir, 'broken.jpg'), Buffer.from('not a picture at all, just text bytes'));
    writeFileSync(path.join(dir, 'empty.png'), '');
    copyFileSync(path.join(repoRoot, 'rules/fixtures/portrait-9x16.mp4'), path.join(dir, 'clip.jpg'));
    const { results } = adlintJson(['a.ad.yaml', 'b.ad.yaml'], { cwd: dir });
    const byFile = (f: string) => results.find((r) => r.filePath.endsWith(f))!.messages.filter((m) => m.category === 'parse' || m.messageId?.startsWith('holds-'));
    expect(byFile('a.ad.yaml').map((m) => [m.field, m.messageId, m.message])).toEqual([
      ['media[0].path', 'file-not-found', '找不到素材文件：gone.jpg'],
      ['media[1].path', 'unreadable-format', 'broken.jpg 不是可读取的 JPEG 文件，可能已损坏'],
      ['media[2].path', 'empty-file', 'empty.png 是空文件（0 字节）'],
      ['media[3].path', 'holds-video', 'clip.jpg 的扩展名是 .jpg，内容却是视频'],
    ]);
    expect(english(byFile('a.ad.yaml'))).toEqual([]);
    expect(byFile('b.ad.yaml').map((m) => m.message)).toEqual(['media file not found: gone.jpg']);
  });

  it('a sheet checked only for Chinese platforms reports what is wrong with it in Chinese', () => {
    const dir = tempProject({
      'ads.csv': 'Campaign,Ad group,Headline 1\nS,G,Linen\n',
      'workbook.csv': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]).toString('latin1'),
    });
    const zh = adlintJson(['ads.csv', 'workbook.csv', '--platform', 'oceanengine'], { cwd: dir });
    const said = zh.results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'adlint/parse').map((m) => m.message));
    expect(said).toHaveLength(2);
    expect(said.filter((m) => LATIN_SENTENCE.test(m))).toEqual([]);
    expect(said).toContain('表头缺少映射 google-ads-editor 所需的列 "Description 1", "Final URL"：请重命名这些列，或在 .adlint.yaml 的 `sheets:` 中映射你的列（见 docs/sheets.md）；未检查任何行');
    const en = adlintJson(['ads.csv', '--platform', 'meta'], { cwd: dir });
    expect(en.results[0]!.messages.find((m) => m.ruleId === 'adlint/parse')!.message).toMatch(/^header row lacks the columns "Description 1", "Final URL" that the mapping/);
  });

  it('a creative file that cannot be parsed is told so in Chinese when it is checked for Chinese platforms', () => {
    const dir = tempProject({ 'a.ad.md': '---\ncategory: apparel\n\n# 标题\n', 'b.ad.yaml': 'copy:\n  headline: "未闭合\n', 'c.ad.json': '{"copy": {"headline": "x",}}' });
    const { results } = adlintJson(['a.ad.md', 'b.ad.yaml', 'c.ad.json', '--platform', 'oceanengine'], { cwd: dir });
    const parse = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'adlint/parse'));
    expect(parse.map((m) => m.messageId).sort()).toEqual(['frontmatter-unclosed', 'json-syntax', 'yaml-syntax']);
    expect(english(parse)).toEqual([]);
    expect(parse.every((m) => typeof m.data?.detail === 'string' || m.messageId === 'frontmatter-unclosed')).toBe(true);
  });

  it('a creative no rule of a Chinese pack checked is told so in Chinese, naming the platform as its users know it', () => {
    const dir = tempProject({
      'zh.yaml': 'id: zh\nname: Chinese test pack\ndisplay_name: 测试平台\nversion: "1"\nlocale: zh\nrules:\n  - { id: len, check: length, severity: error, max: 4, message: "标题过长", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }\n',
      '.adlint.yaml': 'packs: [zh.yaml]\n',
      'a.ad.yaml': 'platforms: [zh]\nname: 只有名字\n',
      'b.ad.yaml': 'platforms: [snapchat]\nname: only a name\n',
    });
    const { results } = adlintJson(['a.ad.yaml', 'b.ad.yaml'], { cwd: dir });
    const note = (f: string) => results.find((r) => r.filePath.endsWith(f))!.messages.find((m) => m.ruleId === 'adlint/not-checked')!;
    expect(note('a.ad.yaml').message).toBe('没有一条测试平台规则检查了这个创意（1 条都被跳过：1 条所查字段没有内容）');
    expect(note('b.ad.yaml').message).toMatch(/^no snapchat rule checked this creative \(\d+ skipped: /);
  });

  it('a creative without a placement, or with one or a media role the platform lacks, is told so in Chinese by a Chinese pack', () => {
    const dir = tempProject({
      'a.ad.yaml': 'copy: { title: 春季新款亚麻衬衫 }\n',
      'b.ad.yaml': 'placement: 信息留\ncopy: { title: 春季新款亚麻衬衫 }\n',
      'd.ad.yaml': 'platforms: [zh]\nmedia: [{ path: a.png, role: 封面 }]\n',
      'zh.yaml': 'id: zh\nname: Chinese test pack\ndisplay_name: 测试平台\nversion: "1"\nlocale: zh-CN\nroles:\n  cover: { description: 封面, aliases: [封面图] }\n  banner: { description: 横幅 }\nrules:\n  - { id: cover-size, check: image, severity: error, applies: { roles: [cover] }, min_width: 1, message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }\n',
      '.adlint.yaml': 'packs: [zh.yaml]\n',
      'c.ad.yaml': 'placement: ""\ncopy: { title: 春季新款亚麻衬衫 }\n',
    });
    copyFileSync(path.join(repoRoot, 'rules/fixtures/landscape-1280x720.png'), path.join(dir, 'a.png'));
    const { results } = adlintJson(['a.ad.yaml', 'b.ad.yaml', 'c.ad.yaml', '--platform', 'oceanengine'], { cwd: dir });
    const said = (f: string) => results.find((r) => r.filePath.endsWith(f))!.messages.filter((m) => /^adlint\/(default|no|unknown)-(placement|role)$/.test(m.ruleId));
    expect(said('a.ad.yaml').map((m) => [m.messageId, m.message])).toEqual([
      ['default-placement', '未写版位：已按巨量引擎的默认版位“feed（信息流）”检查（要检查其他版位，请设置 `placement`：feed（信息流）、search（搜索）、splash（开屏）、landing_page（落地页））'],
    ]);
    expect(said('b.ad.yaml').map((m) => [m.field, m.messageId, m.data?.near])).toEqual([['placement', 'unknown-placement', 'feed']]);
    expect(said('b.ad.yaml')[0]!.message).toBe('巨量引擎没有“信息留”这个版位（是不是“feed（信息流）”？）；可用的版位：feed（信息流）、search（搜索）、splash（开屏）、landing_page（落地页）；已按默认版位“feed（信息流）”检查');
    expect(said('c.ad.yaml').map((m) => m.messageId)).toEqual(['empty-placement']);
    const role = adlintJson(['d.ad.yaml'], { cwd: dir }).results[0]!.messages.find((m) => m.ruleId === 'adlint/unknown-role')!;
    expect([role.field, role.messageId, role.data?.near, role.message]).toEqual(['media[0].role', 'unknown-role', 'cover', '测试平台没有“封面”这个素材用途（是不是“cover（封面图）”？）；可用的用途：cover（封面图）、banner；针对特定用途的规则跳过了这个文件']);
    const all = results.flatMap((r) => r.messages.filter((m) => m.ruleId.startsWith('adlint/')));
    expect(english(all as LintMessage[])).toEqual([]);
    // The same creative for Meta is told in English, with the same id and data.
    const en = adlintJson(['b.ad.yaml', '--platform', 'meta'], { cwd: dir }).results[0]!.messages.find((m) => m.ruleId === 'adlint/unknown-placement')!;
    expect(en.message).toMatch(/^unknown meta placement "信息留"; its placements: feed, story, reels, landing_page; /);
  });

  it('a creative the schema finds wrong is told so in Chinese when its own platforms are Chinese, field names as code', () => {
    const dir = tempProject({
      'a.ad.yaml': 'platforms: [oceanengine]\nplacement: feed\ncopy:\n  titel: 春季新款\n  headlines:\n    - #1 爆款\n  description: 123\n',
      'b.ad.md': '---\ncreatives: []\n---\n# 标题\n',
      'c.ad.yaml': 'platforms: [meta]\nplacement: feed\ncopy:\n  titel: Linen\n',
    });
    const { results } = adlintJson(['a.ad.yaml', 'c.ad.yaml'], { cwd: dir });
    const schema = (f: string) => results.find((r) => r.filePath.endsWith(f))!.messages.filter((m) => m.ruleId === 'adlint/schema');
    expect(schema('a.ad.yaml').map((m) => [m.field ?? null, m.messageId, m.message])).toEqual([
      [null, 'unknown-field', '未知字段 `titel`（位于 `copy`）：是不是 `title`？'],
      [null, 'wrong-type', '字段 `copy.headlines[0]` 应为文本：YAML 把 `#1 爆款` 当成了注释（空格后的 # 开始注释），所以值是空的；请加上英文双引号："#1 爆款"'],
      [null, 'wrong-type', '字段 `copy.description` 应为文本'],
    ]);
    expect(schema('a.ad.yaml')[0]!.data).toEqual({ name: 'titel', parent: 'copy', near: 'title' });
    expect(english(schema('a.ad.yaml') as LintMessage[])).toEqual([]);
    // Frontmatter that cannot be read names no platform: the command line's are the file's.
    const md = adlintJson(['b.ad.md', '--platform', 'tencent-ads'], { cwd: dir }).results[0]!.messages;
    expect(md.filter((m) => m.ruleId === 'adlint/schema').map((m) => [m.messageId, m.message])).toEqual([['markdown-creatives-list', '一个 Markdown 文件就是一条创意：`creatives` 列表请写在 *.ad.yaml 文件里']]);
    // Checked for an English platform, the same problem in English, as before.
    expect(schema('c.ad.yaml').map((m) => m.message)).toEqual(['unknown field "titel" (did you mean "title"?) in copy']);
  });

  it('what is wrong with a Chinese file\'s adlint-disable comments is said in Chinese, directive names and rule ids as code', () => {
    const dir = tempProject({
      'a.ad.yaml': [
        'platforms: [oceanengine]',
        'placement: feed',
        '# adlint-frobnicate oceanengine/title-length',
        'copy:',
        '  title: 春季新款亚麻衬衫 # adlint-disable-line oceanengine/nope',
        '  # adlint-disable-next-line oceanengine/title-length --',
        '  description: 透气舒适',
        '',
      ].join('\n'),
    });
    const { results } = adlintJson(['a.ad.yaml', '--report-unused-disable-directives'], { cwd: dir });
    const said = results[0]!.messages.filter((m) => m.category === 'directive');
    expect(said.map((m) => [m.line, m.ruleId, m.messageId, m.message])).toEqual([
      [3, 'adlint/unknown-directive', 'unknown-directive', '未知的指令 `adlint-frobnicate`；应为以下之一：adlint-disable-next-line, adlint-disable-line, adlint-disable-file, adlint-disable, adlint-enable'],
      [5, 'adlint/unknown-rule-in-directive', 'unknown-rule', '`adlint-disable-line` 中的规则 `oceanengine/nope` 不存在（应写成 <规则包>/<规则>，如 oceanengine/title-length）'],
      [6, 'adlint/unused-disable-directive', 'unused-for', '`adlint-disable-next-line` 指令没有用到："oceanengine/title-length" 在这里没有报告任何问题'],
      [6, 'adlint/missing-disable-reason', 'empty-reason', '`adlint-disable-next-line`：“--” 后面没有写原因；请写明这里为什么关闭规则（如 “-- 已备案临床试验报告，编号 2026-014”）'],
    ]);
    expect(english(said as LintMessage[])).toEqual([]);
  });

  it('a Markdown or YAML file too costly to parse is told so in Chinese when it is checked for Chinese platforms', () => {
    const dir = tempProject({
      'a.ad.md': `---\nplatforms: [oceanengine]\n---\n${'*'.repeat(16_001)}\n`,
      'b.ad.md': `---\nplatforms: [oceanengine]\n---\n${'标题\n===\n'.repeat(1001)}`,
      'c.ad.yaml': Array.from({ length: 10_001 }, (_, i) => `k${i}: 1`).join('\n'),
    });
    const { results } = adlintJson(['a.ad.md', 'b.ad.md', 'c.ad.yaml', '--platform', 'oceanengine'], { cwd: dir });
    const parse = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'adlint/parse'));
    expect(parse.map((m) => [m.messageId, m.message])).toEqual([
      ['markdown-emphasis-storm', '一个段落里的强调符号（* 或 _）超过 16000 个：解析要花几分钟，未解析'],
      ['markdown-setext-storm', '标题下划线（=== 或 --- 行）超过 1000 行：解析要花几分钟，未解析'],
      ['yaml-too-many-keys', '一个映射的键超过 10000 个：解析要花几分钟，未解析'],
    ]);
  });

  it('a landing page --fetch-landing may not fetch is said in Chinese for a Chinese creative, in English for an English one', () => {
    const dir = tempProject({
      'a.ad.yaml': 'platforms: [oceanengine]\nplacement: feed\nlanding_url: http://127.0.0.1:9/page\ncopy: { title: 春季新款亚麻衬衫 }\n',
      'b.ad.yaml': 'platforms: [tencent-ads]\nplacement: feed\nlanding_url: ftp://example.com/page\ncopy: { title: 春季新款亚麻衬衫 }\n',
      'c.ad.yaml': 'platforms: [meta]\nplacement: feed\nlanding_url: ftp://example.com/page\ncopy: { primary_text: Linen }\n',
    });
    const { results } = adlintJson(['a.ad.yaml', 'b.ad.yaml', 'c.ad.yaml', '--fetch-landing'], { cwd: dir });
    const fetch = (f: string) => results.find((r) => r.filePath.endsWith(f))!.messages.find((m) => m.ruleId === 'adlint/landing-fetch')!;
    expect([fetch('a.ad.yaml').messageId, fetch('a.ad.yaml').message]).toEqual(['private-address', '无法检查落地页：http://127.0.0.1:9/page 是本机或内网地址，未抓取（加 --fetch-landing-allow-private 才会抓取）']);
    expect([fetch('b.ad.yaml').messageId, fetch('b.ad.yaml').message]).toEqual(['not-http', '无法检查落地页：ftp://example.com/page 不是 http 或 https 网址，未抓取']);
    expect(fetch('c.ad.yaml').message).toBe('landing page cannot be checked: ftp://example.com/page is not an http or https address: not fetched');
  });

  it('a category adlint does not know is told so in Chinese for a Chinese platform, with the nearest as a Chinese reader knows it', () => {
    const dir = tempProject({
      'a.ad.yaml': 'platforms: [oceanengine]\nplacement: feed\ncategory: 酒内\ncopy: { title: 春季新款亚麻衬衫 }\n',
      'b.ad.yaml': 'platforms: [xiaohongshu]\nplacement: note\ncategory: ""\ncopy: { title: 春季新款亚麻衬衫 }\n',
    });
    const { results } = adlintJson(['a.ad.yaml', 'b.ad.yaml'], { cwd: dir });
    const said = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'adlint/unknown-category'));
    expect(said.map((m) => [m.messageId, m.data?.near])).toEqual([['unknown-category', 'alcohol'], ['empty-category', undefined]]);
    expect(said[0]!.message).toMatch(/^没有“酒内”这个类别（是不是“alcohol（酒）”？）：未应用任何类别规则；可用的类别：general（一般）、alcohol（酒）、/);
    expect(english(said as LintMessage[])).toEqual([]);
  });

  it('a platform adlint does not know, or none at all, is said in Chinese for a Chinese creative', () => {
    const dir = tempProject({
      'a.ad.yaml': 'platforms: [oceanengine, tencent-adz]\nplacement: feed\ncopy: { title: 春季新款亚麻衬衫 }\n',
      'b.ad.yaml': 'copy: { title: 春季新款亚麻衬衫 }\n',
      'c.ad.yaml': 'locale: zh-CN\nplatforms: [oceanengin]\n',
      'd.ad.yaml': 'copy: { headline: Linen shirts }\n',
    });
    const { results } = adlintJson(['a.ad.yaml', 'b.ad.yaml', 'c.ad.yaml', 'd.ad.yaml'], { cwd: dir });
    const said = (f: string) => results.find((r) => r.filePath.endsWith(f))!.messages.filter((m) => /^adlint\/(unknown|no)-platform$/.test(m.ruleId));
    expect(said('a.ad.yaml').map((m) => [m.field, m.data?.near])).toEqual([['platforms[1]', 'tencent-ads']]);
    expect(said('a.ad.yaml')[0]!.message).toMatch(/^没有“tencent-adz”这个平台（是不是“tencent-ads（腾讯广告）”？）；可用的平台：/);
    expect(said('b.ad.yaml').map((m) => m.message)).toEqual(['没有可检查的平台：请在创意或 .adlint.yaml 中设置 `platforms`（如 platforms: [oceanengine]），或运行时加 --platform']);
    expect(said('c.ad.yaml')[0]!.message).toMatch(/^没有“oceanengin”这个平台（是不是“oceanengine（巨量引擎）”？）/);
    // Platform ids are what `platforms:` takes, so these name them (beside their display names).
    const zh = [...said('a.ad.yaml'), ...said('b.ad.yaml'), ...said('c.ad.yaml')];
    expect(zh.filter((m) => LATIN_SENTENCE.test(m.message) || UNFILLED.test(m.message)).map((m) => m.message)).toEqual([]);
    expect(said('a.ad.yaml')[0]!.message).toContain('可用的平台：amazon、china-ad-law、google-ads、google-merchant、kuaishou（快手磁力引擎）、');
    expect(said('d.ad.yaml').map((m) => m.message)).toEqual(['no platform to check against: set `platforms` in the creative or config, or pass --platform']);
  });

  it('the sentence test catches what it is for', () => {
    expect(LATIN_SENTENCE.test('fixtures/a.webp：WEBP is not an allowed format (JPEG, PNG)。')).toBe(true);
    expect(LATIN_SENTENCE.test('fixtures/a.webp：图片格式为 WEBP。请上传 JPG 或 PNG。')).toBe(false);
    expect(UNFILLED.test('落地页 {{page}} 没有')).toBe(true);
    expect(PACK_ID.test('提醒：oceanengine 对该行业')).toBe(true);
    expect(PACK_ID.test('fixtures/oceanengine-feed.png')).toBe(false);
  });
});
