export interface ProcessOutput {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  /** Set when the program could not be started (ENOENT: not installed) or was killed at the timeout. */
  failure?: 'missing' | 'timeout';
}

/** Bytes of output kept at most: a frame as PNG or a page of TSV is far less. */
const MAX_OUTPUT = 64 * 1024 * 1024;

/**
 * Runs a program with `input` on stdin, bounded in time and output; never throws. OpenMP in
 * tesseract would take every core for one picture: one thread each, and adlint runs a few at once.
 */
export async function run(cmd: string, args: readonly string[], input: Buffer | null, timeoutMs: number): Promise<ProcessOutput> {
  // Loaded on first use: most runs start no program, and loading it is ~3 ms of a one-file run.
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'], env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
    const out: Buffer[] = [];
    let outBytes = 0;
    let stderr = '';
    let failure: ProcessOutput['failure'];
    const timer = setTimeout(() => {
      failure = 'timeout';
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      outBytes += d.length;
      if (outBytes > MAX_OUTPUT) child.kill('SIGKILL');
      else out.push(d);
    });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      if (stderr.length < 4096) stderr += d;
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ code: null, stdout: Buffer.alloc(0), stderr: e.message, failure: e.code === 'ENOENT' ? 'missing' : failure });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out), stderr, ...(failure ? { failure } : {}) });
    });
    if (input) {
      // A program that exits before reading all its input closes the pipe: not an error of ours.
      child.stdin!.on('error', () => {});
      child.stdin!.end(input);
    }
  });
}
