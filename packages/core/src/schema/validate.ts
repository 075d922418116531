import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corePath, coreRequire } from '../package-paths.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { fillTemplate, worded, type Language } from '../model/wording.js';
import { SCHEMA_PARTS, SCHEMA_PROBLEMS, schemaWording, type SchemaWording } from './problems.js';
import type { default as AjvModule } from 'ajv';

type AjvClass = AjvModule.default;

export type SchemaName = 'creative' | 'pack' | 'config' | (string & {});

/** One set of options for the build-time and run-time compilers, so both validate alike. */
export const AJV_OPTIONS = { allErrors: true, strict: false, allowUnionTypes: true } as const;

const schemaDir = corePath('schema');
let ajv: AjvClass | undefined;
const compiled = new Map<string, ValidateFunction>();
const currentKeys = new Map<string, string>();

/**
 * Validators generated at build time, one ajv standalone module per schema key (see
 * scripts/precompile-validators.mjs): compiling schemas at start-up cost more than everything else
 * in a one-file run, which is what a pre-commit hook does, and so did compiling one module holding
 * all of them. Running from source (tests), they are absent and ajv compiles on demand.
 */
export const PRECOMPILED_DIR = corePath('dist', 'validators');

/**
 * The module of one key. Any mapping of ':' would do: the key ends in the schema's hash, so a
 * file found under a name is the validator of exactly the schema that hashed to it.
 */
export function precompiledFile(key: string): string {
  return path.join(PRECOMPILED_DIR, `${key.replace(/:/g, '_')}.cjs`);
}

function precompiledValidator(key: string): ValidateFunction | undefined {
  try {
    return coreRequire(precompiledFile(key)) as ValidateFunction;
  } catch {
    return undefined;
  }
}

function instance(): AjvClass {
  if (!ajv) {
    // Loaded only when a schema was not precompiled.
    const Ajv = (coreRequire('ajv') as { default: new (options: typeof AJV_OPTIONS) => AjvClass }).default;
    ajv = new Ajv(AJV_OPTIONS);
  }
  return ajv;
}

export function schemaPath(name: SchemaName): string {
  return path.join(schemaDir, `${name}.schema.json`);
}

/**
 * A published schema as adlint validates with it. The creative schema's `vocabulary` (the value
 * lists generated from the packs, scripts/gen-schema-vocabulary.mjs) is for editors: adlint checks
 * those values itself, at their position with a did-you-mean, aliases in any case and packs from
 * config included, so here it constrains nothing.
 */
export function readSchema(name: SchemaName): object {
  const schema = JSON.parse(readFileSync(path.join(schemaDir, `${name}.schema.json`), 'utf8')) as { definitions?: Record<string, unknown> };
  if (name === 'creative' && schema.definitions?.vocabulary) schema.definitions.vocabulary = {};
  return schema;
}

/** The validator for one of the published schemas (`schema/<name>.schema.json`), compiled once per process. */
export function validator(name: SchemaName): ValidateFunction {
  return compileSchema(name, () => readSchema(name));
}

/** A validator by key: the build-time one when present and current, else compiled from `schema()` once. */
export function compileSchema(key: string, schema: () => object): ValidateFunction {
  let v = compiled.get(key);
  if (!v) {
    v = precompiledValidator(currentKey(key, schema)) ?? instance().compile(schema());
    compiled.set(key, v);
  }
  return v;
}

/** Keys carry a hash of the schema, so a stale build can never validate against an old schema. */
export function precompiledKey(key: string, schema: object): string {
  return `${key}@${createHash('sha1').update(JSON.stringify(schema)).digest('hex').slice(0, 12)}`;
}

/**
 * `key` with the hash of its schema as this process has it, computed once per process: what the
 * build recorded for a validator or for data it validated (see yaml-file.ts) is current only when it
 * names this.
 */
export function currentKey(key: string, schema: () => object): string {
  let current = currentKeys.get(key);
  if (current === undefined) currentKeys.set(key, (current = precompiledKey(key, schema())));
  return current;
}

/** currentKey of a published schema. */
export function schemaKey(name: SchemaName): string {
  return currentKey(name, () => readSchema(name));
}

export interface SchemaProblem {
  /** Path segments into the validated value. */
  path: (string | number)[];
  /** True when the problem is the key itself (an unknown property). */
  atKey: boolean;
  /** In English, for pack and config errors; `wording` words it in other languages. */
  reason: string;
  wording: SchemaWording;
}

/** The most useful ajv error, as a path and a one-line reason a user can act on. */
export function describeSchemaErrors(errors: ErrorObject[] | null | undefined): SchemaProblem | null {
  return describeAllSchemaErrors(errors)[0] ?? null;
}

/**
 * One problem per offending node: errors are grouped by instance path, a group is dropped when a
 * deeper group explains it (an `anyOf` on a list whose item has the wrong type), and each group
 * is described by its most specific error.
 */
export function describeAllSchemaErrors(errors: ErrorObject[] | null | undefined): SchemaProblem[] {
  if (!errors || errors.length === 0) return [];
  const groups = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    const key = e.keyword === 'additionalProperties' ? `${e.instancePath}/${String((e.params as Record<string, unknown>).additionalProperty)}` : e.instancePath;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const keys = [...groups.keys()];
  const problems: SchemaProblem[] = [];
  for (const key of keys) {
    if (keys.some((k) => k !== key && k.startsWith(`${key}/`) && !isAdditional(groups.get(k)!))) continue;
    const group = groups.get(key)!;
    const alternatives = group.find((e) => e.keyword === 'anyOf');
    if (alternatives && group.every((e) => e === alternatives || e.keyword === 'required')) {
      // `anyOf: [{required: [min]}, {required: [max]}]` means "at least one of these".
      const names = group.filter((e) => e.keyword === 'required').map((e) => String((e.params as Record<string, unknown>).missingProperty));
      problems.push(worded_(pathOf(alternatives), false, { messageId: 'needs-one-of', data: { names: names.join(', ') }, parts: {} }));
      continue;
    }
    const best = [...group].sort((a, b) => depth(b) - depth(a))[0]!;
    problems.push(describe(best));
  }
  // Unknown fields first: a typo usually explains the other problems too.
  return problems.sort((a, b) => Number(b.atKey) - Number(a.atKey));
}

function pathOf(e: ErrorObject): (string | number)[] {
  return e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function isAdditional(group: ErrorObject[]): boolean {
  return group.every((e) => e.keyword === 'additionalProperties');
}

function describe(best: ErrorObject): SchemaProblem {
  const path = pathOf(best);
  const field = formatPath(path);
  const p = best.params as Record<string, unknown>;
  const inParent = path.length ? SCHEMA_PARTS['in-parent'] : undefined;
  switch (best.keyword) {
    case 'additionalProperty':
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      return worded_([...path, name], true, { messageId: 'unknown-field', data: { name, parent: field }, parts: { in_parent: inParent, near_hint: undefined } });
    }
    case 'required':
      return worded_(path, false, { messageId: 'missing-field', data: { name: String(p.missingProperty), parent: field }, parts: { in_parent: inParent } });
    case 'enum':
      return worded_(path, false, { messageId: 'not-allowed', data: { field, allowed: (p.allowedValues as unknown[]).map(String).join(', ') }, parts: { subject: path.length ? SCHEMA_PARTS.field : SCHEMA_PARTS.document } });
    default:
      return worded_(path, false, schemaWording(best, field));
  }
}

function worded_(path: (string | number)[], atKey: boolean, wording: SchemaWording): SchemaProblem {
  return { path, atKey, reason: schemaReason(wording), wording };
}

/** A schema problem's words in one language (English: the `reason` pack and config errors give). */
export function schemaReason(w: SchemaWording, language: Language = 'en'): string {
  const { wording } = worded(SCHEMA_PROBLEMS, w.messageId, w.data, w.parts);
  return fillTemplate(wording[language], w.data);
}

function depth(e: ErrorObject): number {
  const keywordPenalty = e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'oneOf' ? -0.5 : 0;
  const extra = e.keyword === 'additionalProperties' || e.keyword === 'required' ? 0.25 : 0;
  return e.instancePath.split('/').length + keywordPenalty + extra;
}

/** `creatives[1].copy.headlines[0]`: the field path style users see everywhere else. */
export function formatPath(path: (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');
}
