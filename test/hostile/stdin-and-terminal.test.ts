import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, tempProject } from '../helpers/cli.js';

const DEADLINE = 20_000;

describe('--stdin gets the checks a file gets', () => {
  const cases: [string, Buffer, RegExp][] = [
    ['Latin-1', Buffer.from('copy:\n  headline: caf\xe9 cr\xe8me\n', 'latin1'), /not valid UTF-8/],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('copy:\n  headline: x\n', 'utf16le')]), /binary|not valid UTF-8|UTF-16/],
    ['UTF-16 BE without BOM', Buffer.from('copy:\n  headline: x\n', 'utf16le').swap16(), /binary|not valid UTF-8|UTF-16/],
    ['a NUL byte', Buffer.from('copy:\n  headline: a\u0000b\n'), /binary file/],
    ['20 MB', Buffer.alloc(20 * 1024 * 1024, 'a'), /over the 2097152-byte limit/],
  ];
  it.each(cases)('%s is refused at 1:1 with exit 1', (_name, input, message) => {
    const r = adlint(['--stdin', '--format', 'json'], { input, timeout: DEADLINE, cwd: tempProject({}) });
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string; line: number; column: number; message: string }[] }[];
    expect(result!.messages).toHaveLength(1);
    expect(result!.messages[0]).toMatchObject({ ruleId: 'adlint/parse', line: 1, column: 1 });
    expect(result!.messages[0]!.message).toMatch(message);
  });

  it.each(cases)('%s with --fix writes no U+FFFD and nothing to stdout', (_name, input) => {
    const r = adlint(['--stdin', '--fix'], { input, timeout: DEADLINE, cwd: tempProject({}) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/adlint\/parse/);
  });

  it('a sheet on stdin may be UTF-16 with a BOM, as a sheet file may', () => {
    const csv = 'Campaign,Ad group,Headline 1,Description 1,Final URL\nC,G,Linen shirts,Soft linen,https://x.example\n';
    const r = adlint(['--stdin', '--stdin-filename', 'ads.csv', '--format', 'json'], { input: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]), timeout: DEADLINE, cwd: tempProject({}) });
    expect(r.stdout).not.toMatch(/not valid UTF-8|binary/);
  });
});

describe('stylish output escapes what would act on the terminal', () => {
  const hostile: [string, string][] = [
    ['ESC ] title', '\u001b]0;pwned\u0007'],
    ['ESC [2J clear', '\u001b[2J'],
    ['CR', 'a\rb'],
    ['BS', 'a\bb'],
    ['BEL', '\u0007'],
    ['DEL', '\u007f'],
    ['C1 CSI', '\u009b31m'],
    ['RLO', '\u202egnp.exe'],
    ['LRI', '\u2066x\u2069'],
  ];
  it.each(hostile)('%s in a field name and a file name is shown escaped', (_name, evil) => {
    const dir = tempProject({});
    const escapedInYaml = JSON.stringify(`x${evil}y`);
    const file = `f${evil.replace(/[\r\n/]/g, '_')}.ad.yaml`;
    writeFileSync(path.join(dir, file), `copy:\n  ${escapedInYaml}: hello\n`);
    const r = adlint([file, '--platform', 'meta'], { cwd: dir, timeout: DEADLINE });
    expect(r.code).not.toBe(-1);
    // No raw control, C1 or bidi character reaches the terminal (tab and newline are the layout's own).
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(r.stdout).toMatch(/\\x[0-9A-F]{2}|\\u[0-9A-F]{4}/);
  });
});
