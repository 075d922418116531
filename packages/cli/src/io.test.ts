import { afterEach, describe, expect, it, vi } from 'vitest';
import { batched, useColor } from './io.js';

describe('useColor on a terminal', () => {
  const tty = Object.getOwnPropertyDescriptor(process.stdout, 'isTTY');
  const onTerminal = (env: Record<string, string | undefined>): void => {
    Object.defineProperty(process.stdout, 'isTTY', { value: true, configurable: true });
    for (const name of ['NO_COLOR', 'FORCE_COLOR']) vi.stubEnv(name, undefined as unknown as string);
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value as string);
  };
  afterEach(() => {
    if (tty) Object.defineProperty(process.stdout, 'isTTY', tty);
    else delete (process.stdout as { isTTY?: boolean }).isTTY;
    vi.unstubAllEnvs();
  });

  it('has colours by default, none with FORCE_COLOR=0 or false, NO_COLOR or --no-color', () => {
    onTerminal({});
    expect(useColor(undefined, false)).toBe(true);
    onTerminal({ FORCE_COLOR: '0' });
    expect(useColor(undefined, false)).toBe(false);
    onTerminal({ FORCE_COLOR: 'false' });
    expect(useColor(undefined, false)).toBe(false);
    onTerminal({ NO_COLOR: '1' });
    expect(useColor(undefined, false)).toBe(false);
    onTerminal({});
    expect(useColor(false, false)).toBe(false);
  });

  it('writes none into a file unless --color says so', () => {
    onTerminal({ FORCE_COLOR: '1' });
    expect(useColor(undefined, true)).toBe(false);
    expect(useColor(true, true)).toBe(true);
  });
});

describe('batched', () => {
  it('joins a report\'s pieces into few writes, in order, every character kept', () => {
    const pieces = Array.from({ length: 2000 }, (_, i) => (i % 7 === 0 ? '' : `,{"n":${i},"t":"${'x'.repeat(i % 300)}"}`));
    pieces.push('y'.repeat(200_000), ']');
    const writes = [...batched(pieces)];
    expect(writes.join('')).toBe(pieces.join(''));
    expect(writes.length).toBeLessThan(20);
    expect(writes.every((w) => w.length > 0)).toBe(true);
    for (const w of writes.slice(0, -1)) expect(w.length).toBeGreaterThanOrEqual(64 * 1024);
    expect([...batched(['', ''])]).toEqual([]);
    expect([...batched(['a', '', 'b'])]).toEqual(['ab']);
  });
});
