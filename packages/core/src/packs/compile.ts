import type { ValidateFunction } from 'ajv';
import { checkTypes } from '../checks/index.js';
import type { CheckType, CompiledCheck } from '../model/check.js';
import { namesOnlyBuildLexicons } from '../matchers/term-sources.js';
import { isValidSelector } from '../model/fields.js';
import { ConfigError, type MessageCategory, type RejectionReason } from '../model/message.js';
import { compileSchema, currentKey, describeSchemaErrors } from '../schema/validate.js';
import { didYouMeanHint } from '../text/did-you-mean.js';
import { languageOf } from '../model/wording.js';
import { COMMON_RULE_KEYS, type CompiledRule, type Pack, type RuleDefinition, type RuleSetting } from '../model/pack.js';
import { where } from './registry.js';
import type { CategoryTaxonomy } from '../vocabulary/categories.js';
import { resolveRuleVocabulary } from '../vocabulary/rule-vocabulary.js';

/** A rule's parameters must be exactly what its check accepts: typos are pack errors, not silent no-ops. */
export function ruleSchemaFor(check: CheckType<never>): object {
  const { properties, ...rest } = check.paramsSchema;
  const common = Object.fromEntries(COMMON_RULE_KEYS.map((k) => [k, true]));
  return { type: 'object', ...rest, properties: { ...common, ...properties }, additionalProperties: false };
}

function paramValidator(check: CheckType<never>): ValidateFunction {
  return compileSchema(`rule:${check.id}`, () => ruleSchemaFor(check));
}

/**
 * The rule's parameters as written in its pack need no validating when the build validated these
 * very bytes against the check's current parameter schema (a bundled pack, see YamlCacheEntry) and
 * config changes nothing of the rule: the same data against the same schema can only agree. Any
 * setting in config, even a bare severity, validates the rule as config leaves it.
 */
function validatedByBuild(pack: Pack, check: CheckType<never>, setting: RuleSetting | undefined): boolean {
  return setting === undefined && pack.validated?.has(currentKey(`rule:${check.id}`, () => ruleSchemaFor(check))) === true;
}

export function compileRule(pack: Pack, index: number, taxonomy: CategoryTaxonomy, setting?: RuleSetting): CompiledRule {
  const base = pack.rules[index]!;
  const id = `${pack.id}/${base.id}`;
  const fail = (reason: string, at: (string | number)[] = [], atKey = false): never => {
    throw new ConfigError(`rule ${id}: ${reason}`, { file: pack.file, ...where(pack, ['rules', index, ...at], atKey) });
  };
  const check = checkTypes.get(base.check);
  if (!check) fail(`unknown check type "${base.check}"; known: ${[...checkTypes.keys()].join(', ')}`, ['check']);
  const overrides = typeof setting === 'object' ? setting : {};
  const written: RuleDefinition = { ...base, ...overrides } as RuleDefinition;
  if (typeof setting === 'string') written.severity = setting;
  if (!validatedByBuild(pack, check!, setting)) {
    const validate = paramValidator(check!);
    if (!validate(written)) {
      const problem = describeSchemaErrors(validate.errors)!;
      const suffix = Object.keys(overrides).length ? ' (after config overrides)' : '';
      fail(`${problem.reason}${suffix}`, problem.path, problem.atKey);
    }
  }
  const definition = resolveRuleVocabulary(written, pack, taxonomy, fail);
  const fields = definition.applies?.fields ?? check!.defaultFields ?? ['copy.*'];
  fields.forEach((f, i) => {
    if (!isValidSelector(f)) fail(`invalid field selector "${f}"`, ['applies', 'fields', i]);
  });
  const known = Object.keys(check!.messages);
  for (const key of Object.keys(definition.messages ?? {})) {
    if (!known.includes(key)) fail(`messages: "${key}" is not a message of check ${check!.id}${didYouMeanHint(key, known)}; its messages: ${known.join(', ')}`, ['messages', key], true);
  }
  const params = Object.fromEntries(
    Object.entries(definition).filter(([k]) => !(COMMON_RULE_KEYS as readonly string[]).includes(k)),
  );
  const language = languageOf(pack.locale);
  const build = (): CompiledCheck => check!.compile(params as never, {
    ruleId: id,
    packFile: pack.file,
    language,
    fail: (reason, at) => fail(reason, at ?? []),
  });
  const run = isKnownToCompile(pack, setting, params) ? onFirstUse(build) : build();
  return {
    id,
    packId: pack.id,
    definition,
    severity: definition.severity,
    check: check!,
    run,
    applies: definition.applies ?? {},
    fields,
    message: definition.message,
    messages: definition.messages ?? {},
    language,
    source: definition.source,
    confidence: definition.confidence,
    category: (definition.category as MessageCategory | undefined) ?? check!.category,
    reasons: resolveReasons(pack, definition, fail),
    supersedes: resolveSupersedes(pack, definition, fail),
  };
}

/**
 * A bundled pack's rule, as the build had it (pack and lexicons byte for byte, no parameters from
 * config), compiles: the build and the pack tests compiled every one. Its check is then built when
 * a creative first needs it: a pre-commit hook lints one creative, which most rules of its
 * platforms skip (placement, category, fields it lacks), and compiling them all (term automata,
 * patterns) cost a third of such a run. Any other rule is compiled at once, so every problem in a
 * project's pack is reported before anything is linted.
 */
function isKnownToCompile(pack: Pack, setting: RuleSetting | undefined, params: Record<string, unknown>): boolean {
  return pack.prebuilt === true && typeof setting !== 'object' && namesOnlyBuildLexicons(params, pack.file);
}

/** The check `build` makes, built on the first call. */
function onFirstUse(build: () => CompiledCheck): CompiledCheck {
  let run: CompiledCheck | undefined;
  return (input) => (run ??= build())(input);
}

/** `supersedes:` names rules of the same pack, never the rule itself. */
function resolveSupersedes(pack: Pack, definition: RuleDefinition, fail: (reason: string, at?: (string | number)[]) => never): string[] {
  const ids = pack.rules.map((r) => r.id).filter((id) => id !== definition.id);
  return (definition.supersedes ?? []).map((name, i) => {
    if (!ids.includes(name)) return fail(`supersedes: "${name}" is not another rule of pack ${pack.id}${didYouMeanHint(name, ids)}`, ['supersedes', i]);
    return `${pack.id}/${name}`;
  });
}

/** A reason names its platform, or inherits the pack's; a law pack has no platform to lend. */
function resolveReasons(pack: Pack, definition: RuleDefinition, fail: (reason: string, at?: (string | number)[]) => never): RejectionReason[] {
  return (definition.reasons ?? []).map((r, i) => {
    const platform = r.platform ?? pack.platform;
    if (!platform) return fail('a reason in a pack without `platform` must name its platform', ['reasons', i]);
    return { platform, ...(r.code ? { code: r.code } : {}), text: r.text, source: r.source };
  });
}
