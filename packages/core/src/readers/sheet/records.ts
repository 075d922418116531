import type { Span } from '../../model/creative.js';
import { unclosedQuote } from './cells.js';
import type { MessageData } from '../../model/wording.js';

/** One record: the parser's cell values and where the record sits in the text (line break included). */
export interface SheetRecord {
  cells: string[];
  start: number;
  end: number;
}

export interface SheetSyntaxError {
  syntaxError: SyntaxError;
}

/** Text is handed to the parser in slices of this many UTF-16 units, so it never holds more. */
export const CHUNK_UNITS = 65_536;

/**
 * The records of text[from..] through csv-parse, one at a time with backpressure: the parser reads
 * the next slice only when the consumer has taken its records, so memory stays bounded whatever the
 * sheet's length. A syntax error (an unclosed quote) ends the records with one error item.
 */
export async function* readRecords(text: string, from: number, delimiter: string, chunkUnits = CHUNK_UNITS): AsyncGenerator<SheetRecord | SheetSyntaxError> {
  // Loaded only when a sheet is linted: a hook run over YAML creatives never pays for them.
  const [{ parse }, { Readable }] = await Promise.all([import('csv-parse'), import('node:stream')]);
  const parser = parse({
    delimiter,
    info: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    record_delimiter: ['\r\n', '\n', '\r'],
    // An error event would discard the records still buffered; as a skip, they are all delivered first.
    skip_records_with_error: true,
  });
  let failure: (Error & { code?: string }) | undefined;
  parser.on('skip', (e: Error) => (failure ??= e));
  const source = Readable.from(slices(text, from, chunkUnits));
  source.pipe(parser);
  const cursor = new Utf8Cursor(text, from);
  let start = from;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { bytes: number } }>) {
      const end = cursor.offsetAt(info.bytes);
      yield { cells: record, start, end };
      start = end;
    }
  } finally {
    source.destroy();
    parser.destroy();
  }
  // With quotes and column counts relaxed, the one error left is a quote still open at the end of the text.
  if (failure) yield { syntaxError: describe(failure, text, start, delimiter) };
}

function* slices(text: string, from: number, size: number): Generator<string> {
  for (let i = from; i < text.length; ) {
    let end = Math.min(text.length, i + size);
    // Never split a surrogate pair: each slice is encoded to UTF-8 on its own.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    yield text.slice(i, end);
    i = end;
  }
}

/** Where the rows stop parsing and why (a file-problem id and its data). */
interface SyntaxError {
  span: Span;
  id: 'sheet-unclosed-quote' | 'sheet-bad-row';
  data?: MessageData;
}

function describe(e: Error & { code?: string }, text: string, start: number, delimiter: string): SyntaxError {
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
    const at = unclosedQuote(text, start, delimiter);
    return { span: [at, at + 1], id: 'sheet-unclosed-quote' };
  }
  return { span: [start, start], id: 'sheet-bad-row', data: { detail: e.message.replace(/ at line \d+.*$/s, '') } };
}

/**
 * The parser counts UTF-8 bytes; positions are UTF-16 offsets into the text. Records come in order,
 * so one forward walk converts every record end: linear in the text, no extra copy.
 */
class Utf8Cursor {
  private bytes = 0;

  constructor(
    private readonly text: string,
    private offset: number,
  ) {}

  offsetAt(target: number): number {
    const text = this.text;
    while (this.bytes < target && this.offset < text.length) {
      const c = text.charCodeAt(this.offset);
      if (c < 0x80) this.bytes += 1;
      else if (c < 0x800) this.bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff && this.offset + 1 < text.length) {
        this.bytes += 4;
        this.offset++;
      } else this.bytes += 3;
      this.offset++;
    }
    return this.offset;
  }
}
