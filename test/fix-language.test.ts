import { chmodSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, adlintJson, tempProject } from './helpers/cli.js';

// 药妆 is replaced by 护肤品 (china-ad-law/medical-terms-ordinary-goods fixes it).
const AD = 'platforms: [china-ad-law]\ncategory: cosmetics\ncopy:\n  title: 温和药妆面霜\n';

/** A Chinese pack that fixes 药妆. */
const ZH_PACK = JSON.stringify({
  id: 'zx', name: 'Zx', version: '1', locale: 'zh-CN',
  rules: [{ id: 'swap', check: 'terms', severity: 'warning', terms: [{ term: '药妆', replacement: '护肤品' }], message: '“{{term}}”请改写', source: 's', confidence: 'documented', examples: { valid: [{}], invalid: [{}] } }],
});

describe('what --fix says is in the language of the packs whose fixes it is about', () => {
  it('a read-only file fixed by a Chinese pack is told in Chinese, with its message id', () => {
    const dir = tempProject({ 'a.ad.yaml': AD });
    chmodSync(path.join(dir, 'a.ad.yaml'), 0o444);
    const { code, results } = adlintJson(['--fix', 'a.ad.yaml'], { cwd: dir });
    expect(code).toBe(2);
    expect(readFileSync(path.join(dir, 'a.ad.yaml'), 'utf8')).toBe(AD);
    expect(results[0]!.messages[0]).toMatchObject({ ruleId: 'adlint/fix', messageId: 'read-only', message: '文件只读：未修复' });
  });

  it('a withheld fix of a Chinese pack says why in Chinese, in a file and on standard input', () => {
    // A listing whose frontmatter does not parse is not fixed: what the rest of it means is not known.
    const listing = '---\nlocale: [zh-CN\n---\n# 温和药妆面霜\n';
    const dir = tempProject({ '.adlint.yaml': 'packs: [zx.yaml]\nplatforms: [zx]\n', 'zx.yaml': ZH_PACK, 'a.listing.md': listing });
    const expected = { ruleId: 'adlint/fix', messageId: 'withheld', severity: 'warning', message: '未应用 zx/swap 的自动修复：文件整体无法解析' };
    const file = adlintJson(['--fix', 'a.listing.md'], { cwd: dir });
    expect(file.code).toBe(1);
    expect(readFileSync(path.join(dir, 'a.listing.md'), 'utf8')).toBe(listing);
    expect(file.results[0]!.messages[0]).toMatchObject(expected);
    const stdin = adlint(['--stdin', '--stdin-filename', 'a.listing.md', '--fix', '-f', 'json'], { cwd: dir, input: listing });
    expect(stdin.code).toBe(1);
    expect((JSON.parse(stdin.stdout) as { messages: unknown[] }[])[0]!.messages[0]).toMatchObject(expected);
  });
});
