/** Runs with fewer files end before a progress line would help. */
export const PROGRESS_MIN_FILES = 100;
const REDRAW_MS = 100;

export interface Progress {
  tick(): void;
  done(): void;
}

const SILENT: Progress = { tick: () => {}, done: () => {} };

/**
 * A "linted n/total files" line on stderr, redrawn in place. Only for people watching a terminal:
 * never when stderr is not a TTY, in CI logs, or when stdout carries machine-readable output.
 */
export async function createProgress(total: number, humanOutput: boolean): Promise<Progress> {
  if (total < PROGRESS_MIN_FILES || !humanOutput || !process.stderr.isTTY) return SILENT;
  // ci-info knows the variables of every CI service; loaded only when a terminal is attached.
  const { isCI } = (await import('ci-info')).default;
  if (isCI) return SILENT;
  let done = 0;
  let last = 0;
  const draw = (): void => {
    process.stderr.write(`\r\x1b[Kadlint: ${done}/${total} files`);
  };
  draw();
  return {
    tick() {
      done++;
      const now = Date.now();
      if (now - last >= REDRAW_MS) {
        last = now;
        draw();
      }
    },
    done() {
      process.stderr.write('\r\x1b[K');
    },
  };
}
