import type { Creative, MediaRef } from '../model/creative.js';
import { MAX_OCR_FRAMES, imageTextField, type ImageTextRun, type ImageTextSource, type OcrSettings, type RecognisedLine } from '../model/image-text.js';
import type { ReadProblem } from '../readers/types.js';
import { hasCjk } from '../text/fold.js';
import { worded } from '../model/wording.js';
import { IMAGE_TEXT_NOTES } from './image-text-notes.js';
import { isProblem, openMedia } from './file.js';
import { readMediaText, type MediaTextGap } from './image-text.js';
import { readVideoHeader } from './video-header.js';
import { joinLines } from './ocr-tsv.js';

/** Tesseract languages by BCP 47 language (and script, for Chinese). Latin text is read with English too. */
const LANGUAGES: Record<string, string> = {
  zh: 'chi_sim', 'zh-hans': 'chi_sim', 'zh-cn': 'chi_sim', 'zh-sg': 'chi_sim', 'zh-hant': 'chi_tra', 'zh-tw': 'chi_tra', 'zh-hk': 'chi_tra', 'zh-mo': 'chi_tra',
  ja: 'jpn', ko: 'kor', fr: 'fra', de: 'deu', es: 'spa', pt: 'por', it: 'ita', nl: 'nld', pl: 'pol', ru: 'rus', uk: 'ukr', tr: 'tur',
  ar: 'ara', he: 'heb', hi: 'hin', th: 'tha', vi: 'vie', id: 'ind', ms: 'msa', sv: 'swe', da: 'dan', nb: 'nor', fi: 'fin', cs: 'ces', el: 'ell',
};

/** The languages a creative's pictures are read in: its locale's, plus English; Chinese copy without a locale reads as zh-CN. */
export function languagesFor(creative: Creative): string[] {
  const locale = creative.data.locale?.toLowerCase();
  const parts = locale?.split(/[-_]/) ?? [];
  const own = locale ? (LANGUAGES[locale] ?? LANGUAGES[`${parts[0]}-${parts[1]}`] ?? LANGUAGES[parts[0]!]) : hasCjk(Object.values(creative.data.copy ?? {}).flat().join('')) ? 'chi_sim' : undefined;
  return own ? [own, 'eng'] : ['eng'];
}

/**
 * Reads the text in the creative's images and videos into `media[i].text` and
 * `media[i].frames[j]` (model/image-text.ts), with their sources in `creative.imageText`.
 * Returns notes about what could not be read; a missing program or language is said once per run.
 */
export async function addImageText(creative: Creative, baseDir: string, settings: OcrSettings, run: ImageTextRun, cacheDir?: string): Promise<ReadProblem[]> {
  const media = creative.data.media;
  if (!Array.isArray(media)) return [];
  const languages = languagesFor(creative);
  const problems: ReadProblem[] = [];
  const sources = (creative.imageText ??= new Map<string, ImageTextSource>());
  const read = await Promise.all(media.map(async (m, i) => {
    // Text written in the creative is checked as written: the picture is not read.
    if (typeof m?.path !== 'string' || m.text !== undefined || m.frames !== undefined) return m;
    // The same open as every media check: a file that cannot be opened is reported by them.
    const file = await openMedia(baseDir, m.path);
    if (isProblem(file)) return m;
    let duration: number | null = null;
    if (file.kind === 'video') {
      const header = await readVideoHeader(file);
      duration = isProblem(header) ? null : header.duration;
    }
    const { text, gaps } = await readMediaText(file, duration, { languages, frames: Math.min(settings.frames, MAX_OCR_FRAMES), ...(cacheDir ? { cacheDir } : {}), stats: run.stats });
    for (const gap of gaps) problems.push(...note(creative, i, gap, run));
    if (!text) return m;
    const entry: MediaRef = { ...m };
    if (text.still) {
      entry.text = joinLines(text.still);
      sources.set(imageTextField(i), source(i, text.still, settings));
    }
    if (file.kind === 'video') {
      entry.frames = text.frames.map((f, j) => {
        sources.set(imageTextField(i, j), source(i, f.lines, settings, f.time));
        return { time: f.time, text: joinLines(f.lines) };
      });
    }
    return entry;
  }));
  // A new list: creatives that share a default `media:` list must not see each other's text.
  creative.data.media = read;
  return problems;
}

function source(media: number, lines: RecognisedLine[], settings: OcrSettings, time?: number): ImageTextSource {
  return { media, ...(time === undefined ? {} : { time }), text: joinLines(lines), lines, minConfidence: settings.minConfidence };
}


function note(creative: Creative, index: number, gap: MediaTextGap, run: ImageTextRun): ReadProblem[] {
  const field = `media[${index}]`;
  const base = { ruleId: 'adlint/ocr', category: 'image-content' as const, severity: 'info' as const, span: creative.spans.get(field) ?? creative.span, field };
  if (!gap.missing) {
    const file = gap.subject ?? field;
    const id = gap.noFrames ? 'ocr-no-frames' : gap.time === undefined ? 'ocr-not-read' : 'ocr-frame-not-read';
    return [{ ...base, ...worded(IMAGE_TEXT_NOTES, id, { file, detail: gap.reason, ...(gap.time === undefined ? {} : { time: gap.time }) }) }];
  }
  run.incomplete.add(creative.filePath);
  if (run.told.has(gap.missing)) return [];
  run.told.add(gap.missing);
  const packages = gap.packages!.join(' ');
  const id = gap.missing === 'ffmpeg' ? 'ocr-no-ffmpeg' : gap.missing === 'tesseract' ? 'ocr-no-tesseract' : 'ocr-no-language';
  return [{ ...base, ruleId: 'adlint/ocr-unavailable', ...worded(IMAGE_TEXT_NOTES, id, { packages, language: gap.missing }) }];
}
