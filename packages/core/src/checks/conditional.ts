import { ruleApplies } from '../engine/applies.js';
import { isValidSelector, selectFields, textItems } from '../model/fields.js';
import { compilePattern, patternParamsSchema, type CompiledPattern, type PatternParams } from '../matchers/pattern.js';
import { compileTerms, termsParamsSchema, type CompiledTerms, type TermsParams } from '../matchers/term-sources.js';
import type { Applies } from '../model/pack.js';
import { isEmpty } from './required.js';
import type { CheckType, FieldValue, Report, RuleContext } from '../model/check.js';

type TextCondition = TermsParams & PatternParams;

interface When extends TextCondition {
  categories?: string[];
  placements?: string[];
  locales?: string[];
  countries?: string[];
  special_ad_categories?: string[];
}

interface Then extends TextCondition {
  fields: string[];
  present?: boolean;
  absent?: boolean;
}

interface ConditionalParams {
  when: When;
  then: Then;
}

const list = { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } };
const textConditionSchema = { ...termsParamsSchema, ...patternParamsSchema };

/** Where the text condition was met: the triggering characters. */
interface Found {
  field: string;
  range: [number, number];
  text: string;
}

/** Finds the first text matching terms or a pattern in a set of fields. */
type TextMatcher = (fields: FieldValue[]) => Found | null;

function compileTextMatcher(params: TextCondition, rule: RuleContext, at: string): TextMatcher | null {
  const hasTerms = params.terms !== undefined || params.lexicon !== undefined;
  if (hasTerms && params.pattern !== undefined) rule.fail('give terms or a pattern, not both', [at, 'pattern']);
  let find: ((text: string) => { start: number; end: number }[]) | null = null;
  if (hasTerms) {
    const terms: CompiledTerms = compileTerms(params, rule, [at]);
    find = (text) => terms.find(text);
  } else if (params.pattern !== undefined) {
    const pattern: CompiledPattern = compilePattern(params, rule, [at]);
    find = (text) => pattern.find(text);
  }
  if (!find) return null;
  const search = find;
  return (fields) => {
    for (const field of fields) {
      for (const { path, text } of textItems(field)) {
        const hit = search(text)[0];
        if (hit) return { field: path, range: [hit.start, hit.end], text: text.slice(hit.start, hit.end) };
      }
    }
    return null;
  };
}

/**
 * If something holds of a creative (`when`: its text contains terms or a pattern, or its
 * category, placement, locale or country is one of a list), something else must too (`then`: a
 * field contains terms or a pattern, is present, or is absent).
 */
export const conditionalCheck: CheckType<ConditionalParams> = {
  id: 'conditional',
  description: 'When the creative contains a term or pattern, or has a category/placement/locale/country, a field must contain a term or pattern, be present, or be absent.',
  category: 'required',
  messages: {
    'missing-text': { en: '{{target}} must say what this rule requires', zh: '{{target}} 须包含本规则要求的内容' },
    'missing-field': { en: '{{target}} must be set', zh: '须填写 {{target}}' },
    'present-field': { en: '{{target}} must not be set', zh: '不得填写 {{target}}' },
  },
  paramsSchema: {
    properties: {
      when: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: {
          ...textConditionSchema,
          categories: list,
          placements: list,
          locales: list,
          countries: list,
          special_ad_categories: list,
        },
      },
      then: {
        type: 'object',
        additionalProperties: false,
        required: ['fields'],
        properties: { ...textConditionSchema, fields: list, present: { const: true }, absent: { const: true } },
      },
    },
    required: ['when', 'then'],
  },
  compile(params, rule) {
    const { when, then } = params;
    const dimensions: Applies = {
      ...(when.categories && { categories: when.categories }),
      ...(when.placements && { placements: when.placements }),
      ...(when.locales && { locales: when.locales }),
      ...(when.countries && { countries: when.countries }),
      ...(when.special_ad_categories && { special_ad_categories: when.special_ad_categories }),
    };
    const trigger = compileTextMatcher(when, rule, 'when');
    if (!trigger && Object.keys(dimensions).length === 0) rule.fail('`when` needs terms, a pattern, or a list of categories, placements, locales or countries', ['when']);
    then.fields.forEach((f, i) => {
      if (!isValidSelector(f)) rule.fail(`invalid field selector "${f}"`, ['then', 'fields', i]);
    });
    const required = compileTextMatcher(then, rule, 'then');
    const modes = [required !== null, then.present === true, then.absent === true].filter(Boolean).length;
    if (modes !== 1) rule.fail('`then` needs exactly one of: terms or a pattern (must contain), `present: true`, `absent: true`', ['then']);
    const target = then.fields.join(', ');

    return ({ creative, fields }) => {
      if (!ruleApplies(dimensions, creative.data, creative.inferredCategories)) return [];
      let found: Found | null = null;
      if (trigger) {
        found = trigger(fields);
        if (!found) return [];
      }
      const at = (field: string | null, messageId: string): Report => ({
        field: found?.field ?? field,
        ...(found && { range: found.range }),
        messageId,
        data: { found: found?.text ?? '', target },
      });
      const targets = selectFields(creative.data, then.fields);
      if (then.absent) return targets.filter((t) => !isEmpty(t.value)).map((t) => at(t.path, 'present-field'));
      const satisfied = required ? required(targets) !== null : targets.some((t) => !isEmpty(t.value));
      return satisfied ? [] : [at(null, required ? 'missing-text' : 'missing-field')];
    };
  },
};
