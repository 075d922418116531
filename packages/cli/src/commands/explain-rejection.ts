import { matchRejection, type CompiledRule, type RejectionMatch } from '@adlint/core';
import { UsageError } from '../errors.js';
import { runLint } from '../lint-command.js';
import { linterForFolder } from '../project-linter.js';

export interface ExplainRejectionOptions {
  platform: string[];
  format: string;
}

/**
 * `adlint explain --rejection "<text>" [paths]`: the rules that anticipate a pasted rejection,
 * best match first; with paths, those files linted with just those rules.
 */
export async function explainRejection(text: string, paths: string[], options: ExplainRejectionOptions): Promise<number> {
  if (text.trim() === '') throw new UsageError('--rejection needs the text of the rejection, e.g. adlint explain --rejection "Capitalization"');
  const linter = linterForFolder(process.cwd());
  const names = options.platform.flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean);
  linter.assertPlatforms(names, '--platform: ');
  const platforms = linter.canonicalPlatforms(names);
  const rules = new Map<string, CompiledRule>();
  for (const id of platforms.length ? platforms : linter.packs.ids()) {
    for (const { rule } of linter.activeRules([id])) rules.set(rule.id, rule);
  }
  const matches = matchRejection(text, rules.values(), platforms);
  if (matches.length === 0) {
    const where = platforms.length ? ` of ${platforms.join(', ')}` : '';
    process.stderr.write(`adlint: no rule${where} anticipates this rejection. Try the reason's name alone (e.g. "Capitalization", "绝对化用语"), another --platform, or \`adlint rules --format json\` to see every known reason.\n`);
    return 1;
  }
  process.stdout.write(describe(matches));
  if (paths.length === 0) return 0;
  process.stdout.write(`\nLinting ${paths.join(' ')} with only these rules:\n`);
  return runLint(paths, { platform: platforms, format: options.format, ignore: true, onlyRules: matches.map((m) => m.rule.id) });
}

function describe(matches: RejectionMatch[]): string {
  let out = `${matches.length > 1 ? `${matches.length} rules anticipate` : '1 rule anticipates'} this rejection, best match first:\n`;
  for (const { rule, reason, score } of matches) {
    out += `\n${rule.id}  (${Math.round(score * 100)}% match)\n`;
    out += `  reason:  ${reason.platform}: ${reason.code ? `${reason.code} — ` : ''}${reason.text}  (${reason.source})\n`;
    if (rule.definition.description) out += `  checks:  ${rule.definition.description}\n`;
    // The message template is where packs say what to change; placeholders stand for the finding.
    out += `  fix:     ${rule.message.replace(/\{\{\s*(\w+)\s*\}\}/g, '‹$1›')}\n`;
    out += `  source:  ${rule.source}\n`;
  }
  return out;
}
