import { afterEach, describe, expect, it, vi } from 'vitest';
import { useColor } from './io.js';

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
