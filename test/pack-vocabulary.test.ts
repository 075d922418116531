import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { Linter, bundledRulesDir, packPlacements, packRoles } from '@adlint/core';
import { currentAndExpected } from '../scripts/gen-vocabulary-docs.mjs';
import { adlint, tempProject } from './helpers/cli.js';

const linter = new Linter();

describe('bundled packs name only what exists', () => {
  it('every rule compiles: applies placements, roles, categories, message categories and field selectors resolve', () => {
    // Compiling checks each name against the pack's declarations, the taxonomy and the creative schema.
    for (const id of linter.packs.ids()) expect(() => linter.activeRules([id]), id).not.toThrow();
  });

  it('every example creative uses category ids (not aliases) and placements its pack declares', () => {
    const problems: string[] = [];
    for (const name of readdirSync(bundledRulesDir).filter((n) => n.endsWith('.yaml') && n !== 'categories.yaml')) {
      const pack = linter.packs.get(name.replace(/\.yaml$/, ''));
      const placements = packPlacements(pack);
      const roles = packRoles(pack);
      for (const rule of pack.rules) {
        for (const kind of ['valid', 'invalid'] as const) {
          rule.examples[kind].forEach((ex, i) => {
            const at = `${pack.id}/${rule.id} ${kind}[${i}]`;
            if (typeof ex.category === 'string' && !linter.taxonomy.has(ex.category)) problems.push(`${at}: category "${ex.category}"`);
            if (typeof ex.placement === 'string' && placements && !placements.has(ex.placement)) problems.push(`${at}: placement "${ex.placement}"`);
            for (const m of ex.media ?? []) if (m.role && roles && !roles.has(m.role)) problems.push(`${at}: role "${m.role}"`);
          });
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the category taxonomy file is not mistaken for a pack', () => {
    expect(linter.packs.ids()).not.toContain('categories');
    const data = parse(readFileSync(path.join(bundledRulesDir, 'categories.yaml'), 'utf8')) as { categories: Record<string, unknown> };
    expect(Object.keys(data.categories)).toContain('health_food');
  });

  it('docs/creatives.md lists the placements and categories as the data says (run `pnpm docs:rules` to regenerate)', () => {
    const { current, expected } = currentAndExpected();
    expect(current).toBe(expected);
    expect(expected).toContain('| `in_feed` |');
    expect(expected).toContain('`保健食品`');
  });
});

/** A custom pack with one problem: the run stops with exit 2 and a one-line error at the pack's line and column. */
function packError(packBody: string): string {
  const dir = tempProject({
    '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n',
    'p.yaml': `id: p\nname: P\nversion: "1"\n${packBody}`,
    'a.ad.yaml': 'copy: { title: x }\n',
  });
  const r = adlint(['a.ad.yaml'], { cwd: dir });
  expect(r.code).toBe(2);
  return r.stderr.replace(dir + path.sep, '');
}

const rule = (applies: string, extra = ''): string =>
  `rules:\n  - { id: r, check: terms, severity: error, applies: ${applies}, terms: [x], ${extra}message: m, source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }\n`;

describe('pack load errors name the file, line, column and a did-you-mean', () => {
  it('an unknown placement', () => {
    expect(packError(`placements:\n  feed: { description: d }\n${rule('{ placements: [fead] }')}`)).toMatch(/^adlint: p\.yaml:7:69: rule p\/r: unknown placement "fead" \(did you mean "feed"\?\); the pack's placements: feed, landing_page\n$/);
  });
  it('an alias where the id is meant', () => {
    expect(packError(`placements:\n  story: { description: d, aliases: [stories] }\n${rule('{ placements: [stories] }')}`)).toContain('"stories" is an alias: rules name the id "story"');
  });
  it('a pack that declares no placements but gates on one', () => {
    expect(packError(rule('{ placements: [feed] }'))).toMatch(/p\.yaml:5:\d+: rule p\/r: the rule gates on placement "feed" but the pack declares no `placements:`/);
  });
  it('an unknown category, and a category alias', () => {
    expect(packError(rule('{ categories: [alchohol] }'))).toMatch(/p\.yaml:5:\d+: rule p\/r: unknown category "alchohol" \(did you mean "alcohol"\?\)/);
    expect(packError(rule('{ categories: [finance] }'))).toContain('"finance" is an alias: packs name the id "financial_services"');
  });
  it('an unknown media role', () => {
    expect(packError(`roles:\n  main: { description: d }\n${rule('{ roles: [mainn] }')}`)).toContain('unknown role "mainn" (did you mean "main"?)');
  });
  it('an unknown message category (category: clam)', () => {
    expect(packError(rule('{ fields: [copy.title] }', 'category: clam, '))).toContain('unknown message category "clam" (did you mean "claim"?)');
  });
  it('a dead field selector', () => {
    expect(packError(rule('{ fields: ["copy.titles[*]"] }'))).toContain('field selector "copy.titles[*]" selects nothing: a creative has no field "copy.titles"');
  });
  it('a placement alias claimed by two placements names both', () => {
    expect(packError(`placements:\n  feed: { description: d, aliases: [main] }\n  story: { description: d, aliases: [Main] }\n${rule('{ fields: [copy.title] }')}`)).toMatch(/p\.yaml:6:\d+: placement alias "Main" names both "feed" and "story"/);
  });
  it('a default placement the pack does not declare', () => {
    expect(packError(`placements:\n  feed: { description: d }\ndefault_placement: fed\n${rule('{ fields: [copy.title] }')}`)).toMatch(/p\.yaml:6:20: default_placement "fed" is not one of the pack's placements \(did you mean "feed"\?\)/);
  });
  it('a preview layout for a placement the pack does not declare', () => {
    expect(packError(`placements:\n  feed: { description: d }\npreview:\n  layout: feed-post\n  placements: { stroy: vertical-video }\n${rule('{ fields: [copy.title] }')}`)).toMatch(/p\.yaml:8:17: preview\.placements: "stroy" is not one of the pack's placements: feed, landing_page/);
  });
  it('a preview layout adlint cannot draw', () => {
    expect(packError(`preview: { layout: carousel }\n${rule('{ fields: [copy.title] }')}`)).toMatch(/p\.yaml:4:\d+: .*layout/);
  });
});
