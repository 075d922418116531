import { stringify } from 'yaml';
import { COMMON_RULE_KEYS, exampleCreative } from '@adlint/core';
import { linterForFolder } from '../project-linter.js';

/** `adlint explain <pack>/<rule>`: what it checks, why, where the rule comes from, and its examples. */
export function explainRule(ruleId: string): number {
  const linter = linterForFolder(process.cwd());
  const slash = ruleId.indexOf('/');
  const packId = ruleId.slice(0, slash);
  if (slash <= 0 || !linter.packs.has(packId)) {
    process.stderr.write(`adlint: unknown rule "${ruleId}" (expected <pack>/<rule>; packs: ${linter.packs.ids().join(', ')})\n`);
    return 2;
  }
  const pack = linter.packs.get(packId);
  const index = pack.rules.findIndex((r) => r.id === ruleId.slice(slash + 1));
  if (index < 0) {
    process.stderr.write(`adlint: pack "${packId}" has no rule "${ruleId.slice(slash + 1)}"; run \`adlint rules -p ${packId}\`\n`);
    return 2;
  }
  const rule = linter.activeRules([packId]).find((a) => a.rule.id === ruleId)!.rule;
  const def = rule.definition;
  const params = Object.fromEntries(Object.entries(def).filter(([k]) => !(COMMON_RULE_KEYS as readonly string[]).includes(k)));
  let out = `${rule.id}  (${pack.name}, pack version ${pack.version})\n\n`;
  if (def.description) out += `${def.description}\n\n`;
  out += `check:      ${rule.check.id} — ${rule.check.description}\n`;
  out += `severity:   ${rule.severity}\n`;
  out += `confidence: ${rule.confidence}\n`;
  out += `source:     ${rule.source}\n`;
  out += `fields:     ${rule.fields.join(', ')}\n`;
  const applies = { ...rule.applies };
  delete applies.fields;
  if (Object.keys(applies).length) out += `applies:    ${JSON.stringify(applies)}\n`;
  if (Object.keys(params).length) out += `parameters: ${JSON.stringify(params)}\n`;
  out += `message:    ${rule.message}\n`;
  if (rule.supersedes.length) out += `supersedes: ${rule.supersedes.join(', ')} (not reported where this rule reports the same words)\n`;
  if (def.note) out += `\nnote: ${def.note}\n`;
  out += `\nExamples that trigger it:\n${indent(stringify(def.examples.invalid.map(exampleCreative)))}`;
  out += `\nExamples that must not trigger it:\n${indent(stringify(def.examples.valid.map(exampleCreative)))}`;
  process.stdout.write(out);
  return 0;
}

function indent(text: string): string {
  return text.replace(/^/gm, '    ');
}
