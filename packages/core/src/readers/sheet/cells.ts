import type { TextMap } from '../../model/creative.js';

/** Where one cell sits in the file: [start, end) includes the quotes of a quoted cell. */
export interface CellBounds {
  start: number;
  end: number;
  quoted: boolean;
}

const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';

/**
 * The cells of the record text[start, end) (its line break included), split as the CSV parser
 * splits them (RFC 4180, a quote inside an unquoted cell taken literally). The parser gives values
 * but not where they are; the caller checks these bounds against its values before trusting them.
 * Null when the record does not end where cells do.
 */
export function locateCells(text: string, start: number, end: number, delimiter: string): CellBounds[] | null {
  const cells: CellBounds[] = [];
  let i = start;
  for (;;) {
    const closing = text[i] === '"' ? closingQuote(text, i, end) : -1;
    if (closing >= 0 && (closing + 1 === end || text[closing + 1] === delimiter || isBreak(text[closing + 1]))) {
      cells.push({ start: i, end: closing + 1, quoted: true });
      i = closing + 1;
    } else {
      let j = i;
      while (j < end && text[j] !== delimiter && !isBreak(text[j])) j++;
      cells.push({ start: i, end: j, quoted: false });
      i = j;
    }
    if (i < end && text[i] === delimiter) {
      i++;
      continue;
    }
    break;
  }
  const rest = text.slice(i, end);
  return rest === '' || rest === '\n' || rest === '\r' || rest === '\r\n' ? cells : null;
}

/** The index of the quote that closes the quoted cell opening at `open`, or -1. */
function closingQuote(text: string, open: number, end: number): number {
  for (let j = open + 1; j < end; j++) {
    if (text[j] !== '"') continue;
    if (text[j + 1] === '"' && j + 1 < end) {
      j++;
      continue;
    }
    return j;
  }
  return -1;
}

/** A cell's value with a map from each of its UTF-16 units to the source characters (`""` is two). */
export function cellText(text: string, cell: CellBounds): { value: string; map: TextMap } {
  const from = cell.quoted ? cell.start + 1 : cell.start;
  const to = cell.quoted ? cell.end - 1 : cell.end;
  const starts = new Int32Array(to - from);
  const ends = new Int32Array(to - from);
  let n = 0;
  for (let i = from; i < to; i++, n++) {
    starts[n] = i;
    // A doubled quote is one unit of the value, two characters of the file.
    if (cell.quoted && text.charCodeAt(i) === 34) i++;
    ends[n] = i + 1;
  }
  return { value: cellValue(text, cell), map: { starts: starts.subarray(0, n), ends: ends.subarray(0, n) } };
}

/** The cell's value without building a map: for checking bounds against the parser's values. */
export function cellValue(text: string, cell: CellBounds): string {
  return cell.quoted ? text.slice(cell.start + 1, cell.end - 1).replaceAll('""', '"') : text.slice(cell.start, cell.end);
}

/**
 * Where the quote that is never closed opens, scanning cells from `from` (the start of the record
 * the parser was reading when the file ended inside quotes); `from` itself when none is found.
 */
export function unclosedQuote(text: string, from: number, delimiter: string): number {
  let i = from;
  let atCellStart = true;
  while (i < text.length) {
    const c = text[i]!;
    if (atCellStart && c === '"') {
      const closing = closingQuote(text, i, text.length);
      if (closing < 0) return i;
      i = closing + 1;
      atCellStart = false;
      continue;
    }
    atCellStart = c === delimiter || isBreak(c);
    i++;
  }
  return from;
}
