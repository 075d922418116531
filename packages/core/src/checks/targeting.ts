import type { Targeting } from '../model/creative.js';
import type { CheckType, Report } from '../model/check.js';
import type { Language, Wording } from '../model/wording.js';

/** Targeting dimensions a special category can forbid. */
const DIMENSIONS = ['genders', 'zip_codes', 'regions', 'interests', 'languages', 'lookalike'] as const;
/** How messages name them. */
const DIMENSION_NAMES: Record<(typeof DIMENSIONS)[number], Wording> = {
  genders: { en: 'gender', zh: '性别' },
  zip_codes: { en: 'ZIP code', zh: '邮政编码' },
  regions: { en: 'region', zh: '地区' },
  interests: { en: 'interest', zh: '兴趣' },
  languages: { en: 'language', zh: '语言' },
  lookalike: { en: 'lookalike audience', zh: '相似人群' },
};

/** Words the age messages fill in, beside the country names. */
const WORDS = {
  notSet: { en: 'not set', zh: '未设置' },
  everyTargeted: { en: 'every targeted country', zh: '所有定向国家/地区' },
  every: { en: 'every country', zh: '所有国家/地区' },
} as const satisfies Record<string, Wording>;

interface TargetingParams {
  /** `when_targeted`: only creatives that describe their targeting are checked (many keep it in the ad platform). */
  min_age?: { default?: number; countries?: Record<string, number>; when_targeted?: boolean };
  fixed_age?: { min: number; max: number };
  forbidden?: (typeof DIMENSIONS)[number][];
  min_radius_miles?: number;
  banned_countries?: string[];
  allowed_countries?: string[];
  require_countries?: boolean;
}

const age = { type: 'integer', minimum: 0, maximum: 120 };
const countryList = { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[A-Z]{2}$' } };

const regionNames = new Map<Language, Intl.DisplayNames>();
/** `United States (US)`, `美国（US）`: marketers know the name, the code is what they typed. */
function countryName(code: string, language: Language): string {
  let names = regionNames.get(language);
  if (!names) regionNames.set(language, (names = new Intl.DisplayNames([language], { type: 'region' })));
  let name: string | undefined;
  try {
    name = names.of(code);
  } catch {
    name = undefined;
  }
  if (!name || name === code) return code;
  return language === 'zh' ? `${name}（${code}）` : `${name} (${code})`;
}

/** Whether a dimension narrows the audience: `genders: [all]` or both genders do not. */
function narrows(t: Targeting, dim: (typeof DIMENSIONS)[number]): boolean {
  const v = t[dim];
  if (dim === 'genders') {
    const g = new Set((v as string[] | undefined) ?? []);
    return g.size > 0 && !g.has('all') && !(g.has('male') && g.has('female'));
  }
  if (typeof v === 'boolean') return v;
  return Array.isArray(v) && v.length > 0;
}

/**
 * Ad-set targeting against category rules: minimum age per targeted country (the highest
 * applies), fixed age ranges and forbidden dimensions of special ad categories, countries where a
 * category may not run. The tables are the pack's data.
 */
export const targetingCheck: CheckType<TargetingParams> = {
  id: 'targeting',
  description: 'Minimum age by category and country, dimensions forbidden for special ad categories, countries where a category may not be advertised.',
  category: 'targeting-dimension',
  defaultFields: ['targeting'],
  messages: {
    'fixed-age-min': { en: 'minimum age is {{actual}}; the age range must be {{range}}', zh: '最低年龄为 {{actual}}，年龄范围须为 {{range}}' },
    'fixed-age-max': { en: 'maximum age is {{actual}}; the age range must be {{range}}', zh: '最高年龄为 {{actual}}，年龄范围须为 {{range}}' },
    'forbidden-dimension': { en: 'targeting by {{dimension}} is not allowed', zh: '不允许按{{dimension}}定向' },
    'min-radius': { en: 'radius is {{actual}} miles; the minimum is {{required}}', zh: '定向半径为 {{actual}} 英里，至少须为 {{required}} 英里' },
    'banned-country': { en: 'the category may not be advertised in {{country}}', zh: '该类别不得在{{country}}投放广告' },
    'country-not-allowed': { en: '{{country}} is not among the countries where the category may be advertised', zh: '{{country}}不在该类别允许投放的国家/地区之列' },
    'no-country': { en: 'no country is targeted', zh: '未定向任何国家/地区' },
    'min-age-not-set': { en: 'no minimum age is set; {{country}} requires {{required}}+', zh: '未设置最低年龄；{{country}}要求 {{required}} 岁及以上' },
    'min-age': { en: 'minimum age is {{actual}}; {{country}} requires {{required}}+', zh: '最低年龄为 {{actual}}；{{country}}要求 {{required}} 岁及以上' },
  },
  paramsSchema: {
    properties: {
      min_age: {
        type: 'object',
        additionalProperties: false,
        properties: { default: age, countries: { type: 'object', propertyNames: { pattern: '^[A-Z]{2}$' }, additionalProperties: age }, when_targeted: { type: 'boolean' } },
        anyOf: [{ required: ['default'] }, { required: ['countries'] }],
      },
      fixed_age: { type: 'object', required: ['min', 'max'], additionalProperties: false, properties: { min: age, max: age } },
      forbidden: { type: 'array', minItems: 1, items: { enum: [...DIMENSIONS] } },
      min_radius_miles: { type: 'number', minimum: 0 },
      banned_countries: countryList,
      allowed_countries: countryList,
      require_countries: { type: 'boolean' },
    },
    anyOf: ['min_age', 'fixed_age', 'forbidden', 'min_radius_miles', 'banned_countries', 'allowed_countries', 'require_countries'].map((k) => ({ required: [k] })),
  },
  compile(p, { language }) {
    const banned = new Set(p.banned_countries ?? []);
    const allowed = p.allowed_countries && new Set(p.allowed_countries);
    return ({ creative }) => {
      const t: Targeting = creative.data.targeting ?? {};
      const countries = t.countries ?? [];
      const reports: Report[] = [];
      if (p.min_age && !(p.min_age.when_targeted && creative.data.targeting === undefined)) reports.push(...minAge(p.min_age, t, countries, language));
      if (p.fixed_age) {
        const { min, max } = p.fixed_age;
        const range = `${min}–${max}+`;
        if (t.age_min !== undefined && t.age_min !== min) {
          reports.push({ field: 'targeting.age_min', category: 'targeting-age', fix: { range: [0, 0], text: String(min) }, messageId: 'fixed-age-min', data: { actual: t.age_min, required: min, range } });
        }
        if (t.age_max !== undefined && t.age_max < max) {
          reports.push({ field: 'targeting.age_max', category: 'targeting-age', fix: { range: [0, 0], text: String(max) }, messageId: 'fixed-age-max', data: { actual: t.age_max, required: max, range } });
        }
      }
      for (const dim of p.forbidden ?? []) {
        if (narrows(t, dim)) reports.push({ field: `targeting.${dim}`, category: 'targeting-dimension', messageId: 'forbidden-dimension', data: { dimension: DIMENSION_NAMES[dim][language] } });
      }
      if (p.min_radius_miles !== undefined && t.radius_miles !== undefined && t.radius_miles < p.min_radius_miles) {
        reports.push({ field: 'targeting.radius_miles', category: 'targeting-dimension', fix: { range: [0, 0], text: String(p.min_radius_miles) }, messageId: 'min-radius', data: { actual: t.radius_miles, required: p.min_radius_miles } });
      }
      countries.forEach((c, i) => {
        const country = countryName(c, language);
        if (banned.has(c)) reports.push({ field: `targeting.countries[${i}]`, category: 'targeting-geo', messageId: 'banned-country', data: { country } });
        else if (allowed && !allowed.has(c)) reports.push({ field: `targeting.countries[${i}]`, category: 'targeting-geo', messageId: 'country-not-allowed', data: { country } });
      });
      if (p.require_countries && countries.length === 0) {
        reports.push({ field: 'targeting.countries', category: 'targeting-geo', messageId: 'no-country' });
      }
      return reports;
    };
  },
};

/** The highest minimum among the targeted countries must not be above the ad set's minimum age. */
function minAge(rule: NonNullable<TargetingParams['min_age']>, t: Targeting, countries: string[], language: Language): Report[] {
  // With countries, the strictest of them; without, the default.
  let required = countries.length ? undefined : rule.default;
  let from: string | undefined;
  for (const c of countries) {
    const own = rule.countries?.[c];
    const a = own ?? rule.default;
    if (a === undefined || (required !== undefined && a <= required)) continue;
    required = a;
    from = own !== undefined ? c : undefined;
  }
  if (required === undefined) return [];
  const where = from ? countryName(from, language) : (countries.length ? WORDS.everyTargeted : WORDS.every)[language];
  const data = { required, country: where };
  if (t.age_min === undefined) {
    return [{ field: 'targeting.age_min', category: 'targeting-age', messageId: 'min-age-not-set', data: { ...data, actual: WORDS.notSet[language] } }];
  }
  if (t.age_min >= required) return [];
  return [{ field: 'targeting.age_min', category: 'targeting-age', fix: { range: [0, String(t.age_min).length], text: String(required) }, messageId: 'min-age', data: { ...data, actual: t.age_min } }];
}
