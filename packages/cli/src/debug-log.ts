import path from 'node:path';
import { visible } from './formatters/visible.js';

/**
 * `--debug`: what the run used, on stderr as `adlint:debug …` lines — files, configs, packs and
 * the time each phase took — so "why was this file (not) linted?" has an answer without a debugger.
 */
export class DebugLog {
  private readonly start = performance.now();
  private mark = this.start;
  private readonly phases: string[] = [];

  constructor(private readonly cwd: string, private readonly write: ((text: string) => void) | null) {}

  get enabled(): boolean {
    return this.write !== null;
  }

  /** File names and config values reach the terminal escaped, as in every other line adlint prints. */
  log(text: string): void {
    this.write?.(`adlint:debug ${visible(text)}\n`);
  }

  /** A path as the rest of the output shows it: relative to cwd where it lies inside. */
  rel(file: string): string {
    const rel = path.relative(this.cwd, file);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  }

  /** Ends the current phase and records how long it took. */
  phase(name: string): void {
    const now = performance.now();
    this.phases.push(`${name} ${Math.round(now - this.mark)} ms`);
    this.mark = now;
  }

  timing(): void {
    this.log(`timing: ${[...this.phases, `total ${Math.round(performance.now() - this.start)} ms`].join(', ')}`);
  }
}
