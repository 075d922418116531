import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Debian programs some end-to-end tests drive for real. On a machine without them (a fresh one
 * with only Node and npm) those tests are skipped, each group with one printed line saying what
 * and how to enable it; with CI=true they are required, so CI (`.ci/run` installs them) runs them.
 */
export const PROGRAMS = {
  git: { tests: 'the commit-hook tests (pre-commit, lint-staged)', install: 'apt-get install -y git', present: () => runs('git', ['--version']) },
  'pre-commit': { tests: 'the pre-commit framework tests', install: 'apt-get install -y pre-commit', present: () => runs('pre-commit', ['--version']) },
  tesseract: { tests: 'the tests of text in images (OCR)', install: 'apt-get install -y tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng fonts-noto-cjk', present: () => runs('tesseract', ['--version']) && hasLanguages('chi_sim', 'eng') },
  ffmpeg: { tests: 'the tests of text in video frames', install: 'apt-get install -y ffmpeg', present: () => runs('ffmpeg', ['-version']) },
  chromium: { tests: 'the HTML report tests in headless Chromium', install: 'apt-get install -y chromium fonts-noto-cjk', present: () => existsSync(CHROMIUM) },
} as const;

export type Program = keyof typeof PROGRAMS;

/** Debian's chromium; a browser is never downloaded. */
export const CHROMIUM = '/usr/bin/chromium';

export function isCi(): boolean {
  const ci = process.env.CI;
  return !!ci && ci !== 'false' && ci !== '0';
}

function runs(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

function hasLanguages(...languages: string[]): boolean {
  const r = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  const listed = new Set((r.stdout ?? '').split('\n').map((l) => l.trim()));
  return languages.every((l) => listed.has(l));
}

/** The programs whose tests are skipped in this run: missing, and not required by CI=true. */
export function skippedPrograms(): Program[] {
  if (isCi()) return [];
  return (Object.keys(PROGRAMS) as Program[]).filter((p) => !PROGRAMS[p].present());
}

/** The line printed for a skipped program. */
export function skipLine(program: Program): string {
  const { tests, install } = PROGRAMS[program];
  return `adlint tests: skipped ${tests}: ${program} is not installed (Debian/Ubuntu: ${install}). With CI=true they are required.`;
}
