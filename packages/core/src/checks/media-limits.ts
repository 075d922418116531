import { RATIO_PATTERN, SIZE_SCHEMA, describeRatio, formatSize, inRatioRange, matchRatio, parseRatio, parseSize, type Ratio } from '../media/measures.js';
import type { Report, RuleContext } from '../model/check.js';
import { joinList, type Language, type Wordings } from '../model/wording.js';

/** Pixel size, aspect ratio and file size: the limits images and videos share. */
export interface SizeLimitParams {
  min_width?: number;
  min_height?: number;
  max_width?: number;
  max_height?: number;
  /** The longest side, whichever it is: what marketplaces such as Amazon measure. */
  min_long_side?: number;
  max_long_side?: number;
  ratios?: string[];
  /** A range of ratios (`1:2` to `1.91:1`); with `ratios` too, a file passes by matching either. */
  min_ratio?: string;
  max_ratio?: string;
  ratio_tolerance?: number;
  max_file_size?: number | string;
}

const px = { type: 'integer', minimum: 1 };

export const sizeLimitSchema = {
  min_width: px,
  min_height: px,
  max_width: px,
  max_height: px,
  min_long_side: px,
  max_long_side: px,
  ratios: { type: 'array', minItems: 1, items: { type: 'string', pattern: RATIO_PATTERN } },
  min_ratio: { type: 'string', pattern: RATIO_PATTERN },
  max_ratio: { type: 'string', pattern: RATIO_PATTERN },
  ratio_tolerance: { type: 'number', minimum: 0, maximum: 0.5 },
  max_file_size: SIZE_SCHEMA,
};

export const SIZE_LIMIT_KEYS = Object.keys(sizeLimitSchema);
/** Messages of the size limits image and video checks share, by id (`data.aspect`). */
export const SIZE_LIMIT_MESSAGES = {
  'min-size': { en: '{{dimensions}} is smaller than the minimum {{min}}', zh: '尺寸为 {{dimensions}}，小于最小尺寸 {{min}}' },
  'max-size': { en: '{{dimensions}} is larger than the maximum {{max}}', zh: '尺寸为 {{dimensions}}，大于最大尺寸 {{max}}' },
  'min-long-side': { en: '{{dimensions}} is {{long_side}} px on its longest side; the minimum is {{limit}} px', zh: '尺寸为 {{dimensions}}，长边 {{long_side}} 像素，至少须为 {{limit}} 像素' },
  'max-long-side': { en: '{{dimensions}} is {{long_side}} px on its longest side; the maximum is {{limit}} px', zh: '尺寸为 {{dimensions}}，长边 {{long_side}} 像素，最多为 {{limit}} 像素' },
  ratio: { en: '{{dimensions}} is {{ratio}}; allowed: {{allowed}}', zh: '尺寸为 {{dimensions}}，比例为 {{ratio}}；允许的比例：{{allowed}}' },
  'file-size': { en: 'file is {{file_size}}; the limit is {{max}}', zh: '文件大小为 {{file_size}}，上限为 {{max}}' },
} as const satisfies Wordings;

export interface SizeLimits {
  /** Reports at `field`; `base` is template data every report carries (e.g. `file`). */
  check(field: string, width: number, height: number, base: Record<string, string | number>): Report[];
  checkFileSize(field: string, bytes: number, base: Record<string, string | number>): Report[];
}

export function compileSizeLimits(p: SizeLimitParams, { fail, language }: RuleContext): SizeLimits {
  if (p.min_width && p.max_width && p.min_width > p.max_width) fail(`min_width (${p.min_width}) is greater than max_width (${p.max_width})`, ['min_width']);
  if (p.min_height && p.max_height && p.min_height > p.max_height) fail(`min_height (${p.min_height}) is greater than max_height (${p.max_height})`, ['min_height']);
  if (p.min_long_side && p.max_long_side && p.min_long_side > p.max_long_side) fail(`min_long_side (${p.min_long_side}) is greater than max_long_side (${p.max_long_side})`, ['min_long_side']);
  const ratios: Ratio[] = (p.ratios ?? []).map(parseRatio);
  const minRatio = p.min_ratio === undefined ? undefined : parseRatio(p.min_ratio);
  const maxRatio = p.max_ratio === undefined ? undefined : parseRatio(p.max_ratio);
  if (minRatio && maxRatio && minRatio.value > maxRatio.value) fail(`min_ratio (${minRatio.label}) is wider than max_ratio (${maxRatio.label})`, ['min_ratio']);
  const hasRange = minRatio !== undefined || maxRatio !== undefined;
  const allowedRatios = joinList([rangeLabel(minRatio, maxRatio, language), ...ratios.map((r) => r.label)].filter(Boolean), language);
  const tolerance = p.ratio_tolerance ?? 0.01;
  const maxBytes = p.max_file_size === undefined ? undefined : parseSize(p.max_file_size);
  const minLabel = dims(p.min_width, p.min_height, language);
  const maxLabel = dims(p.max_width, p.max_height, language);
  return {
    check(field, width, height, base) {
      const reports: Report[] = [];
      const dimensions = `${width}×${height}`;
      const data = { ...base, dimensions, width, height };
      if ((p.min_width && width < p.min_width) || (p.min_height && height < p.min_height)) {
        reports.push({ field, category: 'image-size', data: { ...data, aspect: 'min-size', min: minLabel } });
      }
      if ((p.max_width && width > p.max_width) || (p.max_height && height > p.max_height)) {
        reports.push({ field, category: 'image-size', data: { ...data, aspect: 'max-size', max: maxLabel } });
      }
      const long = Math.max(width, height);
      if (p.min_long_side && long < p.min_long_side) {
        const min = longSide(p.min_long_side, language);
        reports.push({ field, category: 'image-size', data: { ...data, aspect: 'min-long-side', long_side: long, min, limit: p.min_long_side } });
      }
      if (p.max_long_side && long > p.max_long_side) {
        const max = longSide(p.max_long_side, language);
        reports.push({ field, category: 'image-size', data: { ...data, aspect: 'max-long-side', long_side: long, max, limit: p.max_long_side } });
      }
      const ratioOk = (!ratios.length && !hasRange) || matchRatio(width, height, ratios, tolerance) !== null || (hasRange && inRatioRange(width, height, minRatio, maxRatio, tolerance));
      if (width > 0 && height > 0 && !ratioOk) {
        const ratio = describeRatio(width, height);
        reports.push({ field, category: 'image-ratio', data: { ...data, aspect: 'ratio', ratio, allowed: allowedRatios } });
      }
      return reports;
    },
    checkFileSize(field, bytes, base) {
      if (maxBytes === undefined || bytes <= maxBytes) return [];
      const size = formatSize(bytes);
      const max = typeof p.max_file_size === 'string' ? p.max_file_size : formatSize(maxBytes);
      return [{ field, category: 'image-file-size', data: { ...base, aspect: 'file-size', file_size: size, bytes, max } }];
    },
  };
}

/** `1:2 to 1.91:1`; an open end reads as `1:2 or wider` / `1.91:1 or narrower`. */
function rangeLabel(min: Ratio | undefined, max: Ratio | undefined, language: Language): string {
  const zh = language === 'zh';
  if (min && max) return zh ? `${min.label} 至 ${max.label}` : `${min.label} to ${max.label}`;
  if (min) return zh ? `${min.label} 或更宽` : `${min.label} or wider`;
  if (max) return zh ? `${max.label} 或更窄` : `${max.label} or narrower`;
  return '';
}

/** `600×314`, `500 px wide` style labels for limits given on one or both sides. */
function dims(w: number | undefined, h: number | undefined, language: Language): string {
  const zh = language === 'zh';
  if (w && h) return `${w}×${h}`;
  if (w) return zh ? `宽 ${w} 像素` : `${w} px wide`;
  if (h) return zh ? `高 ${h} 像素` : `${h} px high`;
  return '';
}

function longSide(px: number, language: Language): string {
  return language === 'zh' ? `长边 ${px} 像素` : `${px} px on the longest side`;
}
