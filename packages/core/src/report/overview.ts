/**
 * What a visual report shows about each creative beyond its messages: its copy, the display
 * limits its platforms' rules set on each copy value, its media and the ratios its rules accept,
 * as each check's preview hooks say. Built from the same compiled rules the lint ran, so previews
 * cut where checks cut.
 */
import path from 'node:path';
import type { DisplayCut } from '../model/check.js';
import type { Creative, CreativeData } from '../model/creative.js';
import type { LintMessage, Severity } from '../model/message.js';
import { fieldsForRoles, ruleApplies } from '../engine/applies.js';
import { selectFields, textItems } from '../model/fields.js';
import type { ActiveRule } from '../engine/lint.js';
import { mediaEntries } from '../media/entries.js';
import type { LineIndex } from '../text/line-index.js';
import type { Pack } from '../model/pack.js';
import { platformPreview, type PlatformPreview } from '../packs/preview.js';

/** Where a rule (a length rule with a `max`) cuts one copy value. */
export interface DisplayLimit extends DisplayCut {
  ruleId: string;
  platforms: string[];
  severity: Severity;
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
  /** As written: previews show the domain people see. */
  landingUrl?: string;
  displayUrl?: string;
  /** Indexes into the file's messages about this creative. */
  messages: number[];
  copy: CopyOverview[];
  media: MediaOverview[];
  /** How each platform that draws one shows the creative, in the platforms' order. */
  previews: PlatformPreview[];
}

/** One creative of a file with the platforms and rules it is linted against. */
export interface LintedCreative {
  creative: Creative;
  platforms: string[];
  rules: readonly ActiveRule[];
  lines: LineIndex;
  /** The creative as each platform's rules see it (placement resolved, the default where none is written). */
  views?: ReadonlyMap<string, CreativeData>;
}

/** What the overview needs of a linter: a file's creatives as the lint saw them. */
export interface CreativeSource<S> {
  /** The packs the platforms name: their `preview:` says how each platform draws a creative. */
  packs: { has(id: string): boolean; get(id: string): Pack };
  creatives(filePath: string, settings: S, text?: string): AsyncIterable<LintedCreative>;
}

/**
 * What a visual report shows of each creative of a linted file (copy, display limits, media),
 * with the file's messages assigned by the creative each is stamped with. `text` is given when
 * the file was linted from standard input; a file that cannot be read has no creatives.
 */
export async function fileOverview<S>(linter: CreativeSource<S>, filePath: string, settings: S, messages: readonly LintMessage[], text?: string): Promise<CreativeOverview[]> {
  const baseDir = path.dirname(path.resolve(filePath));
  const out: CreativeOverview[] = [];
  for await (const { creative, platforms, rules, lines, views } of linter.creatives(filePath, settings, text)) {
    const mine = messages.flatMap((m, i) => (m.creative === creative.index ? [i] : []));
    const previews = platforms.flatMap((p) => (linter.packs.has(p) ? [platformPreview(linter.packs.get(p), creative.data)] : [])).filter((p) => p !== null);
    out.push({ ...creativeOverview(creative, platforms, rules, messages, mine, lines, baseDir, views), previews });
  }
  return out;
}

/** `mine`: indexes into `messages` of those about this creative. */
function creativeOverview(
  creative: Creative,
  platforms: string[],
  active: readonly ActiveRule[],
  messages: readonly LintMessage[],
  mine: number[],
  lines: LineIndex,
  baseDir: string,
  views?: ReadonlyMap<string, CreativeData>,
): Omit<CreativeOverview, 'previews'> {
  const { data } = creative;
  // A rule applies as any of its platforms sees the creative, as in the lint (engine/lint.ts).
  const applying = active.filter(({ rule, platforms: of }) => rule.severity !== 'off' && of.some((p) => ruleApplies(rule.applies, views?.get(p) ?? data, creative.inferredCategories)));
  return {
    index: creative.index,
    ...(typeof data.name === 'string' ? { name: data.name } : {}),
    platforms,
    ...(data.placement ? { placement: data.placement } : {}),
    ...(data.locale ? { locale: data.locale } : {}),
    ...(typeof data.landing_url === 'string' ? { landingUrl: data.landing_url } : {}),
    ...(typeof data.display_url === 'string' ? { displayUrl: data.display_url } : {}),
    messages: mine,
    copy: copyOverview(creative, applying, mine.map((i) => [i, messages[i]!] as const), lines),
    media: mediaOverview(creative, applying, baseDir),
  };
}

function copyOverview(creative: Creative, applying: readonly ActiveRule[], messages: readonly (readonly [number, LintMessage])[], lines: LineIndex): CopyOverview[] {
  const values = selectFields(creative.data, ['copy.*']).flatMap(textItems);
  const limits = new Map<string, DisplayLimit[]>();
  for (const { rule, platforms } of applying) {
    const limitOf = rule.check.preview?.limit;
    if (!limitOf) continue;
    for (const item of selectFields(creative.data, rule.fields).flatMap(textItems)) {
      const cut = limitOf(rule.definition as never, item.text);
      if (!cut) continue;
      const limit: DisplayLimit = { ruleId: rule.id, platforms, severity: rule.severity as Severity, ...cut };
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
    const ratios = rule.check.preview?.ratios?.(rule.definition as never);
    if (!ratios) continue;
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
