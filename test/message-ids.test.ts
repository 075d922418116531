import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it('a message id the check does not have is a pack error with a did-you-mean', () => {
    const dir = tempProject({ '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n', 'p.yaml': pack('    messages:\n      file-sise: x'), 'a.ad.yaml': 'copy: { title: x }\n' });
    const r = adlint(['a.ad.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/p\.yaml:12:7: rule p\/r: messages: "file-sise" is not a message of check image \(did you mean "file-size"\?\)/);
  });
});
