/** The one message shape for violations, read errors and pack errors (after vfile-message). */

export type Severity = 'error' | 'warning' | 'info';
export type RuleSeverity = Severity | 'off';

export type MessageCategory =
  | 'length' | 'count' | 'claim' | 'required' | 'capitalization' | 'punctuation'
  | 'symbols' | 'repetition' | 'whitespace' | 'pattern' | 'image-format' | 'image-size'
  | 'image-ratio' | 'image-file-size' | 'image-content' | 'video' | 'targeting-age'
  | 'targeting-dimension' | 'targeting-geo' | 'url' | 'schema' | 'parse' | 'directive';

/** A replacement of the source characters [range[0], range[1]) (UTF-16 offsets into the file text). */
export interface Edit {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Edit;
}

export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  /** 1-based; columns count UTF-16 code units, as editors and SARIF's default do. */
  line: number;
  column: number;
  endLine: number;
  /** Exclusive: the column just after the last offending character. */
  endColumn: number;
  /** Path into the creative (`copy.headlines[2]`, `targeting.age_min`), or null for file-level messages. */
  field: string | null;
  category: MessageCategory;
  /** Platform ids through which the rule was applied (comma-separated when several), or null. */
  platform: string | null;
  /** Where the rule comes from: policy URL or document. */
  source: string | null;
  fix?: Edit;
  suggestions?: Suggestion[];
}

export interface FileResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
}

/** A problem with configuration or packs: the run cannot go on (exit 2). */
export class ConfigError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(reason: string, where: { file?: string; line?: number; column?: number } = {}) {
    const place = where.file
      ? `${where.file}${where.line ? `:${where.line}:${where.column ?? 1}` : ''}: `
      : '';
    super(`${place}${reason}`);
    this.name = 'ConfigError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }
}

export function summarize(filePath: string, messages: LintMessage[]): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableCount = 0;
  for (const m of messages) {
    if (m.severity === 'error') errorCount++;
    else if (m.severity === 'warning') warningCount++;
    else infoCount++;
    if (m.fix) fixableCount++;
  }
  return { filePath, messages, errorCount, warningCount, infoCount, fixableCount };
}
