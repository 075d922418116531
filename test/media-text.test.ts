import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adlint, adlintJson, tempProject, type JsonMessage } from './helpers/cli.js';
import { skipsWithout } from './helpers/skips.js';
import { textImage, textVideo } from './fixtures/text-media.mjs';

/**
 * Text in images and video frames (docs/media.md), read by Debian's tesseract and ffmpeg from
 * pictures drawn at test time, and checked by the bundled packs' rules like copy.
 */

const AD = (media: string, extra = ''): string => `platforms: [oceanengine]
placement: feed
locale: zh-CN
category: home
copy:
  title: 纯棉四件套，柔软亲肤
media:
  - { path: ${media}, role: feed }
${extra}`;

/** The lines drawn on the test picture, top to bottom: a clean line, an absolute term, a phone number, a striped (misreadable) phone number. */
const LINES = [
  { text: '纯棉四件套 柔软亲肤', x: 40, y: 100, size: 48 },
  { text: '全网最低价 限时抢购', x: 40, y: 200, size: 48 },
  { text: '咨询电话 13812345678', x: 40, y: 300, size: 44 },
];
const STRIPED = { text: '咨询电话 13900001111', x: 40, y: 420, size: 34, color: '#222', stripes: true };

const onImage = (messages: JsonMessage[]): (JsonMessage & { box?: { x: number; y: number; w: number; h: number; time?: number } })[] =>
  messages.filter((m) => m.field?.startsWith('media[0].'));

function lint(dir: string, args: string[] = [], env: Record<string, string> = {}): { code: number; messages: JsonMessage[]; stderr: string } {
  const { code, results, stderr } = adlintJson(['a.ad.yaml', ...args], { cwd: dir, env });
  return { code, messages: results[0]!.messages, stderr };
}

/** An empty folder as PATH: node is run by its full path, tesseract and ffmpeg are not found. */
const NO_PROGRAMS = (dir: string): Record<string, string> => {
  const empty = path.join(dir, 'no-programs');
  mkdirSync(empty, { recursive: true });
  return { PATH: empty };
};

describe.skipIf(skipsWithout('tesseract'))('text in images', () => {
  let image: Buffer;
  beforeAll(async () => {
    image = await textImage({ width: 800, height: 480, lines: [...LINES, STRIPED] });
  });

  it('reports an absolute term and a phone number painted on the image at the media entry, with their boxes; the clean line is not flagged', () => {
    const dir = tempProject({ 'a.ad.yaml': AD('banner.png'), 'banner.png': image });
    const { code, messages } = lint(dir);
    expect(code).toBe(1);
    const found = onImage(messages).filter((m) => m.field === 'media[0].text');
    const absolute = found.find((m) => m.ruleId === 'china-ad-law/absolute-terms')!;
    const phone = found.find((m) => m.ruleId === 'oceanengine/contact-phone' && m.message.includes('13812345678'))!;
    expect(absolute).toMatchObject({ severity: 'error', line: 8, column: 5 });
    expect(absolute.message).toContain('图片中的文字：“全网最低价限时抢购”');
    expect(phone).toMatchObject({ severity: 'error', line: 8 });
    // Boxes in the picture's pixels, around the line each finding is on (baselines at y 200 and 300).
    expect(absolute.box!.y).toBeGreaterThan(140);
    expect(absolute.box!.y + absolute.box!.h).toBeLessThan(250);
    expect(absolute.box!.x).toBeLessThan(60);
    expect(phone.box!.y).toBeGreaterThan(250);
    expect(phone.box!.y + phone.box!.h).toBeLessThan(350);
    // The box of "13812345678" starts after "咨询电话 " (about 200 px at 44 px a character).
    expect(phone.box!.x).toBeGreaterThan(180);
    // Nothing about the clean line; no length, capitalization or other copy-only rule reads image text.
    expect(found.filter((m) => m.message.includes('纯棉四件套'))).toEqual([]);
    expect(found.every((m) => ['claim', 'pattern'].includes(m.category))).toBe(true);
  });

  it('a line read with low confidence is at most info, with the text it read shown', () => {
    const dir = tempProject({ 'a.ad.yaml': AD('banner.png'), 'banner.png': image });
    // The striped line (baseline y 420): its digits are read, but not surely (nor, here, rightly).
    const striped = onImage(lint(dir).messages).filter((m) => m.ruleId === 'oceanengine/contact-phone' && m.box!.y > 360);
    expect(striped).toHaveLength(1);
    expect(striped[0]!.severity).toBe('info');
    expect(striped[0]!.message).toMatch(/识别置信度低（\d+%），请人工确认：“咨询电话 1\d{10}”/);
  });

  it('a second run reads the text from the cache (--cache), also without tesseract; a corrupt cache entry is read again', () => {
    const dir = tempProject({ 'a.ad.yaml': AD('banner.png'), 'banner.png': image });
    const first = lint(dir, ['--cache', '--debug']);
    expect(first.stderr).toContain('text in media: 1 picture recognised, 0 from the cache');
    const ids = onImage(first.messages).map((m) => `${m.ruleId} ${m.severity} ${JSON.stringify(m.box)}`);
    // The creative changes (so its result is linted again), the picture does not.
    writeFileSync(path.join(dir, 'a.ad.yaml'), AD('banner.png', 'name: 第二版\n'));
    const second = lint(dir, ['--cache', '--debug'], NO_PROGRAMS(dir));
    expect(second.stderr).toContain('text in media: 0 pictures recognised, 1 from the cache');
    expect(onImage(second.messages).map((m) => `${m.ruleId} ${m.severity} ${JSON.stringify(m.box)}`)).toEqual(ids);
    const store = path.join(dir, '.adlintcache-media-text');
    for (const f of readdirSync(store)) writeFileSync(path.join(store, f), '{"format":1,"text":{"still":[{"text":1}]');
    writeFileSync(path.join(dir, 'a.ad.yaml'), AD('banner.png', 'name: 第三版\n'));
    const third = lint(dir, ['--cache', '--debug']);
    expect(third.stderr).toContain('text in media: 1 picture recognised, 0 from the cache');
    expect(onImage(third.messages).map((m) => `${m.ruleId} ${m.severity} ${JSON.stringify(m.box)}`)).toEqual(ids);
  });

  it('`ocr: false` in config reads no picture', () => {
    const dir = tempProject({ 'a.ad.yaml': AD('banner.png'), 'banner.png': image, '.adlint.yaml': 'ocr: false\n' });
    const { messages, stderr } = lint(dir, ['--debug']);
    expect(stderr).not.toContain('text in media');
    expect(messages.filter((m) => m.field?.includes('.text') || m.ruleId.startsWith('adlint/ocr'))).toEqual([]);
  });

  it('a creative without media starts no recognition; one with an image does', () => {
    // A preloaded hook reports every program adlint starts: recognising text starts tesseract.
    // Written synchronously to fd 2: see markdown.test.ts.
    const hook = `const cp = require('node:child_process');
const { writeSync } = require('node:fs');
const spawn = cp.spawn;
cp.spawn = function (cmd, ...rest) {
  writeSync(2, 'started ' + require('node:path').basename(cmd) + '\\n');
  return spawn.call(this, cmd, ...rest);
};
`;
    const dir = tempProject({
      'copy.ad.yaml': 'platforms: [oceanengine]\nplacement: feed\ncopy: { title: 全网最低价 }\n',
      'a.ad.yaml': AD('banner.png'), 'banner.png': image,
      'hook.cjs': hook,
    });
    const env = { NODE_OPTIONS: `--require ${path.join(dir, 'hook.cjs')}` };
    const copyOnly = adlint(['copy.ad.yaml', '--debug'], { cwd: dir, env });
    expect(copyOnly.code).toBe(1);
    expect(copyOnly.stderr).not.toContain('started ');
    expect(copyOnly.stderr).not.toContain('text in media');
    const withImage = adlint(['a.ad.yaml', '--debug'], { cwd: dir, env });
    expect(withImage.stderr).toContain('started tesseract');
    expect(withImage.stderr).toContain('text in media: 1 picture recognised');
  });

  it('the HTML report outlines each finding on the thumbnail', () => {
    const dir = tempProject({ 'a.ad.yaml': AD('banner.png'), 'banner.png': image });
    const html = adlint(['a.ad.yaml', '-f', 'html'], { cwd: dir }).stdout;
    const boxes = [...html.matchAll(/<span class="tbox tbox-(\w+)" title="([^"]+)" style="left:([\d.]+)%;top:([\d.]+)%/g)].map((m) => [m[1], m[2], Number(m[4])]);
    // In a 480 px high picture the absolute term's line spans y ≈ 150–210 (31–44 %), the phone number's ≈ 255–300 (53–63 %), the striped one ≈ 395 (82 %).
    const top = (rule: string, severity: string) => boxes.find(([sev, id]) => id === rule && sev === severity)?.[2] as number;
    expect(top('china-ad-law/absolute-terms', 'error')).toBeGreaterThan(28);
    expect(top('china-ad-law/absolute-terms', 'error')).toBeLessThan(44);
    expect(top('oceanengine/contact-phone', 'error')).toBeGreaterThan(50);
    expect(top('oceanengine/contact-phone', 'error')).toBeLessThan(63);
    expect(top('oceanengine/contact-phone', 'info')).toBeGreaterThan(75);
  });

  it('without tesseract: one info naming the Debian packages, for the run; everything else is linted', () => {
    const two = `defaults:\n  platforms: [oceanengine]\n  placement: feed\n  locale: zh-CN\ncreatives:\n  - { copy: { title: 全网最低价四件套 }, media: [{ path: banner.png }] }\n  - { copy: { title: 四件套 }, media: [{ path: banner.png }] }\n`;
    const dir = tempProject({ 'a.ad.yaml': two, 'b.ad.yaml': two, 'banner.png': image });
    const { results } = adlintJson(['a.ad.yaml', 'b.ad.yaml', '--cache'], { cwd: dir, env: NO_PROGRAMS(dir) });
    const all = results.flatMap((r) => r.messages);
    const notes = all.filter((m) => m.ruleId === 'adlint/ocr-unavailable');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', field: 'media[0]' });
    expect(notes[0]!.message).toContain('apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng');
    // A Chinese pack's creative hears it in Chinese (docs/messages.md lists every language).
    expect(notes[0]).toMatchObject({ messageId: 'ocr-no-tesseract', data: { packages: 'tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng' } });
    expect(notes[0]!.message).toMatch(/^未检查图片和视频中的文字：没有安装 tesseract/);
    expect(all.some((m) => m.ruleId === 'china-ad-law/absolute-terms' && m.field === 'copy.title')).toBe(true);
    // Not reused once tesseract is there: the next run reads the picture.
    const again = adlint(['a.ad.yaml', 'b.ad.yaml', '--cache', '--debug'], { cwd: dir });
    expect(again.stderr).toMatch(/text in media: [1-9]\d* pictures? recognised/);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe.skipIf(skipsWithout('tesseract', 'ffmpeg'))('text in video frames', () => {
  it('reports the frame a violation appears on, with its time; a banner that stays is reported once', async () => {
    const clean = await textImage({ width: 640, height: 360, lines: [{ text: '纯棉四件套 柔软亲肤', x: 40, y: 120, size: 44 }] });
    const claim = await textImage({ width: 640, height: 360, lines: [{ text: '纯棉四件套 柔软亲肤', x: 40, y: 120, size: 44 }, { text: '全网最低价', x: 40, y: 260, size: 56 }] });
    const video = textVideo([clean, claim, claim], 2);
    const dir = tempProject({ 'a.ad.yaml': AD('clip.mp4'), 'clip.mp4': video, '.adlint.yaml': 'ocr: { frames: 4 }\n' });
    const { messages } = lint(dir);
    const found = onImage(messages).filter((m) => m.ruleId === 'china-ad-law/absolute-terms');
    expect(found).toHaveLength(1);
    expect(found[0]!.field).toMatch(/^media\[0\]\.frames\[\d\]\.text$/);
    expect(found[0]!.message).toContain('视频第');
    // Frames at 0, 1.2, 2.4, 3.6 and 4.8 s of 6 s: the claim shows from 2 s.
    expect(found[0]!.box).toMatchObject({ time: 2.4 });
    expect(found[0]!.box!.y).toBeGreaterThan(190);
  });

  it('reads the cover picture embedded in a video into media[i].text', async () => {
    const dir = tempProject({
      'plain.mp4': textVideo([await textImage({ width: 320, height: 240, lines: [] })], 1),
      'cover.png': await textImage({ width: 640, height: 360, lines: [{ text: '全网最低价', x: 40, y: 200, size: 56 }] }),
      'a.ad.yaml': AD('clip.mp4'),
    });
    const { execFileSync } = await import('node:child_process');
    execFileSync('ffmpeg', ['-v', 'error', '-i', 'plain.mp4', '-i', 'cover.png', '-map', '0', '-map', '1', '-c', 'copy', '-disposition:v:1', 'attached_pic', 'clip.mp4'], { cwd: dir });
    const found = onImage(lint(dir).messages).filter((m) => m.ruleId === 'china-ad-law/absolute-terms');
    expect(found.map((m) => m.field)).toEqual(['media[0].text']);
    expect(found[0]!.box).not.toHaveProperty('time');
  });

  it('without ffmpeg: one info naming it; images are still read', async () => {
    const dir = tempProject({
      'a.ad.yaml': AD('clip.mp4', '  - { path: banner.png, role: feed }\n'),
      'clip.mp4': textVideo([await textImage({ width: 320, height: 180, lines: [] })], 1),
      'banner.png': await textImage({ width: 640, height: 360, lines: [{ text: '全网最低价', x: 40, y: 200, size: 56 }] }),
    });
    // tesseract stays reachable through a link in the otherwise empty PATH.
    const env = NO_PROGRAMS(dir);
    const { execFileSync } = await import('node:child_process');
    const { symlinkSync } = await import('node:fs');
    symlinkSync(execFileSync('sh', ['-c', 'command -v tesseract'], { encoding: 'utf8' }).trim(), path.join(env.PATH!, 'tesseract'));
    const { messages } = lint(dir, [], env);
    const notes = messages.filter((m) => m.ruleId === 'adlint/ocr-unavailable');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', field: 'media[0]' });
    expect(notes[0]!.message).toContain('apt-get install ffmpeg');
    expect(notes[0]!.message).toMatch(/^未检查视频中的文字/);
    expect(messages.filter((m) => m.ruleId === 'china-ad-law/absolute-terms').map((m) => m.field)).toEqual(['media[1].text']);
  });
});
