import type { Creative, CreativeData, ScalarStyle, Span, TextSource } from '../model/creative.js';
import type { ValueEdit } from '../model/check.js';
import type { MessageCategory } from '../model/message.js';
import type { MessageData, Wording } from '../model/wording.js';
import type { SheetSettings } from './sheet/mapping.js';
import type { DecodeResult } from './source-file.js';

/** Something wrong with the file itself, before any rule runs. */
export interface ReadProblem {
  ruleId: string;
  category: MessageCategory;
  span: Span;
  /** In English; with `wording`, the linter words it in the file's language instead. */
  reason: string;
  /** Which problem this is, the data it is worded from, and its wording in every language (problems with a catalogue entry). */
  messageId?: string;
  data?: MessageData;
  wording?: Wording;
  severity?: 'error' | 'warning' | 'info';
  /** The creative field it is about (`category`, `copy.bullets[0]`), when it is about one. */
  field?: string;
  /** The platform it is about, when it is about one. */
  platform?: string;
}

/**
 * A comment whose text starts with `adlint-` (`# adlint-disable-line …`, `<!-- adlint-disable … -->`):
 * readers find comments in their format, the engine reads the directive in them.
 */
export interface DirectiveComment {
  /** The comment's text without its markers (`#`, `<!--`, `-->`). */
  text: string;
  /** Source offset of `text[0]`. */
  textOffset: number;
  /** The whole comment, markers included. */
  span: Span;
}

export interface ReadResult {
  creatives: Creative[];
  problems: ReadProblem[];
  directiveComments?: DirectiveComment[];
}

export interface ReadOptions {
  /** Creative fields from config, applied under the file's own values. */
  defaults?: CreativeData;
  /** Config's `sheets:` entry for this file (CSV/TSV readers only). */
  sheet?: SheetSettings;
}

/** One creative or one problem, as a streaming reader yields them in file order. */
export type ReadItem = { creative: Creative } | { problem: ReadProblem };

/** What the linter gets of a file: its read items, then the file's directive comments if it has any. */
export type FileItem = ReadItem | { directiveComments: DirectiveComment[] };

/**
 * How a fix is written back into one format's text. A reader owns the writers of the scalars it
 * produces; the engine picks one by the scalar's style (Markdown front matter is YAML).
 */
export interface ValueWriter {
  /** The `TextSource` styles this writer writes into. */
  styles: readonly ScalarStyle[];
  /**
   * The source text that makes `edit` of the value at `span` (its file offsets), or null when the
   * replacement cannot be written safely in that style, so no automatic fix is offered.
   * `fileText` is the whole file, for formats that check a fix by reading the edited text again.
   */
  write(text: TextSource, edit: ValueEdit, span: Span, fileText: string | undefined): string | null;
}

/** A reader turns one file's text into creatives. */
export interface Reader {
  id: string;
  /** How fixes are written into the scalars this reader produces. */
  writers: readonly ValueWriter[];
  read(text: string, filePath: string, options: ReadOptions): ReadResult | Promise<ReadResult>;
  /** Readers of files with many creatives yield them one by one, so each is linted and let go (bounded memory). */
  stream?(text: string, filePath: string, options: ReadOptions): AsyncIterable<ReadItem>;
  /** How this reader's files are decoded, when not as strict UTF-8. */
  decode?(bytes: Uint8Array): DecodeResult;
  /** Default size limit for this reader's files (config `max_file_size` still wins). */
  maxFileSize?: number;
}
