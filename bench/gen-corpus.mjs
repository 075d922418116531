#!/usr/bin/env node
// Writes a seeded synthetic corpus for bench/run.mjs (no network):
//   <out>/ads/bNNN/ad-NNNNNN.ad.yaml   N creatives, half en-US, half zh-CN
//   <out>/md/bNNN/ad-NNNNNN.md         the same copy as Markdown, for textlint
//   <out>/.adlint.yaml, bench-pack.yaml, lexicons/bench.yaml   the K-term lexicon for adlint
//   <out>/prh.yml, .textlintrc.json (+ variants for other peer rules)   the same K terms for textlint
//   <out>/expected.json                the planted hits, with their positions in both file kinds
//   <out>/images/, image-ads/          with --images M: M images of various sizes and ratios (sharp)
//
// Usage: node bench/gen-corpus.mjs [--n 2000] [--k 2000] [--seed 42] [--out bench/out/corpus-2000]
//                                  [--images 0] [--no-md] [--rate 0.2]
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAdlintFiles, writePeerFiles } from './lib/formats.mjs';
import { buildLexicon, referenceMatcher } from './lib/lexicon.mjs';
import { createRng } from './lib/rng.mjs';
import { EN, ZH } from './lib/vocab.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

export const FIELDS = ['headline', 'primary_text', 'description'];
/** Character ranges per field and language (each within 50–400). */
const LENGTHS = {
  en: { headline: [50, 110], primary_text: [150, 400], description: [60, 200] },
  zh: { headline: [50, 90], primary_text: [90, 260], description: [50, 140] },
};
const MAX_LEN = 400;

export function parseArgs(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const [name, inline] = a.slice(2).split('=', 2);
    if (name.startsWith('no-')) {
      out[camel(name.slice(3))] = false;
      continue;
    }
    const key = camel(name);
    if (!(key in defaults)) throw new Error(`unknown option --${name}`);
    if (typeof defaults[key] === 'boolean' && inline === undefined) {
      out[key] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    out[key] = typeof defaults[key] === 'number' ? Number(value) : value;
    if (typeof defaults[key] === 'number' && !Number.isFinite(out[key])) throw new Error(`--${name} expects a number`);
  }
  return out;
}
const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** Fills {slot} placeholders from the vocabulary. */
function fill(template, voc, rng) {
  const product = rng.pick(voc.products);
  let product2 = rng.pick(voc.products);
  if (product2 === product) product2 = voc.products[(voc.products.indexOf(product) + 1) % voc.products.length];
  const color = rng.pick(voc.colors);
  let color2 = rng.pick(voc.colors);
  if (color2 === color) color2 = voc.colors[(voc.colors.indexOf(color) + 1) % voc.colors.length];
  const slots = {
    brand: rng.pick(voc.brands),
    Brand: rng.pick(voc.brands),
    product,
    product2,
    adjective: rng.pick(voc.adjectives),
    material: rng.pick(voc.materials),
    color,
    color2,
    quality: rng.pick(voc.qualities),
    quality2: rng.pick(voc.qualities),
    audience: rng.pick(voc.audiences),
    benefit: voc.benefits ? rng.pick(voc.benefits) : '',
    feature: voc.features ? rng.pick(voc.features) : '',
    city: rng.pick(voc.cities),
    season: rng.pick(voc.seasons),
    n: String(rng.int(2, 12)),
    pct: String(rng.int(10, 40)),
    amount: String(rng.int(2, 30) * 10),
    rating: `4.${rng.int(1, 9)}`,
    reviews: String(rng.int(120, 9800)),
  };
  const text = template.replace(/\{(\w+)\}/g, (_, k) => slots[k] ?? '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Sentences of clean copy, `min`–`max` characters in all. */
function cleanSentences(lang, field, rng) {
  const voc = lang === 'en' ? EN : ZH;
  const [min, max] = LENGTHS[lang][field];
  const target = rng.int(min, max);
  const sep = lang === 'en' ? ' ' : '';
  const parts = [];
  if (field === 'headline') parts.push(fill(rng.pick(voc.headlines), voc, rng) + (lang === 'zh' ? '。' : ''));
  const templates = rng.shuffle(voc.sentences);
  while (parts.join(sep).length < target && templates.length) {
    const next = fill(templates.pop(), voc, rng);
    if (parts.join(sep).length + sep.length + next.length > Math.min(max, MAX_LEN) && parts.join(sep).length >= min) break;
    parts.push(next);
  }
  while (parts.join(sep).length > MAX_LEN && parts.length > 1) parts.pop();
  return parts;
}

const EN_PLANT = ['Simply the {t} for {audience}.', 'Customers call it the {t} in town.', 'Now with {t} on every order.', '{t}, see for yourself.', 'Our {product} is {t}, no question.', 'Try the {t} today.'];
const ZH_PLANT = ['这款{product}是{t}的选择。', '{t}，值得拥有。', '品质{t}，放心购买。', '现在下单，{t}等你来。', '用过都说{t}。'];
const EN_HEAD_PLANT = ['{t}: ', ' | {t}'];
const ZH_HEAD_PLANT = ['{t}！', '，{t}'];

const toFullwidth = (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** The planted form of a term and its variant label: exact, case (en), or evasion (fullwidth / inserted space). */
function variantOf(term, lang, rng) {
  const r = rng.next();
  if (r < 0.05) {
    if (lang === 'en') return { text: toFullwidth(term), variant: 'evasion' };
    const chars = [...term];
    const at = rng.int(1, chars.length - 1);
    return { text: chars.slice(0, at).join('') + rng.pick([' ', '·']) + chars.slice(at).join(''), variant: 'evasion' };
  }
  if (lang === 'en' && r < 0.3) {
    const text = rng.chance(0.5) ? term.toUpperCase() : term.replace(/(^|\s)([a-z])/g, (_, s, c) => s + c.toUpperCase());
    if (text !== term) return { text, variant: 'case' };
  }
  return { text: term, variant: 'exact' };
}

/**
 * One field's text: clean copy, or (with probability `rate`) clean copy with one banned term
 * planted at a sentence boundary. Returns the text and the planted span, if any.
 */
function makeField(lang, field, rng, ctx) {
  const voc = lang === 'en' ? EN : ZH;
  const sep = lang === 'en' ? ' ' : '';
  for (let attempt = 0; attempt < 50; attempt++) {
    const parts = cleanSentences(lang, field, rng);
    const plant = rng.chance(ctx.rate);
    if (!plant) {
      const text = parts.join(sep);
      if (ctx.match(text).length === 0) return { text };
      ctx.stats.retries++;
      continue;
    }
    const entry = rng.pick(ctx.terms[lang]);
    const { text: form, variant } = variantOf(entry.term, lang, rng);
    let before;
    let after;
    if (field === 'headline') {
      const tpl = rng.pick(lang === 'en' ? EN_HEAD_PLANT : ZH_HEAD_PLANT);
      const [pre, post] = tpl.split('{t}');
      const head = parts.join(sep);
      if (tpl.startsWith('{t}')) {
        before = '';
        after = post + head;
      } else {
        before = head + pre;
        after = post;
      }
    } else {
      const tpl = fill(rng.pick(lang === 'en' ? EN_PLANT : ZH_PLANT).replace('{t}', '\u0000'), voc, rng);
      const [pre, post] = tpl.split('\u0000');
      const at = rng.int(0, parts.length);
      const head = parts.slice(0, at).join(sep);
      const tail = parts.slice(at).join(sep);
      before = head + (head ? sep : '') + pre;
      after = post + (tail ? sep + tail : '');
    }
    const text = before + form + after;
    if (text.length > MAX_LEN || text.length < LENGTHS[lang][field][0]) {
      ctx.stats.retries++;
      continue;
    }
    const span = { start: before.length, end: before.length + form.length };
    const stray = ctx.match(text).filter((h) => h.end <= span.start || h.start >= span.end);
    if (stray.length) {
      ctx.stats.retries++;
      continue;
    }
    return { text, plant: { ...span, term: entry.term, form, variant } };
  }
  throw new Error(`could not generate a clean ${lang} ${field} in 50 attempts: the vocabulary collides with the lexicon`);
}

const pad = (n, w = 6) => String(n).padStart(w, '0');
const yamlQuote = (s) => {
  if (/["\\\n]/.test(s)) throw new Error(`copy must not contain quotes or backslashes: ${s}`);
  return `"${s}"`;
};

export async function generate(opts) {
  const t0 = Date.now();
  const out = path.resolve(opts.out);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const rng = createRng(opts.seed);
  const lexicon = buildLexicon(opts.k, rng);
  const ctx = {
    rate: opts.rate,
    match: referenceMatcher(lexicon),
    terms: { en: lexicon.filter((t) => t.lang === 'en'), zh: lexicon.filter((t) => t.lang === 'zh') },
    stats: { retries: 0 },
  };
  writeAdlintFiles(out, lexicon);
  writePeerFiles(out, lexicon);

  const hits = [];
  let fields = 0;
  let chars = 0;
  for (let i = 1; i <= opts.n; i++) {
    const lang = i % 2 === 1 ? 'en' : 'zh';
    const locale = lang === 'en' ? 'en-US' : 'zh-CN';
    const bucket = `b${pad(Math.floor((i - 1) / 1000), 3)}`;
    const name = `ad-${pad(i)}`;
    const adRel = `ads/${bucket}/${name}.ad.yaml`;
    const mdRel = `md/${bucket}/${name}.md`;
    const copy = FIELDS.map((f) => ({ field: f, ...makeField(lang, f, rng, ctx) }));
    const yamlLines = [
      `# bench creative ${pad(i)} (bench/gen-corpus.mjs, seed ${opts.seed})`,
      `locale: ${locale}`,
      'placement: feed',
      'category: general',
      `landing_url: https://shop.example.com/p/${pad(i)}`,
      'copy:',
    ];
    const mdLines = [];
    for (const c of copy) {
      fields++;
      chars += c.text.length;
      const yamlPrefix = `  ${c.field}: "`;
      const yamlLine = yamlLines.length + 1;
      yamlLines.push(`  ${c.field}: ${yamlQuote(c.text)}`);
      const mdPrefix = c.field === 'headline' ? '# ' : '';
      const mdLine = mdLines.length + 1;
      mdLines.push(mdPrefix + c.text, '');
      if (c.plant) {
        hits.push({
          ad: adRel,
          md: mdRel,
          field: `copy.${c.field}`,
          locale,
          term: c.plant.term,
          form: c.plant.form,
          variant: c.plant.variant,
          // 1-based line and UTF-16 column of the first character; endColumn is just past the last.
          yaml: { line: yamlLine, column: yamlPrefix.length + c.plant.start + 1, endColumn: yamlPrefix.length + c.plant.end + 1 },
          markdown: { line: mdLine, column: mdPrefix.length + c.plant.start + 1, endColumn: mdPrefix.length + c.plant.end + 1 },
        });
      }
    }
    const adAbs = path.join(out, adRel);
    if (i % 1000 === 1) fs.mkdirSync(path.dirname(adAbs), { recursive: true });
    fs.writeFileSync(adAbs, yamlLines.join('\n') + '\n');
    if (opts.md) {
      const mdAbs = path.join(out, mdRel);
      if (i % 1000 === 1) fs.mkdirSync(path.dirname(mdAbs), { recursive: true });
      fs.writeFileSync(mdAbs, mdLines.join('\n'));
    }
  }
  const expected = {
    generator: 'bench/gen-corpus.mjs',
    id: corpusId(opts),
    seed: opts.seed,
    n: opts.n,
    k: opts.k,
    rate: opts.rate,
    fields,
    meanFieldChars: Math.round(chars / fields),
    markdown: opts.md,
    hitCount: hits.length,
    byVariant: Object.fromEntries(['exact', 'case', 'evasion'].map((v) => [v, hits.filter((h) => h.variant === v).length])),
    hits,
  };
  fs.writeFileSync(path.join(out, 'expected.json'), JSON.stringify(expected));
  let images = 0;
  if (opts.images > 0) {
    const { writeImages } = await import('./lib/images.mjs');
    images = await writeImages(out, opts.images, createRng(opts.seed + 1));
  }
  return { out, n: opts.n, k: opts.k, fields, hits: hits.length, images, retries: ctx.stats.retries, seconds: (Date.now() - t0) / 1000 };
}

/** Identifies what a corpus was generated from: the generator's own source and the options. */
export function corpusId(opts) {
  const h = createHash('sha256');
  for (const f of ['gen-corpus.mjs', 'lib/rng.mjs', 'lib/vocab.mjs', 'lib/lexicon.mjs', 'lib/formats.mjs', 'lib/images.mjs']) h.update(fs.readFileSync(path.join(here, f)));
  h.update(JSON.stringify([opts.n, opts.k, opts.seed, opts.images, opts.md, opts.rate]));
  return h.digest('hex').slice(0, 16);
}

export const GEN_DEFAULTS = { n: 2000, k: 2000, seed: 42, out: '', images: 0, md: true, rate: 0.2 };

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const opts = parseArgs(process.argv.slice(2), GEN_DEFAULTS);
    if (!opts.out) opts.out = path.join(here, 'out', `corpus-${opts.n}`);
    const r = await generate(opts);
    console.log(`gen-corpus: ${r.n} creatives (${r.fields} fields, ${r.hits} planted hits), ${r.k} terms${r.images ? `, ${r.images} images` : ''} → ${path.relative(process.cwd(), r.out) || '.'} in ${r.seconds.toFixed(1)} s`);
  } catch (e) {
    console.error(`gen-corpus: ${e.message}`);
    process.exit(2);
  }
}
