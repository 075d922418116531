import type { Formatter } from './types.js';

/**
 * The JSON contract: one entry per file, exactly these keys (see docs/cli.md); `output` only when
 * fixing changed the file; `suppressedMessages` only when directives silenced something;
 * `coverage` for files that had creatives to check.
 */
export const format: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages,
      ...(r.suppressedMessages ? { suppressedMessages: r.suppressedMessages } : {}),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fixableCount: r.fixableCount,
      // Additive: what ran and what was skipped, per creative and platform (docs/cli.md, "Coverage").
      ...(r.coverage ? { coverage: r.coverage } : {}),
      ...('output' in r && typeof r.output === 'string' ? { output: r.output } : {}),
    })),
  );
