import type { Creative } from '../model/creative.js';
import type { LintMessage, Severity, Suggestion } from '../model/message.js';
import type { CompiledRule } from '../model/pack.js';
import type { LineIndex } from '../text/line-index.js';
import { fieldsForRoles, ruleApplies } from './applies.js';
import { selectFields } from '../model/fields.js';
import { scalarEdit, spanOf, toFileEdit } from './positions.js';
import { fillTemplate } from './template.js';
import type { Report } from '../model/check.js';

/** A compiled rule and the platforms of the creative that brought it in. */
export interface ActiveRule {
  rule: CompiledRule;
  platforms: string[];
}

export async function lintCreative(creative: Creative, active: ActiveRule[], lines: LineIndex, baseDir: string): Promise<LintMessage[]> {
  const messages: LintMessage[] = [];
  for (const { rule, platforms } of active) {
    if (rule.severity === 'off' || !ruleApplies(rule.applies, creative.data)) continue;
    let fields = selectFields(creative.data, rule.fields);
    if (rule.applies.roles) fields = fieldsForRoles(fields, creative.data, rule.applies.roles);
    const reports = await rule.run({ creative, fields, baseDir });
    for (const report of reports) messages.push(toMessage(creative, rule, platforms, report, lines));
  }
  return messages;
}

function toMessage(creative: Creative, rule: CompiledRule, platforms: string[], report: Report, lines: LineIndex): LintMessage {
  const [start, end] = spanOf(creative, report.field, report.range);
  const from = lines.position(start);
  const to = lines.position(end);
  const data = { field: report.field ?? 'creative', platform: platforms.join(', '), ...report.data };
  const messageId = report.messageId ?? (typeof report.data?.aspect === 'string' ? report.data.aspect : rule.check.id);
  const message: LintMessage = {
    ruleId: rule.id,
    messageId,
    severity: rule.severity as Severity,
    message: fillTemplate(report.message ?? rule.messages[messageId] ?? rule.message, data),
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
