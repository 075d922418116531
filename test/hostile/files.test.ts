import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, tempProject } from '../helpers/cli.js';
import { makeMp4 } from '../fixtures/mp4.mjs';
import { testPack } from '../helpers/packs.js';

/** A run that hangs is killed here and fails the test (code -1), instead of stalling the suite. */
const DEADLINE = 20_000;
const GOOD = 'copy:\n  headline: Breathable linen shirts\n';
const PACK = testPack(`  - id: short
    check: length
    severity: error
    applies: { fields: [copy.headline] }
    max: 60
    message: too long
    source: s
    confidence: documented
    examples: { valid: [{ copy: { headline: ok } }], invalid: [{ copy: { headline: ${'x'.repeat(70)} } }] }
`);
const fifo = (file: string): void => {
  mkdirSync(path.dirname(file), { recursive: true });
  execFileSync('mkfifo', [file]);
};
const devZero = (file: string): void => {
  mkdirSync(path.dirname(file), { recursive: true });
  symlinkSync('/dev/zero', file);
};

describe('non-regular files wherever adlint opens a file', () => {
  const makers = [['a named pipe', fifo], ['a link to /dev/zero', devZero]] as const;
  const places: [string, string, string[], RegExp][] = [
    ['.adlint.yaml', '.adlint.yaml', [], /\.adlint\.yaml: cannot read config: not a regular file/],
    ['--config', 'other.yaml', ['--config', 'other.yaml'], /other\.yaml: cannot read config: not a regular file/],
    ['.adlintignore', '.adlintignore', [], /cannot read ignore file \.adlintignore: not a regular file/],
    ['--ignore-path', 'ign', ['--ignore-path', 'ign'], /cannot read ignore file ign: not a regular file/],
    ['a pack', 'p.yaml', [], /p\.yaml: cannot read pack: not a regular file/],
    ['a lexicon', 'lexicons/l.yaml', [], /l\.yaml: cannot read lexicon: not a regular file/],
  ];
  for (const [what, make] of makers) {
    it.each(places)(`%s that is ${what}: exit 2 naming it, within seconds`, (_place, file, args, message) => {
      const lexiconPack = `${PACK}  - { id: t, check: terms, severity: error, lexicon: lexicons/l.yaml, message: x, source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }\n`;
      const dir = tempProject({ 'a.ad.yaml': GOOD, ...(file === '.adlint.yaml' ? {} : { '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n' }), ...(file === 'p.yaml' ? {} : { 'p.yaml': file === 'lexicons/l.yaml' ? lexiconPack : PACK }) });
      make(path.join(dir, file));
      // A link to /dev/zero leads out of the project as well (outside.test.ts): opted in here, so the file itself is what is refused.
      const r = adlint(['a.ad.yaml', ...args, ...(make === devZero ? ['--allow-outside-project'] : [])], { cwd: dir, timeout: DEADLINE });
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(2);
    });

    it(`a cache file that is ${what} is not read, and is replaced`, () => {
      const dir = tempProject({ 'a.ad.yaml': GOOD, '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n', 'p.yaml': PACK });
      make(path.join(dir, '.adlintcache'));
      const r = adlint(['a.ad.yaml', '--cache'], { cwd: dir, timeout: DEADLINE });
      expect(r.code).toBe(0);
      expect(adlint(['a.ad.yaml', '--cache'], { cwd: dir, timeout: DEADLINE }).code).toBe(0);
    });

    it(`with --cache, a medium that is ${what} is reported at its path, never read`, () => {
      const dir = tempProject({
        'a.ad.yaml': 'copy:\n  headline: ok\nmedia:\n  - { path: img/a.png, role: main }\n  - { path: v/a.mp4, role: video }\n',
        '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n',
        'p.yaml': `${PACK}  - { id: img, check: image, severity: error, applies: { roles: [main] }, formats: [png], message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }\n  - { id: vid, check: video, severity: error, applies: { roles: [video] }, containers: [mp4], message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }\n`,
      });
      make(path.join(dir, 'img/a.png'));
      make(path.join(dir, 'v/a.mp4'));
      for (let i = 0; i < 2; i++) {
        const r = adlint(['a.ad.yaml', '--cache', '--format', 'json', ...(make === devZero ? ['--allow-outside-project'] : [])], { cwd: dir, timeout: DEADLINE });
        expect(r.code).toBe(1);
        const messages = (JSON.parse(r.stdout) as { messages: { field: string; message: string }[] }[])[0]!.messages;
        expect(messages.map((m) => `${m.field} ${m.message}`)).toEqual(['media[0].path img/a.png is not a regular file', 'media[1].path v/a.mp4 is not a regular file']);
      }
    });
  }
});

describe('MP4 sample-table bombs', () => {
  /** The first `type` box of a video with the 32-bit field `at` bytes into its body set to `value`. */
  const patched = (type: string, at: number, value: number): Buffer => {
    const mp4 = Buffer.from(makeMp4({ seconds: 1 }));
    const i = mp4.indexOf(type, 0, 'latin1');
    mp4.writeUInt32BE(value >>> 0, i + 4 + at);
    return mp4;
  };
  const bombs: [string, Buffer][] = [];
  for (const value of [0xffffffff, 100_000_000, 20_000_000]) {
    bombs.push([`stsz count ${value}`, patched('stsz', 8, value)]);
    bombs.push([`stts count ${value}`, patched('stts', 4, value)]);
    bombs.push([`stsc count ${value}`, patched('stsc', 4, value)]);
    bombs.push([`stco count ${value}`, patched('stco', 4, value)]);
    bombs.push([`stsd count ${value}`, patched('stsd', 4, value)]);
  }
  it(`reports each of ${bombs.length} bombs as a corrupt video at its path, lints the good one, and writes -o`, () => {
    const files: Record<string, Buffer | string> = {
      '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n',
      'p.yaml': `${PACK}  - { id: vid, check: video, severity: error, applies: { roles: [video] }, containers: [mp4], max_duration: 60, message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }\n`,
      'good.mp4': makeMp4({ seconds: 1 }),
      'good.ad.yaml': 'media:\n  - { path: good.mp4, role: video }\n',
    };
    bombs.forEach(([, bytes], i) => {
      files[`b${i}.mp4`] = bytes;
      files[`b${i}.ad.yaml`] = `media:\n  - { path: b${i}.mp4, role: video }\n`;
    });
    const dir = tempProject(files);
    const r = adlint(['.', '--format', 'json', '-o', 'report.json'], { cwd: dir, timeout: DEADLINE });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(execFileSync('cat', [path.join(dir, 'report.json')], { encoding: 'utf8' })) as { filePath: string; messages: { field: string; message: string }[] }[];
    const byName = new Map(report.map((x) => [path.basename(x.filePath), x.messages]));
    expect(byName.get('good.ad.yaml')).toEqual([]);
    bombs.forEach(([name], i) => {
      const messages = byName.get(`b${i}.ad.yaml`)!;
      expect(messages.map((m) => m.field), name).toEqual(['media[0].path']);
      expect(messages[0]!.message, name).toMatch(new RegExp(`^b${i}\\.mp4 has a corrupt movie header: .*(claims|more than)`));
    });
  });

  it('a video with more than 10,000 top-level boxes before its movie header says so', () => {
    const free = Buffer.from([0, 0, 0, 8, 0x66, 0x72, 0x65, 0x65]);
    const mp4 = makeMp4({ seconds: 1 });
    const ftyp = mp4.subarray(0, mp4.readUInt32BE(0));
    const dir = tempProject({
      '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n',
      'p.yaml': `${PACK}  - { id: vid, check: video, severity: error, applies: { roles: [video] }, containers: [mp4], message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }\n`,
      'v.mp4': Buffer.concat([ftyp, Buffer.concat(Array.from({ length: 10_001 }, () => free)), mp4.subarray(ftyp.length)]),
      'a.ad.yaml': 'media:\n  - { path: v.mp4, role: video }\n',
    });
    const r = adlint(['a.ad.yaml'], { cwd: dir, timeout: DEADLINE });
    expect(r.stdout).toMatch(/v\.mp4 has more than 10000 top-level boxes before its movie header/);
    expect(r.code).toBe(1);
  });
});

describe('regular expressions that backtrack catastrophically in a backtracking engine', () => {
  const evil = ['(a|a)*b', '(a|aa)*b', 'a*a*a*a*a*b', '([a-z]|a)*$b', '(a+)+b', '(\\w+\\s?)*!'];
  it.each(evil)('%s in a pack runs in linear time on 5,000 characters', (pattern) => {
    const dir = tempProject({
      '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n',
      'p.yaml': `${PACK}  - id: evil\n    check: pattern\n    severity: error\n    pattern: '${pattern}'\n    message: x\n    source: s\n    confidence: documented\n    examples: { valid: [{}], invalid: [{}] }\n`,
      'a.ad.yaml': `copy:\n  headline: ok\n  description: ${'a'.repeat(5000)}\n`,
    });
    const started = Date.now();
    const r = adlint(['a.ad.yaml'], { cwd: dir, timeout: DEADLINE });
    expect(r.code, r.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a config rules: override cannot put one on a bundled rule either', () => {
    const dir = tempProject({
      '.adlint.yaml': `platforms: [meta]\nrules:\n  meta/personal-attributes-age: { severity: error, pattern: '(a|aa)*b' }\n`,
      'a.ad.yaml': `placement: feed\ncopy:\n  primary_text: ${'a'.repeat(5000)}\n`,
    });
    const started = Date.now();
    const r = adlint(['a.ad.yaml', '--format', 'json'], { cwd: dir, timeout: DEADLINE });
    expect(r.code, r.stderr).not.toBe(-1);
    expect(r.code).not.toBe(2);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
