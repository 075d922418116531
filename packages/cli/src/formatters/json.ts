import type { Formatter } from './types.js';

/** The JSON contract: one entry per file, exactly these keys (see docs/cli.md). */
export const format: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages,
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fixableCount: r.fixableCount,
    })),
  );
