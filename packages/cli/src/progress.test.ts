import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgress, progressLine } from './progress.js';

describe('progressLine', () => {
  it('shows the count first, then rate and time left once a second has passed', () => {
    expect(progressLine(0, 500, 0)).toBe('adlint: 0/500 files');
    expect(progressLine(40, 500, 800)).toBe('adlint: 40/500 files');
    expect(progressLine(100, 500, 2000)).toBe('adlint: 100/500 files, 50 files/s, 8s left');
    expect(progressLine(10, 1000, 4000)).toBe('adlint: 10/1000 files, 2.5 files/s, 6m 36s left');
  });
});

describe('createProgress', () => {
  const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
  afterEach(() => {
    if (tty) Object.defineProperty(process.stderr, 'isTTY', tty);
    else delete (process.stderr as { isTTY?: boolean }).isTTY;
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('draws on a terminal, with rate and ETA, and clears its line at the end', async () => {
    Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
    for (const name of ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'GITHUB_ACTIONS']) vi.stubEnv(name, '');
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (written.push(String(s)), true));
    let clock = 0;
    const progress = await createProgress(200, true, () => clock);
    for (let i = 0; i < 100; i++) {
      clock += 20;
      progress.tick();
    }
    progress.done();
    expect(written[0]).toBe('\r\x1b[Kadlint: 0/200 files');
    expect(written).toContain('\r\x1b[Kadlint: 100/200 files, 50 files/s, 2s left');
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('stays silent when stderr is not a terminal, for machine output, and for short runs', async () => {
    Object.defineProperty(process.stderr, 'isTTY', { value: false, configurable: true });
    const write = vi.spyOn(process.stderr, 'write');
    (await createProgress(500, true)).tick();
    Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
    (await createProgress(500, false)).tick();
    (await createProgress(10, true)).tick();
    expect(write).not.toHaveBeenCalled();
  });
});
