import { closeSync, openSync, readFileSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adlintJson, pointedText, tempProject, type JsonMessage } from './helpers/cli.js';
import { makeGif, makeImage } from './fixtures/images.mjs';
import { hugeMp4Parts, makeMp4 } from './fixtures/mp4.mjs';
import { pixelBombPng } from './fixtures/bad-media.mjs';

/** A pack of one rule per aspect, so each message can be asserted on its own. */
const PACK = `
id: media-test
name: Media test
version: "1"
roles:
  story: { description: "story media" }
  format: { description: "format media" }
  size: { description: "size media" }
  bytes: { description: "bytes media" }
  header: { description: "header media" }
  main: { description: "main media" }
  video: { description: "video media" }
rules:
  - { id: ratio, check: image, severity: error, applies: { roles: [story] }, ratios: ["9:16", "1:1", "16:9"], message: "{{dimensions}} is {{ratio}}; TikTok in-feed allows {{allowed}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: format, check: image, severity: error, applies: { roles: [format] }, formats: [jpeg, png], message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: size, check: image, severity: error, applies: { roles: [size] }, min_width: 600, min_height: 600, max_width: 4000, max_height: 4000, message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: bytes, check: image, severity: error, applies: { roles: [bytes] }, max_file_size: 2 KB, message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: header, check: image, severity: error, applies: { roles: [header] }, color_spaces: [srgb], animated: false, transparency: false, message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: white, check: image, severity: error, applies: { roles: [main] }, background: { white: 250, border: 0.02 }, fill: { min: 0.85 }, message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: video, check: video, severity: error, applies: { roles: [video] }, containers: [mp4], min_duration: 1, max_duration: 60, ratios: ["9:16"], min_fps: 24, codecs: [avc1], max_file_size: 1 GB, message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
`;

const media = (entries: [string, string][]): string => `media:\n${entries.map(([p, role]) => `  - { path: ${JSON.stringify(p)}, role: ${role} }`).join('\n')}\n`;

let dir: string;

function lint(file: string): { code: number; messages: JsonMessage[]; text: string } {
  const { code, results, stderr } = adlintJson([file], { cwd: dir });
  expect(stderr).toBe('');
  const result = results.find((r) => r.filePath.endsWith(file))!;
  return { code, messages: result.messages, text: readFileSync(path.join(dir, file), 'utf8') };
}

function only(messages: JsonMessage[], ruleId: string): JsonMessage[] {
  return messages.filter((m) => m.ruleId === `media-test/${ruleId}`);
}

beforeAll(async () => {
  const valid = await makeImage({ width: 1080, height: 1920 });
  dir = tempProject({
    'pack.yaml': PACK,
    '.adlint.yaml': 'packs: [pack.yaml]\nplatforms: [media-test]\nmedia:\n  - { files: "assets/story/**", role: story }\n',
    'img/landscape.jpg': await makeImage({ width: 1200, height: 900, format: 'jpeg' }),
    'img/story.png': valid,
    'img/anim.gif': await makeGif(3),
    'img/small.png': await makeImage({ width: 300, height: 200 }),
    'img/huge.png': await makeImage({ width: 5000, height: 500, fill: 0.1 }),
    'img/cmyk.jpg': await makeImage({ width: 64, height: 64, format: 'jpeg', cmyk: true }),
    'img/alpha.png': await makeImage({ width: 64, height: 64, alpha: true }),
    'img/product.jpg': await makeImage({ width: 800, height: 800, format: 'jpeg', fill: 0.9 }),
    'img/grey.jpg': await makeImage({ width: 800, height: 800, format: 'jpeg', fill: 0.9, background: '#dddddd' }),
    'img/tiny-product.png': await makeImage({ width: 800, height: 800, fill: 0.4 }),
    'img/lying.jpg': valid,
    'img/corrupt.jpg': Buffer.from('this is not a jpeg at all, just text pretending'),
    'img/truncated.jpg': (await makeImage({ width: 400, height: 400, format: 'jpeg' })).subarray(0, 900),
    'img/bomb.png': pixelBombPng(),
    'img/5000-frames.gif': await makeGif(5000),
    'img/folder.png/readme.txt': 'a folder named like an image',
    'vid/story.mp4': makeMp4({ width: 1080, height: 1920, seconds: 10 }),
    'vid/landscape.mov': makeMp4({ width: 1920, height: 1080, seconds: 90, fps: 12, container: 'mov', codec: 'hvc1' }),
    'vid/moov-last.mp4': makeMp4({ width: 1080, height: 1920, seconds: 0.5, moovFirst: false }),
    'vid/corrupt.mp4': Buffer.concat([makeMp4().subarray(0, makeMp4().readUInt32BE(0)), Buffer.from([0, 0, 0, 3, 0xff, 0xfe, 0, 1])]),
    'vid/truncated.mp4': makeMp4({ moovFirst: false }).subarray(0, 200),
    'vid/mangled.mp4': Buffer.from(makeMp4()).fill(0xff, 100, 300),
    'vid/not-video.mp4': valid,
    'assets/story/wide.jpg': await makeImage({ width: 1200, height: 900, format: 'jpeg' }),
    'assets/story/ok.png': valid,
    'assets/story/named.jpg': await makeImage({ width: 1200, height: 900, format: 'jpeg' }),
    'named.ad.yaml': media([['assets/story/named.jpg', 'feed']]),
  });
  symlinkSync('loop.jpg', path.join(dir, 'img/loop.jpg'));
  // A 500 MB video whose index sits after its media data, written sparse so the test costs no disk.
  const huge = hugeMp4Parts(500 * 1024 * 1024, { width: 1080, height: 1920 });
  const fd = openSync(path.join(dir, 'vid/huge.mp4'), 'w');
  writeSync(fd, huge.head, 0, huge.head.length, 0);
  writeSync(fd, huge.moov, 0, huge.moov.length, huge.moovOffset);
  closeSync(fd);
});

describe('image check', () => {
  it('names the measured and the allowed ratios, at the path value', () => {
    writeFileSync(path.join(dir, 'ratio.ad.yaml'), media([['img/landscape.jpg', 'story'], ['img/story.png', 'story'], ['img/landscape.jpg', 'feed']]));
    const { messages, text, code } = lint('ratio.ad.yaml');
    const ratio = only(messages, 'ratio');
    expect(code).toBe(1);
    expect(ratio).toHaveLength(1);
    expect(ratio[0]!.message).toBe('1200×900 is 4:3; TikTok in-feed allows 9:16, 1:1, 16:9');
    expect(ratio[0]!.category).toBe('image-ratio');
    expect(ratio[0]!.field).toBe('media[0].path');
    expect(pointedText(text, ratio[0]!)).toBe('"img/landscape.jpg"');
  });

  it('checks format, pixel size, file size, colour space, animation and transparency from the header', () => {
    writeFileSync(path.join(dir, 'header.ad.yaml'), media([
      ['img/anim.gif', 'format'], ['img/story.png', 'format'],
      ['img/small.png', 'size'], ['img/huge.png', 'size'], ['img/product.jpg', 'size'],
      ['img/story.png', 'bytes'],
      ['img/cmyk.jpg', 'header'], ['img/anim.gif', 'header'], ['img/alpha.png', 'header'],
    ]));
    const { messages } = lint('header.ad.yaml');
    expect(only(messages, 'format').map((m) => [m.field, m.message, m.category])).toEqual([['media[0].path', 'GIF is not an allowed format (JPEG, PNG)', 'image-format']]);
    expect(only(messages, 'size').map((m) => `${m.field} ${m.message}`).sort()).toEqual([
      'media[2].path 300×200 is smaller than the minimum 600×600',
      'media[3].path 5000×500 is larger than the maximum 4000×4000',
      'media[3].path 5000×500 is smaller than the minimum 600×600',
    ]);
    const bytes = only(messages, 'bytes');
    expect(bytes).toHaveLength(1);
    expect(bytes[0]!.message).toMatch(/^file is [\d.]+ KB; the limit is 2 KB$/);
    expect(bytes[0]!.category).toBe('image-file-size');
    expect(only(messages, 'header').map((m) => [m.field, m.message])).toEqual([
      ['media[6].path', 'colour space is CMYK; allowed: SRGB'],
      ['media[7].path', 'the image is animated (3 frames)'],
      ['media[8].path', 'the image has an alpha (transparency) channel'],
    ]);
  });

  it('decodes for background and fill: white border and how much of the frame the product spans', () => {
    writeFileSync(path.join(dir, 'white.ad.yaml'), media([['img/product.jpg', 'main'], ['img/grey.jpg', 'main'], ['img/tiny-product.png', 'main']]));
    const { messages } = lint('white.ad.yaml');
    const white = only(messages, 'white').map((m) => [m.field, m.message, m.category]);
    expect(white).toEqual([
      ['media[1].path', '100% of the border is not white (RGB ≥ 250)', 'image-content'],
      ['media[2].path', 'the product spans 40% of the frame; at least 85% is required', 'image-content'],
    ]);
  });

});

describe('video check', () => {
  it('reads container, duration, size, ratio, frame rate and codec from the boxes', () => {
    writeFileSync(path.join(dir, 'video.ad.yaml'), media([['vid/story.mp4', 'video'], ['vid/landscape.mov', 'video'], ['vid/moov-last.mp4', 'video']]));
    const { messages, text } = lint('video.ad.yaml');
    const video = only(messages, 'video');
    expect(video.filter((m) => m.field === 'media[0].path')).toEqual([]);
    expect(video.filter((m) => m.field === 'media[1].path').map((m) => m.message).sort()).toEqual([
      '1920×1080 is 16:9; allowed: 9:16',
      'MOV is not an allowed container (MP4)',
      'the codec is hvc1.0.0.L0; allowed: avc1',
      'the frame rate is 12 fps; the minimum is 24',
      'the video is 1 min 30 s; the maximum is 1 min',
    ]);
    const short = video.filter((m) => m.field === 'media[2].path');
    expect(short.map((m) => m.message)).toEqual(['the video is 0.5 s; the minimum is 1 s']);
    expect(short[0]!.category).toBe('video');
    expect(pointedText(text, short[0]!)).toBe('"vid/moov-last.mp4"');
  });

  it('reads a 500 MB video by its boxes only', () => {
    writeFileSync(path.join(dir, 'huge.ad.yaml'), media([['vid/huge.mp4', 'video']]));
    const started = Date.now();
    const { messages } = lint('huge.ad.yaml');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(only(messages, 'video').map((m) => m.message)).toEqual([]);
  });
});

describe('bad media input', () => {
  it('reports each broken file at its path and still lints the others', () => {
    writeFileSync(path.join(dir, 'bad.ad.yaml'), media([
      ['img/missing.png', 'story'], ['img/folder.png', 'story'], ['img/corrupt.jpg', 'story'],
      ['img/truncated.jpg', 'story'], ['img/lying.jpg', 'story'], ['img/loop.jpg', 'story'],
      ['vid/corrupt.mp4', 'video'], ['vid/truncated.mp4', 'video'], ['vid/not-video.mp4', 'story'],
      ['img/landscape.jpg', 'story'], ['vid/mangled.mp4', 'video'],
    ]));
    const { messages, text, code } = lint('bad.ad.yaml');
    expect(code).toBe(1);
    const byField = (i: number): JsonMessage[] => messages.filter((m) => m.field === `media[${i}].path`);
    expect(byField(0).map((m) => [m.message, m.category])).toEqual([['media file not found: img/missing.png', 'parse']]);
    expect(pointedText(text, byField(0)[0]!)).toBe('"img/missing.png"');
    expect(byField(1).map((m) => m.message)).toEqual(['img/folder.png is a folder, not an image or video']);
    expect(byField(2).map((m) => m.message)).toEqual([expect.stringMatching(/^img\/corrupt\.jpg is not a readable JPEG file/)]);
    expect(byField(3).map((m) => m.message)).toContain('img/truncated.jpg is truncated: its JPEG data ends without its end marker (EOI)');
    expect(byField(4).map((m) => [m.message, m.category])).toEqual([['img/lying.jpg is named .jpg but holds a PNG image', 'image-format']]);
    expect(byField(5).map((m) => m.message)).toEqual(['img/loop.jpg is a symbolic link loop']);
    expect(byField(6).map((m) => m.message)).toEqual([expect.stringMatching(/^vid\/corrupt\.mp4 is corrupt: invalid box at byte \d+$/)]);
    expect(byField(7).map((m) => m.message)).toEqual([expect.stringMatching(/^vid\/truncated\.mp4 (is truncated|has no movie header)/)]);
    expect(byField(8).map((m) => m.message)).toEqual(['vid/not-video.mp4 is named .mp4 but holds an image']);
    expect(byField(9).map((m) => m.message)).toEqual(['1200×900 is 4:3; TikTok in-feed allows 9:16, 1:1, 16:9']);
    expect(byField(10).map((m) => m.message)).toEqual(["vid/mangled.mp4 has a corrupt movie header: Invalid box type: 'ÿÿÿÿ'"]);
  });

  it('never decodes a pixel bomb, and reads a 5,000-frame GIF by its header', () => {
    writeFileSync(path.join(dir, 'bomb.ad.yaml'), media([['img/bomb.png', 'main'], ['img/bomb.png', 'size'], ['img/5000-frames.gif', 'header']]));
    const started = Date.now();
    const { messages } = lint('bomb.ad.yaml');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(only(messages, 'white').map((m) => m.message)).toEqual([
      "img/bomb.png is 30000×30000 (900 megapixels), over adlint's 40-megapixel decoding limit: its pixels are not checked",
    ]);
    expect(only(messages, 'size').map((m) => m.message)).toEqual(['30000×30000 is larger than the maximum 4000×4000']);
    expect(only(messages, 'header').map((m) => m.message)).toEqual(['the image is animated (5000 frames)']);
  });
});

describe('bare media folders', () => {
  it('lints media that config assigns and no manifest names, at 1:1 of the file', () => {
    const { results, code } = adlintJson(['assets', 'named.ad.yaml'], { cwd: dir });
    expect(code).toBe(1);
    const files = results.map((r) => path.relative(dir, r.filePath)).sort();
    expect(files).toEqual(['assets/story/ok.png', 'assets/story/wide.jpg', 'named.ad.yaml']);
    const wide = results.find((r) => r.filePath.endsWith('wide.jpg'))!;
    expect(wide.messages.map((m) => [m.ruleId, m.message, m.line, m.column, m.field])).toEqual([
      ['media-test/ratio', '1200×900 is 4:3; TikTok in-feed allows 9:16, 1:1, 16:9', 1, 1, 'media[0].path'],
    ]);
    expect(results.find((r) => r.filePath.endsWith('ok.png'))!.messages).toEqual([]);
  });
});
