import type { Hover, Position } from 'vscode-languageserver';
import type { LintMessage, Linter, RuleDefinition } from '@adlint/core';
import { rangeOf } from './diagnostics.js';

const CONFIDENCE: Record<string, string> = {
  documented: 'documented (the platform publishes it)',
  reported: 'reported (seen in reviews, not published)',
  uncertain: 'uncertain',
};

/** The pack rule behind a message id (`<pack>/<rule>`), or null for adlint's own messages. */
export function ruleOf(linter: Linter, ruleId: string): RuleDefinition | null {
  const slash = ruleId.indexOf('/');
  const packId = ruleId.slice(0, slash);
  if (slash <= 0 || !linter.packs.has(packId)) return null;
  return linter.packs.get(packId).rules.find((r) => r.id === ruleId.slice(slash + 1)) ?? null;
}

/**
 * What the findings under the cursor mean: the message, what the rule checks, the platform's
 * rejection reasons it anticipates, its source and how sure the pack is of it.
 */
export function hoverFor(linter: Linter, messages: readonly LintMessage[], position: Position): Hover | null {
  const here = messages.filter((m) => contains(rangeOf(m), position));
  if (!here.length) return null;
  const sections = here.map((m) => {
    const rule = ruleOf(linter, m.ruleId);
    const out = [`**${m.ruleId}** · ${m.severity}${m.platform ? ` · ${m.platform}` : ''}`, '', m.message];
    if (rule?.description) out.push('', `*Checks:* ${rule.description}`);
    if (m.reasons?.length) {
      out.push('', '*Review reasons it anticipates:*');
      for (const r of m.reasons) out.push(`- ${r.platform}${r.code ? ` ${r.code}` : ''}: “${r.text}” ([source](${r.source}))`);
    }
    const source = m.source ?? rule?.source;
    if (source) out.push('', `*Source:* ${/^https?:\/\//.test(source) ? `[${source}](${source})` : source}`);
    if (rule) out.push(`*Confidence:* ${CONFIDENCE[rule.confidence] ?? rule.confidence}`);
    if (m.fix) out.push('', 'A quick fix is available.');
    else if (m.suggestions?.length) out.push('', `Suggestions: ${m.suggestions.map((s) => s.desc).join('; ')}`);
    return out.join('\n');
  });
  return { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') }, range: rangeOf(here[0]!) };
}

function contains(range: ReturnType<typeof rangeOf>, p: Position): boolean {
  const after = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const before = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return after && before;
}
