import type { FileResult } from '@adlint/core';

export interface FormatterContext {
  cwd: string;
  color: boolean;
}

/** A formatter is a pure function from results to the text to print. */
export type Formatter = (results: FileResult[], context: FormatterContext) => string;
