/**
 * The bad-input corpus: every case is a file (or a file-system oddity) and the outcome it must
 * yield. Cases are generated into a temporary folder at test time rather than committed, because
 * many are binary, huge (sparse), symbolic links, named pipes or have names git cannot hold
 * portably (newlines); generating them also keeps each input next to its expectation.
 *
 * An expectation lists the file's *file-level* messages — `adlint/*` rules and the media messages
 * of category `parse`/`image-format` — each with its rule, category and position. Other lint
 * messages (a headline over the limit) may appear too; they are what a linted file yields.
 */
import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { makeGif, makeImage } from '../fixtures/images.mjs';
import { makeMp4 } from '../fixtures/mp4.mjs';
import { pixelBombPng, pngChunk } from '../fixtures/bad-media.mjs';

export interface ExpectedProblem {
  ruleId: string;
  category: string;
  line: number;
  column?: number;
  message?: RegExp;
  /** The media entry a media problem is about. */
  field?: string;
}

export type Outcome =
  /** Exactly these file-level problems. */
  | { problems: ExpectedProblem[] }
  /** Read and linted like any file: no file-level problem. */
  | { clean: true }
  /** Not in the report: not a creative file, or a link that is not followed. */
  | { absent: true };

export interface BadCase {
  /** Path inside the corpus folder. */
  name: string;
  /** What the case is about, for test names and docs. */
  kind: string;
  /** File content, or a function that creates the case itself (links, pipes, sparse files). */
  content: string | Buffer | ((file: string) => void);
  expect: Outcome;
  /** Passed to the CLI by name (as a pre-commit hook does): the folder walk skips it. */
  explicit?: boolean;
}

const parse = (line: number, column?: number, message?: RegExp): Outcome => ({ problems: [{ ruleId: 'adlint/parse', category: 'parse', line, ...(column ? { column } : {}), ...(message ? { message } : {}) }] });
const schema = (line: number, column?: number, message?: RegExp): Outcome => ({ problems: [{ ruleId: 'adlint/schema', category: 'schema', line, ...(column ? { column } : {}), ...(message ? { message } : {}) }] });
const clean: Outcome = { clean: true };
/** Several file-level problems of one rule, at these [line, column] positions. */
const many = (ruleId: string, at: [number, number][]): Outcome => ({ problems: at.map(([line, column]) => ({ ruleId, category: ruleId === 'adlint/schema' ? 'schema' : 'parse', line, column })) });

/** The pack every corpus file is checked against: a little of each check, so bad input reaches every kind of rule. */
export const CORPUS_PACK = `id: bi
name: Bad input
version: "1"
roles:
  image: { description: any image }
  main: { description: main image }
  gallery: { description: more images }
  video: { description: any video }
rules:
  - { id: headline-length, check: length, severity: warning, applies: { fields: ["copy.headline"] }, max: 40, message: "{{field}} is {{actual}} characters, over {{max}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: body-width, check: length, unit: width, severity: warning, applies: { fields: ["copy.body", "copy.primary_text"] }, max: 2000, message: "{{field}} is {{actual}} wide", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: claims, check: terms, severity: error, applies: { fields: ["copy.*"] }, terms: [{ term: miracle cure, replacement: remedy }, { term: 最佳 }], message: "{{term}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: phone, check: pattern, severity: warning, applies: { fields: ["copy.*"] }, pattern: "\\\\d{3}-\\\\d{4}", message: "phone number", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: bang, check: punctuation, severity: warning, applies: { fields: ["copy.headline"] }, repeated: true, message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: image, check: image, severity: error, applies: { roles: [image] }, formats: [jpeg, png, gif, webp], color_spaces: [srgb], animated: false, max_width: 8000, max_height: 8000, message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: white, check: image, severity: error, applies: { roles: [main] }, background: { white: 250, border: 0.02 }, message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: video, check: video, severity: error, applies: { roles: [video] }, containers: [mp4], max_duration: 60, message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: redos-1, check: pattern, severity: warning, applies: { fields: ["copy.*"] }, pattern: "(a|a)*b", message: x, source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: redos-2, check: pattern, severity: warning, applies: { fields: ["copy.*"] }, pattern: "(a|aa)*b", message: x, source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: redos-3, check: pattern, severity: warning, applies: { fields: ["copy.*"] }, pattern: "a*a*a*a*a*b", message: x, source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
  - { id: redos-4, check: pattern, severity: warning, applies: { fields: ["copy.*"] }, pattern: "([a-z]|a)*$b", message: x, source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
`;

export const CORPUS_CONFIG = 'packs: [pack.yaml]\nplatforms: [bi]\n';

const GOOD = 'copy:\n  headline: Breathable linen shirts\n';

/** YAML manifests the parser rejects: [name, text, line, column?]. */
const YAML_SYNTAX: [string, string, Outcome][] = [
  // A quoted scalar may span lines, so an unclosed one is found at the end of the file.
  ['unclosed-double-quote', 'copy:\n  headline: "unclosed\n', parse(3, 1, /Missing closing "quote/)],
  ['unclosed-single-quote', "copy:\n  headline: 'unclosed\n", parse(3, 1, /Missing closing 'quote/)],
  ['unclosed-flow-map', 'copy: { headline: a\n', parse(2, 1, /end with a \}/)],
  ['unclosed-flow-seq', 'platforms: [bi, meta\ncopy: {}\n', parse(2, 1, /end with a \]/)],
  ['tab-indent', 'copy:\n\theadline: x\n', parse(2)],
  ['bad-indent', 'copy:\n    headline: a\n  body: b\n', parse(3)],
  ['duplicate-key', 'copy:\n  headline: a\n  headline: b\n', parse(3, 3, /unique/)],
  ['duplicate-top-key', 'copy: {}\ncopy: {}\n', parse(2, 1, /unique/)],
  ['invalid-escape', 'copy:\n  headline: "bad \\q escape"\n', parse(2)],
  // Resolving aliases happens after parsing, on the whole document.
  ['undefined-alias', 'copy:\n  headline: *nowhere\n', parse(1, 1, /Unresolved alias/)],
  ['two-documents', 'copy: {}\n---\ncopy: {}\n', parse(2)],
  // YAML 1.2 processes a later minor version with a warning, not an error.
  ['unknown-directive-version', '%YAML 9.9\n---\n' + GOOD, clean],
  ['directive-without-document', '%TAG ! tag:example.com,2000:\n', parse(2, 1, /directives-end/)],
  ['block-scalar-bad-indent', 'copy:\n  body: |\n      deeper\n    shallower\n  headline: x\n', many('adlint/parse', [[4, 1], [4, 5]])],
  ['key-without-colon', 'copy:\n  headline\n  body: x\n', parse(2)],
  ['colon-in-plain-scalar', 'copy:\n  headline: a: b\n', parse(2)],
  ['stray-flow-close', 'copy: }\n', parse(1)],
  ['stray-seq-close', 'platforms: ]\n', parse(1)],
  ['reserved-at', 'copy:\n  headline: @mention\n', parse(2)],
  ['reserved-backtick', 'copy:\n  headline: `cmd`\n', parse(2)],
  ['anchor-without-node', 'copy: &a\n', schema(1, 9, /copy must be object/)],
  ['tag-unknown-handle', 'copy: !x!y {}\n', parse(1)],
  ['multiline-implicit-key', 'copy:\n  "head\n  line": x\n', parse(2)],
  ['seq-and-map-mixed', 'copy:\n  headline: x\n  - y\n', many('adlint/parse', [[3, 1], [3, 3], [3, 3]])],
  ['document-end-junk', 'copy: {}\n... junk\n', parse(2)],
  ['flow-trailing-text', 'platforms: [bi] extra\n', parse(1)],
  ['unclosed-quote-at-eof', 'copy: { headline: "x', many('adlint/parse', [[1, 21], [1, 21]])],
  ['only-a-dash', '-\n  - : :\n: -\n', many('adlint/parse', [[2, 7], [3, 1], [3, 3]])],
  // The yaml library refuses implicit keys longer than 1024 characters.
  ['long-key', `${'k'.repeat(5000)}: x\n`, parse(1, 1, /1024/)],
  // Lone CR (classic Mac) line ends are not line breaks to the YAML parser: reported where it fails.
  ['cr-only-newlines', GOOD.replace(/\n/g, '\r'), parse(1, 6)],
];

/** JSON manifests that YAML might accept but JSON does not: [name, text, line]. */
const JSON_SYNTAX: [string, string, Outcome][] = [
  ['trailing-comma', '{\n  "copy": { "headline": "a", }\n}\n', parse(2)],
  ['single-quotes', "{\n  'copy': {}\n}\n", parse(2)],
  ['line-comment', '{\n  // note\n  "copy": {}\n}\n', parse(2)],
  ['unquoted-key', '{\n  copy: {}\n}\n', parse(2)],
  // Node 20 names no position for an unexpected token it quotes in context: the file's start.
  ['nan', '{\n  "targeting": { "age_min": NaN }\n}\n', parse(1, 1, /Unexpected token 'N'/)],
  ['unclosed-brace', '{\n  "copy": {\n', many('adlint/parse', [[3, 1], [3, 1]])],
  ['duplicate-key', '{\n  "copy": {},\n  "copy": {}\n}\n', parse(3)],
  ['hex-number', '{\n  "targeting": { "age_min": 0x12 }\n}\n', parse(2)],
  ['yaml-in-json', 'copy:\n  headline: x\n', parse(1)],
  ['two-values', '{}\n{}\n', many('adlint/parse', [[2, 1], [2, 2]])],
  ['unclosed-string', '{ "copy": { "headline": "abc } }\n', many('adlint/parse', [[2, 1], [2, 1], [2, 1]])],
  ['control-char-in-string', '{ "copy": { "headline": "a\tb" } }\n', parse(1)],
];

/** Every creative field with a value of the wrong type: [field path, YAML text], the bad value on the last line. */
const COPY_FIELDS = ['headline', 'headlines', 'long_headline', 'long_headlines', 'primary_text', 'primary_texts', 'description', 'descriptions', 'cta', 'display_name', 'business_name', 'brand_name', 'title', 'subtitle', 'bullets', 'search_terms', 'path1', 'path2', 'body', 'alt', 'disclaimer'];
const WRONG_TYPES: [string, string][] = [
  ['name', 'name: [a, b]\n'],
  ['platforms', 'platforms: bi\n'],
  ['platforms-item', 'platforms:\n  - { id: bi }\n'],
  ['placement', 'placement: 42\n'],
  ['locale', 'locale: [en-US]\n'],
  ['category', 'category: { kind: x }\n'],
  ['special_ad_category', 'special_ad_category: true\n'],
  ['copy', 'copy: just a string\n'],
  ...COPY_FIELDS.map((f): [string, string] => [`copy.${f}`, `copy:\n  ${f}: { nested: 1 }\n`]),
  ['copy.headlines-item', 'copy:\n  headlines:\n    - 12\n'],
  ['copy.bullets-item', 'copy:\n  bullets:\n    - [nested]\n'],
  ['landing_url', 'landing_url: 3.14\n'],
  ['display_url', 'display_url: [x]\n'],
  ['terms_url', 'terms_url: { u: 1 }\n'],
  ['media', 'media: images/a.png\n'],
  ['media-item', 'media:\n  - images/a.png\n'],
  ['media.path', 'media:\n  - path: 7\n'],
  ['media.path-empty', 'media:\n  - path: ""\n'],
  ['media.role', 'media:\n  - { path: a.png, role: [main] }\n'],
  ['media.placement', 'media:\n  - { path: a.png, placement: 1 }\n'],
  ['targeting', 'targeting: everyone\n'],
  ['targeting.age_min', 'targeting:\n  age_min: eighteen\n'],
  ['targeting.age_max', 'targeting:\n  age_max: 65.5\n'],
  ['targeting.genders', 'targeting:\n  genders: all\n'],
  ['targeting.countries', 'targeting:\n  countries: US\n'],
  ['targeting.regions', 'targeting:\n  regions: { a: 1 }\n'],
  ['targeting.zip_codes', 'targeting:\n  zip_codes: 10001\n'],
  ['targeting.radius_miles', 'targeting:\n  radius_miles: far\n'],
  ['targeting.languages', 'targeting:\n  languages: 5\n'],
  ['targeting.interests', 'targeting:\n  interests: { a: 1 }\n'],
  ['targeting.lookalike', 'targeting:\n  lookalike: maybe\n'],
  ['creatives', 'creatives: not-a-list\n'],
  ['creatives-item', 'creatives:\n  - 5\n'],
];

const UNKNOWN_FIELDS: [string, string][] = [
  ['top', 'headline: at the wrong level\n'],
  ['copy', 'copy:\n  headlne: typo\n'],
  ['targeting', 'targeting:\n  age_minimum: 18\n'],
  ['media-item', 'media:\n  - { path: a.png, size: big }\n'],
  ['in-creatives-list', 'creatives:\n  - { copy: { headline: ok } }\n  - { kopy: {} }\n'],
];

function lines(n: number, line: string): string {
  return Array.from({ length: n }, () => line).join('');
}

/** A PNG of 16-bit samples, written by hand (sharp would need a raw 16-bit pipeline). */
function png16(width: number, height: number): Buffer {
  const chunk = pngChunk as (type: string, data: Buffer) => Buffer;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([16, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + width * 6, 0xff);
  row[0] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A file of `size` bytes that takes no disk: the first bytes written, the rest a hole. */
function sparse(file: string, size: number, head = Buffer.from('copy:\n  headline: x\n')): void {
  const fd = openSync(file, 'w');
  writeSync(fd, head, 0, head.length, 0);
  writeSync(fd, Buffer.from('\n'), 0, 1, size - 1);
  closeSync(fd);
}

/** Media files the media cases name, written under `media/` of the corpus. */
export async function mediaFiles(): Promise<Record<string, Buffer>> {
  const jpeg = await makeImage({ width: 400, height: 400, format: 'jpeg' });
  const png = await makeImage({ width: 64, height: 64 });
  const mp4 = makeMp4({ width: 540, height: 960, seconds: 3 });
  const ftypEnd = mp4.readUInt32BE(0);
  return {
    'ok.png': png,
    'zero.png': Buffer.alloc(0),
    'zero.mp4': Buffer.alloc(0),
    'truncated.jpg': jpeg.subarray(0, 600),
    'truncated-header.png': png.subarray(0, 20),
    'signature-only.png': png.subarray(0, 8),
    'text.jpg': Buffer.from('not an image, only text\n'),
    'png-named.jpg': png,
    'jpeg-named.png': jpeg,
    'jpeg-named.gif': jpeg,
    'bomb.png': pixelBombPng(),
    'bomb-65535.png': pixelBombPng(65535, 65535),
    'frames.gif': await makeGif(3000),
    'cmyk.jpg': await makeImage({ width: 64, height: 64, format: 'jpeg', cmyk: true }),
    '16bit.png': png16(32, 32),
    'random.png': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
    'truncated.mp4': mp4.subarray(0, 120),
    'ftyp-only.mp4': mp4.subarray(0, ftypEnd),
    'box-size-zero.mp4': Buffer.concat([mp4.subarray(0, ftypEnd), Buffer.from([0, 0, 0, 0]), Buffer.from('moov'), Buffer.alloc(16)]),
    'box-size-huge.mp4': Buffer.concat([mp4.subarray(0, ftypEnd), Buffer.from([0xff, 0xff, 0xff, 0xf0]), Buffer.from('moov'), Buffer.alloc(16)]),
    'box-size-tiny.mp4': Buffer.concat([mp4.subarray(0, ftypEnd), Buffer.from([0, 0, 0, 3, 0x6d, 0x6f, 0x6f, 0x76])]),
    'mangled.mp4': Buffer.from(mp4).fill(0xff, 60, 200),
    'image-named.mp4': png,
    'text.mp4': Buffer.from('hello'),
    ...Object.fromEntries(MP4_BOMBS.map(([name, type, at, value]) => [`${name}.mp4`, patchedMp4(mp4, type, at, value)])),
    'box-storm.mp4': Buffer.concat([mp4.subarray(0, ftypEnd), Buffer.concat(Array.from({ length: 10_001 }, () => Buffer.from([0, 0, 0, 8, 0x66, 0x72, 0x65, 0x65]))), mp4.subarray(ftypEnd)]),
  };
}

/** Sample-table counts far beyond their box (a 1 KB file claiming four billion samples killed Node). */
const MP4_BOMBS: [string, string, number, number][] = ['stsz:8', 'stts:4', 'stsc:4', 'stco:4', 'stsd:4'].flatMap((spec) => {
  const [type, at] = spec.split(':') as [string, string];
  return [0xffffffff, 0x80000000, 0x7fffffff, 100_000_000, 20_000_000].map((value) => [`bomb-${type}-${value}`, type, Number(at), value] as [string, string, number, number]);
});

function patchedMp4(mp4: Buffer, type: string, at: number, value: number): Buffer {
  const copy = Buffer.from(mp4);
  copy.writeUInt32BE(value >>> 0, copy.indexOf(type, 0, 'latin1') + 4 + at);
  return copy;
}

/** Characters that act on a terminal or reorder text, written as YAML/JSON escapes: in names, keys and values they must be inert. */
const TERMINAL: [string, string][] = [
  ['osc-title', '\\u001b]0;pwned\\u0007'], ['clear', '\\u001b[2J'], ['cr', 'a\\rb'], ['bs', 'a\\bb'], ['bel', '\\u0007'],
  ['del', '\\u007f'], ['c1-csi', '\\u009b31m'], ['rlo', '\\u202egnp'], ['lri', '\\u2066x\\u2069'],
];
/** The same, as the characters themselves (for file names). */
const unescapeJs = (s: string): string => JSON.parse(`"${s}"`) as string;

/** [case name, media path, role, expected rule, category, message] for one-entry manifests. */
const MEDIA_CASES: [string, string, string, string, string, RegExp][] = [
  ['missing', 'media/nothing.png', 'image', 'bi/image', 'parse', /not found/],
  ['folder', 'media', 'image', 'bi/image', 'parse', /is a folder/],
  ['zero-bytes-image', 'media/zero.png', 'image', 'bi/image', 'parse', /empty|zero|0 bytes|not a readable/],
  ['zero-bytes-video', 'media/zero.mp4', 'video', 'bi/video', 'parse', /empty|zero|0 bytes|truncated|not/],
  ['truncated-jpeg', 'media/truncated.jpg', 'image', 'bi/image', 'parse', /truncated/],
  ['truncated-png-header', 'media/truncated-header.png', 'image', 'bi/image', 'parse', /truncated|not a readable/],
  ['png-signature-only', 'media/signature-only.png', 'image', 'bi/image', 'parse', /truncated|not a readable/],
  ['text-named-jpeg', 'media/text.jpg', 'image', 'bi/image', 'parse', /not a readable JPEG/],
  ['png-named-jpeg', 'media/png-named.jpg', 'image', 'bi/image', 'image-format', /named \.jpg but holds a PNG/],
  ['jpeg-named-png', 'media/jpeg-named.png', 'image', 'bi/image', 'image-format', /named \.png but holds a JPEG/],
  ['jpeg-named-gif', 'media/jpeg-named.gif', 'image', 'bi/image', 'image-format', /named \.gif but holds a JPEG/],
  ['random-bytes-png', 'media/random.png', 'image', 'bi/image', 'parse', /not a readable PNG/],
  ['dangling-link', 'media/dangling.png', 'image', 'bi/image', 'parse', /not found|dangling|broken/],
  ['link-loop', 'media/loop.png', 'image', 'bi/image', 'parse', /symbolic link loop/],
  ['truncated-video', 'media/truncated.mp4', 'video', 'bi/video', 'parse', /truncated|no movie header/],
  ['ftyp-only-video', 'media/ftyp-only.mp4', 'video', 'bi/video', 'parse', /no movie header|truncated/],
  ['box-size-zero', 'media/box-size-zero.mp4', 'video', 'bi/video', 'parse', /corrupt|truncated|movie header/],
  ['box-size-huge', 'media/box-size-huge.mp4', 'video', 'bi/video', 'parse', /corrupt|truncated|movie header/],
  ['box-size-tiny', 'media/box-size-tiny.mp4', 'video', 'bi/video', 'parse', /corrupt|invalid box/],
  ['mangled-movie-header', 'media/mangled.mp4', 'video', 'bi/video', 'parse', /corrupt/],
];

/** Media problems the image check reports as findings, not as unreadable files. */
const MEDIA_FINDINGS: [string, string, string, RegExp][] = [
  ['pixel-bomb-decoded', 'media/bomb.png', 'main', /megapixel decoding limit/],
  ['pixel-bomb-65535', 'media/bomb-65535.png', 'main', /megapixel decoding limit/],
  ['pixel-bomb-size', 'media/bomb.png', 'image', /30000×30000 is larger than the maximum/],
];

const nest = (depth: number, open: string, close: string, inner: string): string => open.repeat(depth) + inner + close.repeat(depth);

export function corpusCases(): BadCase[] {
  const cases: BadCase[] = [];
  const add = (kind: string, name: string, content: BadCase['content'], expect: Outcome, explicit = false): void => {
    cases.push({ kind, name, content, expect, ...(explicit ? { explicit } : {}) });
  };

  for (const [name, text, outcome] of YAML_SYNTAX) add('yaml syntax', `yaml/${name}.ad.yaml`, text, outcome);
  for (const [name, text, outcome] of JSON_SYNTAX) add('json syntax', `json/${name}.ad.json`, text, outcome);
  for (const [field, text] of WRONG_TYPES) {
    add('wrong type', `types/${field}.ad.yaml`, text, schema(text.trimEnd().split('\n').length));
  }
  for (const [where, text] of UNKNOWN_FIELDS) add('unknown field', `unknown/${where}.ad.yaml`, text, schema(text.trimEnd().split('\n').length, undefined, /unknown|not allowed|additional/i));

  // Empty and degenerate documents.
  add('degenerate', 'degenerate/empty.ad.yaml', '', parse(1, 1, /empty file/));
  add('degenerate', 'degenerate/whitespace.ad.yaml', ' \n\t\n  \n', parse(1, 1, /empty file/));
  add('degenerate', 'degenerate/bom-only.ad.yaml', '\ufeff', parse(1, 1, /empty file/));
  add('degenerate', 'degenerate/empty.ad.json', '', parse(1, 1, /empty file/));
  add('degenerate', 'degenerate/comment-only.ad.yaml', '# nothing here\n', schema(1, 1, /document must be object/));
  add('wrong type', 'types/defaults.ad.yaml', 'defaults: [a]\ncreatives:\n  - { copy: { headline: x } }\n', schema(1, 11, /defaults must be object/));
  add('unknown field', 'unknown/in-defaults.ad.yaml', 'defaults:\n  colour: red\ncreatives:\n  - { copy: { headline: ok } }\n', schema(2, 3, /unknown field "colour" in defaults/));
  add('degenerate', 'degenerate/scalar.ad.yaml', 'just a string\n', schema(1, 1, /document must be object/));
  add('degenerate', 'degenerate/list.ad.yaml', '- a\n- b\n', schema(1, 1, /document must be object/));
  add('degenerate', 'degenerate/null.ad.json', 'null\n', schema(1, 1, /document must be object/));
  add('degenerate', 'degenerate/number.ad.json', '42\n', schema(1, 1, /document must be object/));
  add('degenerate', 'degenerate/array.ad.json', '[]\n', schema(1, 1, /document must be object/));
  add('degenerate', 'degenerate/empty-map.ad.yaml', '{}\n', clean);
  add('degenerate', 'degenerate/empty-creatives.ad.yaml', 'creatives: []\n', schema(1, 12, /fewer than 1 items/));

  // Encodings and invisible characters.
  add('encoding', 'encoding/bom.ad.yaml', `\ufeff${GOOD}`, clean);
  add('encoding', 'encoding/bom.ad.json', '\ufeff{ "copy": { "headline": "Linen" } }\n', clean);
  add('encoding', 'encoding/crlf.ad.yaml', GOOD.replace(/\n/g, '\r\n'), clean);
  add('encoding', 'encoding/mixed-newlines.ad.yaml', 'copy:\r\n  headline: a\n  body: |\r\n    one\r    two\n', clean);
  add('encoding', 'encoding/utf16le-bom.ad.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]), parse(1, 1, /binary|UTF-8/));
  add('encoding', 'encoding/utf16be-bom.ad.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(GOOD, 'utf16le').swap16()]), parse(1, 1, /binary|UTF-8/));
  add('encoding', 'encoding/utf16le-no-bom.ad.yaml', Buffer.from(GOOD, 'utf16le'), parse(1, 1, /binary/));
  add('encoding', 'encoding/latin1.ad.yaml', Buffer.from('copy:\n  headline: Caf\xe9 cr\xe8me\n', 'latin1'), parse(1, 1, /not valid UTF-8/));
  add('encoding', 'encoding/nul-byte.ad.yaml', 'copy:\n  headline: a\u0000b\n', parse(1, 1, /binary/));
  // Binary files are told by a NUL in the first 8 KB (as git does); a later NUL is a character of the copy.
  add('encoding', 'encoding/nul-after-8k.ad.yaml', `copy:\n  body: ${'a'.repeat(9000)}\u0000\n`, clean);
  add('encoding', 'encoding/encoded-surrogate.ad.yaml', Buffer.concat([Buffer.from('copy:\n  headline: a'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\n')]), parse(1, 1, /not valid UTF-8/));
  add('encoding', 'encoding/overlong-utf8.ad.yaml', Buffer.concat([Buffer.from('copy:\n  headline: a'), Buffer.from([0xc0, 0xaf]), Buffer.from('\n')]), parse(1, 1, /not valid UTF-8/));
  add('encoding', 'encoding/truncated-utf8.ad.yaml', Buffer.concat([Buffer.from('copy:\n  headline: '), Buffer.from([0xe6, 0x9c])]), parse(1, 1, /not valid UTF-8/));
  add('encoding', 'encoding/escaped-lone-surrogate.ad.yaml', 'copy:\n  headline: "a\\ud800b miracle cure"\n', { problems: [] });
  add('encoding', 'encoding/escaped-lone-surrogate.ad.json', '{ "copy": { "headline": "a\\udc00 miracle cure" } }\n', { problems: [] });
  add('encoding', 'encoding/rtl.ad.yaml', 'copy:\n  headline: "\u202bשלום miracle cure\u202c"\n  body: مرحبا \u200f\n', clean);
  add('encoding', 'encoding/zero-width.ad.yaml', 'copy:\n  headline: mir\u200bacle\u200d cu\u2060re\n', clean);
  add('encoding', 'encoding/bidi-override-key.ad.yaml', 'copy:\n  \u202eenildaeh: x\n', schema(2));
  add('encoding', 'encoding/control-chars.ad.yaml', 'copy:\n  headline: "a\\x07\\x1b[31m red"\n', clean);
  add('encoding', 'encoding/emoji-zwj.ad.yaml', 'copy:\n  headline: 👩‍👩‍👧‍👦🏳️‍🌈 family\n', clean);
  add('encoding', 'encoding/combining-storm.ad.yaml', `copy:\n  headline: "z${'\u0301'.repeat(3000)}"\n`, clean);

  // Size: long lines, many lines, huge files.
  add('size', 'size/5000-char-line.ad.yaml', `copy:\n  headline: ${'x'.repeat(5000)}\n`, clean);
  add('size', 'size/5000-char-cjk-line.ad.yaml', `copy:\n  body: ${'最佳'.repeat(2500)}\n`, clean);
  add('size', 'size/5000-char-line.ad.json', `{ "copy": { "body": "${'long '.repeat(1000)}" } }\n`, clean);
  add('size', 'size/100k-char-field.ad.yaml', `copy:\n  body: ${'free 最佳 '.repeat(12_500)}\n`, clean);
  add('size', 'size/many-creatives.ad.yaml', `creatives:\n${lines(5000, '  - { copy: { headline: Linen 555-1234 } }\n')}`, clean);
  add('size', 'size/many-lines-comments.ad.yaml', `${lines(20_000, '# comment\n')}${GOOD}`, clean);
  add('size', 'size/50mb.ad.yaml', (f) => sparse(f, 50 * 1024 * 1024), parse(1, 1, /over the \d+-byte limit/));
  add('size', 'size/over-2mb.ad.json', (f) => sparse(f, 2 * 1024 * 1024 + 1, Buffer.from('{}')), parse(1, 1, /over the \d+-byte limit/));
  add('size', 'size/50mb.listing.md', (f) => sparse(f, 50 * 1024 * 1024, Buffer.from('# Title\n')), parse(1, 1, /over the \d+-byte limit/));
  add('size', 'size/100mb.csv', (f) => sparse(f, 100 * 1024 * 1024, Buffer.from('Campaign,Ad group,Headline 1\n')), parse(1, 1, /over the \d+-byte limit/));

  // Structural bombs.
  add('bomb', 'bomb/alias-billion-laughs.ad.yaml', `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n`, parse(1, undefined, /alias/i));
  add('bomb', 'bomb/alias-in-copy.ad.yaml', 'copy:\n  headline: &h Linen shirts\n  title: *h\n', clean);
  add('bomb', 'bomb/merge-key-loop.ad.yaml', 'base: &b { x: 1 }\ncopy:\n  <<: *b\n', many('adlint/schema', [[1, 1], [3, 3]]));
  add('bomb', 'bomb/self-alias.ad.yaml', 'a: &a [*a]\n', schema(1, 1, /unknown field "a"/));
  add('bomb', 'bomb/nested-flow-1000.ad.yaml', `copy:\n  headline: ${nest(1000, '[', ']', 'x')}\n`, parse(2, undefined, /nested too deeply/));
  add('bomb', 'bomb/nested-flow-100k.ad.yaml', `copy: ${nest(100_000, '[', ']', '')}\n`, parse(1));
  add('bomb', 'bomb/nested-flow-map-10k.ad.yaml', `copy: ${nest(10_000, '{a: ', '}', '1')}\n`, parse(1));
  add('bomb', 'bomb/nested-block-500.ad.yaml', `copy:\n${Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:\n`).join('')}`, schema(2));
  add('bomb', 'bomb/nested-json-100k.ad.json', nest(100_000, '[', ']', ''), parse(1));
  add('bomb', 'bomb/nested-json-objects-10k.ad.json', nest(10_000, '{"a":', '}', '1'), parse(1));
  add('bomb', 'bomb/duplicate-keys-many.ad.yaml', `copy:\n${lines(1000, '  headline: x\n')}`, many('adlint/parse', Array.from({ length: 999 }, (_, i): [number, number] => [i + 3, 3])));
  add('bomb', 'bomb/10k-keys.ad.yaml', `copy:\n${Array.from({ length: 10_000 }, (_, i) => `  k${i}: x\n`).join('')}`, { problems: [...Array.from({ length: 100 }, (_, i) => ({ ruleId: 'adlint/schema', category: 'schema', line: i + 2, column: 3 })), { ruleId: 'adlint/schema', category: 'schema', line: 101, message: /^more schema problems not shown \(at most 100 a file\)/ }] });
  add('bomb', 'bomb/many-anchors.ad.yaml', `copy:\n  headlines:\n${Array.from({ length: 2000 }, (_, i) => `    - &a${i} h${i}\n`).join('')}`, clean);

  // Markdown.
  const md = (body: string, front = ''): string => `${front}${body}`;
  add('markdown', 'markdown/nested-list-200.listing.md', md(`# Title\n\n${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- item ${i}\n`).join('')}`), parse(103, 1, /nested more than 100 levels/));
  add('markdown', 'markdown/nested-quote-500.listing.md', md(`# Title\n\n${'> '.repeat(500)}deep\n`), parse(3));
  add('markdown', 'markdown/nested-quote-50.listing.md', md(`# Title\n\n${'> '.repeat(50)}deep miracle cure\n`), clean);
  add('markdown', 'markdown/nested-list-50.ad.md', md(`# Title\n\n${Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- item ${i}\n`).join('')}`), clean);
  add('markdown', 'markdown/unterminated-fence.listing.md', md('# Title\n\n```js\nconst x = "miracle cure";\n'), clean);
  add('markdown', 'markdown/unterminated-tilde-fence.listing.md', md('# Title\n\n~~~\nnever closed\n\n## Description\nmore\n'), clean);
  add('markdown', 'markdown/html-script.listing.md', md('# Title\n\n<script>alert("miracle cure")</script>\n\nBody text.\n'), clean);
  add('markdown', 'markdown/html-unclosed.landing.md', md('# Title\n\n<div><p>open <b>tags\n\nText after.\n'), clean);
  add('markdown', 'markdown/html-comment-unclosed.listing.md', md('# Title\n\n<!-- never closed\n\nBody.\n'), clean);
  add('markdown', 'markdown/frontmatter-unclosed.listing.md', md('# Title\n', '---\nplatforms: [bi]\n'), parse(1, 1));
  add('markdown', 'markdown/frontmatter-invalid-yaml.listing.md', md('# Title\n', '---\nplatforms: [bi\n---\n'), parse(3, 1, /end with a \]/));
  add('markdown', 'markdown/frontmatter-schema.listing.md', md('# Title\n', '---\ntargeting: { age_min: old }\n---\n'), schema(2));
  add('markdown', 'markdown/frontmatter-unknown-field.ad.md', md('# Title\n', '---\ncolour: red\n---\n'), schema(2));
  add('markdown', 'markdown/frontmatter-list.listing.md', md('# Title\n', '---\n- a\n- b\n---\n'), { problems: [{ ruleId: 'adlint/schema', category: 'schema', line: 2 }] });
  add('markdown', 'markdown/frontmatter-creatives.listing.md', md('# Title\n', '---\ncreatives: []\n---\n'), schema(2));
  add('markdown', 'markdown/frontmatter-alias-bomb.listing.md', md('# T\n', '---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n'), parse(2));
  add('markdown', 'markdown/frontmatter-empty.listing.md', md('# Title\n', '---\n---\n'), clean);
  add('markdown', 'markdown/empty.listing.md', '', clean);
  add('markdown', 'markdown/only-frontmatter-fence.listing.md', '---\n', parse(1, 1));
  add('markdown', 'markdown/nul.listing.md', '# Title\u0000\n', parse(1, 1, /binary/));
  add('markdown', 'markdown/latin1.listing.md', Buffer.from('# Caf\xe9\n', 'latin1'), parse(1, 1, /UTF-8/));
  add('markdown', 'markdown/crlf.listing.md', '---\r\nplatforms: [bi]\r\n---\r\n# Title\r\n\r\n- one\r\n- two\r\n', clean);
  add('markdown', 'markdown/bom.listing.md', '\ufeff---\nplatforms: [bi]\n---\n# Title\n', clean);
  add('markdown', 'markdown/emphasis-storm.listing.md', `# T\n\n${'*a **b '.repeat(5000)}\n`, clean);
  add('markdown', 'markdown/brackets-storm.listing.md', `# T\n\n${'['.repeat(20_000)}x${']'.repeat(20_000)}\n`, clean);
  add('markdown', 'markdown/link-reference-storm.listing.md', `# T\n\n${Array.from({ length: 2000 }, (_, i) => `[l${i}]: https://x.example/${i}\n`).join('')}\n${'[l1] '.repeat(2000)}\n`, clean);
  add('markdown', 'markdown/backtick-storm.listing.md', `# T\n\n${'`a'.repeat(20_000)}\n`, clean);
  add('markdown', 'markdown/entity-storm.listing.md', `# T\n\n${'&amp;&#x1F600;&bogus;'.repeat(3000)}\n`, clean);
  add('markdown', 'markdown/table-wide.listing.md', `# T\n\n|${' a |'.repeat(3000)}\n|${'---|'.repeat(3000)}\n|${' b |'.repeat(3000)}\n`, clean);
  add('markdown', 'markdown/heading-only.ad.md', '#\n', clean);
  add('markdown', 'markdown/5000-char-line.listing.md', `# T\n\n${'word '.repeat(1000)}\n`, clean);
  add('markdown', 'markdown/image-weird-paths.listing.md', '# T\n\n![a](<has space.png> "main") ![b](../../../../etc/passwd) ![c]()\n', { problems: [
    { ruleId: 'bi/white', category: 'parse', line: 3, field: 'media[0].path' },
  ] });
  add('markdown', 'markdown/lists-5000-items.listing.md', `# T\n\n${lines(5000, '- item\n')}`, clean);

  // CSV / TSV sheets.
  const gHeader = 'Campaign,Ad group,Headline 1,Description 1,Final URL\n';
  add('sheet', 'sheet/unterminated-quote.csv', `${gHeader}C,G,"never closed,D,https://x.example\n`, parse(2));
  add('sheet', 'sheet/ragged-rows.csv', `${gHeader}C,G\nC,G,H,D,https://x.example,extra,cells\n`, many('adlint/parse', [[2, 1], [3, 1]]));
  add('sheet', 'sheet/header-missing-required.csv', 'Campaign,Ad group,Headline 1\nC,G,H\n', parse(1, 1, /Description 1|Final URL/));
  add('sheet', 'sheet/not-an-ad-sheet.csv', 'name,price\nshirt,10\n', clean);
  add('sheet', 'sheet/binary.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]), parse(1, 1, /ZIP archive/));
  add('sheet', 'sheet/latin1.csv', Buffer.from(`${gHeader}C,G,Caf\xe9,D,https://x.example\n`, 'latin1'), parse(1, 1, /UTF-8|encoding/));
  add('sheet', 'sheet/utf16le-no-bom.csv', Buffer.from(gHeader, 'utf16le'), parse(1, 1));
  add('sheet', 'sheet/utf16le-bom.tsv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${gHeader.replace(/,/g, '\t')}C\tG\tH\tD\thttps://x.example\n`, 'utf16le')]), clean);
  add('sheet', 'sheet/header-only.csv', gHeader, clean);
  add('sheet', 'sheet/empty.csv', '', clean);
  add('sheet', 'sheet/quote-in-unquoted.csv', `${gHeader}C,G,5" screen,D,https://x.example\n`, clean);
  add('sheet', 'sheet/5000-columns.csv', `${gHeader.trimEnd()}${',x'.repeat(5000)}\nC,G,H,D,https://x.example${',y'.repeat(5000)}\n`, clean);
  add('sheet', 'sheet/short-row.csv', `${gHeader.trimEnd()}${',x'.repeat(5000)}\nC,G,H,D,https://x.example\n`, parse(2, 1, /5 cells but the header has 5005/));
  add('sheet', 'sheet/crlf.csv', `${gHeader}C,G,H,D,https://x.example\n`.replace(/\n/g, '\r\n'), clean);
  add('sheet', 'sheet/multiline-cell.csv', `${gHeader}C,G,"two\nlines",D,https://x.example\n`, clean);
  add('sheet', 'sheet/nul.tsv', 'a\tb\u0000\n', parse(1, 1, /binary/));

  // Media named by manifests.
  for (const [name, file, role, ruleId, category, message] of MEDIA_CASES) {
    add('media', `media-cases/${name}.ad.yaml`, `media:\n  - path: ../${file}\n    role: ${role}\n`, { problems: [{ ruleId, category, line: 2, message, field: 'media[0].path' }] });
  }
  for (const [name, file, role, message] of MEDIA_FINDINGS) {
    const ruleId = role === 'main' ? 'bi/white' : role === 'video' ? 'bi/video' : 'bi/image';
    add('media finding', `media-cases/${name}.ad.yaml`, `media:\n  - path: ../${file}\n    role: ${role}\n`, { problems: [{ ruleId, category: '*', line: 2, message, field: 'media[0].path' }] });
  }
  // Findings about a readable image are of category image-format: the file is fine, the format is not allowed.
  const format = (name: string, file: string, message: RegExp): void =>
    add('media finding', `media-cases/${name}.ad.yaml`, `media:\n  - { path: ../${file}, role: image }\n`, { problems: [{ ruleId: 'bi/image', category: 'image-format', line: 2, message, field: 'media[0].path' }] });
  format('animated-3000-frames', 'media/frames.gif', /animated \(3000 frames\)/);
  format('cmyk', 'media/cmyk.jpg', /colour space is CMYK/);
  format('16-bit', 'media/16bit.png', /colour space is RGB16/);
  // Only a video rule applies, and the file is no video: it must still be reported (it used to pass unseen).
  for (const [name, file] of [['image-named-video', 'media/image-named.mp4'], ['text-named-video', 'media/text.mp4']] as const) {
    add('media', `media-cases/${name}.ad.yaml`, `media:\n  - { path: ../${file}, role: video }\n`, { problems: [{ ruleId: 'bi/video', category: 'image-format', line: 2, message: /named \.mp4 but holds an image/, field: 'media[0].path' }] });
  }

  // Sample-table bombs and box storms: a corrupt video at its path, never a dead process.
  for (const [name] of MP4_BOMBS) {
    add('mp4 bomb', `media-cases/${name}.ad.yaml`, `media:\n  - { path: ../media/${name}.mp4, role: video }\n`, { problems: [{ ruleId: 'bi/video', category: 'parse', line: 2, message: /has a corrupt movie header: .*(claims|more than)/, field: 'media[0].path' }] });
  }
  add('mp4 bomb', 'media-cases/box-storm.ad.yaml', 'media:\n  - { path: ../media/box-storm.mp4, role: video }\n', { problems: [{ ruleId: 'bi/video', category: 'parse', line: 2, message: /more than 10000 top-level boxes/, field: 'media[0].path' }] });

  // Terminal injection: in keys (reported as unknown fields), values, media paths and file names.
  for (const [name, chars] of TERMINAL) {
    add('terminal', `terminal/key-${name}.ad.yaml`, `copy:\n  "x${chars}": hello\n`, schema(2, 3, /unknown field/));
    add('terminal', `terminal/top-key-${name}.ad.yaml`, `"${chars}": hello\n`, schema(1, 1, /unknown field/));
    add('terminal', `terminal/value-${name}.ad.yaml`, `copy:\n  headline: "Linen ${chars} shirt"\n`, clean);
    add('terminal', `terminal/media-${name}.ad.yaml`, `media:\n  - { path: "x${chars}.png", role: image }\n`, { problems: [{ ruleId: 'bi/image', category: 'parse', line: 2, message: /not found/, field: 'media[0].path' }] });
    add('terminal', `terminal/name-${unescapeJs(chars).replace(/[\r/]/g, '_')}-${name}.ad.yaml`, GOOD, clean);
  }
  // Every C0 and C1 control character and the bidi controls, escaped in a double-quoted value: inert text.
  const controls = [...Array.from({ length: 32 }, (_, i) => i).filter((i) => i !== 9 && i !== 10 && i !== 13), 0x7f, ...Array.from({ length: 32 }, (_, i) => 0x80 + i), 0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
  for (const code of controls) {
    const hex = code.toString(16).padStart(4, '0');
    add('control value', `controls/u${hex}.ad.yaml`, `copy:\n  headline: "Linen \\u${hex} shirt"\n`, clean);
  }

  // ReDoS: the corpus pack's four patterns that hang a backtracking engine, on texts built to trigger them.
  for (const n of [25, 100, 1000, 5000]) {
    add('redos', `redos/a-${n}.ad.yaml`, `copy:\n  body: ${'a'.repeat(n)}\n`, clean);
    add('redos', `redos/a-${n}-c.ad.yaml`, `copy:\n  body: ${'a'.repeat(n)}c\n`, clean);
  }
  add('redos', 'redos/words.ad.yaml', `copy:\n  body: ${'abc '.repeat(1200)}\n`, clean);
  add('redos', 'redos/mixed.ad.yaml', `copy:\n  body: ${'aaaaab'.repeat(800)}\n`, clean);

  // Work bounds: refused by a linear pre-scan before a parser goes quadratic (each took minutes).
  const keys = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('');
  add('quadratic', 'quadratic/block-keys.ad.yaml', `copy:\n  headline: x\nextra:\n${keys(10_001, (i) => `  k${i}: v\n`)}`, parse(10_004, 3, /more than 10000 keys/));
  add('quadratic', 'quadratic/flow-keys.ad.yaml', `extra: {${keys(10_001, (i) => `k${i}: 1, `)}}\n`, parse(1, undefined, /more than 10000 keys/));
  add('quadratic', 'quadratic/json-keys.ad.json', `{"extra": {${keys(10_001, (i) => `"k${i}": 1`).replace(/1"/g, '1,"')}}}\n`, parse(1, undefined, /more than 10000 keys/));
  add('quadratic', 'quadratic/list-of-maps-ok.ad.yaml', `creatives:\n${keys(3_000, () => '  - copy: { headline: ok }\n')}`, clean);
  add('quadratic', 'quadratic/emphasis-storm.listing.md', `# T\n\n${'*a_'.repeat(8_001)}\n`, parse(3, undefined, /emphasis marks/));
  add('quadratic', 'quadratic/setext-storm.listing.md', `# T\n\n${'a\n=\n'.repeat(1_001)}`, parse(2004, 1, /heading underlines/));
  add('quadratic', 'quadratic/emphasis-ok.listing.md', `# T\n\n${'*a* '.repeat(1_000)}\n`, clean);

  // Paths outside the project: never opened.
  const outside = (name: string, written: string, role = 'image'): void =>
    add('outside', `outside/${name}.ad.yaml`, `media:\n  - { path: ${JSON.stringify(written)}, role: ${role} }\n`, { problems: [{ ruleId: role === 'video' ? 'bi/video' : 'bi/image', category: 'parse', line: 2, message: /is outside the project/, field: 'media[0].path' }] });
  outside('etc-passwd', '/etc/passwd');
  outside('etc-video', '/etc/clip.mp4', 'video');
  outside('dotdot', '../../../../../../etc/passwd');
  outside('dev-zero', '/dev/zero');
  outside('proc-environ', '/proc/self/environ');
  outside('tmp', '/tmp');
  outside('link-out', '../media/link-out.png');
  outside('link-out-video', '../media/link-out.mp4', 'video');
  // Non-regular media inside the project: reported, never read.
  add('fs', 'media-cases/fifo-image.ad.yaml', 'media:\n  - { path: ../media/fifo.png, role: image }\n', { problems: [{ ruleId: 'bi/image', category: 'parse', line: 2, message: /not a regular file/, field: 'media[0].path' }] });
  add('fs', 'media-cases/fifo-video.ad.yaml', 'media:\n  - { path: ../media/fifo.mp4, role: video }\n', { problems: [{ ruleId: 'bi/video', category: 'parse', line: 2, message: /not a regular file/, field: 'media[0].path' }] });

  // The file system.
  add('fs', 'fs/link-loop.ad.yaml', (f) => symlinkSync(path.basename(f), f), { absent: true });
  add('fs', 'fs/dangling.ad.yaml', (f) => symlinkSync('nowhere.ad.yaml', f), { absent: true });
  add('fs', 'fs/folder.ad.yaml/inner.txt', 'a folder named like a creative', { absent: true });
  // Named by path, as a hook passes them: reading either used to block the run forever.
  add('fs', 'fs/fifo.ad.yaml', (f) => execFileSync('mkfifo', [f]), parse(1, 1, /not a regular file/), true);
  // A link to /dev/zero leads out of the project too: refused before it is opened.
  add('fs', 'fs/dev-zero.ad.yaml', (f) => symlinkSync('/dev/zero', f), parse(1, 1, /not a regular file|links outside the project/), true);
  add('fs', 'fs/walked-fifo.ad.yaml', (f) => execFileSync('mkfifo', [f]), { absent: true });
  add('fs', 'fs/with space.ad.yaml', GOOD, clean);
  add('fs', 'fs/ünïcödé 最佳.ad.yaml', GOOD, clean);
  add('fs', 'fs/new\nline.ad.yaml', GOOD, clean);
  add('fs', 'fs/-dash-first.ad.yaml', GOOD, clean);
  // Names match in any case, as when the file is named or staged: a walked folder does not skip it.
  add('fs', 'fs/UPPER.AD.YAML', GOOD, clean);
  add('fs', 'fs/hidden/.dot.ad.yaml', GOOD, { absent: true });
  add('fs', 'fs/deep/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/deep.ad.yaml', GOOD, clean);

  return cases;
}

/** Writes the media files and then every case under `dir`. */
export async function writeCorpus(dir: string, cases: readonly BadCase[]): Promise<void> {
  writeFileSync(path.join(dir, 'pack.yaml'), CORPUS_PACK);
  writeFileSync(path.join(dir, '.adlint.yaml'), CORPUS_CONFIG);
  mkdirSync(path.join(dir, 'media'), { recursive: true });
  for (const [name, bytes] of Object.entries(await mediaFiles())) writeFileSync(path.join(dir, 'media', name), bytes);
  symlinkSync('nowhere.png', path.join(dir, 'media/dangling.png'));
  symlinkSync('loop.png', path.join(dir, 'media/loop.png'));
  symlinkSync('/etc/passwd', path.join(dir, 'media/link-out.png'));
  symlinkSync('/etc/hostname', path.join(dir, 'media/link-out.mp4'));
  execFileSync('mkfifo', [path.join(dir, 'media/fifo.png'), path.join(dir, 'media/fifo.mp4')]);
  for (const c of cases) {
    const file = path.join(dir, c.name);
    mkdirSync(path.dirname(file), { recursive: true });
    if (typeof c.content === 'function') c.content(file);
    else writeFileSync(file, c.content);
  }
}
