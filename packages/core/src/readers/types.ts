import type { Creative, CreativeData, Span } from '../model/creative.js';
import type { MessageCategory } from '../model/message.js';

/** Something wrong with the file itself, before any rule runs. */
export interface ReadProblem {
  ruleId: string;
  category: MessageCategory;
  span: Span;
  reason: string;
  severity?: 'error' | 'warning';
}

export interface ReadResult {
  creatives: Creative[];
  problems: ReadProblem[];
}

export interface ReadOptions {
  /** Creative fields from config, applied under the file's own values. */
  defaults?: CreativeData;
}

/** A reader turns one file's text into creatives. */
export interface Reader {
  id: string;
  read(text: string, filePath: string, options: ReadOptions): ReadResult | Promise<ReadResult>;
}
