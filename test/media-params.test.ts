import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adlintJson, pointedText, tempProject, type JsonMessage } from './helpers/cli.js';
import { makeGif, makeImage } from './fixtures/images.mjs';
import { makeMp4 } from './fixtures/mp4.mjs';

/** Ratio ranges, longest side, frame counts and per-role counts: one rule per parameter. */
const PACK = `
id: params
name: Media parameters
version: "1"
roles:
  feed: { description: "feed media" }
  tall: { description: "tall media" }
  long: { description: "long media" }
  gif: { description: "gif media" }
  video: { description: "video media" }
  landscape: { description: "landscape media" }
rules:
  - { id: feed, check: image, severity: error, applies: { roles: [feed] }, min_ratio: "1:1", max_ratio: "1.91:1", ratios: ["4:5"], ratio_tolerance: 0.01, message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: tall, check: image, severity: error, applies: { roles: [tall] }, max_ratio: "1:1", message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: long, check: image, severity: error, applies: { roles: [long] }, min_long_side: 1000, max_long_side: 4000, message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: frames, check: image, severity: error, applies: { roles: [gif] }, max_frames: 250, message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: video, check: video, severity: error, applies: { roles: [video] }, min_ratio: "1:2", max_ratio: "1.91:1", message: "{{dimensions}} is {{ratio}}; allowed: {{allowed}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: landscape-count, check: count, severity: error, applies: { fields: [media] }, roles: [landscape], min: 1, max: 2, message: "{{actual}} {{roles}} images; {{min}}–{{max}} allowed", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
`;

const media = (entries: [string, string][]): string => `media:\n${entries.map(([p, role]) => `  - { path: ${JSON.stringify(p)}, role: ${role} }`).join('\n')}\n`;

let dir: string;

function lint(name: string, body: string): { messages: JsonMessage[]; text: string } {
  writeFileSync(path.join(dir, name), body);
  const { results, stderr } = adlintJson([name], { cwd: dir });
  expect(stderr).toBe('');
  return { messages: results.find((r) => r.filePath.endsWith(name))!.messages, text: readFileSync(path.join(dir, name), 'utf8') };
}

const of = (messages: JsonMessage[], rule: string): string[] => messages.filter((m) => m.ruleId === `params/${rule}`).map((m) => `${m.field} ${m.message}`);

beforeAll(async () => {
  dir = tempProject({
    'pack.yaml': PACK,
    '.adlint.yaml': 'packs: [pack.yaml]\nplatforms: [params]\n',
    'img/1200x628.png': await makeImage({ width: 1200, height: 628 }),
    'img/1200x900.jpg': await makeImage({ width: 1200, height: 900, format: 'jpeg' }),
    'img/1080x1350.png': await makeImage({ width: 1080, height: 1350 }),
    'img/900x1000.png': await makeImage({ width: 900, height: 1000 }),
    'img/1600x628.png': await makeImage({ width: 1600, height: 628 }),
    'img/1200x400.png': await makeImage({ width: 1200, height: 400 }),
    'img/800x800.png': await makeImage({ width: 800, height: 800 }),
    'img/5000x500.png': await makeImage({ width: 5000, height: 500, fill: 0.1 }),
    'img/3-frames.gif': await makeGif(3),
    'img/300-frames.gif': await makeGif(300),
    'vid/1000x1500.mp4': makeMp4({ width: 1000, height: 1500, seconds: 5 }),
    'vid/1080x1920.mp4': makeMp4({ width: 1080, height: 1920, seconds: 5 }),
    'vid/540x1920.mp4': makeMp4({ width: 540, height: 1920, seconds: 5 }),
    'vid/1920x1080.mp4': makeMp4({ width: 1920, height: 1080, seconds: 5 }),
    'vid/2400x1000.mp4': makeMp4({ width: 2400, height: 1000, seconds: 5 }),
  });
});

describe('aspect-ratio ranges', () => {
  it('passes anything between the ends (within tolerance) or a listed ratio, and names both in the message', () => {
    const { messages, text } = lint('feed.ad.yaml', media([
      ['img/1200x628.png', 'feed'], ['img/1200x900.jpg', 'feed'], ['img/1080x1350.png', 'feed'], ['img/900x1000.png', 'feed'], ['img/1600x628.png', 'feed'],
      ['img/1080x1350.png', 'tall'], ['img/1200x628.png', 'tall'],
    ]));
    expect(of(messages, 'feed')).toEqual([
      'media[3].path 900×1000 is 9:10; allowed: 1:1 to 1.91:1, 4:5',
      'media[4].path 1600×628 is 2.55:1; allowed: 1:1 to 1.91:1, 4:5',
    ]);
    expect(of(messages, 'tall')).toEqual(['media[6].path 1200×628 is 1.91:1; allowed: 1:1 or narrower']);
    const m = messages.find((x) => x.ruleId === 'params/feed')!;
    expect(m.category).toBe('image-ratio');
    expect(pointedText(text, m)).toBe('"img/900x1000.png"');
  });

  it('applies to videos too (Pinterest: 1:2 to 1.91:1)', () => {
    const { messages } = lint('video.ad.yaml', media([
      ['vid/1000x1500.mp4', 'video'], ['vid/1080x1920.mp4', 'video'], ['vid/1920x1080.mp4', 'video'], ['vid/540x1920.mp4', 'video'], ['vid/2400x1000.mp4', 'video'],
    ]));
    expect(of(messages, 'video')).toEqual([
      'media[3].path 540×1920 is 9:32; allowed: 1:2 to 1.91:1',
      'media[4].path 2400×1000 is 12:5; allowed: 1:2 to 1.91:1',
    ]);
    expect(messages.filter((m) => m.ruleId === 'params/video').every((m) => m.category === 'video')).toBe(true);
  });

});

describe('longest side', () => {
  it('measures whichever side is longer, so a narrow image with a long side passes', () => {
    const { messages } = lint('long.ad.yaml', media([['img/1200x400.png', 'long'], ['img/800x800.png', 'long'], ['img/5000x500.png', 'long']]));
    expect(of(messages, 'long')).toEqual([
      'media[1].path 800×800 is 800 px on its longest side; the minimum is 1000 px',
      'media[2].path 5000×500 is 5000 px on its longest side; the maximum is 4000 px',
    ]);
  });
});

describe('frames of animated images', () => {
  it('counts frames from the header', () => {
    const { messages } = lint('frames.ad.yaml', media([['img/3-frames.gif', 'gif'], ['img/300-frames.gif', 'gif'], ['img/800x800.png', 'gif']]));
    expect(of(messages, 'frames')).toEqual(['media[1].path the animation has 300 frames; the maximum is 250']);
  });
});

describe('counting media per role', () => {
  it('counts only the entries of the given roles and points at the first one too many', () => {
    const three = lint('count-over.ad.yaml', media([['img/1200x628.png', 'landscape'], ['img/800x800.png', 'square'], ['img/1200x628.png', 'landscape'], ['img/1200x628.png', 'landscape']]));
    expect(of(three.messages, 'landscape-count')).toEqual(['media[3] 3 landscape images; 1–2 allowed']);
    const none = lint('count-under.ad.yaml', media([['img/800x800.png', 'square']]));
    expect(of(none.messages, 'landscape-count')).toEqual(['media 0 landscape images; 1–2 allowed']);
    const ok = lint('count-ok.ad.yaml', media([['img/800x800.png', 'square'], ['img/1200x628.png', 'landscape']]));
    expect(of(ok.messages, 'landscape-count')).toEqual([]);
  });
});
