import { tempProject } from './cli.js';

/** A pack `t` of tight length limits, so a test can point at the characters past a limit. */
const LIMITS_PACK = `id: t
name: Test limits
version: "1"
rules:
${[
  ['title', 'copy.title', 12],
  ['headline', 'copy.headline', 12],
  ['bullet', 'copy.bullets[*]', 20],
  ['alt', 'copy.alt[*]', 8],
  ['description', 'copy.description', 15],
  ['search-terms', 'copy.search_terms', 10],
  ['body', 'copy.body', 40],
]
  .map(([id, field, max]) => `  - id: ${id}-length
    check: length
    severity: error
    applies: { fields: ["${field}"] }
    max: ${max}
    message: "{{field}} is {{actual}} characters, over {{max}}"
    source: test
    confidence: documented
    examples: { valid: [{}], invalid: [{}] }
`)
  .join('')}`;

export const LIMITS_CONFIG = 'packs: [rules/t.yaml]\nplatforms: [t]\n';

/** A temporary project with the limits pack and a config that checks every creative against it. */
export function limitsProject(files: Record<string, string>, config = LIMITS_CONFIG): string {
  return tempProject({ 'rules/t.yaml': LIMITS_PACK, '.adlint.yaml': config, ...files });
}
