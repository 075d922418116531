/**
 * What a visual report shows about each creative beyond its messages: its copy, the display
 * limits its platforms' length rules set on each copy value, its media and the ratios the image
 * rules accept. Built from the same compiled rules the lint ran, so previews cut where checks cut.
 */
import path from 'node:path';
import { measureValue, UNIT_NAMES, type LengthParams } from '../checks/length.js';
import type { Creative } from '../model/creative.js';
import type { LintMessage, Severity } from '../model/message.js';
import { fieldsForRoles, ruleApplies } from '../engine/applies.js';
import { selectFields, textItems } from '../model/fields.js';
import type { ActiveRule } from '../engine/lint.js';
import { mediaEntries } from '../media/entries.js';
import type { LineIndex } from '../text/line-index.js';

/** Where a length rule with a `max` cuts one copy value. */
export interface DisplayLimit {
  ruleId: string;
  platforms: string[];
  severity: Severity;
  max: number;
  /** As messages name it: `characters`, `width units`, `bytes`, `words`. */
  unit: string;
  actual: number;
  /** UTF-16 offset in the value where the part past `max` starts; null when the value fits. */
  cut: number | null;
  /** Where the counted text ends (before trailing whitespace the rule trims). */
  end: number;
}

/** A range of a copy value that a message points at, for highlighting it in context. */
export interface CopyMark {
  /** Index into the file's messages. */
  message: number;
  /** UTF-16 offsets into the value. */
  range: [number, number];
}

export interface CopyOverview {
  /** `copy.headlines[2]` */
  field: string;
  text: string;
  limits: DisplayLimit[];
  marks: CopyMark[];
}

export interface MediaOverview {
  /** `media[0]` */
  field: string;
  /** As written in the creative. */
  path: string;
  /** Resolved against the creative's folder. */
  abs: string;
  role?: string;
  /** Aspect ratios each image rule that looks at this entry accepts. */
  accepts: { ruleId: string; platforms: string[]; ratios: string[] }[];
}

export interface CreativeOverview {
  /** Position in its file (0 for single-creative files). */
  index: number;
  name?: string;
  platforms: string[];
  placement?: string;
  locale?: string;
  /** Indexes into the file's messages about this creative. */
  messages: number[];
  copy: CopyOverview[];
  media: MediaOverview[];
}

/**
 * A file's messages, to be handed out to the creatives that produced them. A message does not say
 * which creative of its file it is about, and position cannot tell (creatives share fields
 * inherited from `defaults:`), so each creative is linted again and takes the file's messages
 * identical to its own; what directives silenced is in neither, and each message is taken once.
 */
export class MessagePool {
  private readonly free = new Map<string, number[]>();

  constructor(messages: readonly LintMessage[]) {
    messages.forEach((m, i) => {
      const key = keyOf(m);
      this.free.set(key, [...(this.free.get(key) ?? []), i]);
    });
  }

  /** Indexes of the file's messages that equal these, each given out once. */
  take(produced: readonly LintMessage[]): number[] {
    return produced.flatMap((m) => {
      const i = this.free.get(keyOf(m))?.shift();
      return i === undefined ? [] : [i];
    });
  }
}

function keyOf(m: LintMessage): string {
  return [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.field ?? '', m.message].join('\u0000');
}

/** `mine`: indexes into `messages` of those about this creative (see MessagePool). */
export function creativeOverview(
  creative: Creative,
  platforms: string[],
  active: readonly ActiveRule[],
  messages: readonly LintMessage[],
  mine: number[],
  lines: LineIndex,
  baseDir: string,
): CreativeOverview {
  const { data } = creative;
  const applying = active.filter(({ rule }) => rule.severity !== 'off' && ruleApplies(rule.applies, data));
  return {
    index: creative.index,
    ...(typeof data.name === 'string' ? { name: data.name } : {}),
    platforms,
    ...(data.placement ? { placement: data.placement } : {}),
    ...(data.locale ? { locale: data.locale } : {}),
    messages: mine,
    copy: copyOverview(creative, applying, mine.map((i) => [i, messages[i]!] as const), lines),
    media: mediaOverview(creative, applying, baseDir),
  };
}

function copyOverview(creative: Creative, applying: readonly ActiveRule[], messages: readonly (readonly [number, LintMessage])[], lines: LineIndex): CopyOverview[] {
  const values = selectFields(creative.data, ['copy.*']).flatMap(textItems);
  const limits = new Map<string, DisplayLimit[]>();
  for (const { rule, platforms } of applying) {
    const params = rule.definition as unknown as LengthParams;
    if (rule.check.id !== 'length' || params.max === undefined) continue;
    for (const item of selectFields(creative.data, rule.fields).flatMap(textItems)) {
      const { actual, cut, end } = measureValue(params, item.text);
      const limit: DisplayLimit = { ruleId: rule.id, platforms, severity: rule.severity as Severity, max: params.max, unit: UNIT_NAMES[params.unit ?? 'chars'], actual, cut, end };
      limits.set(item.path, [...(limits.get(item.path) ?? []), limit]);
    }
  }
  return values.map(({ path: field, text }) => ({
    field,
    text,
    limits: limits.get(field) ?? [],
    marks: messages.flatMap(([i, m]) => {
      const range = m.field === field ? valueRange(creative, field, lines.offset(m.line, m.column), lines.offset(m.endLine, m.endColumn)) : null;
      return range ? [{ message: i, range }] : [];
    }),
  }));
}

/** The value units whose source lies within [start, end) of the file: the inverse of the engine's value-to-source map. */
function valueRange(creative: Creative, field: string, start: number, end: number): [number, number] | null {
  const map = creative.texts.get(field)?.map;
  if (!map || end <= start) return null;
  let from = -1;
  let to = -1;
  for (let i = 0; i < map.starts.length; i++) {
    if (map.starts[i]! >= start && map.ends[i]! <= end) {
      if (from < 0) from = i;
      to = i + 1;
    }
  }
  return from < 0 ? null : [from, to];
}

function mediaOverview(creative: Creative, applying: readonly ActiveRule[], baseDir: string): MediaOverview[] {
  const media = creative.data.media ?? [];
  const accepts = new Map<number, MediaOverview['accepts']>();
  for (const { rule, platforms } of applying) {
    const ratios = (rule.definition as { ratios?: string[] }).ratios;
    if (rule.check.id !== 'image' || !ratios) continue;
    let fields = selectFields(creative.data, rule.fields);
    if (rule.applies.roles) fields = fieldsForRoles(fields, creative.data, rule.applies.roles);
    for (const entry of mediaEntries(fields)) {
      const index = Number(/^media\[(\d+)\]/.exec(entry.pathField)?.[1] ?? -1);
      if (index >= 0) accepts.set(index, [...(accepts.get(index) ?? []), { ruleId: rule.id, platforms, ratios }]);
    }
  }
  return media.flatMap((m, i) =>
    typeof m?.path === 'string'
      ? [{ field: `media[${i}]`, path: m.path, abs: path.resolve(baseDir, m.path), ...(m.role ? { role: m.role } : {}), accepts: accepts.get(i) ?? [] }]
      : [],
  );
}
