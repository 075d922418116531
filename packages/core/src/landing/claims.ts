import { foldText } from '../text/fold.js';

/**
 * Offers an ad states that its landing page must repeat: prices, discounts and shipping or
 * return promises. Each claim has a `key` that is equal for every way of writing the same offer
 * (`¥99`, `￥99`, `99元`, `99.00 元`; `50% off`, `5折`, `半价`), so the ad's and the page's
 * claims compare as keys.
 */
export type ClaimKind = 'price' | 'discount' | 'free shipping' | 'free returns';

export interface Claim {
  kind: ClaimKind;
  key: string;
  /** Range in the original text. */
  start: number;
  end: number;
}

/** Currency markers by family: one family is one currency however it is written. */
const CURRENCY: Record<string, string> = {
  '$': '$', 'us$': '$', 'usd': '$', 'dollar': '$', 'dollars': '$',
  '€': '€', 'eur': '€', 'euro': '€', 'euros': '€',
  '£': '£', 'gbp': '£',
  '¥': '¥', 'rmb': '¥', 'cny': '¥', '元': '¥', '块': '¥', '块钱': '¥',
};

// Folding turns the Chinese comma into `,`: only `,` followed by three digits is a thousands separator.
const AMOUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?`;
const PRICE_BEFORE = new RegExp(String.raw`(?<![\w$])(us\$|\$|€|£|¥|rmb|cny|usd|eur|gbp) ?${AMOUNT}(?!\d|\.\d)`, 'gu');
const PRICE_AFTER = new RegExp(String.raw`(?<![\d.]|\d,)${AMOUNT} ?(块钱|元|块|dollars?|euros?|usd|eur|gbp|rmb|cny)(?![a-z])`, 'gu');
const PERCENT_OFF = /(?<![\d.])(\d{1,2})(?:\.\d)? ?% ?(?:off|discount)\b|\bsave (\d{1,2}) ?%/gu;
const ZHE = /(?<![\d.])(\d(?:\.\d)?) ?折|([一二三四五六七八九])折|半价/gu;
const ZH_DIGITS = '一二三四五六七八九';

const PROMISES: { kind: ClaimKind; key: string; pattern: RegExp }[] = [
  { kind: 'discount', key: 'discount:bogo', pattern: /买[一1]送[一1]|\bbuy (?:one|1),? get (?:one|1)(?: free)?\b|\bbogo\b/gu },
  { kind: 'free shipping', key: 'free-shipping', pattern: /\bfree (?:shipping|delivery)\b|\bships free\b|包邮|免运费|免邮/gu },
  { kind: 'free returns', key: 'free-returns', pattern: /\bfree returns?\b|免费退换|免费退货|退货包运费|运费险/gu },
];

export function findClaims(text: string): Claim[] {
  // Folded (NFKC, lower case): fullwidth digits and `￥` read as `9` and `¥`; ranges map back.
  const folded = foldText(text);
  const claims: Claim[] = [];
  const add = (kind: ClaimKind, key: string, m: RegExpExecArray): void => {
    const last = m.index + m[0].length - 1;
    claims.push({ kind, key, start: folded.starts[m.index]!, end: folded.ends[last]! });
  };
  for (const m of folded.text.matchAll(PRICE_BEFORE)) add('price', priceKey(m[1]!, m[2]!, m[3]), m);
  for (const m of folded.text.matchAll(PRICE_AFTER)) add('price', priceKey(m[3]!, m[1]!, m[2]), m);
  for (const m of folded.text.matchAll(PERCENT_OFF)) add('discount', discountKey(1000 - 10 * Number(m[1] ?? m[2])), m);
  for (const m of folded.text.matchAll(ZHE)) {
    // n折 means paying n tenths: 5折 is 50% off, 8.5折 15% off, 半价 half price.
    const tenths = m[1] ? Number(m[1]) : m[2] ? ZH_DIGITS.indexOf(m[2]) + 1 : 5;
    add('discount', discountKey(Math.round(tenths * 100)), m);
  }
  for (const { kind, key, pattern } of PROMISES) for (const m of folded.text.matchAll(pattern)) add(kind, key, m);
  claims.sort((a, b) => a.start - b.start || b.end - a.end);
  // `¥99元` is found by both price patterns: one offer, one claim.
  return claims.filter((c, i) => !claims.slice(0, i).some((o) => o.key === c.key && o.end > c.start));
}

function priceKey(marker: string, whole: string, cents: string | undefined): string {
  const value = Number(whole.replaceAll(',', '')) * 100 + Number((cents ?? '').padEnd(2, '0'));
  return `price:${CURRENCY[marker]}${value}`;
}

/** Discounts compare by the share of the price paid, in thousandths. */
function discountKey(paidPermille: number): string {
  return `discount:${paidPermille}`;
}
