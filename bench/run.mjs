#!/usr/bin/env node
// adlint benchmark: one command (`pnpm bench`, or `node bench/run.mjs`). Generates the corpora it
// needs (seeded, cached in bench/out/), installs the peer (textlint + textlint-rule-prh) into
// bench/.cache/peers on first use, times whole processes (medians of several runs, interleaved),
// checks every tool's recall against expected.json, and prints one table of medians and ratios.
// See bench/README.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GEN_DEFAULTS, corpusId, generate, parseArgs } from './gen-corpus.mjs';
import { hasGnuTime, runOnce, timeInterleaved } from './lib/measure.mjs';
import { describeRecall, pct, recall } from './lib/recall.mjs';
import { CREATIVES as LSP_CREATIVES, measureRelint } from './lsp-relint.mjs';
import { ocrMissing, ocrSection } from './ocr.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
const OUT = path.join(BENCH, 'out');
const PEERS = path.join(BENCH, '.cache', 'peers');
// adlint's user cache (compiled lexicons, the start-up code cache) for the bench's runs alone, so
// that what is cached is known: the warm-up run of each measure fills it.
const USER_CACHE = path.join(OUT, 'user-cache');
/** The CLI entry as packages/cli/package.json publishes it (`bin.adlint`); `--bin` measures another build. */
const DEFAULT_BIN = (() => {
  const cli = path.join(ROOT, 'packages', 'cli');
  const bin = JSON.parse(fs.readFileSync(path.join(cli, 'package.json'), 'utf8')).bin;
  return path.join(cli, typeof bin === 'string' ? bin : (bin?.adlint ?? 'dist/bin.js'));
})();
const NODE = process.execPath;
let BIN = DEFAULT_BIN;
/** `taskset -c N` where the machine has it: the one-core rows run pinned, as the issue's targets are per core. */
const TASKSET = spawnSync('taskset', ['-c', '0', 'true']).status === 0 ? 'taskset' : null;

/** Pinned peer versions (see bench/README.md for why prh). */
const PEER_PACKAGES = {
  textlint: '15.8.0',
  'textlint-rule-prh': '6.1.0',
  'textlint-rule-ng-word': '1.0.0',
};
const PEER_RULES = {
  prh: { pkg: 'textlint-rule-prh', label: 'textlint + prh', config: '.textlintrc.json', slow: true, target: 10 },
  // The fastest peer (issue 23): one indexOf per term per document, no positions.
  'ng-word': { pkg: 'textlint-rule-ng-word', label: 'textlint + ng-word', config: 'textlintrc.ng-word.json', documentLevel: true, target: 5 },
};

const DEFAULTS = {
  n: 2000,
  k: 2000,
  seed: 42,
  runs: 5,
  peerRuns: 3,
  hookRuns: 10,
  images: 48,
  ocrPictures: 12,
  ocrVideos: 3,
  scale: '1000,10000,100000',
  scaleRuns: 3,
  bigRuns: 1,
  peers: 'ng-word,prh',
  only: '',
  bin: '',
  cpu: '0',
  quick: false,
};
const SECTIONS = ['compare', 'hook', 'cache', 'images', 'ocr', 'scale', 'lsp'];

const log = (s) => process.stderr.write(`${s}\n`);
const fmtS = (s) => (s === null || s === undefined ? '–' : s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
const fmtMB = (mb) => (mb === null || mb === undefined ? '–' : `${Math.round(mb)} MB`);
const fmtX = (x) => `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×`;

async function main() {
  const opts = parseArgs(process.argv.slice(2), DEFAULTS);
  if (opts.quick) Object.assign(opts, { n: 200, k: 200, runs: 3, peerRuns: 2, hookRuns: 5, images: 6, ocrPictures: 4, ocrVideos: 1, scale: '1000,2000', scaleRuns: 2 });
  const sections = opts.only ? opts.only.split(',') : SECTIONS;
  if (opts.bin) BIN = path.resolve(opts.bin);
  for (const s of sections) if (!SECTIONS.includes(s)) throw new Error(`--only: unknown section ${s} (${SECTIONS.join(', ')})`);
  if (!fs.existsSync(BIN)) throw new Error(`${path.relative(ROOT, BIN)} is missing: run \`pnpm install\` (or \`pnpm build\`) first`);

  const machine = {
    date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadBefore: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
  log(`adlint bench: ${machine.cores} cores, Node ${machine.node}, load ${machine.loadBefore}`);
  const features = detectFeatures();
  log(`features: terms ${features.terms}, --cache ${features.cache}, image ${features.image}`);

  const rows = [];
  const notes = [];
  const results = { machine, options: opts, features, sections: {} };
  const corpus = sections.some((s) => ['compare', 'hook', 'cache'].includes(s)) ? await ensureCorpus({ n: opts.n, k: opts.k, seed: opts.seed, md: true, images: 0 }, `corpus-${opts.n}-k${opts.k}`) : null;
  const nLabel = `${opts.n.toLocaleString('en-US')} creatives × ${opts.k.toLocaleString('en-US')} terms`;

  if (sections.includes('compare')) {
    if (!features.terms) notes.push('compare: skipped, this build of adlint has no `terms` check');
    else {
      const peers = opts.peers.split(',').filter(Boolean);
      for (const p of peers) if (!PEER_RULES[p]) throw new Error(`--peers: unknown peer ${p} (${Object.keys(PEER_RULES).join(', ')})`);
      ensurePeers(peers);
      log(`\n[compare] ${nLabel}: adlint vs the read-only floor and ${peers.map((p) => PEER_RULES[p].label).join(', ')}`);
      const adlintOut = path.join(corpus.dir, 'report-adlint.json');
      const adlint1 = pin(adlintSpec('adlint (1 core)', corpus.dir, ['ads', '-f', 'json', '-o', adlintOut]), opts.cpu);
      const adlint2Out = path.join(corpus.dir, 'report-adlint-all-cores.json');
      const adlintAll = adlintSpec(`adlint (${os.cpus().length} cores)`, corpus.dir, ['ads', '-f', 'json', '-o', adlint2Out]);
      // The pool itself, whatever `auto` chooses for this many files and cores.
      const poolOut = path.join(corpus.dir, 'report-adlint-pool.json');
      const adlintPool = adlintSpec(`adlint (pool of ${os.cpus().length})`, corpus.dir, ['ads', '-f', 'json', '-o', poolOut, '--concurrency', String(os.cpus().length)]);
      const floor = pin({ name: 'read-only floor', cmd: NODE, args: [path.join(BENCH, 'lib', 'read-all.mjs'), 'ads'], cwd: corpus.dir }, opts.cpu);
      const peerSpec = (p) =>
        pin(
          {
            name: PEER_RULES[p].label,
            cmd: NODE,
            args: [path.join(PEERS, 'node_modules', 'textlint', 'bin', 'textlint.js'), '-c', path.join(corpus.dir, PEER_RULES[p].config), '-f', 'json', '-o', path.join(corpus.dir, `report-${p}.json`), 'md'],
            cwd: corpus.dir,
            okCodes: [0, 1],
          },
          opts.cpu,
        );
      // The fast peer (ng-word) and the floor take seconds, so they share adlint's runs; prh takes
      // minutes, so it alternates with adlint in runs of its own (--peer-runs, no warm-up).
      const fast = peers.filter((p) => !PEER_RULES[p].slow);
      const slow = peers.filter((p) => PEER_RULES[p].slow);
      const [a, all, pool, fl, ...fastTimes] = timeInterleaved([adlint1, adlintAll, adlintPool, floor, ...fast.map(peerSpec)], opts.runs, { log });
      const slowRuns = slow.length ? timeInterleaved([adlint1, ...slow.map(peerSpec)], opts.peerRuns, { log, warmup: false }) : [];
      const ra = recall(corpus.dir, corpus.expected, adlintOut, 'yaml', { ruleFilter: (m) => m.ruleId === 'bench/banned-claims' });
      const rAll = recall(corpus.dir, corpus.expected, adlint2Out, 'yaml', { ruleFilter: (m) => m.ruleId === 'bench/banned-claims' });
      const same = fs.readFileSync(adlintOut, 'utf8') === fs.readFileSync(adlint2Out, 'utf8');
      const samePool = fs.readFileSync(adlintOut, 'utf8') === fs.readFileSync(poolOut, 'utf8');
      results.sections.compare = { adlint: { ...a, recall: ra }, adlintAllCores: { ...all, recall: rAll, sameReport: same }, adlintPool: { ...pool, sameReport: samePool }, floor: fl, peers: {} };
      const vsFloor = a.median / fl.median;
      rows.push(row(`Read-only I/O floor: Node reads the ${opts.n.toLocaleString('en-US')} files, does nothing (1 core)`, fl, null, null));
      rows.push(row(`Whole corpus (${nLabel}): adlint, 1 core`, a, `${fmtX(vsFloor)} the floor`, { target: '≤ 4× the floor', met: vsFloor <= 4 }, describeRecall(ra)));
      rows.push(
        row(
          `Whole corpus: adlint, ${os.cpus().length} cores`,
          all,
          `${fmtX(a.median / all.median)} faster than 1 core; ${fmtX(all.median / fl.median)} the floor`,
          { target: 'uses both cores', met: a.median / all.median >= 1.3 },
          `${describeRecall(rAll)}; report ${same ? 'identical to' : '**differs from**'} the 1-core run's`,
        ),
      );
      rows.push(row(`Whole corpus: adlint, pool of ${os.cpus().length} threads (\`--concurrency ${os.cpus().length}\`)`, pool, `${fmtX(a.median / pool.median)} faster than 1 core`, null, `report ${samePool ? 'identical to' : '**differs from**'} the 1-core run's`));
      const peerRow = (p, t, ref) => {
        const rp = recall(corpus.dir, corpus.expected, path.join(corpus.dir, `report-${p}.json`), 'markdown', { documentLevel: PEER_RULES[p].documentLevel });
        results.sections.compare.peers[p] = { ...t, adlint: ref, recall: rp };
        const ratio = t.median / ref.median;
        const target = PEER_RULES[p].target;
        const slowNote = ref === a ? '' : ` (adlint ${fmtS(ref.median)} in the same runs)`;
        rows.push(
          row(
            `Whole corpus: ${PEER_RULES[p].label}, 1 core${PEER_RULES[p].documentLevel ? ' (file-level recall: it reports no position)' : ''}`,
            t,
            `${fmtX(ratio)} slower than adlint${slowNote}`,
            target ? { target: `≥ ${target}×, recall ≥ peer`, met: ratio >= target && ra.recall >= rp.recall } : null,
            describeRecall(rp),
          ),
        );
      };
      fast.forEach((p, i) => peerRow(p, fastTimes[i], a));
      slow.forEach((p, i) => peerRow(p, slowRuns[i + 1], slowRuns[0]));
    }
  }

  if (sections.includes('hook')) {
    log('\n[hook] adlint on one file vs node -e 0');
    const one = path.join('ads', 'b000', 'ad-000001.ad.yaml');
    const example = path.join(ROOT, 'examples', 'spring-sale');
    const dresses = path.join('google', 'search-dresses.ad.yaml');
    const [a, b, first, z] = timeInterleaved(
      [
        pin(adlintSpec('adlint one file, custom lexicon', corpus.dir, [one]), opts.cpu),
        pin(adlintSpec('adlint one file, bundled packs', example, [dresses]), opts.cpu),
        // The first run after installing or upgrading adlint (or Node) compiles the bundle and stores the code cache.
        { ...pin(adlintSpec('adlint one file, bundled packs, no code cache', example, [dresses]), opts.cpu), before: () => fs.rmSync(path.join(USER_CACHE, 'code'), { recursive: true, force: true }) },
        pin({ name: 'node -e 0', cmd: NODE, args: ['-e', '0'], cwd: corpus.dir }, opts.cpu),
      ],
      opts.hookRuns,
      { log },
    );
    const ratio = a.median / z.median;
    const ratioBundled = b.median / z.median;
    results.sections.hook = { adlint: a, bundled: b, firstRun: first, node: z, ratio, ratioBundled };
    rows.push(row('`node -e 0` (1 core)', z, null, null));
    rows.push(row('One file, bundled packs (examples/spring-sale, a Google Ads creative) vs `node -e 0`', b, `${fmtX(ratioBundled)} node -e 0`, { target: '≤ 2×', met: ratioBundled <= 2 }));
    rows.push(row('The same, first run after an install (no code cache yet: compiles and stores it)', first, `${fmtX(first.median / z.median)} node -e 0`, null));
    rows.push(row(`One file (hook case, ${opts.k.toLocaleString('en-US')}-term custom lexicon) vs \`node -e 0\``, a, `${fmtX(ratio)} node -e 0`, { target: '≤ 2.5×', met: ratio <= 2.5 }));
  }

  if (sections.includes('cache')) {
    if (!features.cache) notes.push('cache: skipped, this build of adlint has no `--cache` flag');
    else if (!features.terms) notes.push('cache: skipped, this build of adlint has no `terms` check');
    else {
      log(`\n[cache] --cache warm vs cold on ${opts.n} creatives`);
      const loc = path.join(corpus.dir, '.bench-cache');
      const coldOut = path.join(corpus.dir, 'report-cold.json');
      const warmOut = path.join(corpus.dir, 'report-warm.json');
      const args = (o) => ['ads', '--cache', '--cache-location', loc, '-f', 'json', '-o', o];
      const [plain, c, w] = timeInterleaved(
        [
          adlintSpec('no --cache', corpus.dir, ['ads', '-f', 'json', '-o', path.join(corpus.dir, 'report-plain.json')]),
          { ...adlintSpec('cold', corpus.dir, args(coldOut)), before: () => fs.rmSync(loc, { recursive: true, force: true }) },
          adlintSpec('warm', corpus.dir, args(warmOut)),
        ],
        opts.runs,
        { log },
      );
      const rw = recall(corpus.dir, corpus.expected, warmOut, 'yaml', { ruleFilter: (m) => m.ruleId === 'bench/banned-claims' });
      const share = w.median / c.median;
      results.sections.cache = { plain, cold: c, warm: w, share, recallWarm: rw };
      rows.push(row('Same corpus without `--cache` (for reference)', plain, null, null));
      rows.push(row('`--cache` cold (empty cache)', c, `${fmtX(c.median / plain.median)} no --cache`, null));
      rows.push(row('`--cache` warm (nothing changed)', w, `${pct(share)} of cold`, { target: '≤ 15 %', met: share <= 0.15 }, `warm: ${describeRecall(rw)}`));
    }
  }

  if (sections.includes('images')) {
    if (!features.image) notes.push('images: skipped, this build of adlint has no `image` check');
    else if (!features.sharp) notes.push('images: skipped, sharp is not installed in the workspace');
    else {
      const img = await ensureCorpus({ n: 0, k: 10, seed: opts.seed, md: false, images: opts.images }, `images-${opts.images}`);
      log(`\n[images] ${opts.images} images: header-only rules vs a pixel rule`);
      const spec = (id) => adlintSpec(id, img.dir, ['image-ads', '-c', `bench-image-${id}.adlint.yaml`, '-f', 'json', '-o', path.join(img.dir, `report-${id}.json`)]);
      const full = { name: 'full decode (sharp)', cmd: NODE, args: [path.join(BENCH, 'lib', 'decode-all.mjs'), 'images'], cwd: img.dir };
      const fullBase = { name: 'sharp loaded, no decode', cmd: NODE, args: [path.join(BENCH, 'lib', 'decode-all.mjs'), 'images', '--none'], cwd: img.dir };
      const [none, header, decode, fullDecode, sharpOnly] = timeInterleaved([spec('none'), spec('header'), spec('decode'), full, fullBase], opts.runs, { log });
      const netHeader = Math.max(header.median - none.median, 0.001);
      const netDecode = decode.median - none.median;
      const netFull = fullDecode.median - sharpOnly.median;
      const vsFull = netFull / netHeader;
      const checked = countFiles(path.join(img.dir, 'report-header.json'));
      results.sections.images = { none, header, decode, fullDecode, sharpOnly, netHeader, netDecode, netFull, vsFull };
      const per = (s) => `${((s / opts.images) * 1000).toFixed(1)} ms/image`;
      rows.push(row(`Images (${opts.images}, 0.4–24 MP): adlint, no image rule (baseline)`, none, null, null));
      rows.push(row('Images: adlint, header-only rules (format, size, ratio, file size)', header, `net of baseline ${fmtS(netHeader)} = ${per(netHeader)}`, null, `${checked} creatives reported`));
      rows.push(row('Images: node + sharp loaded, no decode (baseline)', sharpOnly, null, null));
      rows.push(
        row('Images: full decode of every pixel (sharp, 2 at a time)', fullDecode, `net ${fmtS(netFull)} = ${per(netFull)}: ${fmtX(vsFull)} adlint header-only net (whole process ${fmtX(fullDecode.median / header.median)})`, { target: '≥ 20× (net)', met: vsFull >= 20 }),
      );
      rows.push(row('Images: adlint + white-background rule (decodes a ≤ 1000 px copy)', decode, `net ${fmtS(netDecode)} = ${per(netDecode)}; ${fmtX(netDecode / netHeader)} header-only net`, null));
    }
  }

  if (sections.includes('ocr')) {
    const missing = ocrMissing();
    if (missing) notes.push(`ocr: skipped, needs ${missing}`);
    else {
      const ocr = await ocrSection({ out: OUT, pictures: opts.ocrPictures, videos: opts.ocrVideos, runs: opts.runs, spec: adlintSpec, row, fmtS, log });
      results.sections.ocr = ocr.timings;
      rows.push(...ocr.rows);
    }
  }

  if (sections.includes('scale')) {
    if (!features.terms) notes.push('scale: skipped, this build of adlint has no `terms` check');
    else {
      const ns = opts.scale.split(',').map(Number);
      results.sections.scale = [];
      let prev;
      let firstMarginal;
      for (const n of ns) {
        const c = await ensureCorpus({ n, k: opts.k, seed: opts.seed, md: false, images: 0 }, `scale-${n}-k${opts.k}`);
        log(`\n[scale] N = ${n}`);
        const outFile = path.join(c.dir, 'report-adlint.json');
        const runs = n >= 100_000 ? opts.bigRuns : opts.scaleRuns;
        const [t] = timeInterleaved([adlintSpec(`N=${n}`, c.dir, ['ads', '-f', 'json', '-o', outFile])], runs, { log, warmup: n < 100_000 });
        const r = recall(c.dir, c.expected, outFile, 'yaml', { ruleFilter: (m) => m.ruleId === 'bench/banned-claims' });
        const perCreative = (t.median / n) * 1e6;
        // Marginal cost between consecutive sizes: start-up cancels out, so linear time shows as a flat marginal cost.
        const marginal = prev ? ((t.median - prev.median) / (n - prev.n)) * 1e6 : null;
        if (marginal !== null) firstMarginal ??= marginal;
        const growth = marginal !== null ? marginal / firstMarginal : null;
        results.sections.scale.push({ n, ...t, perCreativeUs: perCreative, marginalUs: marginal, recall: r });
        const last = n === ns[ns.length - 1];
        // Linear: the time per creative at this N is no more than 1.25× that at the previous N
        // (start-up only amortises, so superlinear work shows as growth).
        const perGrowth = prev ? perCreative / prev.perCreative : 1;
        const ratio = `${perCreative.toFixed(0)} µs/creative${marginal === null ? '' : ` (${perGrowth.toFixed(2)}× N=${prev.n.toLocaleString('en-US')}); marginal ${marginal.toFixed(0)} µs/creative${growth !== 1 ? ` (${growth.toFixed(2)}× the first)` : ''}`}`;
        rows.push(
          row(`Scale N = ${n.toLocaleString('en-US')} (${opts.k.toLocaleString('en-US')} terms)`, t, ratio, last && ns.length > 1 ? { target: 'linear, ≤ 250 MB', met: perGrowth <= 1.25 && (t.rssMB ?? 0) <= 250 } : null, describeRecall(r)),
        );
        prev = { n, median: t.median, perCreative };
      }
    }
  }

  if (sections.includes('lsp')) {
    // The language server over stdio: didChange → publishDiagnostics for that version (debounce 0).
    results.sections.lsp = {};
    for (const [label, creative] of Object.entries(LSP_CREATIVES)) {
      log(`\n[lsp] re-lint after an edit: ${label}`);
      const r = await measureRelint(creative, opts.quick ? 20 : 100);
      results.sections.lsp[label] = r;
      const t = { median: r.medianMs / 1000, min: r.minMs / 1000, max: r.maxMs / 1000, runs: r.edits, rssMB: null };
      rows.push(row(`Language server: re-lint one ${label} creative after an edit`, t, `p90 ${r.p90Ms.toFixed(0)} ms; first lint ${fmtS(r.firstMs / 1000)}`, { target: '≤ 50 ms median', met: r.medianMs <= 50 }));
    }
  }

  machine.loadAfter = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  const table = renderTable(rows);
  const header = `adlint bench — ${machine.date}; ${machine.cpu}, ${machine.cores} cores, ${machine.memGB} GB; Node ${machine.node}; load ${machine.loadBefore} → ${machine.loadAfter}${hasGnuTime ? '' : '; no /usr/bin/time: peak RSS not measured'}`;
  const text = [header, '', table, ...(notes.length ? ['', ...notes.map((n) => `- ${n}`)] : [])].join('\n');
  console.log(`\n${text}`);
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'last-run.md'), text + '\n');
  fs.writeFileSync(path.join(OUT, 'last-run.json'), JSON.stringify({ ...results, rows, notes }, null, 2));
  log(`\n(saved to ${path.relative(process.cwd(), path.join(OUT, 'last-run.md'))} and last-run.json)`);
}

function adlintSpec(name, cwd, args) {
  return { name, cmd: NODE, args: [BIN, ...args], cwd, okCodes: [0, 1], env: { ADLINT_CACHE_DIR: USER_CACHE } };
}

/** The same command pinned to one CPU (`taskset -c cpu`), where taskset exists. */
function pin(spec, cpu) {
  if (!TASKSET) return spec;
  return { ...spec, cmd: TASKSET, args: ['-c', String(cpu), spec.cmd, ...spec.args] };
}

function row(measure, t, ratio, target, recallText = '') {
  return {
    measure,
    median: fmtS(t.median),
    spread: `${fmtS(t.min)}–${fmtS(t.max)} (${t.runs})`,
    rss: fmtMB(t.rssMB),
    ratio: ratio ?? '',
    target: target ? target.target : '',
    met: target ? (target.met ? 'yes' : '**no**') : '',
    recall: recallText,
  };
}

function renderTable(rows) {
  const cols = [
    ['measure', 'measure'],
    ['median', 'median'],
    ['spread', 'min–max (runs)'],
    ['rss', 'peak RSS'],
    ['ratio', 'ratio'],
    ['target', 'target'],
    ['met', 'met'],
    ['recall', 'recall (found/planted; extra = unplanted reports)'],
  ];
  const lines = [`| ${cols.map((c) => c[1]).join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`];
  for (const r of rows) lines.push(`| ${cols.map((c) => r[c[0]]).join(' | ')} |`);
  return lines.join('\n');
}

function countFiles(reportFile) {
  return JSON.parse(fs.readFileSync(reportFile, 'utf8')).filter((f) => f.messages.length).length;
}

/** Generates the corpus unless bench/out already holds one made by the same generator and options. */
async function ensureCorpus(params, name = `corpus-${params.n}`) {
  const dir = path.join(OUT, name);
  const opts = { ...GEN_DEFAULTS, ...params, out: dir };
  const id = corpusId(opts);
  const expectedFile = path.join(dir, 'expected.json');
  const read = () => (fs.existsSync(expectedFile) ? JSON.parse(fs.readFileSync(expectedFile, 'utf8')) : null);
  let expected = read();
  if (expected?.id !== id) {
    log(`generating ${path.relative(ROOT, dir)} (N=${opts.n}, K=${opts.k}${opts.images ? `, ${opts.images} images` : ''})…`);
    const r = await generate(opts);
    log(`  done in ${r.seconds.toFixed(1)} s`);
    expected = read();
  }
  return { dir, expected };
}

/** Installs the pinned peers into bench/.cache/peers when missing (npm registry; never a dependency of the packages). */
function ensurePeers(peers) {
  const want = ['textlint', ...peers.map((p) => PEER_RULES[p].pkg)];
  const missing = want.filter((p) => {
    const f = path.join(PEERS, 'node_modules', p, 'package.json');
    return !fs.existsSync(f) || JSON.parse(fs.readFileSync(f, 'utf8')).version !== PEER_PACKAGES[p];
  });
  if (!missing.length) return;
  log(`installing peers into ${path.relative(ROOT, PEERS)}: ${missing.map((p) => `${p}@${PEER_PACKAGES[p]}`).join(', ')}`);
  fs.mkdirSync(PEERS, { recursive: true });
  const pkgFile = path.join(PEERS, 'package.json');
  const pkg = fs.existsSync(pkgFile) ? JSON.parse(fs.readFileSync(pkgFile, 'utf8')) : { name: 'adlint-bench-peers', private: true, dependencies: {} };
  for (const p of want) pkg.dependencies[p] = PEER_PACKAGES[p];
  fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--prefix', PEERS, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`npm install of the peers failed (exit ${r.status}); the npm registry must be reachable the first time`);
}

/** Which parts of adlint this build has (other engineers add them): a missing part skips its rows. */
function detectFeatures() {
  const help = runOnce(NODE, [BIN, '--help'], { okCodes: [0] }).stdout;
  let sharp = true;
  try {
    spawnSync(NODE, ['-e', "import('sharp')"], { cwd: ROOT }).status === 0 || (sharp = false);
  } catch {
    sharp = false;
  }
  const dist = path.join(ROOT, 'packages', 'core', 'dist', 'checks');
  const registered = (id) => {
    const f = path.join(dist, 'index.js');
    return fs.existsSync(path.join(dist, `${id}.js`)) && fs.readFileSync(f, 'utf8').includes(`${id}Check`);
  };
  return { terms: registered('terms'), image: registered('image'), cache: help.includes('--cache'), sharp };
}

try {
  await main();
} catch (e) {
  console.error(`bench: ${e.message}`);
  process.exit(2);
}
