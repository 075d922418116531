// Whole-process timing: spawn, wall time from the parent, peak RSS from /usr/bin/time (GNU time)
// when the machine has it. No in-process timers: what a user waits for is what is measured.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GNU_TIME = fs.existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0 ? '/usr/bin/time' : null;
const rssFile = path.join(os.tmpdir(), `adlint-bench-rss-${process.pid}.txt`);

export const hasGnuTime = GNU_TIME !== null;

/** Runs one process; returns { seconds, rssMB, code, stdout, stderr }. */
export function runOnce(cmd, args, { cwd, env, okCodes = [0] } = {}) {
  const [file, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%M', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, argv, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.error) throw r.error;
  let rssMB = null;
  if (GNU_TIME) {
    const kb = Number(fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    rssMB = Number.isFinite(kb) ? kb / 1024 : null;
  }
  if (!okCodes.includes(r.status)) {
    const err = new Error(`${cmd} ${args.join(' ')} exited with ${r.status}:\n${(r.stderr || r.stdout || '').slice(0, 2000)}`);
    err.code = r.status;
    throw err;
  }
  return { seconds, rssMB, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Times several commands, `runs` times each, interleaved (A B A B …) so load that comes and goes
 * hits every command alike. Each spec: { name, cmd, args, cwd, okCodes, before() }. One untimed
 * warm-up run each first (file system cache), unless warmup is false.
 */
export function timeInterleaved(specs, runs, { warmup = true, log = () => {} } = {}) {
  const samples = specs.map(() => ({ times: [], rss: [] }));
  if (warmup) for (const s of specs) {
    s.before?.();
    runOnce(s.cmd, s.args, s);
  }
  for (let i = 0; i < runs; i++) {
    specs.forEach((s, j) => {
      s.before?.();
      const r = runOnce(s.cmd, s.args, s);
      samples[j].times.push(r.seconds);
      if (r.rssMB !== null) samples[j].rss.push(r.rssMB);
      s.after?.(r);
      log(`  ${s.name}: run ${i + 1}/${runs} ${r.seconds.toFixed(3)} s`);
    });
  }
  return specs.map((s, j) => ({
    name: s.name,
    runs,
    median: median(samples[j].times),
    min: Math.min(...samples[j].times),
    max: Math.max(...samples[j].times),
    rssMB: samples[j].rss.length ? Math.max(...samples[j].rss) : null,
  }));
}
