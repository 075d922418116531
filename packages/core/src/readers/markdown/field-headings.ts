/**
 * Level-2 headings that name a copy field (`## Description`, `## Search terms`, `## 描述`): the
 * content under them is that field. Matching ignores case, width, `_` and a trailing colon, and
 * every field's own name works too (`## search_terms`).
 */
const ALIASES: Record<string, readonly string[]> = {
  title: ['product title', '标题', '商品标题'],
  subtitle: ['副标题'],
  headline: [],
  headlines: [],
  long_headline: [],
  description: ['product description', 'about this item', '描述', '商品描述', '产品描述', 'beschreibung', 'descripción', 'descripcion'],
  descriptions: [],
  bullets: ['bullet points', 'key features', 'features', 'highlights', '卖点', '五点描述', '产品卖点'],
  search_terms: ['keywords', 'backend keywords', '搜索词', '关键词'],
  primary_text: ['正文'],
  body: [],
  cta: ['call to action', '行动号召'],
  disclaimer: ['免责声明'],
  brand_name: ['brand', '品牌'],
  business_name: [],
  display_name: [],
  path1: ['path 1'],
  path2: ['path 2'],
};

const FIELD_BY_HEADING: ReadonlyMap<string, string> = new Map(
  Object.entries(ALIASES).flatMap(([field, aliases]) => [field, ...aliases].map((name) => [normalize(name), field] as const)),
);

function normalize(heading: string): string {
  return heading.normalize('NFKC').toLowerCase().replace(/_/g, ' ').replace(/[:：]\s*$/, '').replace(/\s+/g, ' ').trim();
}

/** The copy field a heading's text names, or null. */
export function fieldForHeading(text: string): string | null {
  return FIELD_BY_HEADING.get(normalize(text)) ?? null;
}
