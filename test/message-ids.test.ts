import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { render as renderMessageDocs } from '../scripts/gen-message-docs.mjs';
import { adlint, adlintJson, repoRoot, tempProject } from './helpers/cli.js';

const pack = (messages: string): string => `id: p
name: P
version: "1"
rules:
  - id: r
    check: image
    severity: error
    formats: [png]
    max_file_size: 1KB
    message: "{{file}}: generic"
${messages}
    source: s
    confidence: documented
    examples: { valid: [{}], invalid: [{}] }
`;

describe('messages by id', () => {
  it('words each kind of message as the rule says, and carries messageId and data', () => {
    const dir = tempProject({
      '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n',
      'p.yaml': pack('    messages:\n      file-size: "{{file}} 太大：{{file_size}}"'),
      'a.ad.yaml': 'media:\n  - { path: a.gif }\n',
    });
    copyFileSync(path.join(repoRoot, 'rules/fixtures/animated-251-frames.gif'), path.join(dir, 'a.gif'));
    const { results } = adlintJson(['a.ad.yaml'], { cwd: dir });
    const messages = results[0]!.messages as unknown as { messageId: string; message: string; data: Record<string, unknown> }[];
    const size = messages.find((m) => m.messageId === 'file-size');
    expect(size?.message).toMatch(/^a\.gif 太大：/);
    expect(size?.data).toMatchObject({ file: 'a.gif', aspect: 'file-size' });
    const format = messages.find((m) => m.messageId === 'format');
    expect(format?.message).toBe('a.gif: generic');
  });

  it('a problem with the media file itself is worded by its own id, which the rule may reword, never by the rule\'s message', () => {
    const dir = tempProject({
      '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n',
      'p.yaml': pack('    messages:\n      file-not-found: "素材 {{file}} 不存在，请检查路径。"'),
      'a.ad.yaml': 'media:\n  - { path: gone.png }\n  - { path: empty.png }\n',
    });
    writeFileSync(path.join(dir, 'empty.png'), '');
    const { results } = adlintJson(['a.ad.yaml'], { cwd: dir });
    expect(results[0]!.messages.map((m) => [m.field, (m as unknown as { messageId: string }).messageId, m.message, m.category])).toEqual([
      ['media[0].path', 'file-not-found', '素材 gone.png 不存在，请检查路径。', 'parse'],
      ['media[1].path', 'empty-file', 'empty.png is empty (0 bytes)', 'parse'],
    ]);
  });

  it('a message id the check does not have is a pack error with a did-you-mean', () => {
    const dir = tempProject({ '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n', 'p.yaml': pack('    messages:\n      file-sise: x'), 'a.ad.yaml': 'copy: { title: x }\n' });
    const r = adlint(['a.ad.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/p\.yaml:12:7: rule p\/r: messages: "file-sise" is not a message of check image \(did you mean "file-size"\?\)/);
  });

  it('URL and targeting messages carry their own ids: {{problem}} is the default wording, messages: rewords one id', () => {
    const dir = tempProject({
      '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n',
      'p.yaml': `id: p
name: P
version: "1"
rules:
  - { id: https, check: url, severity: error, require_https: true, forbidden_params: [fbclid], message: "Final URL: {{problem}}.", messages: { forbidden-param: "落地页网址带有 {{param}} 参数，请删除。" }, source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: age, check: targeting, severity: error, min_age: { default: 18 }, message: "{{problem}}.", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
`,
      'a.ad.yaml': 'landing_url: http://example.com/?fbclid=1\ntargeting: { age_min: 16 }\n',
    });
    const { results } = adlintJson(['a.ad.yaml'], { cwd: dir });
    const byId = Object.fromEntries(results[0]!.messages.map((m) => [(m as unknown as { messageId: string }).messageId, m.message]));
    expect(byId).toEqual({
      https: 'Final URL: http://example.com/?fbclid=1 uses http; https is required.',
      'forbidden-param': '落地页网址带有 fbclid 参数，请删除。',
      'min-age': 'minimum age is 16; every country requires 18+.',
    });
  });

  it('every message id of every check is listed in docs/messages.md with its wording in every language (run `pnpm docs:rules` to regenerate)', () => {
    expect(readFileSync(path.join(repoRoot, 'docs/messages.md'), 'utf8')).toBe(renderMessageDocs());
    expect(renderMessageDocs()).toContain('| `file-not-found` | media file not found: {{file}} | 找不到素材文件：{{file}} |');
  });
});
