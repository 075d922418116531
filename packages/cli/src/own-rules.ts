import type { RuleMeta } from './formatters/types.js';
import { DOCS_URL } from './version.js';

/** adlint's own message ids (problems with a file or a directive, not with a pack's rule), for reports that describe every rule. */
const OWN: Record<string, { description: string; doc: string; severity: RuleMeta['severity'] }> = {
  'adlint/parse': { description: 'The file could not be read as a creative (syntax, encoding, size or a system error).', doc: 'creatives.md', severity: 'error' },
  'adlint/schema': { description: 'A creative field is unknown or has the wrong type.', doc: 'creatives.md', severity: 'error' },
  'adlint/unknown-platform': { description: 'A creative names a platform that no pack defines.', doc: 'creatives.md', severity: 'error' },
  'adlint/no-platform': { description: 'No platform applies to the creative, so no platform rule checked it.', doc: 'creatives.md', severity: 'warning' },
  'adlint/limit': { description: 'Part of the file was not checked because it is past a configured limit.', doc: 'limits.md', severity: 'warning' },
  'adlint/fix': { description: 'A fix could not be applied (fixes overlap, or the file changed on disk).', doc: 'fixing.md', severity: 'error' },
  'adlint/unknown-rule-in-directive': { description: 'A disable directive names a rule that no known pack has.', doc: 'directives.md', severity: 'warning' },
  'adlint/missing-disable-reason': { description: 'A disable directive does not say why after " -- ".', doc: 'directives.md', severity: 'warning' },
  'adlint/unknown-directive': { description: 'A comment starts with "adlint-" but is no directive.', doc: 'directives.md', severity: 'warning' },
  'adlint/unused-disable-directive': { description: 'A disable directive silenced nothing.', doc: 'directives.md', severity: 'warning' },
};

/** What reports say about one of adlint's own ids; an id added later still gets a description and a page. */
export function ownRuleMeta(ruleId: string): RuleMeta {
  const own = OWN[ruleId] ?? { description: `adlint reported a problem with the file (${ruleId}).`, doc: 'creatives.md', severity: 'warning' as const };
  return { description: own.description, severity: own.severity, pack: 'adlint', platform: 'adlint', docsUrl: `${DOCS_URL}${own.doc}` };
}
