import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { WORKER_YOUNG_GENERATION_MB, workerOptions } from './lint-pool.js';

describe('lint pool workers', () => {
  it('start with a bounded young generation and no bound on the old one', async () => {
    const worker = new Worker('setTimeout(() => {}, 200)', { eval: true, ...workerOptions([]) });
    await new Promise((resolve) => worker.once('online', resolve));
    const limits = worker.resourceLimits!;
    await worker.terminate();
    expect(limits.maxYoungGenerationSizeMb).toBeLessThanOrEqual(WORKER_YOUNG_GENERATION_MB);
    expect(limits.maxYoungGenerationSizeMb).toBeGreaterThan(0);
    // A cap on the old generation would stop a worker on a large file: V8's own limit stands.
    expect(limits.maxOldGenerationSizeMb).toBeGreaterThan(1000);
  });
});
