import type { Creative } from '../../model/creative.js';
import type { ReadItem, ReadOptions, ReadProblem, Reader } from '../types.js';
import { decodeSheet } from './decode.js';
import { detectDelimiter } from './delimiter.js';
import { candidatesFor, describeMappings, matchHeader } from './mapping.js';
import { readRecords } from './records.js';
import { buildRow, planRows, type RowPlan } from './row.js';
import { sheetValueWriter } from './write.js';
import { readProblem } from '../file-problems.js';

/** A header row is looked for among this many leading rows (Amazon flat files have two rows above theirs). */
export const HEADER_SCAN_ROWS = 10;

/** Sheets are bigger than manifests: a 100,000-row export is tens of MB. Config `max_file_size` still wins. */
export const SHEET_MAX_FILE_SIZE = 64 * 1024 * 1024;

/**
 * `*.csv`, `*.tsv`: bulk exports, one creative per ad row, streamed. A sheet whose header matches
 * no mapping is not an ad sheet and is skipped without a message, unless config's `sheets:` claims it.
 */
export const sheetReader: Reader = {
  id: 'sheet',
  writers: [sheetValueWriter],
  maxFileSize: SHEET_MAX_FILE_SIZE,
  decode: decodeSheet,
  stream: readSheet,
  async read(text, filePath, options) {
    const creatives: Creative[] = [];
    const problems: ReadProblem[] = [];
    for await (const item of readSheet(text, filePath, options)) {
      if ('creative' in item) creatives.push(item.creative);
      else problems.push(item.problem);
    }
    return { creatives, problems };
  },
};

async function* readSheet(text: string, filePath: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  const candidates = candidatesFor(options.sheet);
  if (typeof candidates === 'string') {
    yield { problem: { ruleId: 'adlint/schema', category: 'schema', span: [0, 0], reason: candidates } };
    return;
  }
  // The byte-order mark is no cell's: records start after it, offsets stay those of the text.
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const delimiter = options.sheet?.delimiter ?? detectDelimiter(text, from, /\.tsv$/i.test(filePath) ? '\t' : ',');
  let plan: RowPlan | null = null;
  let scanned = 0;
  let index = 0;
  for await (const record of readRecords(text, from, delimiter)) {
    if ('syntaxError' in record) {
      // Before a header is recognised the file is not known to be an ad sheet: its syntax is its own business.
      if (plan || candidates.claimed) yield { problem: readProblem(record.syntaxError.id, record.syntaxError.span, record.syntaxError.data) };
      return;
    }
    const blank = record.cells.length === 1 && record.cells[0] === '';
    if (!plan) {
      if (blank) continue;
      const header = matchHeader(record.cells, candidates);
      if (header?.missing.length) {
        const names = header.missing.map((n) => `"${n}"`).join(', ');
        yield { problem: readProblem(header.missing.length > 1 ? 'sheet-missing-columns' : 'sheet-missing-column', [record.start, record.start], { columns: names, mapping: describeMappings([header.mapping]), mapping_id: header.mapping.id }) };
        return;
      }
      if (header) plan = planRows(header, record.cells.length, delimiter, options.defaults);
      else if (++scanned >= HEADER_SCAN_ROWS) break;
      continue;
    }
    if (blank) continue;
    if (record.cells.length !== plan.width) {
      yield { problem: readProblem(record.cells.length === 1 ? 'sheet-row-one-cell' : 'sheet-row-width', [record.start, record.start], { cells: record.cells.length, width: plan.width }) };
      continue;
    }
    const row = buildRow(text, record, plan, filePath, index);
    for (const problem of row.problems) yield { problem };
    if (row.creative) {
      index++;
      yield { creative: row.creative };
    }
  }
  if (!plan && candidates.claimed) {
    const data = { rows: HEADER_SCAN_ROWS, mappings: describeMappings(candidates.mappings), mapping_ids: candidates.mappings.map((m) => m.id).join(', ') };
    yield { problem: readProblem('sheet-no-header', [from, from], data) };
  }
}
