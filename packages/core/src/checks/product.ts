import { textItems } from '../model/fields.js';
import { compileTerms, termsParamsSchema, type TermsParams } from '../matchers/term-sources.js';
import type { CheckType, Report } from '../model/check.js';

interface ProductParams extends TermsParams {
  /** Declared categories (`category:`) that are this product class: a parent and its children. */
  categories?: string[];
}

/**
 * A product class a platform prohibits or restricts, recognised two ways: the creative declares it
 * (`category: vape`), or its copy names such a product ("disposable vape pens"). A declared
 * category is one finding on `category`, whatever the copy says; otherwise each product word in
 * the copy is one finding, so a creative filed as `general` is still caught.
 */
export const productCheck: CheckType<ProductParams> = {
  id: 'product',
  description: 'A product class the platform prohibits or restricts: the declared category, or product words in the copy (lexicons with near misses).',
  category: 'prohibited',
  messages: { product: { en: '{{subject}}: this product may not be advertised', zh: '{{subject}}：该商品不得投放广告' } },
  paramsSchema: {
    properties: {
      ...termsParamsSchema,
      categories: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    },
    anyOf: [{ required: ['terms'] }, { required: ['lexicon'] }],
  },
  compile(params, rule) {
    const terms = compileTerms(params, rule);
    const declared = new Set((params.categories ?? []).map((c) => c.toLowerCase()));
    return ({ creative, fields }) => {
      const category = creative.data.category;
      if (category !== undefined && declared.has(category.toLowerCase())) {
        return [{ field: 'category', data: { found: category, category, note: rule.language === 'zh' ? '已声明的类别' : 'declared category', subject: `category: ${category}` } }];
      }
      const reports: Report[] = [];
      for (const field of fields) {
        for (const { path, text } of textItems(field)) {
          for (const hit of terms.find(text)) {
            const found = text.slice(hit.start, hit.end);
            const note = hit.entry.note ?? '';
            const quoted = rule.language === 'zh' ? `“${found}”` : `"${found}"`;
            const subject = note ? (rule.language === 'zh' ? `${quoted}（${note}）` : `${quoted} (${note})`) : quoted;
            reports.push({ field: path, range: [hit.start, hit.end], data: { found, term: hit.entry.term, category: category ?? '', note, subject } });
          }
        }
      }
      return reports;
    };
  },
};
