import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The CLI exactly as users run it: the package's published `bin` entry. */
const cliPackage = JSON.parse(readFileSync(path.join(repoRoot, 'packages/cli/package.json'), 'utf8')) as { bin: Record<string, string> };
export const bin = path.join(repoRoot, 'packages/cli', cliPackage.bin.adlint!);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, with colours off and no CI-specific environment. */
export function adlint(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string>; timeout?: number } = {}): CliRun {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input,
    // A hang test's deadline: the run is killed and its code is -1.
    ...(options.timeout ? { timeout: options.timeout, killSignal: 'SIGKILL' as const } : {}),
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs with --format json and parses the report. */
export function adlintJson(args: string[], options: Parameters<typeof adlint>[1] = {}): { code: number; results: JsonResult[]; stderr: string } {
  const r = adlint([...args, '--format', 'json'], options);
  let results: JsonResult[] = [];
  try {
    results = JSON.parse(r.stdout) as JsonResult[];
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
  return { code: r.code, results, stderr: r.stderr };
}

/**
 * As adlintJson, without blocking this process: for tests whose own server (started in the test
 * process) the CLI talks to.
 */
export function adlintJsonAsync(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<{ code: number; results: JsonResult[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args, '--format', 'json'], {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve({ code: code ?? -1, results: JSON.parse(stdout) as JsonResult[], stderr });
      } catch {
        reject(new Error(`not JSON (exit ${code}): ${stdout}\n${stderr}`));
      }
    });
  });
}

/** The JSON contract as docs/cli.md states it, written out here rather than imported, so the tests check the contract, not the implementation's own type. */
export interface JsonMessage {
  ruleId: string;
  messageId?: string;
  data?: Record<string, string | number>;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  field: string | null;
  category: string;
  platform: string | null;
  source: string | null;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
  /** Where in the picture a finding in text read from media is (docs/media.md). */
  box?: { x: number; y: number; w: number; h: number; time?: number };
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
  /** Per creative and platform: rules that ran and why others were skipped (docs/cli.md, "Coverage"). */
  coverage?: {
    index: number;
    name?: string;
    line: number;
    platforms: { platform: string; placement: string | null; placementSource: 'written' | 'default' | 'none'; category: string | null; rules: number; ran: number; skipped: Record<string, number> }[];
  }[];
}

/** A temporary folder filled with the given files (paths relative to it). */
export function tempProject(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'adlint-test-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/** The text between the message's start and end in the file: what the message points at. */
export function pointedText(text: string, m: Pick<JsonMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  const lines = text.split(/\r\n|\r|\n/);
  const offsetOf = (line: number, column: number): number => {
    let offset = 0;
    const sep = text.includes('\r\n') ? 2 : 1;
    for (let i = 0; i < line - 1; i++) offset += lines[i]!.length + sep;
    return offset + column - 1;
  };
  return text.slice(offsetOf(m.line, m.column), offsetOf(m.endLine, m.endColumn));
}
