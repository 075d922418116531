/**
 * Bounds the counts in an MP4/MOV movie header before mp4box sees it. mp4box trusts every entry
 * count: a 1 KB file whose `stsz` says 0xFFFFFFFF samples makes it build four billion sample
 * objects (the process dies), and a count larger than its box makes it loop reading past the end.
 * A count is accepted only when its entries fit in the box that holds them, and a track's samples
 * only up to MAX_SAMPLES (and, for constant-size samples, only as many as the file can hold).
 */

/** Samples per track: 4.6 hours at 60 frames per second, far beyond any ad; about 200 MB in mp4box. */
export const MAX_SAMPLES = 1_000_000;

/** Boxes whose children are boxes, on the way from `moov` to the sample tables. */
const CONTAINERS = new Set(['moov', 'trak', 'mdia', 'minf', 'stbl', 'edts', 'dinf', 'mvex', 'udta']);

/** Full boxes holding `count` fixed-size entries: where the count sits in the body and each entry's size. */
type Table = (body: Buffer, version: number) => { countAt: number; entryBytes: number };
const TABLES: Record<string, Table> = {
  stts: () => ({ countAt: 4, entryBytes: 8 }),
  ctts: () => ({ countAt: 4, entryBytes: 8 }),
  stsc: () => ({ countAt: 4, entryBytes: 12 }),
  stco: () => ({ countAt: 4, entryBytes: 4 }),
  co64: () => ({ countAt: 4, entryBytes: 8 }),
  stss: () => ({ countAt: 4, entryBytes: 4 }),
  stps: () => ({ countAt: 4, entryBytes: 4 }),
  stsh: () => ({ countAt: 4, entryBytes: 8 }),
  elst: (_b, v) => ({ countAt: 4, entryBytes: v === 1 ? 20 : 12 }),
  sbgp: (_b, v) => ({ countAt: v === 1 ? 12 : 8, entryBytes: 8 }),
  saio: (b, v) => ({ countAt: (b.readUInt32BE(0) & 1 ? 12 : 4), entryBytes: v === 1 ? 8 : 4 }),
  // Entries that are boxes take at least a box header each.
  stsd: () => ({ countAt: 4, entryBytes: 8 }),
  dref: () => ({ countAt: 4, entryBytes: 8 }),
  // Variable-size entries: at least the fixed part of each.
  subs: () => ({ countAt: 4, entryBytes: 6 }),
  sgpd: () => ({ countAt: 8, entryBytes: 1 }),
};

/**
 * Null when every count fits; otherwise what is wrong, naming the box. `fileSize` bounds the
 * samples of constant size (their bytes must be somewhere in the file).
 */
export function checkMovieTables(moov: Buffer, fileSize: number): string | null {
  return walk(moov, 0, moov.length, fileSize, 0);
}

function walk(buf: Buffer, start: number, end: number, fileSize: number, depth: number): string | null {
  if (depth > 16) return null;
  let pos = start;
  while (pos + 8 <= end) {
    let size = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    let header = 8;
    if (size === 1) {
      if (pos + 16 > end) return null;
      size = Number(buf.readBigUInt64BE(pos + 8));
      header = 16;
    } else if (size === 0) {
      size = end - pos;
    }
    // A box that does not fit is left to mp4box, which reports it and parses nothing inside it.
    if (size < header || pos + size > end) return null;
    const body = buf.subarray(pos + header, pos + size);
    const problem = CONTAINERS.has(type) ? walk(buf, pos + header, pos + size, fileSize, depth + 1) : checkBox(type, body, fileSize);
    if (problem) return problem;
    pos += size;
  }
  return null;
}

function checkBox(type: string, body: Buffer, fileSize: number): string | null {
  if (type === 'stsz' || type === 'stz2') return checkSampleSizes(type, body, fileSize);
  const table = TABLES[type];
  if (!table) return null;
  if (body.length < 4) return `${type} box is too short`;
  const layout = table(body, body[0]!);
  if (body.length < layout.countAt + 4) return `${type} box is too short`;
  const count = body.readUInt32BE(layout.countAt);
  const room = body.length - layout.countAt - 4;
  if (count * layout.entryBytes > room) return `${type} box claims ${count} entries but holds room for ${Math.floor(room / layout.entryBytes)}`;
  return null;
}

function checkSampleSizes(type: string, body: Buffer, fileSize: number): string | null {
  if (body.length < 12) return `${type} box is too short`;
  const count = body.readUInt32BE(8);
  if (count > MAX_SAMPLES) return `${type} box claims ${count} samples, more than adlint reads (${MAX_SAMPLES})`;
  const room = body.length - 12;
  if (type === 'stz2') {
    const bits = body[7]!;
    if (![4, 8, 16].includes(bits)) return `stz2 box has an invalid field size (${bits})`;
    if (Math.ceil((count * bits) / 8) > room) return `stz2 box claims ${count} samples but holds room for fewer`;
    return null;
  }
  const constant = body.readUInt32BE(4);
  if (constant === 0) {
    if (count * 4 > room) return `stsz box claims ${count} samples but holds room for ${Math.floor(room / 4)}`;
  } else if (count * constant > fileSize) {
    return `stsz box claims ${count} samples of ${constant} bytes, more than the file holds`;
  }
  return null;
}
