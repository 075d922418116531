import { describe, expect, it } from 'vitest';
import { crossAreaImports, type CrossAreaImport } from '../scripts/import-graph.mjs';

/**
 * Dependencies in packages/core/src run one way: a module may import from its own layer's areas or
 * from layers below it, never above. Shared contracts live in model/, so nothing needs to reach up
 * for a type. `node scripts/import-graph.mjs` prints the graph this test reads.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['text', 'package-paths', 'fs'],
  ['model'],
  ['schema'],
  ['readers', 'media', 'matchers', 'landing'],
  ['engine'],
  // Names of categories and other pack vocabulary: read by packs when compiling rules and by the
  // linter when normalising a creative, after the engine's positions.
  ['vocabulary'],
  ['checks'],
  ['packs'],
  ['linter'],
  // The .adlint.yaml cascade: file settings for the linter, shared by the CLI and the language server.
  ['fix', 'report', 'review', 'config'],
  // The package's entry points: the library, and the few modules the CLI's launcher loads before its bundle.
  ['index', 'launch'],
];

/**
 * Imports the order allows but the design does not: fixing and the report work from messages and
 * check hooks, so they neither lint again nor know one check from another.
 */
const FORBIDDEN: readonly [from: string, to: string][] = [
  ['fix', 'linter'],
  ['report', 'linter'],
  ['report', 'checks'],
];

/** Known wrong-way imports still to be undone (`from -> to` file paths). Shrinks to empty. */
const KNOWN_VIOLATIONS: readonly string[] = [
];

const layerOf = new Map(LAYERS.flatMap((areas, i) => areas.map((a) => [a, i] as const)));

/** Why an import breaks the architecture, or null when it is allowed. */
function violation({ fromArea, toArea }: CrossAreaImport): string | null {
  const from = layerOf.get(fromArea);
  const to = layerOf.get(toArea);
  if (from === undefined || to === undefined) return `area "${from === undefined ? fromArea : toArea}" has no layer`;
  if (to > from) return `${fromArea} (layer ${from}) imports ${toArea} (layer ${to}), which is above it`;
  if (FORBIDDEN.some(([f, t]) => f === fromArea && t === toArea)) return `${fromArea} must not import ${toArea}`;
  return null;
}

/** Cycles among areas of one layer (the order cannot see them): each as `a -> b -> a`. */
function cycles(imports: readonly CrossAreaImport[]): string[] {
  const next = new Map<string, Set<string>>();
  for (const i of imports) next.set(i.fromArea, (next.get(i.fromArea) ?? new Set()).add(i.toArea));
  const found = new Set<string>();
  const walk = (area: string, trail: string[]): void => {
    for (const to of next.get(area) ?? []) {
      if (to === trail[0]) found.add([...trail, to].join(' -> '));
      else if (!trail.includes(to) && to > trail[0]!) walk(to, [...trail, to]);
    }
  };
  for (const area of next.keys()) walk(area, [area]);
  return [...found];
}

describe('core architecture', () => {
  const imports = crossAreaImports();

  it('reads the imports between areas', () => {
    expect(imports.length).toBeGreaterThan(50);
    expect(imports).toContainEqual(expect.objectContaining({ fromArea: 'index', toArea: 'linter' }));
  });

  it('has every import go down the layers (text → model → schema → readers/media/matchers/landing → engine → vocabulary → checks → packs → linter → fix/report/review/config → index)', () => {
    const wrong = imports
      .map((i) => ({ edge: `${i.from} -> ${i.to}`, why: violation(i) }))
      .filter((v): v is { edge: string; why: string } => v.why !== null && !KNOWN_VIOLATIONS.includes(v.edge));
    expect(wrong).toEqual([]);
  });

  it('lists only known violations that still exist', () => {
    const stillWrong = new Set(imports.filter((i) => violation(i) !== null).map((i) => `${i.from} -> ${i.to}`));
    expect(KNOWN_VIOLATIONS.filter((edge) => !stillWrong.has(edge))).toEqual([]);
  });

  it('has no cycle between areas of one layer', () => {
    expect(cycles(imports.filter((i) => !KNOWN_VIOLATIONS.includes(`${i.from} -> ${i.to}`)))).toEqual([]);
  });

  it('flags an import that goes the wrong way', () => {
    expect(violation({ from: 'model/x.ts', to: 'engine/y.ts', fromArea: 'model', toArea: 'engine' })).toMatch(/above it/);
    expect(violation({ from: 'fix/x.ts', to: 'linter.ts', fromArea: 'fix', toArea: 'linter' })).toMatch(/must not/);
    expect(violation({ from: 'engine/x.ts', to: 'model/y.ts', fromArea: 'engine', toArea: 'model' })).toBeNull();
  });
});
