import type { ErrorObject } from 'ajv';
import { didYouMeanHint } from '../text/did-you-mean.js';
import { readSchema, type SchemaProblem } from './validate.js';

type Schema = { properties?: Record<string, unknown>; $ref?: string; [key: string]: unknown };

const pointer = (path: readonly (string | number)[]): string =>
  path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** The schema object at an ajv `schemaPath` (`#/properties/overrides/items/additionalProperties`), following local `$ref`s. */
function schemaAt(root: Schema, schemaPath: string): Schema | undefined {
  let node: unknown = root;
  for (const raw of schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    while (node && typeof node === 'object' && typeof (node as Schema).$ref === 'string') node = schemaAt(root, (node as Schema).$ref!);
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
  }
  return node && typeof node === 'object' ? (node as Schema) : undefined;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const seg of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
  return node;
}

/**
 * The problem's reason with a did-you-mean tail: an unknown key is compared with the keys the
 * schema allows at that place (`platform` → `platforms`), a value outside an enum with the
 * enum's values (`warnin` → `warning`).
 */
export function withSuggestion(problem: SchemaProblem, errors: readonly ErrorObject[], data: unknown, schemaName: string): string {
  if (problem.atKey) {
    const key = String(problem.path[problem.path.length - 1]);
    const at = pointer(problem.path.slice(0, -1));
    const error = errors.find((e) => e.keyword === 'additionalProperties' && e.instancePath === at && (e.params as { additionalProperty?: string }).additionalProperty === key);
    if (!error) return problem.reason;
    const parent = schemaAt(readSchema(schemaName) as Schema, error.schemaPath.replace(/\/additionalProperties$/, ''));
    return problem.reason + didYouMeanHint(key, Object.keys(parent?.properties ?? {}));
  }
  const error = errors.find((e) => e.keyword === 'enum' && e.instancePath === pointer(problem.path));
  const value = valueAt(data, problem.path);
  if (!error || typeof value !== 'string') return problem.reason;
  return problem.reason + didYouMeanHint(value, ((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(String));
}
