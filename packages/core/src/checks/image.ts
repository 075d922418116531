import { forEachMedia, once } from '../media/entries.js';
import { isProblem } from '../media/file.js';
import { readImageHeader, type ImageHeader } from '../media/image-header.js';
import { readPixelStats } from '../media/image-pixels.js';
import { SIZE_LIMIT_KEYS, SIZE_LIMIT_MESSAGES, compileSizeLimits, sizeLimitSchema, type SizeLimitParams } from './media-limits.js';
import { MEDIA_PROBLEMS } from '../media/problems.js';
import type { CheckType, Report } from '../model/check.js';
import { joinList, type Language } from '../model/wording.js';

interface ImageParams extends SizeLimitParams {
  formats?: string[];
  color_spaces?: string[];
  animated?: boolean;
  /** Frames of an animated image (LinkedIn: GIFs of at most 250). */
  max_frames?: number;
  transparency?: boolean;
  background?: { white?: number; border?: number; tolerance?: number };
  fill?: { min: number; white?: number };
}

const share = { type: 'number', minimum: 0, maximum: 1 };
const white = { type: 'integer', minimum: 0, maximum: 255 };
const ASPECTS = [...SIZE_LIMIT_KEYS, 'formats', 'color_spaces', 'animated', 'max_frames', 'transparency', 'background', 'fill'];

const percent = (n: number): string => `${Math.round(n * 1000) / 10}%`;

/**
 * Images named by `media[]`: header facts (format, pixel size, ratio, file size, colour space,
 * frames, alpha) from sharp's metadata, which decodes no pixels; `background` and `fill` decode a
 * bounded, downscaled copy.
 */
export const imageCheck: CheckType<ImageParams> = {
  id: 'image',
  description: 'Format, pixel size, aspect ratio, file size, colour space, animation and frame count, transparency, white background and fill of media images.',
  category: 'image-format',
  defaultFields: ['media[*]'],
  messages: {
    format: { en: '{{format}} is not an allowed format ({{allowed}})', zh: '图片格式为 {{format}}，允许的格式：{{allowed}}' },
    'color-space': { en: 'colour space is {{space}}; allowed: {{allowed}}', zh: '色彩空间为 {{space}}，允许：{{allowed}}' },
    animated: { en: 'the image is animated ({{frames}} frames)', zh: '图片是动图（{{frames}} 帧），须为静态图片' },
    'max-frames': { en: 'the animation has {{frames}} frames; the maximum is {{max}}', zh: '动图有 {{frames}} 帧，最多 {{max}} 帧' },
    transparency: { en: 'the image has an alpha (transparency) channel', zh: '图片带透明通道，须为不透明图片' },
    background: { en: '{{share}} of the border is not white (RGB ≥ {{white}})', zh: '边缘有 {{share}} 不是白色（RGB ≥ {{white}}），须为纯白背景' },
    fill: { en: 'the product spans {{fill}} of the frame; at least {{min}} is required', zh: '商品只占画面的 {{fill}}，至少须占 {{min}}' },
    ...SIZE_LIMIT_MESSAGES,
    ...MEDIA_PROBLEMS,
  },
  paramsSchema: {
    properties: {
      ...sizeLimitSchema,
      formats: { type: 'array', minItems: 1, items: { enum: ['jpeg', 'png', 'gif', 'webp', 'avif', 'heif', 'tiff', 'svg'] } },
      color_spaces: { type: 'array', minItems: 1, items: { type: 'string' } },
      animated: { type: 'boolean' },
      max_frames: { type: 'integer', minimum: 1 },
      transparency: { type: 'boolean' },
      background: {
        type: 'object',
        additionalProperties: false,
        properties: { white, border: { type: 'number', exclusiveMinimum: 0, maximum: 0.5 }, tolerance: share },
      },
      fill: { type: 'object', required: ['min'], additionalProperties: false, properties: { min: share, white } },
    },
    anyOf: ASPECTS.map((k) => ({ required: [k] })),
  },
  preview: { ratios: (params) => params.ratios ?? null },
  compile(params, rule) {
    const limits = compileSizeLimits(params, rule);
    const bg = params.background && { white: params.background.white ?? 250, border: params.background.border ?? 0.02, tolerance: params.background.tolerance ?? 0.005 };
    const fill = params.fill && { min: params.fill.min, white: params.fill.white ?? 250 };
    const formats = params.formats;
    return (input) =>
      forEachMedia(input, 'image', async (entry, file) => {
        const base = { file: entry.written };
        const field = entry.pathField;
        const reports: Report[] = [...limits.checkFileSize(field, file.size, base)];
        const header = await readImageHeader(file);
        if (isProblem(header)) return [...reports, ...once(input.creative, entry, [header])];
        reports.push(...once(input.creative, entry, header.warnings));
        const data = { ...base, format: header.format.toUpperCase(), dimensions: `${header.width}×${header.height}` };
        if (formats && !formats.includes(header.format)) {
          const allowed = joinList(formats.map((f) => f.toUpperCase()), rule.language);
          reports.push({ field, category: 'image-format', data: { ...data, aspect: 'format', allowed } });
        }
        reports.push(...limits.check(field, header.width, header.height, data));
        reports.push(...headerFacts(params, header, field, data, rule.language));
        if (!bg && !fill) return reports;
        const stats = await readPixelStats(file, header, { white: bg?.white ?? fill!.white, border: bg?.border ?? 0.02 });
        if (isProblem(stats)) return [...reports, ...once(input.creative, entry, [stats])];
        if (bg && stats.borderNotWhite > bg.tolerance) {
          const off = percent(stats.borderNotWhite);
          reports.push({ field, category: 'image-content', data: { ...data, aspect: 'background', share: off, white: bg.white } });
        }
        if (fill && stats.fill < fill.min) {
          reports.push({ field, category: 'image-content', data: { ...data, aspect: 'fill', fill: percent(stats.fill), min: percent(fill.min) } });
        }
        return reports;
      });
  },
};

/** Colour space, frames and alpha: facts of the header. */
function headerFacts(params: ImageParams, header: ImageHeader, field: string, data: Record<string, string>, language: Language): Report[] {
  const reports: Report[] = [];
  if (params.color_spaces && !params.color_spaces.includes(header.space)) {
    const allowed = joinList(params.color_spaces.map((s) => s.toUpperCase()), language);
    const space = header.space.toUpperCase();
    reports.push({ field, category: 'image-format', data: { ...data, aspect: 'color-space', space, allowed } });
  }
  if (params.animated === false && header.frames > 1) {
    reports.push({ field, category: 'image-format', data: { ...data, aspect: 'animated', frames: header.frames } });
  }
  if (params.max_frames !== undefined && header.frames > params.max_frames) {
    reports.push({ field, category: 'image-format', data: { ...data, aspect: 'max-frames', frames: header.frames, max: params.max_frames } });
  }
  // libvips gives every GIF an alpha band, so a GIF's transparency is not known from its header.
  if (params.transparency === false && header.hasAlpha && header.format !== 'gif') {
    reports.push({ field, category: 'image-format', data: { ...data, aspect: 'transparency' } });
  }
  return reports;
}
