/** Runs with fewer files end before a progress line would help. */
export const PROGRESS_MIN_FILES = 100;
const REDRAW_MS = 100;
/** Rate and ETA appear once this much time has passed: before it, the rate is noise. */
const ESTIMATE_AFTER_MS = 1000;

export interface Progress {
  tick(): void;
  done(): void;
}

const SILENT: Progress = { tick: () => {}, done: () => {} };

/** `1m 05s`, `42s`: short enough for one terminal line. */
function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** The progress line: count, then files per second and the time left once there is a rate to go by. */
export function progressLine(done: number, total: number, elapsedMs: number): string {
  const count = `adlint: ${done}/${total} files`;
  if (elapsedMs < ESTIMATE_AFTER_MS || done === 0) return count;
  const rate = done / (elapsedMs / 1000);
  return `${count}, ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} files/s, ${duration(((total - done) / rate) * 1000)} left`;
}

/**
 * A progress line on stderr, redrawn in place. Only for people watching a terminal: never when
 * stderr is not a TTY, in CI logs, or when stdout carries machine-readable output.
 */
export async function createProgress(total: number, humanOutput: boolean, now: () => number = Date.now): Promise<Progress> {
  if (total < PROGRESS_MIN_FILES || !humanOutput || !process.stderr.isTTY) return SILENT;
  // ci-info knows the variables of every CI service; loaded only when a terminal is attached.
  const { isCI } = (await import('ci-info')).default;
  if (isCI) return SILENT;
  const start = now();
  let done = 0;
  let last = start;
  const draw = (): void => {
    process.stderr.write(`\r\x1b[K${progressLine(done, total, now() - start)}`);
  };
  draw();
  return {
    tick() {
      done++;
      const t = now();
      if (t - last >= REDRAW_MS) {
        last = t;
        draw();
      }
    },
    done() {
      process.stderr.write('\r\x1b[K');
    },
  };
}
