import { forEachMedia, once } from '../media/entries.js';
import { isProblem } from '../media/file.js';
import { readVideoHeader, type VideoHeader } from '../media/video-header.js';
import { SIZE_LIMIT_KEYS, SIZE_LIMIT_MESSAGES, compileSizeLimits, sizeLimitSchema, type SizeLimitParams } from './media-limits.js';
import { MEDIA_PROBLEMS } from '../media/problems.js';
import type { CheckType, Report } from '../model/check.js';
import { joinList, type Language } from '../model/wording.js';

interface VideoParams extends SizeLimitParams {
  containers?: ('mp4' | 'mov')[];
  min_duration?: number;
  max_duration?: number;
  min_fps?: number;
  max_fps?: number;
  codecs?: string[];
}

const seconds = { type: 'number', minimum: 0 };
const ASPECTS = [...SIZE_LIMIT_KEYS, 'containers', 'min_duration', 'max_duration', 'min_fps', 'max_fps', 'codecs'];

/** `0.5 s`, `1 min 5 s` (`0.5 秒`, `1 分 5 秒`): durations as people read them. */
function formatDuration(s: number, language: Language): string {
  const [sec, min] = language === 'zh' ? [' 秒', ' 分'] : [' s', ' min'];
  const r = Math.round(s * 100) / 100;
  if (r < 60) return `${r}${sec}`;
  const m = Math.floor(r / 60);
  const rest = Math.round((r - m * 60) * 10) / 10;
  return rest ? `${m}${min} ${rest}${sec}` : `${m}${min}`;
}

/** Videos named by `media[]`, from their MP4/MOV boxes only (the media data is never read). */
export const videoCheck: CheckType<VideoParams> = {
  id: 'video',
  description: 'Container, duration, pixel size, aspect ratio, file size, frame rate and codec of media videos (MP4/MOV), read from the file\'s own metadata.',
  category: 'video',
  defaultFields: ['media[*]'],
  messages: {
    container: { en: '{{container}} is not an allowed container ({{allowed}})', zh: '视频封装格式为 {{container}}，允许的格式：{{allowed}}' },
    'min-duration': { en: 'the video is {{duration}}; the minimum is {{min}}', zh: '视频时长 {{duration}}，至少须为 {{min}}' },
    'max-duration': { en: 'the video is {{duration}}; the maximum is {{max}}', zh: '视频时长 {{duration}}，最长 {{max}}' },
    'min-fps': { en: 'the frame rate is {{fps}} fps; the minimum is {{min}}', zh: '帧率为 {{fps}} fps，至少须为 {{min}}' },
    'max-fps': { en: 'the frame rate is {{fps}} fps; the maximum is {{max}}', zh: '帧率为 {{fps}} fps，最高 {{max}}' },
    codec: { en: 'the codec is {{codec}}; allowed: {{allowed}}', zh: '视频编码为 {{codec}}，允许：{{allowed}}' },
    ...SIZE_LIMIT_MESSAGES,
    ...MEDIA_PROBLEMS,
  },
  paramsSchema: {
    properties: {
      ...sizeLimitSchema,
      containers: { type: 'array', minItems: 1, items: { enum: ['mp4', 'mov'] } },
      min_duration: seconds,
      max_duration: seconds,
      min_fps: seconds,
      max_fps: seconds,
      codecs: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-zA-Z0-9]{4}$' } },
    },
    anyOf: ASPECTS.map((k) => ({ required: [k] })),
  },
  compile(params, rule) {
    const limits = compileSizeLimits(params, rule);
    const { language } = rule;
    if (params.min_duration !== undefined && params.max_duration !== undefined && params.min_duration > params.max_duration) {
      rule.fail(`min_duration (${params.min_duration}) is greater than max_duration (${params.max_duration})`, ['min_duration']);
    }
    return (input) =>
      forEachMedia(input, 'video', async (entry, file) => {
        const field = entry.pathField;
        const base = { file: entry.written };
        const reports: Report[] = limits.checkFileSize(field, file.size, base).map((r) => ({ ...r, category: 'video' }));
        const header = await readVideoHeader(file);
        if (isProblem(header)) return [...reports, ...once(input.creative, entry, [header])];
        reports.push(...once(input.creative, entry, header.warnings));
        const data = { ...base, container: header.container.toUpperCase(), duration: formatDuration(header.duration, language), dimensions: `${header.width}×${header.height}` };
        reports.push(...facts(params, header, field, data, language));
        // Pixel-size and ratio problems of a video are video problems, whatever the shared helper says.
        reports.push(...limits.check(field, header.width, header.height, data).map((r) => ({ ...r, category: 'video' as const })));
        return reports;
      });
  },
};

function facts(p: VideoParams, h: VideoHeader, field: string, data: Record<string, string>, language: Language): Report[] {
  const reports: Report[] = [];
  const push = (aspect: string, extra: Record<string, string | number> = {}): void => {
    reports.push({ field, category: 'video', data: { ...data, ...extra, aspect } });
  };
  if (p.containers && !p.containers.includes(h.container)) {
    const allowed = joinList(p.containers.map((c) => c.toUpperCase()), language);
    push('container', { allowed });
  }
  if (p.min_duration !== undefined && h.duration < p.min_duration) {
    push('min-duration', { min: formatDuration(p.min_duration, language) });
  }
  if (p.max_duration !== undefined && h.duration > p.max_duration) {
    push('max-duration', { max: formatDuration(p.max_duration, language) });
  }
  if (h.fps !== undefined && p.min_fps !== undefined && h.fps < p.min_fps) {
    push('min-fps', { fps: h.fps, min: p.min_fps });
  }
  if (h.fps !== undefined && p.max_fps !== undefined && h.fps > p.max_fps) {
    push('max-fps', { fps: h.fps, max: p.max_fps });
  }
  if (h.codec && p.codecs && !p.codecs.some((c) => h.codec!.startsWith(c))) {
    const allowed = joinList(p.codecs, language);
    push('codec', { codec: h.codec, allowed });
  }
  return reports;
}
