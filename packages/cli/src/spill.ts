import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Text kept in memory up to this many characters; past it, it moves to a temporary file. */
const IN_MEMORY = 4 * 1024 * 1024;
/** Written to the file in chunks of about this many characters. */
const CHUNK = 1024 * 1024;

/**
 * Text written in pieces and read back once, in order: in memory while it is small, in a
 * temporary file (removed by `dispose`) once it is large. A report of 100,000 files is held
 * on disk, not in the heap, until the run has finished and it is written out whole.
 */
export class Spill {
  private pieces: string[] = [];
  private size = 0;
  private fd: number | null = null;
  private dir: string | null = null;

  constructor(private readonly limit = IN_MEMORY) {}

  write(text: string): void {
    if (!text) return;
    this.pieces.push(text);
    this.size += text.length;
    if (this.fd === null ? this.size > this.limit : this.size > CHUNK) this.flush();
  }

  private flush(): void {
    if (this.fd === null) {
      this.dir = mkdtempSync(path.join(os.tmpdir(), 'adlint-'));
      this.fd = openSync(path.join(this.dir, 'spill'), 'w+');
    }
    writeSync(this.fd, this.pieces.join(''));
    this.pieces = [];
    this.size = 0;
  }

  /** The text in order, in chunks; ends the writing. */
  *read(): Generator<string> {
    if (this.fd === null) {
      yield* this.pieces;
      return;
    }
    this.flush();
    const buffer = Buffer.alloc(CHUNK);
    const decoder = new TextDecoder('utf-8');
    let position = 0;
    for (;;) {
      const n = readSync(this.fd, buffer, 0, buffer.length, position);
      if (n === 0) break;
      position += n;
      const text = decoder.decode(buffer.subarray(0, n), { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  }

  /** Lines written with `writeLine`, in order. */
  *lines(): Generator<string> {
    let partial = '';
    for (const chunk of this.read()) {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop()!;
      yield* parts;
    }
  }

  writeLine(line: string): void {
    this.write(`${line}\n`);
  }

  dispose(): void {
    if (this.fd !== null) closeSync(this.fd);
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.fd = null;
    this.dir = null;
    this.pieces = [];
  }
}
