import type { FileResult, FixedFileResult, Linter } from '@adlint/core';
import type { ReportWriter, ResultStore, StreamFormatter } from './formatters/types.js';
import { writeOutputChunks } from './io.js';
import { ruleMetaLookup } from './rule-meta.js';
import { Spill } from './spill.js';

/** What decides the exit code, counted as results pass: no result needs to be kept for it. */
export interface RunCounts {
  /** A fatal message, or a fixed file that could not be written. */
  fatal: boolean;
  errors: number;
  warnings: number;
  /** `adlint/not-checked` messages (--fail-on-unchecked). */
  unchecked: number;
}

export function countResult(counts: RunCounts, r: FixedFileResult): void {
  if (r.writeFailed || r.messages.some((m) => m.fatal)) counts.fatal = true;
  counts.errors += r.errorCount;
  counts.warnings += r.warningCount;
  for (const m of r.messages) if (m.ruleId === 'adlint/not-checked') counts.unchecked++;
}

export const noCounts = (): RunCounts => ({ fatal: false, errors: 0, warnings: 0, unchecked: 0 });

/** Results kept on disk as JSON lines, for a formatter's second pass. */
function diskStore(spill: Spill): ResultStore {
  return {
    add: (r) => spill.writeLine(JSON.stringify(r)),
    *replay() {
      for (const line of spill.lines()) yield JSON.parse(line) as FileResult;
    },
  };
}

/**
 * A report written as files finish, by a streaming formatter: each result is formatted and let go,
 * and the text is held in a Spill (on disk once large) until the run ends, so a run of 100,000
 * files holds no more than a few results at once, and nothing reaches stdout or --output-file
 * from a run that stops half-way (a broken pack found late).
 */
export class StreamedReport {
  private readonly out = new Spill();
  private readonly spills: Spill[] = [this.out];
  private readonly writer: ReportWriter;

  constructor(stream: StreamFormatter, linter: Linter, context: { cwd: string; color: boolean; version: string }) {
    this.writer = stream({
      ...context,
      rule: ruleMetaLookup(linter),
      write: (text) => this.out.write(text),
      keep: () => {
        const spill = new Spill();
        this.spills.push(spill);
        return diskStore(spill);
      },
    });
  }

  add(result: FileResult, source: () => string | undefined): void {
    this.writer.file(result, source);
  }

  async write(outputFile: string | undefined, cwd: string): Promise<void> {
    await this.writer.ready?.();
    this.writer.end();
    await writeOutputChunks(this.out.read(), outputFile, cwd);
  }

  dispose(): void {
    for (const s of this.spills) s.dispose();
  }
}
