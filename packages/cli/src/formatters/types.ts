import type { HtmlOmitted } from './html/cap.js';
import type { CreativeOverview, FileResult, RuleSeverity, Thumbnail } from '@adlint/core';
import type { PreviousRun } from '../previous-run.js';

/** What a report may say about a rule that fired, from its pack (adlint's own checks have none). */
export interface RuleMeta {
  description?: string;
  /** The policy page or document the rule comes from. */
  source?: string;
  /** The pack's severity, before config changes it. */
  severity: RuleSeverity;
  /** The pack's id, and the platform or law it speaks for (`meta`, `china-ad-law`). */
  pack?: string;
  platform?: string;
  /** The pack's message language (`zh-CN`): reports describe its rules in it. */
  locale?: string;
  /** The pack's grouping of the rule (`category:` in the pack), when it has one. */
  category?: string;
  /** What kind of check the rule runs (`length`, `terms`, `image`…). */
  check?: string;
  /** How firm the evidence behind the rule is: documented, reported or uncertain. */
  confidence?: string;
  /** The pack's note on the rule (caveats, conflicting guidance). */
  note?: string;
  /** A creative the rule accepts, from the pack's examples: what a fixed creative looks like. */
  validExample?: unknown;
  /** The rule's generated documentation page, for bundled packs. */
  docsUrl?: string;
}

export interface FormatterContext {
  /** Paths in reports are relative to this folder (the repository root in CI). */
  cwd: string;
  color: boolean;
  /** adlint's version, for reports that name their tool. */
  version: string;
  /** Metadata of every rule id that appears in the results. */
  rules: ReadonlyMap<string, RuleMeta>;
  /** What the creatives hold beyond their messages; gathered only for formats that show it (html). */
  report?: ReportData;
  /** The text of each file with messages, by `filePath`; read only for formats that need it (rdjson, eslint-json). */
  sources?: ReadonlyMap<string, string>;
}

/** Per linted file (by `filePath`) its creatives as a visual report shows them, and their images. */
export interface ReportData {
  creatives: ReadonlyMap<string, readonly CreativeOverview[]>;
  /** Measured images by absolute path, with small previews for the first ones. */
  images: ReadonlyMap<string, Thumbnail>;
  /** The run to compare with (`--compare`). */
  previous?: PreviousRun;
  /** Files left out of a report of more than it embeds (html/cap.ts). */
  omitted?: HtmlOmitted;
}

/** A formatter is a pure function from results to the text to print. */
export type Formatter = (results: FileResult[], context: FormatterContext) => string;

/** A formatter as loaded: a module or an ESLint formatter package may answer with a promise. */
export type LoadedFormatter = (results: FileResult[], context: FormatterContext) => string | Promise<string>;

/**
 * What a streaming formatter is given: where its text goes, and lookups in place of the maps of
 * `FormatterContext`, so that no formatter needs every result at once.
 */
export interface StreamContext {
  cwd: string;
  color: boolean;
  version: string;
  /** Metadata of a rule that fired, from its pack. */
  rule(id: string): RuleMeta | undefined;
  /** Appends to the report. */
  write(text: string): void;
  /** Results kept for a second pass (a report whose head needs every file): on disk in a large run. */
  keep(): ResultStore;
}

export interface ResultStore {
  add(result: FileResult): void;
  /** The results added, in order, once; ends the adding. */
  replay(): Iterable<FileResult>;
}

/** A report written as files finish: `file` per result in the files' order, then `end` once. */
export interface ReportWriter {
  /** `source` gives the text the messages point into, for formats that count positions in it. */
  file(result: FileResult, source: () => string | undefined): void;
  /** Settles once every result given to `file` is written (a writer may hold some back while it loads what it needs); awaited before `end`. */
  ready?(): Promise<void>;
  end(): void;
}

export type StreamFormatter = (context: StreamContext) => ReportWriter;
