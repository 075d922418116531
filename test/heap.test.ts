import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

const heapModule = pathToFileURL(path.join(repoRoot, 'packages/cli/dist/heap.js')).href;

/**
 * Keeps ~60 MB live while allocating ten times that in short-lived objects, as a long run does,
 * and prints the largest heap V8 reserved on the way.
 */
const churn = (bound: boolean): string => `
import v8 from 'node:v8';
import { boundHeapGrowth } from '${heapModule}';
if (${bound}) boundHeapGrowth();
const live = [];
for (let i = 0; i < 300000; i++) live.push({ a: ('x' + i).repeat(2), b: i });
let peak = 0, sink;
for (let r = 0; r < 200; r++) {
  const tmp = [];
  for (let i = 0; i < 20000; i++) tmp.push({ s: 'y' + i + r, n: [i] });
  if (r % 2) live.push(tmp.slice(0, 2000));
  sink = tmp;
  peak = Math.max(peak, v8.getHeapStatistics().total_heap_size);
}
console.log(JSON.stringify({ peak, used: v8.getHeapStatistics().used_heap_size }));
`;

function peakOf(bound: boolean): { peak: number; used: number } {
  // One thread, no incremental marking: each full collection comes exactly at the limit V8 set, so
  // the peak does not depend on how busy the machine is.
  const r = spawnSync(process.execPath, ['--single-threaded', '--no-incremental-marking', '--input-type=module', '-e', churn(bound)], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { peak: number; used: number };
}

describe('bounded heap growth (100,000-creative runs)', () => {
  it('keeps the heap V8 reserves well below what it reserves by default, silently', () => {
    const unbounded = peakOf(false);
    const bounded = peakOf(true);
    // By default V8 lets the old generation grow to several times the live heap; bounded, it stays near it.
    expect(bounded.peak).toBeLessThan(unbounded.peak * 0.7);
    expect(bounded.peak).toBeLessThan(bounded.used * 2);
  });
});
