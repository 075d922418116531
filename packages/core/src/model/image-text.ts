/**
 * Text read from a creative's images and video frames (OCR). It becomes copy-like fields of the
 * creative that rules select like any other field:
 *
 * - `media[i].text`: the text on the image `media[i]` (for a video: on its embedded cover picture);
 * - `media[i].frames[j].text`, with `media[i].frames[j].time` (seconds): the text on the j-th
 *   sampled frame of the video `media[i]` whose text differs from the frame before.
 *
 * Lines are joined with "\n". Every character maps back to a box in the picture, so a finding
 * inside image text carries the box of the characters it is about.
 */

/** A rectangle in the picture's pixels (as displayed: EXIF orientation applied); `time` for a video frame. */
export interface TextBox {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Seconds into the video of the frame the box is on. */
  time?: number;
}

export interface RecognisedWord {
  /** UTF-16 offsets into the field's text. */
  start: number;
  end: number;
  box: TextBox;
  /** The engine's confidence in the word, 0–100. */
  confidence: number;
}

export interface RecognisedLine {
  text: string;
  /** UTF-16 offsets into the field's text. */
  start: number;
  end: number;
  box: TextBox;
  /** The engine's confidence in the line, 0–100 (the mean of its words'). */
  confidence: number;
  words: RecognisedWord[];
}

/** One image-text field's source: where its characters are in the picture. */
export interface ImageTextSource {
  /** Index into `media`. */
  media: number;
  /** For a video frame: seconds into the video. */
  time?: number;
  text: string;
  lines: RecognisedLine[];
  /** Findings only on lines below this confidence are at most info. */
  minConfidence: number;
}

/** Config `ocr:`. */
export interface OcrSettings {
  /** `ocr: false` turns reading text in images off. */
  enabled: boolean;
  /** Lines recognised with a lower confidence (0–100) are reported at most as info, with their text shown. */
  minConfidence: number;
  /** Frames sampled across a video's duration, besides its first frame. */
  frames: number;
}

/** What one linter's run shares across creatives: what it has said once, and counts for `--debug`. */
export interface ImageTextRun {
  /** Missing programs and languages already reported. */
  told: Set<string>;
  /** Files whose media text could not be read for want of a program or language: their results are not for reuse. */
  incomplete: Set<string>;
  stats: { recognised: number; cached: number };
}

export function newImageTextRun(): ImageTextRun {
  return { told: new Set(), incomplete: new Set(), stats: { recognised: 0, cached: 0 } };
}

export const DEFAULT_OCR_SETTINGS: OcrSettings = { enabled: true, minConfidence: 70, frames: 4 };
/** Frames of one video read at most, whatever config asks. */
export const MAX_OCR_FRAMES = 20;

export function imageTextField(media: number, frame?: number): string {
  return frame === undefined ? `media[${media}].text` : `media[${media}].frames[${frame}].text`;
}

/** Whether a rule's field selector reaches text read from media (`media[*].text`, `media[2].frames[*].text`). */
export function selectsImageText(selector: string): boolean {
  return /^media(\[(\*|\d+)\])?(\.frames(\[(\*|\d+)\])?)?\.text$/.test(selector);
}

/** The recognised words the characters [start, end) lie in (all of them when the range is absent). */
export function wordsOf(source: ImageTextSource, range?: [number, number]): RecognisedWord[] {
  const [start, end] = range ?? [0, source.text.length];
  return source.lines.flatMap((l) => l.words).filter((w) => w.start < Math.max(end, start + 1) && w.end > start);
}

/** The box around the characters [start, end) of an image-text field, or the whole text's when the range is absent. */
export function boxOf(source: ImageTextSource, range?: [number, number]): TextBox | null {
  const words = wordsOf(source, range);
  if (!words.length) return null;
  const x = Math.min(...words.map((w) => w.box.x));
  const y = Math.min(...words.map((w) => w.box.y));
  const box: TextBox = { x, y, w: Math.max(...words.map((w) => w.box.x + w.box.w)) - x, h: Math.max(...words.map((w) => w.box.y + w.box.h)) - y };
  if (source.time !== undefined) box.time = source.time;
  return box;
}

/** The lines the characters [start, end) lie on. */
export function linesOf(source: ImageTextSource, range?: [number, number]): RecognisedLine[] {
  const [start, end] = range ?? [0, source.text.length];
  return source.lines.filter((l) => l.start < Math.max(end, start + 1) && l.end > start);
}
