// The K-term lexicon of banned claims, and a reference matcher used only by gen-corpus to keep
// clean copy clean and to know exactly which hits were planted.
import { EN_TERMS, EN, ZH_TERMS, ZH } from './vocab.mjs';

const LATIN = /[A-Za-z0-9]/;

/** K unique terms, half English, half Chinese: real base terms first, then seeded variants. */
export function buildLexicon(k, rng) {
  const enWant = Math.ceil(k / 2);
  const zhWant = k - enWant;
  const en = take(EN_TERMS.base, enVariants(rng), enWant);
  const zh = take(ZH_TERMS.base, zhVariants(rng), zhWant);
  return [...en.map((term) => ({ term, lang: 'en' })), ...zh.map((term) => ({ term, lang: 'zh' }))];
}

function take(base, variants, want) {
  const seen = new Set();
  const out = [];
  for (const t of [...base, ...variants]) {
    const key = t.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
    if (out.length === want) return out;
  }
  throw new Error(`only ${out.length} distinct terms can be generated (asked for ${want})`);
}

function enVariants(rng) {
  const two = [];
  for (const p of EN_TERMS.prefixes) for (const n of EN.products) two.push(`${p} ${n}`);
  const three = [];
  for (const p of EN_TERMS.prefixes) for (const a of EN.adjectives) for (const n of EN.products) three.push(`${p} ${a} ${n}`);
  return [...rng.shuffle(two), ...rng.shuffle(three)];
}

function zhVariants(rng) {
  const two = [];
  for (const p of ZH_TERMS.prefixes) for (const n of ZH.products) two.push(`${p}${n}`);
  for (const s of ZH_TERMS.suffixes) for (const n of ZH.products) two.push(`${n}${s}`);
  const three = [];
  for (const p of ZH_TERMS.prefixes) for (const a of ZH.adjectives) for (const n of ZH.products) three.push(`${p}${a}${n}`);
  return [...rng.shuffle(two), ...rng.shuffle(three)];
}

/**
 * Finds every occurrence of every term (case-insensitive; Latin terms only at word boundaries),
 * indexed by the first two characters so a field costs one pass.
 */
export function referenceMatcher(lexicon) {
  const index = new Map();
  for (const { term } of lexicon) {
    const lower = term.toLowerCase();
    const key = lower.slice(0, 2);
    if (!index.has(key)) index.set(key, []);
    index.get(key).push(lower);
  }
  return (text) => {
    const lower = text.toLowerCase();
    const hits = [];
    for (let i = 0; i < lower.length - 1; i++) {
      const list = index.get(lower.slice(i, i + 2));
      if (!list) continue;
      for (const t of list) {
        if (!lower.startsWith(t, i)) continue;
        const end = i + t.length;
        if (LATIN.test(t[0]) && i > 0 && LATIN.test(lower[i - 1])) continue;
        if (LATIN.test(t[t.length - 1]) && end < lower.length && LATIN.test(lower[end])) continue;
        hits.push({ start: i, end, term: t });
      }
    }
    return hits;
  };
}
