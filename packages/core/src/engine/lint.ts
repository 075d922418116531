import type { CoverageSkip } from '../model/coverage.js';
import type { Creative, CreativeData } from '../model/creative.js';
import type { LintMessage, Severity, Suggestion } from '../model/message.js';
import type { CompiledRule } from '../model/pack.js';
import type { LineIndex } from '../text/line-index.js';
import { fieldsForRoles, skipReason, type SkipReason } from './applies.js';
import { selectFields } from '../model/fields.js';
import { scalarEdit, spanOf, toFileEdit } from './positions.js';
import { fillTemplate, joinList } from '../model/wording.js';
import type { Report } from '../model/check.js';
import { boxOf, linesOf, wordsOf, type ImageTextSource } from '../model/image-text.js';
import { hasCjk } from '../text/fold.js';

/** A compiled rule and the platforms of the creative that brought it in. */
export interface ActiveRule {
  rule: CompiledRule;
  platforms: string[];
}

/** Why a rule did not check a creative: an `applies` dimension, switched off, or no value in its fields. */
export type RuleSkip = CoverageSkip;

/** What one rule did with one creative: ran, or was skipped and why. */
export interface RuleOutcome {
  ruleId: string;
  platforms: string[];
  skipped: RuleSkip | null;
}

export interface LintCreativeOptions {
  /** The creative as each platform's rules see it (placement and roles as that platform's ids). */
  views?: ReadonlyMap<string, CreativeData>;
  /** Receives every rule's outcome, for coverage. */
  outcomes?: RuleOutcome[];
  /** A platform's name for messages (`{{platform_name}}`): its pack's display name; the id when not given. */
  platformName?: (id: string) => string;
}

/** Checks that judge absence itself: they have checked a creative even when its fields are empty. */
const JUDGES_ABSENCE = new Set(['required', 'count', 'conditional', 'targeting']);

export async function lintCreative(creative: Creative, active: ActiveRule[], lines: LineIndex, baseDir: string, options: LintCreativeOptions = {}): Promise<LintMessage[]> {
  const messages: LintMessage[] = [];
  // One creative object per platform view, so per-creative caches (media, landing page) hold across rules.
  const seenAs = new Map<CreativeData, Creative>();
  for (const { rule, platforms } of active) {
    const record = (skipped: RuleSkip | null): void => {
      options.outcomes?.push({ ruleId: rule.id, platforms, skipped });
    };
    if (rule.severity === 'off') {
      record('off');
      continue;
    }
    // A rule brought in by several platforms applies if it applies as any of them sees the creative.
    let data: CreativeData | undefined;
    let reason: SkipReason | null = null;
    for (const view of platforms.map((p) => options.views?.get(p) ?? creative.data)) {
      const why = skipReason(rule.applies, view, creative.inferredCategories);
      if (why === null) {
        data = view;
        break;
      }
      reason ??= why;
    }
    if (!data) {
      record(reason);
      continue;
    }
    let seen = data === creative.data ? creative : seenAs.get(data);
    if (!seen) {
      seen = { ...creative, data };
      seenAs.set(data, seen);
    }
    let fields = selectFields(data, rule.fields);
    if (rule.applies.roles) fields = fieldsForRoles(fields, data, rule.applies.roles);
    record(fields.some((f) => f.value !== undefined) || JUDGES_ABSENCE.has(rule.check.id) ? null : 'field');
    const reports = await rule.run({ creative: seen, fields, baseDir });
    const platformName = joinList(platforms.map(options.platformName ?? ((id) => id)), rule.language);
    for (const report of reports) messages.push(toMessage(seen, rule, platforms, platformName, report, lines));
  }
  return withoutSuperseded(messages, active);
}

/**
 * A rule's finding is dropped where it overlaps a finding, on the same field, of a rule that
 * `supersedes` it: "Number 1 essence on TikTok" is one error, not also a warning at "Number 1",
 * and "加微信：shop_2024" one contact error, not also a diversion warning at "加微信".
 */
function withoutSuperseded(messages: LintMessage[], active: ActiveRule[]): LintMessage[] {
  const superseded = new Map(active.filter(({ rule }) => rule.supersedes.length).map(({ rule }) => [rule.id, new Set(rule.supersedes)]));
  if (superseded.size === 0) return messages;
  const before = (line: number, column: number, otherLine: number, otherColumn: number): boolean => line < otherLine || (line === otherLine && column < otherColumn);
  const overlap = (a: LintMessage, b: LintMessage): boolean => before(a.line, a.column, b.endLine, b.endColumn) && before(b.line, b.column, a.endLine, a.endColumn);
  return messages.filter((m) => !messages.some((s) => s !== m && s.field === m.field && superseded.get(s.ruleId)?.has(m.ruleId) === true && overlap(m, s)));
}

function toMessage(creative: Creative, rule: CompiledRule, platforms: string[], platformName: string, report: Report, lines: LineIndex): LintMessage {
  const [start, end] = spanOf(creative, report.field, report.range);
  const from = lines.position(start);
  const to = lines.position(end);
  const data: Record<string, string | number> = { field: report.field ?? 'creative', platform: platforms.join(', '), platform_name: platformName, ...report.data };
  const messageId = report.messageId ?? (typeof report.data?.aspect === 'string' ? report.data.aspect : rule.check.id);
  // The check's own wording of this message in the pack's language, for rule templates that frame
  // it (`Final URL: {{problem}}.`) and for problems with the input, which it words alone.
  const problem = rule.check.messages[messageId]?.[rule.language];
  if (problem !== undefined) data.problem = fillTemplate(problem, data);
  const template = rule.messages[messageId] ?? (report.aboutInput && problem !== undefined ? problem : rule.message);
  const message: LintMessage = {
    ruleId: rule.id,
    messageId,
    severity: rule.severity as Severity,
    message: fillTemplate(template, data),
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    field: report.field,
    category: report.category ?? rule.category,
    platform: platforms.join(','),
    source: rule.source,
    data,
  };
  // Only what the reviewers of the platforms being checked would say.
  const reasons = rule.reasons.filter((r) => platforms.includes(r.platform));
  if (reasons.length) message.reasons = reasons;
  const image = report.field ? creative.imageText?.get(report.field) : undefined;
  if (image) placeInPicture(message, image, report.range);
  const text = report.field ? creative.texts.get(report.field) : undefined;
  if (text && report.fix) {
    const fix = toFileEdit(text, report.fix, lines.text);
    if (fix) message.fix = fix;
  } else if (report.fix && report.field) {
    // Numbers and other non-text scalars: the fix replaces the whole value.
    const fix = scalarEdit(creative, report.field, report.fix);
    if (fix) message.fix = fix;
  }
  if (text && report.suggestions?.length) {
    const suggestions: Suggestion[] = [];
    for (const s of report.suggestions) {
      const fix = toFileEdit(text, s.edit, lines.text);
      if (fix) suggestions.push({ desc: s.desc, fix });
    }
    if (suggestions.length) message.suggestions = suggestions;
  }
  return message;
}

/**
 * A finding in text read from a picture: the box it is in, and the recognised line in the
 * message's language (the source position is only the media entry's). Text the engine was unsure
 * of is at most info: a misread must not fail a build.
 */
function placeInPicture(message: LintMessage, image: ImageTextSource, range: [number, number] | undefined): void {
  const box = boxOf(image, range);
  if (box) message.box = box;
  const lines = linesOf(image, range);
  if (!lines.length) return;
  const shown = lines.map((l) => l.text).join(' / ');
  // The finding is as sure as the least sure word it is in: one misread digit makes a phone number.
  const words = wordsOf(image, range);
  const confidence = Math.min(...(words.length ? words : lines).map((w) => w.confidence));
  const unsure = confidence < image.minConfidence;
  const zh = hasCjk(message.message);
  const where = image.time === undefined
    ? (zh ? '图片中的文字' : 'text in the image')
    : (zh ? `视频第 ${image.time} 秒画面中的文字` : `text in the video frame at ${image.time} s`);
  const doubt = unsure ? (zh ? `，识别置信度低（${confidence}%），请人工确认` : `, recognised with low confidence (${confidence} %): check it by eye`) : '';
  message.message += zh ? `（${where}${doubt}：“${shown}”）` : ` (${where}${doubt}: "${shown}")`;
  if (unsure && message.severity !== 'info') message.severity = 'info';
}

export function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

/**
 * One message per rule, place and wording: creatives of a file that share a default (`landing:`
 * under `defaults:`) would otherwise each report the same problem at the same characters.
 */
export function withoutRepeats(messages: LintMessage[]): LintMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = `${m.ruleId}\u0000${m.line}:${m.column}-${m.endLine}:${m.endColumn}\u0000${m.field ?? ''}\u0000${m.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
