import type { CreativeCoverage } from './coverage.js';
import type { TextBox } from './image-text.js';

/** The one message shape for violations, read errors and pack errors (after vfile-message). */

export type Severity = 'error' | 'warning' | 'info';
export type RuleSeverity = Severity | 'off';

/** Every message category, as reported in `category` (and accepted by `--fix-type`). */
export const MESSAGE_CATEGORIES = [
  'length',
  'count',
  'claim',
  'prohibited',
  'restricted',
  'required',
  'capitalization',
  'punctuation',
  'symbols',
  'repetition',
  'whitespace',
  'pattern',
  'image-format',
  'image-size',
  'image-ratio',
  'image-file-size',
  'image-content',
  'video',
  'targeting-age',
  'targeting-dimension',
  'targeting-geo',
  'url',
  'schema',
  'parse',
  'directive',
] as const;

export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number];

/** A replacement of the source characters [range[0], range[1]) (UTF-16 offsets into the file text). */
export interface Edit {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Edit;
}

/** A platform's own rejection reason that a rule anticipates: what the reviewer will likely say. */
export interface RejectionReason {
  /** The platform (pack id) that gives it. */
  platform: string;
  /** The platform's identifier for the reason, where it has one. */
  code?: string;
  /** The reason's name or short text, in the platform's words and language. */
  text: string;
  source: string;
}

export interface LintMessage {
  ruleId: string;
  /** Which of the rule's messages this is (`format`, `file-size`; the check id when it has one kind), after ESLint's `messageId`. */
  messageId?: string;
  /** The values the message was worded from (`actual`, `max`, `file`…), for tools that word it themselves. */
  data?: Record<string, string | number>;
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
  /**
   * Position of the creative the message is about within its file (0 for single-creative files);
   * absent for messages about the file itself. Creatives can share positions (fields inherited
   * from `defaults:`), so position alone cannot tell.
   */
  creative?: number;
  category: MessageCategory;
  /** Platform ids through which the rule was applied (comma-separated when several), or null. */
  platform: string | null;
  /** Where the rule comes from: policy URL or document. */
  source: string | null;
  fix?: Edit;
  suggestions?: Suggestion[];
  /** For a finding in text read from an image or video frame (`media[0].text`): where in the picture, in its pixels, and at which second of a video. */
  box?: TextBox;
  /** Review reasons of the message's platforms that this rule anticipates (absent when none are known). */
  reasons?: RejectionReason[];
  /** Set when linting could not go on (a broken pack, config or lexicon): the run exits 2, as ESLint's `fatal`. */
  fatal?: true;
}

/** Why a message was silenced: the directive's kind and the reason written after ` -- ` (ESLint's shape). */
export interface Suppression {
  kind: 'directive';
  justification: string;
}

/** A message a directive silenced: not counted, but kept as evidence for an exemption request or appeal. */
export interface SuppressedMessage extends LintMessage {
  suppressions: Suppression[];
}

export interface FileResult {
  filePath: string;
  messages: LintMessage[];
  /** Present when directives silenced something. */
  suppressedMessages?: SuppressedMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
  /** Per creative and platform: how many rules ran and why the others were skipped (absent for files with no creative). */
  coverage?: CreativeCoverage[];
}

/**
 * A problem with configuration, packs or lexicons: linting cannot go on (exit 2). One error may
 * stand for several problems found at once (`ConfigError.of`), so a broken pack reports all of
 * them, not the first; each becomes a fatal message (`configResults`) that every format renders.
 */
export class ConfigError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** What is wrong, without the place. */
  readonly reason: string;
  /** Every problem this error stands for: itself, or those it collects. */
  readonly problems: readonly ConfigError[];

  constructor(reason: string, where: { file?: string; line?: number; column?: number } = {}, problems?: readonly ConfigError[]) {
    const place = where.file
      ? `${where.file}${where.line ? `:${where.line}:${where.column ?? 1}` : ''}: `
      : '';
    super(`${place}${reason}`);
    this.name = 'ConfigError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.reason = reason;
    this.problems = problems ?? [this];
  }

  /** One error standing for all these problems (each once, in order); the first's text is its message. */
  static of(errors: readonly ConfigError[]): ConfigError {
    const seen = new Set<string>();
    const problems = errors.flatMap((e) => e.problems).filter((p) => !seen.has(p.message) && Boolean(seen.add(p.message)));
    if (problems.length === 1) return problems[0]!;
    const first = problems[0]!;
    return new ConfigError(first.reason, { file: first.file, line: first.line, column: first.column }, problems);
  }
}

/**
 * Runs each step, collecting the ConfigErrors they throw so one run reports every problem it can
 * find; `done()` throws them together. Other errors are bugs and pass through at once.
 */
export class ConfigProblems {
  private readonly errors: ConfigError[] = [];

  attempt<T>(step: () => T): T | undefined {
    try {
      return step();
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      this.errors.push(e);
      return undefined;
    }
  }

  add(error: ConfigError): void {
    this.errors.push(error);
  }

  get found(): boolean {
    return this.errors.length > 0;
  }

  done(): void {
    if (this.errors.length) throw ConfigError.of(this.errors);
  }
}

/**
 * The problems of a ConfigError as results, one per file they are in (`elsewhere` for problems
 * of no file, such as an unknown `--platform`): fatal messages with the rule-like id
 * `adlint/config`, so every format reports them and the exit code (2) follows from them.
 */
export function configResults(error: ConfigError, elsewhere: string): FileResult[] {
  const byFile = new Map<string, LintMessage[]>();
  for (const p of error.problems) {
    const file = p.file ?? elsewhere;
    const line = p.line ?? 1;
    const column = p.column ?? 1;
    const message: LintMessage = {
      ruleId: 'adlint/config', severity: 'error', fatal: true, message: p.reason,
      line, column, endLine: line, endColumn: column, field: null, category: 'schema', platform: null, source: null,
    };
    byFile.set(file, [...(byFile.get(file) ?? []), message]);
  }
  return [...byFile].map(([file, messages]) => summarize(file, messages));
}

export function summarize(filePath: string, messages: LintMessage[], suppressedMessages: SuppressedMessage[] = []): FileResult {
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
  return { filePath, messages, ...(suppressedMessages.length ? { suppressedMessages } : {}), errorCount, warningCount, infoCount, fixableCount };
}
