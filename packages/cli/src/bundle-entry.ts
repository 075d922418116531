import { main } from './main.js';
import { setLaunch, type Launch } from './launched.js';

/**
 * What the bundle (dist/adlint.cjs) gives its two launchers (src/launch/): the command line and a
 * lint pool's worker thread. One bundle serves both, so that they share one code cache.
 */
export async function runCli(argv: string[], launch: Launch): Promise<void> {
  setLaunch(launch);
  // `adlint … | head` closes the pipe early: that is the reader's choice, not an error to report.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = await main(argv);
}

export async function runLintWorker(): Promise<void> {
  await import('./lint-worker.js');
}
