import { VIDEO_EXTENSIONS, readRange, type MediaFile, type MediaProblem } from './file.js';
import { ResultCache, headerSlots } from './runtime.js';
import { mediaProblem, type MediaProblemId } from './problems.js';
import type { MessageData } from '../model/wording.js';
import { checkMovieTables } from './video-tables.js';

/** What an MP4/MOV file's boxes say about its video. */
export interface VideoHeader {
  container: 'mp4' | 'mov';
  /** Seconds. */
  duration: number;
  /** As displayed: a rotation in the track matrix (phones' portrait video) swaps them. */
  width: number;
  height: number;
  /** Frames per second (average), when the track has samples. */
  fps?: number;
  /** RFC 6381 codec string, e.g. `avc1.64001f`, `hvc1.1.6.L93`. */
  codec?: string;
  warnings: MediaProblem[];
}

/** A `moov` box larger than this is not read (hours of video index in a few MB at most). */
const MAX_MOOV_BYTES = 64 * 1024 * 1024;
/** Top-level boxes walked before giving up on finding `moov` in junk. */
const MAX_TOP_LEVEL_BOXES = 10_000;

const cache = new ResultCache<VideoHeader | MediaProblem>();

export function readVideoHeader(file: MediaFile): Promise<VideoHeader | MediaProblem> {
  return cache.get(file.key, () => headerSlots(() => read(file)));
}

interface TopBoxes {
  ftyp?: Buffer;
  moov?: Buffer;
}

async function read(file: MediaFile): Promise<VideoHeader | MediaProblem> {
  const bad = (id: MediaProblemId, data: MessageData = {}): MediaProblem => mediaProblem(id, { file: file.written, ...data }, 'parse', true);
  let boxes: TopBoxes | BoxProblem;
  try {
    boxes = await findTopBoxes(file);
  } catch (e) {
    return bad('unreadable-file', { code: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  if ('id' in boxes) return bad(boxes.id, boxes.data);
  if (!boxes.moov) return bad('no-movie-header');
  const tables = checkMovieTables(boxes.moov, file.size);
  if (tables) return bad('corrupt-movie-header', { detail: tables });
  const info = await parseMovie(boxes.ftyp, boxes.moov);
  if (typeof info === 'string') return bad('corrupt-movie-header', { detail: info });
  const track = info.videoTracks[0];
  if (!track) return bad('no-video-track');
  const container = file.brand === 'qt  ' || (!boxes.ftyp && file.kind === 'video') ? 'mov' : 'mp4';
  const [a, b] = [track.video?.width ?? track.track_width, track.video?.height ?? track.track_height];
  const rotated = isQuarterTurn(track.matrix);
  const trackSeconds = track.timescale ? track.duration / track.timescale : 0;
  const header: VideoHeader = {
    container,
    duration: info.timescale && info.duration ? info.duration / info.timescale : trackSeconds,
    width: rotated ? b : a,
    height: rotated ? a : b,
    warnings: [],
  };
  if (track.nb_samples > 0 && trackSeconds > 0) header.fps = Math.round((track.nb_samples / trackSeconds) * 100) / 100;
  if (track.codec) header.codec = track.codec;
  const promised = VIDEO_EXTENSIONS[file.ext];
  if (promised && promised !== container) {
    header.warnings.push(mediaProblem('misnamed-video', { file: file.written, ext: file.ext, format: container.toUpperCase() }, 'video', false));
  }
  return header;
}

/**
 * Walks the top-level boxes by their headers, reading only `ftyp` and `moov`: a 500 MB video
 * costs a few small reads whether its index sits before or after the media data.
 */
async function findTopBoxes(file: MediaFile): Promise<TopBoxes | BoxProblem> {
  const found: TopBoxes = {};
  let pos = 0;
  for (let n = 0; pos < file.size; n++) {
    if (n === MAX_TOP_LEVEL_BOXES) return { id: 'too-many-boxes', data: { max: MAX_TOP_LEVEL_BOXES } };
    const head = await readRange(file.abs, pos, 16);
    if (head.length < 8) return { id: 'box-header-truncated' };
    let size = head.readUInt32BE(0);
    const type = head.toString('latin1', 4, 8);
    let headerSize = 8;
    if (size === 1) {
      if (head.length < 16) return { id: 'box-header-truncated' };
      size = Number(head.readBigUInt64BE(8));
      headerSize = 16;
    } else if (size === 0) {
      size = file.size - pos;
    }
    if (size < headerSize || !/^[\x20-\x7e]{4}$/.test(type)) return { id: 'invalid-box', data: { byte: pos } };
    if (type === 'ftyp' || type === 'moov') {
      if (pos + size > file.size) return { id: 'box-truncated', data: { box: type } };
      if (size > MAX_MOOV_BYTES) return { id: 'box-too-large', data: { box: type, bytes: size } };
      found[type] = await readRange(file.abs, pos, size);
      if (type === 'moov') break;
    }
    pos += size;
  }
  return found;
}

/** Why the top-level boxes cannot be walked. */
interface BoxProblem {
  id: MediaProblemId;
  data?: MessageData;
}

type Movie = import('mp4box').Movie;

/** Hands mp4box just `ftyp` + `moov` as one small buffer: no sample data is ever loaded. */
async function parseMovie(ftyp: Buffer | undefined, moov: Buffer): Promise<Movie | string> {
  const { createFile, MP4BoxBuffer } = await import('mp4box');
  const bytes = ftyp ? Buffer.concat([ftyp, moov]) : moov;
  const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
  const iso = createFile();
  let error: string | undefined;
  iso.onError = (module, message) => {
    error ??= `${module}: ${message}`;
  };
  // mp4box logs box errors to the console: they would mix with a report on stdout. Parsing is
  // synchronous, so silencing the console for its duration touches nothing else.
  const { error: consoleError, warn: consoleWarn } = console;
  console.error = console.warn = (...args: unknown[]) => {
    error ??= args.slice(-1).map(String).join('');
  };
  try {
    iso.appendBuffer(MP4BoxBuffer.fromArrayBuffer(ab, 0));
    iso.flush();
    const info = iso.getInfo();
    // A box error that cost the video track is corruption, not a video without pictures.
    if (!info.hasMoov || (error && info.videoTracks.length === 0)) return error ?? 'moov box could not be parsed';
    return info;
  } catch (e) {
    return error ?? (e as Error).message;
  } finally {
    console.error = consoleError;
    console.warn = consoleWarn;
  }
}

/** A 90° or 270° rotation matrix ([a b u c d v x y w] with a = d = 0). */
function isQuarterTurn(matrix: ArrayLike<number> | undefined): boolean {
  if (!matrix || matrix.length < 5) return false;
  return matrix[0] === 0 && matrix[4] === 0 && matrix[1] !== 0;
}
