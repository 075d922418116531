// Measures the `terms` matcher: automaton build time for N terms and scan throughput (MB/s of
// UTF-8 text, folding included) on one core. Run after a build:
//   node bench/terms-throughput.mjs [terms=10000] [megabytes=4]
import { foldText } from '../packages/core/dist/text/fold.js';
import { TermMatcher } from '../packages/core/dist/matchers/terms.js';

const termCount = Number(process.argv[2] ?? 10_000);
const megabytes = Number(process.argv[3] ?? 4);

// A fixed-seed generator, so runs are comparable.
let seed = 42;
const rnd = (n) => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let r = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
  return ((r ^ (r >>> 14)) >>> 0) % n;
};
const cjk = () => String.fromCharCode(0x4e00 + rnd(3500));
const word = () => Array.from({ length: 3 + rnd(7) }, () => String.fromCharCode(97 + rnd(26))).join('');

const terms = new Set();
while (terms.size < termCount) terms.add(rnd(2) ? Array.from({ length: 2 + rnd(3) }, cjk).join('') : rnd(4) ? word() : `${word()} ${word()}`);
const entries = [...terms].map((term) => ({ term }));

let t = performance.now();
const matcher = new TermMatcher(entries);
const buildMs = performance.now() - t;

// Mixed copy: Chinese sentences, English sentences, some fullwidth and evasions.
const parts = [];
let size = 0;
while (size < megabytes * 1e6) {
  const s = rnd(2)
    ? `${Array.from({ length: 20 + rnd(20) }, cjk).join('')}，${rnd(5) ? '' : '最 佳'}。`
    : `${Array.from({ length: 6 + rnd(10) }, word).join(' ')}${rnd(5) ? '.' : ' ＦＲＥＥ!'} `;
  parts.push(s);
  size += Buffer.byteLength(s);
}
const text = parts.join('');
const bytes = Buffer.byteLength(text);

t = performance.now();
const folded = foldText(text);
const foldMs = performance.now() - t;
t = performance.now();
const hits = matcher.find(folded);
const scanMs = performance.now() - t;

const mbps = (ms) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
console.log(`terms: ${termCount}, build: ${buildMs.toFixed(0)} ms`);
console.log(`text: ${(bytes / 1e6).toFixed(1)} MB, hits: ${hits.length}`);
console.log(`fold: ${foldMs.toFixed(0)} ms (${mbps(foldMs)} MB/s), scan: ${scanMs.toFixed(0)} ms (${mbps(scanMs)} MB/s), fold+scan: ${mbps(foldMs + scanMs)} MB/s`);
