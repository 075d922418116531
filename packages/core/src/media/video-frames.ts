import { run } from './subprocess.js';

/**
 * Frames of a video as PNG pictures, decoded by the `ffmpeg` program (Debian `ffmpeg`): it reads
 * every container and codec platforms accept, which no maintained npm decoder does, and it is
 * only started for a video whose text a rule reads.
 */

/** One frame is given this long to decode. */
const FRAME_TIMEOUT_MS = 20_000;
/** Frames are scaled to at most this width or height: text legible at 1080p stays legible. */
const MAX_FRAME_SIDE = 1920;

let present: Promise<boolean> | undefined;

/** Whether ffmpeg is installed (asked once per process). */
export function ffmpegPresent(): Promise<boolean> {
  present ??= run('ffmpeg', ['-version'], null, 10_000).then((r) => !r.failure && r.code === 0);
  return present;
}

const SCALE = `scale='min(${MAX_FRAME_SIDE},iw)':'min(${MAX_FRAME_SIDE},ih)':force_original_aspect_ratio=decrease`;

/** The frame at `time` seconds, or null when there is none (past the end, no video stream, undecodable). */
export async function frameAt(abs: string, time: number): Promise<Buffer | null> {
  // -ss before -i seeks by the index: fast, and exact for the frames it lands on.
  const out = await run('ffmpeg', ['-v', 'error', '-nostdin', '-ss', time.toFixed(3), '-i', `file:${abs}`, '-map', '0:V:0', '-frames:v', '1', '-vf', SCALE, '-f', 'image2pipe', '-c:v', 'png', '-'], null, FRAME_TIMEOUT_MS);
  return out.code === 0 && out.stdout.length ? out.stdout : null;
}

/** The cover picture embedded in the file (an attached picture stream), or null when it has none. */
export async function coverPicture(abs: string): Promise<Buffer | null> {
  // `0:v` and not `0:V`: video streams that are attached pictures.
  const out = await run('ffmpeg', ['-v', 'error', '-nostdin', '-i', `file:${abs}`, '-map', '0:v', '-map', '-0:V', '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', '-'], null, FRAME_TIMEOUT_MS);
  return out.code === 0 && out.stdout.length ? out.stdout : null;
}

/** The times frames are read at: the first frame, then `n` spread evenly inside the duration. */
export function sampleTimes(duration: number, n: number): number[] {
  const times = [0];
  if (!(duration > 0)) return times;
  for (let k = 1; k <= n; k++) times.push(Math.round(((duration * k) / (n + 1)) * 1000) / 1000);
  return times;
}
