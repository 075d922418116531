import type { FileResult } from '@adlint/core';
import { whole } from './stream.js';
import type { StreamFormatter } from './types.js';

/**
 * The JSON contract: one entry per file, exactly these keys (see docs/cli.md); `output` only when
 * fixing changed the file; `suppressedMessages` only when directives silenced something;
 * `coverage` for files that had creatives to check.
 */
const entry = (r: FileResult) => ({
  filePath: r.filePath,
  messages: r.messages,
  ...(r.suppressedMessages ? { suppressedMessages: r.suppressedMessages } : {}),
  errorCount: r.errorCount,
  warningCount: r.warningCount,
  fixableCount: r.fixableCount,
  // Additive: what ran and what was skipped, per creative and platform (docs/cli.md, "Coverage").
  ...(r.coverage ? { coverage: r.coverage } : {}),
  ...('output' in r && typeof r.output === 'string' ? { output: r.output } : {}),
});

/** The array written entry by entry: the same text as JSON.stringify of the whole list. */
export const stream: StreamFormatter = ({ write }) => {
  let first = true;
  return {
    file(r) {
      write(`${first ? '[' : ','}${JSON.stringify(entry(r))}`);
      first = false;
    },
    end() {
      write(first ? '[]' : ']');
    },
  };
};

export const format = whole(stream);
