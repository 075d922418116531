// Writes the value lists of the creative JSON Schema (`definitions.vocabulary` of
// packages/core/schema/creative.schema.json) from the packs and rules/categories.yaml, so editors
// complete platforms, placements, categories and media roles and flag the ones that name nothing.
// adlint itself ignores this part of the schema (it checks the values with positions and
// did-you-means, aliases in any case and config packs included: packages/core/src/schema/validate.ts).
//   node scripts/gen-schema-vocabulary.mjs           rewrite the value lists
//   node scripts/gen-schema-vocabulary.mjs --check   exit 1 when they are stale
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter, packPlacements, packRoles } from '@adlint/core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const creativeSchema = path.join(root, 'packages/core/schema/creative.schema.json');

/** An enum with a description per value (VS Code and yaml-language-server show them while completing). */
function valueList(values) {
  const names = [...values.keys()];
  return { enum: names, markdownEnumDescriptions: names.map((n) => values.get(n)) };
}

/** Adds `name` (an id or an alias) with what it stands for; the first description wins. */
function put(values, name, description) {
  if (!values.has(name)) values.set(name, description);
}

export function renderVocabulary() {
  const linter = new Linter();
  const platforms = new Map();
  const placements = new Map();
  const roles = new Map();
  const placementOwners = new Map();
  const narrowing = [];
  for (const id of linter.packs.ids()) {
    const pack = linter.packs.get(id);
    put(platforms, id, pack.name);
    for (const alias of pack.aliases ?? []) put(platforms, alias, `${pack.name}: read as \`${id}\``);
    const own = packPlacements(pack);
    if (own) {
      const names = [];
      for (const p of own.ids()) {
        const def = own.definitions[p];
        names.push(p, ...(def.aliases ?? []));
        for (const name of [p, ...(def.aliases ?? [])]) placementOwners.set(name, [...(placementOwners.get(name) ?? []), `${id}: ${name === p ? '' : `read as \`${p}\`; `}${def.description ?? ''}`]);
      }
      // A creative for this platform alone may write only its placements.
      narrowing.push({
        if: { required: ['platforms'], properties: { platforms: { type: 'array', minItems: 1, maxItems: 1, items: { enum: [id, ...(pack.aliases ?? [])] } } } },
        then: { properties: { placement: { enum: [...new Set(names)] } } },
      });
    }
    const ownRoles = packRoles(pack);
    for (const r of ownRoles?.ids() ?? []) {
      const def = ownRoles.definitions[r];
      put(roles, r, def.description ?? r);
      for (const alias of def.aliases ?? []) put(roles, alias, `read as \`${r}\``);
    }
  }
  for (const [name, owners] of [...placementOwners].sort(([a], [b]) => a.localeCompare(b))) placements.set(name, owners.join('\n\n'));
  const categories = new Map();
  const taxonomy = linter.taxonomy;
  for (const id of taxonomy.ids()) {
    const c = taxonomy.info(id);
    put(categories, id, c.parent ? `${c.name} (a kind of \`${c.parent}\`)` : c.name);
  }
  for (const id of taxonomy.ids()) for (const alias of taxonomy.info(id).aliases ?? []) put(categories, alias, `${taxonomy.info(id).name}: read as \`${id}\``);
  return {
    description: 'Generated from the packs and rules/categories.yaml by scripts/gen-schema-vocabulary.mjs: the values editors complete and flag. adlint checks them itself (docs/creatives.md).',
    properties: {
      platforms: { items: valueList(platforms) },
      placement: valueList(placements),
      category: valueList(categories),
      media: { items: { properties: { role: valueList(roles) } } },
    },
    allOf: narrowing,
  };
}

export function currentAndExpected() {
  const text = readFileSync(creativeSchema, 'utf8');
  const schema = JSON.parse(text);
  schema.definitions.vocabulary = renderVocabulary();
  return { text, expected: `${JSON.stringify(schema, null, 2)}\n` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { text, expected } = currentAndExpected();
  if (process.argv.includes('--check')) {
    if (text !== expected) {
      console.error('packages/core/schema/creative.schema.json: the value lists are stale; run `pnpm docs:rules`');
      process.exit(1);
    }
  } else if (text !== expected) {
    writeFileSync(creativeSchema, expected);
  }
}
